import { DownOutlined } from '@ant-design/icons';
import { Alert, Button, Dropdown, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { ParticipantRow, PeriodSummary, ReviewRow } from '@shared/api/appraisal-schemas';
import type { UnitRow } from '@shared/api/contract';
import { ImportDialog } from '../../../components/import/ImportDialog';
import { UnitTreeSelect } from '../../../components/UnitTreeSelect';
import { useShortcut } from '../../../hooks/useShortcut';
import { useFileExport } from '../../../hooks/useFileExport';
import { QuotaLine } from './QuotaLine';
import { GRADE_KEY_LABELS } from './cells';
import { ReviewGridTable, reviewerOf } from './ReviewGridTable';
import { useReviewGrid } from './useReviewGrid';

interface Props {
  period: PeriodSummary;
  participants: ParticipantRow[];
  units: UnitRow[];
  editable: boolean;
  /** The unit on show; null until the clerk chooses one (then the first unit with participants). */
  unitId: string | null;
  onUnit: (unitId: string | null) => void;
}

const ALL_REVIEWERS = '';
const WHOLE_UNIT = '*';
const NO_ROWS: ReviewRow[] = [];

function countBy(names: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const n of names) m.set(n, (m.get(n) ?? 0) + 1);
  return m;
}

/** 主管领导评鉴 of one unit: typed in the grid, or sent out as the 科室评鉴表 and read back. */
export function ReviewsTab({ period, participants, units, editable, unitId: chosen, onUnit }: Props) {
  // Only units with participants of their own can be chosen; the first one to begin with.
  const withPeople = useMemo(() => new Set(participants.map((p) => p.unitId)), [participants]);
  const empty = useMemo(() => units.filter((u) => !withPeople.has(u.id)).map((u) => u.id), [units, withPeople]);
  const unitId = chosen ?? units.find((u) => withPeople.has(u.id))?.id ?? null;
  const [importing, setImporting] = useState(false);
  const { grid, loading, error, states, save, check, reload } = useReviewGrid(period.id, unitId);
  const { exportFile, busy: exporting } = useFileExport();
  const unit = units.find((u) => u.id === unitId);
  const [reviewer, setReviewer] = useState<{ unitId: string | null; name: string }>({ unitId, name: ALL_REVIEWERS });
  const reviewerName = reviewer.unitId === unitId ? reviewer.name : ALL_REVIEWERS;
  const allRows = grid?.rows ?? NO_ROWS;
  const reviewers = useMemo(() => countBy(allRows.map(reviewerOf)), [allRows]);
  const rows = useMemo(() => (reviewerName ? allRows.filter((r) => reviewerOf(r) === reviewerName) : allRows), [allRows, reviewerName]);
  // The 评鉴表 goes out one per 评鉴人, holding only the people he rates (who-rates-whom).
  const sheets = useMemo(() => {
    const m = new Map<string, { name: string; count: number }>();
    for (const r of allRows)
      if (r.reviewerId) m.set(r.reviewerId, { name: r.reviewerName ?? '', count: (m.get(r.reviewerId)?.count ?? 0) + 1 });
    return m;
  }, [allRows]);
  const exportSheet = (reviewerId: string) => {
    if (!unit) return;
    const who = sheets.get(reviewerId)?.name;
    void exportFile(
      'reviews:exportSheet',
      { periodId: period.id, unitId: unit.id, ...(reviewerId !== WHOLE_UNIT && { reviewerId }) },
      `评鉴表-${period.label}-${unit.name}${who ? `-${who}` : ''}.xlsx`,
    );
  };
  // 下一单位 / 上一单位: the units with participants, in tree order.
  const order = units.filter((u) => withPeople.has(u.id));
  const at = order.findIndex((u) => u.id === unitId);
  const step = (by: 1 | -1) => {
    const next = order[at + by];
    if (next) onUnit(next.id);
  };
  useShortcut(
    (e) => e.altKey && e.key === 'PageDown',
    () => step(1),
  );
  useShortcut(
    (e) => e.altKey && e.key === 'PageUp',
    () => step(-1),
  );

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      {/* One line at 1366×768: the controls keep their width, the grade-key legend gives way (ellipsis, full on hover). */}
      <div className="review-toolbar">
        <div style={{ width: 180 }}>
          <UnitTreeSelect
            id="review-unit"
            units={units}
            exclude={empty}
            value={unitId ?? undefined}
            onChange={(v) => onUnit((v as string | undefined) ?? null)}
            placeholder="选择单位"
          />
        </div>
        <Button onClick={() => step(1)} disabled={at < 0 || at >= order.length - 1} title="Alt+PageDown；上一单位 Alt+PageUp">
          下一单位
        </Button>
        <Select
          aria-label="评鉴人"
          value={reviewerName}
          onChange={(name) => setReviewer({ unitId, name })}
          style={{ width: 150 }}
          popupMatchSelectWidth={false}
          options={[
            { value: ALL_REVIEWERS, label: `全部评鉴人（${allRows.length}）` },
            ...[...reviewers].map(([name, n]) => ({ value: name, label: `${name}评（${n}）` })),
          ]}
        />
        {grid && <QuotaLine quota={grid.quota} unitGood={grid.unitProposedGood} />}
        <Typography.Text
          type="secondary"
          className="grade-keys"
          title={`等次键：在“拟评等次”格中按数字键选择（${GRADE_KEY_LABELS}）`}
          data-testid="grade-keys"
        >
          {GRADE_KEY_LABELS}
        </Typography.Text>
        <span className="spacer" />
        <Dropdown
          disabled={!unit || !editable}
          trigger={['click']}
          menu={{
            onClick: ({ key }) => exportSheet(key),
            items: [
              ...[...sheets].map(([id, s]) => ({ key: id, label: `${s.name}的评鉴表（评 ${s.count} 人）` })),
              { type: 'divider' as const },
              { key: WHOLE_UNIT, label: `全单位（${allRows.length} 人，备查）` },
            ],
          }}
        >
          <Button loading={exporting} title="每位评鉴人一张表，只含他评鉴的人：发给他填写分数、拟评等次和评鉴意见">
            导出评鉴表 <DownOutlined />
          </Button>
        </Dropdown>
        <Button disabled={!unit || !editable} onClick={() => setImporting(true)}>
          导入评鉴表
        </Button>
      </div>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <div style={{ flex: 1, minHeight: 200 }}>
        <ReviewGridTable rows={rows} loading={loading} editable={editable} states={states} onSave={save} onCheck={check} />
      </div>
      {unit && (
        <ImportDialog
          kind="reviews"
          title={`导入评鉴表（${unit.name}）`}
          open={importing}
          expect={{ periodId: period.id, unitId: unit.id }}
          hint={`请使用本程序为${period.label}、${unit.name}导出的评鉴表；按隐藏的“编号”列对应到人，其他周期或单位的表会被拒绝。`}
          onClose={() => setImporting(false)}
          onImported={() => void reload()}
        />
      )}
    </div>
  );
}
