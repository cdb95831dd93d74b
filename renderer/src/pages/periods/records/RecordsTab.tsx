import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, Empty, Typography } from 'antd';
import { useState } from 'react';
import type { WorkRecordRow } from '@shared/api/appraisal-schemas';
import { ImportDialog } from '../../../components/import/ImportDialog';
import { useAction } from '../../../hooks/useAction';
import { useElementHeight } from '../../../hooks/useElementHeight';
import { useQuery } from '../../../hooks/useQuery';
import { PersonBar, type PersonTabProps } from '../PersonBar';
import { useFileExport } from '../../../hooks/useFileExport';
import { RecordEntry } from './RecordEntry';
import { RecordReviewModal } from './RecordReviewModal';
import { RecordsTable } from './RecordsTable';

type Props = PersonTabProps;

const TABLE_HEADER = 40;
const NO_ROWS: WorkRecordRow[] = [];

/** 工作纪实 of one person: the entry line, the list, 审核意见, and the sheets out and back in. */
export function RecordsTab({ period, people, units, editable, unitId, onUnit, personId, onPerson }: Props) {
  const records = useQuery('records:list', { periodId: period.id, personId: personId ?? undefined }, personId !== null);
  const [editing, setEditing] = useState<WorkRecordRow | null>(null);
  const [savedId, setSavedId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'review' | 'import' | null>(null);
  const [box, height] = useElementHeight<HTMLDivElement>(400);
  const { run } = useAction();
  const { exportFile, busy: exporting } = useFileExport();
  const person = people.find((p) => p.personId === personId) ?? null;
  const unit = units.find((u) => u.id === unitId) ?? null;

  const choose = (id: string) => {
    setEditing(null);
    setSavedId(null);
    onPerson(id);
  };
  const remove = async (r: WorkRecordRow) => {
    if (await run('records:delete', { periodId: period.id, personId: r.personId, id: r.id }, { success: '已删除' })) records.reload();
  };
  const exportFor = (scope: 'person' | 'unit') => {
    const who = scope === 'person' ? person!.name : unit!.name;
    const input = scope === 'person' ? { periodId: period.id, personId: person!.personId } : { periodId: period.id, unitId: unit!.id };
    void exportFile('records:exportSheet', input, `工作纪实表-${period.label}-${who}.xlsx`);
  };

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <PersonBar units={units} unitId={unitId} onUnit={onUnit} people={people} personId={personId} onPerson={choose}>
        <Button disabled={!person || !editable} onClick={() => setDialog('review')}>
          审核意见…
        </Button>
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              { key: 'person', label: person ? `${person.name}的工作纪实表` : '本人（请先选择人员）', disabled: !person },
              { key: 'unit', label: unit ? `${unit.name}全部人员（每人一页）` : '所选单位（请先选择单位）', disabled: !unit },
            ],
            onClick: ({ key }) => exportFor(key as 'person' | 'unit'),
          }}
        >
          <Button loading={exporting}>
            导出工作纪实表 <DownOutlined />
          </Button>
        </Dropdown>
        <Button disabled={!editable} onClick={() => setDialog('import')}>
          导入工作纪实
        </Button>
      </PersonBar>
      {person ? (
        <>
          {editable && (
            <RecordEntry
              period={period}
              personId={person.personId}
              editing={editing}
              onCancelEdit={() => setEditing(null)}
              onSaved={(r) => {
                setEditing(null);
                setSavedId(r.id);
                records.reload();
              }}
            />
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12, margin: '4px 0' }}>
            {person.name}（{person.unitLabel}）共 {records.data?.length ?? 0} 条
            {editable ? '。日期可写 0214、2.14 或 2025-02-14；Tab 到下一项，Enter 添加。' : ''}
          </Typography.Text>
          <div ref={box} style={{ flex: 1, minHeight: 160, background: '#fff' }} data-testid="records">
            <RecordsTable
              rows={records.data ?? NO_ROWS}
              loading={records.loading}
              height={Math.max(120, height - TABLE_HEADER)}
              editable={editable}
              editingId={editing?.id ?? null}
              savedId={savedId}
              onEdit={setEditing}
              onDelete={(r) => void remove(r)}
            />
          </div>
        </>
      ) : (
        <Empty description="选择人员：在“人员”框中输入姓名，按 Enter" style={{ marginTop: 48 }} />
      )}
      {dialog === 'review' && person && (
        <RecordReviewModal period={period} personId={person.personId} name={person.name} onDone={() => setDialog(null)} />
      )}
      <ImportDialog
        kind="records"
        title="导入工作纪实"
        open={dialog === 'import'}
        multiple
        expect={{ periodId: period.id }}
        hint={`请使用本程序导出的${period.label}工作纪实表（每人一个工作表），可以一次选多个文件。已有的纪实不会重复导入。`}
        onClose={() => setDialog(null)}
        onImported={records.reload}
      />
    </div>
  );
}
