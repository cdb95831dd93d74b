import { Alert, Button } from 'antd';
import { useMemo, useState } from 'react';
import type { ParticipantRow, PeriodSummary, ReviewRow } from '@shared/api/appraisal-schemas';
import type { UnitRow } from '@shared/api/contract';
import { ImportDialog } from '../../../components/import/ImportDialog';
import { UnitTreeSelect } from '../../../components/UnitTreeSelect';
import { useElementHeight } from '../../../hooks/useElementHeight';
import { useFileExport } from '../../../hooks/useFileExport';
import { QuotaLine } from './QuotaLine';
import { ReviewGridTable } from './ReviewGridTable';
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

const TABLE_HEADER = 40;
const NO_ROWS: ReviewRow[] = [];

/** 主管领导评鉴 of one unit: typed in the grid, or sent out as the 科室评鉴表 and read back. */
export function ReviewsTab({ period, participants, units, editable, unitId: chosen, onUnit }: Props) {
  // Only units with participants of their own can be chosen; the first one to begin with.
  const withPeople = useMemo(() => new Set(participants.map((p) => p.unitId)), [participants]);
  const empty = useMemo(() => units.filter((u) => !withPeople.has(u.id)).map((u) => u.id), [units, withPeople]);
  const unitId = chosen ?? units.find((u) => withPeople.has(u.id))?.id ?? null;
  const [importing, setImporting] = useState(false);
  const { grid, loading, error, states, save, check, reload } = useReviewGrid(period.id, unitId);
  const { exportFile, busy: exporting } = useFileExport();
  const [box, height] = useElementHeight<HTMLDivElement>(400);
  const unit = units.find((u) => u.id === unitId);

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, marginBottom: 8, flexWrap: 'wrap' }}>
        <div style={{ width: 200 }}>
          <UnitTreeSelect
            units={units}
            exclude={empty}
            value={unitId ?? undefined}
            onChange={(v) => onUnit((v as string | undefined) ?? null)}
            placeholder="选择单位"
          />
        </div>
        {grid && <QuotaLine quota={grid.quota} unitGood={grid.unitProposedGood} />}
        <span style={{ flex: 1 }} />
        <Button
          disabled={!unit || !editable}
          loading={exporting}
          onClick={() =>
            unit &&
            void exportFile('reviews:exportSheet', { periodId: period.id, unitId: unit.id }, `评鉴表-${period.label}-${unit.name}.xlsx`)
          }
          title="发给科室负责人填写分数、拟评等次和评鉴意见"
        >
          导出评鉴表
        </Button>
        <Button disabled={!unit || !editable} onClick={() => setImporting(true)}>
          导入评鉴表
        </Button>
      </div>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <div ref={box} style={{ flex: 1, minHeight: 200, background: '#fff' }}>
        <ReviewGridTable
          rows={grid?.rows ?? NO_ROWS}
          loading={loading}
          height={Math.max(160, height - TABLE_HEADER)}
          editable={editable}
          states={states}
          onSave={save}
          onCheck={check}
        />
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
