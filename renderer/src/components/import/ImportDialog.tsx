import { Alert, Button, Modal, Popconfirm, Tabs, Tooltip, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import type { ImportKind, ImportPreview, ImportResult } from '@shared/api/contract';
import { useAction } from '../../hooks/useAction';
import { ChooseFiles } from './ChooseFiles';
import { ImportDone } from './ImportDone';
import { ImportProgress } from './ImportProgress';
import { PreviewSummary } from './PreviewSummary';
import { PreviewTable } from './PreviewTable';
import { errorReportName, fileErrors, fileWarnings, ROW_NOUN } from './preview-rows';
import { ColumnsPanel } from './ColumnsPanel';
import { ImportTarget } from './ImportTarget';
import { ProposalsPanel } from './ProposalsPanel';
import { useQuery } from '../../hooks/useQuery';
import { useImportSession, type ImportExpectation } from './useImportSession';
import { useFileExport } from '../../hooks/useFileExport';

export interface ImportDialogProps {
  kind: ImportKind;
  /** e.g. '导入花名册' */
  title: string;
  open: boolean;
  onClose: () => void;
  onImported?: (r: ImportResult) => void;
  /** The period (and unit) on screen: a sheet of another one is refused by the service. */
  expect?: ImportExpectation;
  /** 工作纪实表: many files at once. */
  multiple?: boolean;
  /** What the file should look like. */
  hint?: ReactNode;
}

/**
 * One dialog for every sheet kind: choose the file(s) → preview with progress (cancellable) →
 * counts, new units, every row's changes and problems → 确认导入 / 只导入无误的行 → result.
 * Nothing is written before the clerk confirms. Each opening starts afresh.
 */
export function ImportDialog(props: ImportDialogProps) {
  return props.open ? <ImportSession {...props} /> : null;
}

function ImportSession({ kind, title, onClose, onImported, expect, multiple = false, hint }: ImportDialogProps) {
  const session = useImportSession(kind, expect);
  const units = useQuery('units:list', {}, kind === 'roster');
  // Proposals the clerk unticked; kept while the same file is previewed again with other choices.
  const [unticked, setUnticked] = useState<{ fileName: string; ids: Set<string> } | null>(null);
  // The tab stays where the clerk was when a mapping or 导入到 previews the file again.
  const [tab, setTab] = useState('rows');
  const committing = useAction(true);
  const reporting = useFileExport();
  const { step } = session;

  /** The proposals still ticked go with the commit (roster); other kinds have none. */
  const ticks = (preview: ImportPreview) => {
    const off = unticked?.fileName === preview.fileName ? unticked.ids : new Set<string>();
    return preview.roster?.proposals.map((p) => p.id).filter((id) => !off.has(id));
  };
  const commit = async (preview: ImportPreview, mode: 'all' | 'validOnly') => {
    const accept = ticks(preview);
    const result = await committing.run('import:commit', { previewId: preview.previewId, mode, ...(accept ? { accept } : {}) });
    if (!result) return;
    session.finish(result);
    onImported?.(result);
  };
  const saveReport = (preview: ImportPreview) =>
    reporting.exportFile('import:errorReport', { previewId: preview.previewId }, errorReportName(preview, kind), '保存问题清单');
  const again = (next: () => unknown) => () => {
    committing.clearError();
    void next();
  };

  let body: ReactNode;
  let footer: ReactNode;
  switch (step.at) {
    case 'choose':
      body = <ChooseFiles multiple={multiple} hint={hint} error={step.error} onFiles={(files) => void session.choose(files)} />;
      footer = <Button onClick={onClose}>关闭</Button>;
      break;
    case 'reading':
      body = <ImportProgress files={step.files} phase={step.phase} percent={step.percent} />;
      footer = <Button onClick={session.cancel}>取消</Button>;
      break;
    case 'preview': {
      const { preview } = step;
      const wholeFile = fileErrors(preview);
      const { invalid, total } = preview.counts;
      const roster = preview.roster;
      // Every proposal starts ticked.
      const ticked = new Set(ticks(preview) ?? []);
      const tableHeight = Math.max(200, window.innerHeight - (roster ? 470 : 400));
      const rowsTable = total > 0 && <PreviewTable rows={preview.rows} height={tableHeight} />;
      const blocked = wholeFile.length > 0 ? '这份文件不能导入，请看上面的说明。' : total === 0 ? '文件中没有可导入的行。' : null;
      const why = blocked ?? (invalid ? `有 ${invalid} 行有错误，不能整份导入：请修改文件后重新选择，或只导入无误的行。` : null);
      body = (
        <>
          <PreviewSummary preview={preview} fileErrors={wholeFile} fileWarnings={fileWarnings(preview)} />
          {roster && (
            <ImportTarget
              preview={preview}
              units={units.data ?? []}
              value={session.choices.unitId}
              onChange={(unitId) => session.rechoose({ unitId })}
            />
          )}
          {committing.error && (
            <Alert
              type="error"
              showIcon
              title={committing.error}
              action={<Button onClick={again(session.preview)}>重新预览</Button>}
              style={{ marginBottom: 8 }}
            />
          )}
          {roster ? (
            <Tabs
              size="small"
              activeKey={tab}
              onChange={setTab}
              items={[
                { key: 'rows', label: `人员（${total}）`, children: rowsTable },
                {
                  key: 'columns',
                  label: `表格中的列（未使用 ${preview.columns.filter((c) => c.field === null).length}）`,
                  children: (
                    <ColumnsPanel
                      columns={preview.columns}
                      fieldChoices={roster.fieldChoices}
                      height={tableHeight}
                      onMap={(label, field) => {
                        const mapping = { ...session.choices.mapping };
                        if (field) mapping[label] = field;
                        else delete mapping[label];
                        session.rechoose({ mapping });
                      }}
                    />
                  ),
                },
                {
                  key: 'proposals',
                  label: `一并导入（${ticked.size}/${roster.proposals.length}）`,
                  children: (
                    <ProposalsPanel
                      proposals={roster.proposals}
                      accepted={ticked}
                      height={tableHeight + 40}
                      onChange={(ids) =>
                        setUnticked({
                          fileName: preview.fileName,
                          ids: new Set(roster.proposals.map((p) => p.id).filter((id) => !ids.has(id))),
                        })
                      }
                    />
                  ),
                },
              ]}
            />
          ) : (
            rowsTable
          )}
        </>
      );
      footer = (
        <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <Typography.Text type="danger" style={{ flex: 1, textAlign: 'left' }}>
            {why}
          </Typography.Text>
          <Button onClick={again(session.reselect)}>重新选择</Button>
          {preview.errors.length + preview.warnings.length > 0 && (
            <Button
              loading={reporting.busy}
              onClick={() => void saveReport(preview)}
              title="把每个问题所在的工作表、行、列和说明另存为 Excel，发回填表人"
            >
              保存问题清单
            </Button>
          )}
          {invalid > 0 && (
            <Popconfirm
              title="只导入无误的行？"
              description={`将跳过 ${invalid} 行有错误的行，只导入其余 ${total - invalid} 行。被跳过的行可以先“保存问题清单”发回填表人。`}
              okText="导入"
              cancelText="取消"
              disabled={Boolean(blocked) || invalid === total}
              onConfirm={() => commit(preview, 'validOnly')}
            >
              <Button disabled={Boolean(blocked) || invalid === total}>只导入无误的行</Button>
            </Popconfirm>
          )}
          <Tooltip title={why}>
            <Button type="primary" disabled={why !== null} loading={committing.busy} onClick={() => void commit(preview, 'all')}>
              确认导入
            </Button>
          </Tooltip>
        </div>
      );
      break;
    }
    case 'done':
      body = <ImportDone result={step.result} noun={ROW_NOUN[kind]} />;
      footer = (
        <Button type="primary" onClick={onClose} autoFocus>
          完成
        </Button>
      );
      break;
  }

  const wide = step.at === 'preview';
  return (
    <Modal
      open
      title={step.at === 'preview' ? `${title}：${step.preview.fileName}` : title}
      width={wide ? 1100 : 620}
      style={{ top: wide ? 32 : 100 }}
      footer={footer}
      onCancel={onClose}
      keyboard={!committing.busy}
      closable={!committing.busy}
      mask={{ closable: false }}
    >
      {body}
    </Modal>
  );
}
