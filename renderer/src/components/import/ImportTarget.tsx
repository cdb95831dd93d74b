import { Typography } from 'antd';
import type { ImportPreview, UnitRow } from '@shared/api/contract';
import { UNIT_SOURCE_LABELS, UNIT_SOURCES } from '@shared/import/unit-resolve';
import { UnitTreeSelect } from '../UnitTreeSelect';

interface Props {
  preview: ImportPreview;
  units: readonly UnitRow[];
  value: string | undefined;
  onChange: (unitId: string | undefined) => void;
}

/**
 * 导入到: the unit for the rows the file does not place (no 单位 column, heading, unit in 现任职务
 * or sheet name), and where the rows' units came from.
 */
export function ImportTarget({ preview, units, value, onChange }: Props) {
  const counts = UNIT_SOURCES.map((s) => [s, preview.rows.filter((r) => r.unitSource === s).length] as const).filter(([, n]) => n);
  const unplaced = preview.rows.filter((r) => r.unitSource === null && r.unitLabel === '').length;
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 8, flexWrap: 'wrap' }}>
      <label htmlFor="import-target">导入到：</label>
      <div style={{ width: 240 }}>
        <UnitTreeSelect
          id="import-target"
          units={units}
          value={value}
          onChange={(v) => onChange((v as string | undefined) || undefined)}
          placeholder="不指定（按表中的单位）"
        />
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="unit-sources">
        {counts.length > 0 && `单位来自：${counts.map(([s, n]) => `${UNIT_SOURCE_LABELS[s]} ${n} 行`).join('，')}`}
        {unplaced > 0 && (
          <Typography.Text
            type="danger"
            style={{ fontSize: 12 }}
          >{`${counts.length ? '；' : ''}${unplaced} 行找不到单位，请选择“导入到”`}</Typography.Text>
        )}
      </Typography.Text>
    </div>
  );
}
