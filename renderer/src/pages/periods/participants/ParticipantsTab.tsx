import { SearchOutlined } from '@ant-design/icons';
import { Input, InputNumber, Switch, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { ParticipantRow, PeriodDetail } from '@shared/api/appraisal-schemas';
import type { UnitRow } from '@shared/api/contract';
import { UnitTreeSelect } from '../../../components/UnitTreeSelect';
import { nameMatches } from '@shared/text/pinyin';
import { useQuery } from '../../../hooks/useQuery';
import { participantsIn } from '../PersonBar';
import { ParticipantsTable } from './ParticipantsTable';
import { UndeterminedModal } from './UndeterminedModal';

interface Props {
  detail: PeriodDetail;
  loading: boolean;
  units: UnitRow[];
  editable: boolean;
  unitId: string | null;
  onUnit: (unitId: string | null) => void;
  onRecords: (p: ParticipantRow) => void;
  onChanged: () => void;
}

/** Who takes part, what each has handed in, 不确定等次, and who has recorded nothing lately. */
export function ParticipantsTab({ detail, loading, units, editable, unitId, onUnit, onRecords, onChanged }: Props) {
  const [search, setSearch] = useState('');
  const [coverage, setCoverage] = useState({ on: false, weeks: 2 });
  const [undetermined, setUndetermined] = useState<ParticipantRow | null>(null);
  const graded = detail.period.state === 'publicity' || detail.period.state === 'archived';
  const grading = useQuery('grading:get', { periodId: detail.period.id }, graded);
  const grades = useMemo(
    () => (graded && grading.data ? new Map(grading.data.outcomes.map((o) => [o.personId, o.grade])) : undefined),
    [graded, grading.data],
  );
  const silent = useQuery(
    'records:coverage',
    { periodId: detail.period.id, weeks: coverage.weeks, unitId: unitId ?? undefined },
    coverage.on,
  );
  const lastDates = useMemo(
    () => (coverage.on && silent.data ? new Map(silent.data.map((c) => [c.personId, c.lastDate])) : undefined),
    [coverage.on, silent.data],
  );

  const rows = useMemo(() => {
    const name = search.trim();
    return participantsIn(detail.participants, units, unitId).filter(
      (p) => (!name || nameMatches(p.name, name)) && (!lastDates || lastDates.has(p.personId)),
    );
  }, [detail.participants, units, unitId, search, lastDates]);

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 8, flexWrap: 'wrap' }}>
        <div style={{ width: 190 }}>
          <UnitTreeSelect
            units={units}
            value={unitId ?? undefined}
            onChange={(v) => onUnit((v as string | undefined) ?? null)}
            placeholder="全部单位"
          />
        </div>
        <Input
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          prefix={<SearchOutlined />}
          placeholder="姓名或拼音首字母"
          aria-label="搜索姓名"
          allowClear
          style={{ width: 150 }}
        />
        <Switch checked={coverage.on} onChange={(on) => setCoverage({ ...coverage, on })} aria-label="只看近期未填写纪实的人" />
        <span>
          近{' '}
          <InputNumber
            aria-label="周数"
            value={coverage.weeks}
            min={1}
            max={26}
            precision={0}
            onChange={(w) => setCoverage({ ...coverage, weeks: w ?? 2 })}
            style={{ width: 52 }}
          />{' '}
          周未填写纪实
        </span>
        <Typography.Text strong data-testid="participants-count">
          共 {rows.length} 人
        </Typography.Text>
        {coverage.on && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            截至今天（或周期结束日）往前 {coverage.weeks} 周内没有工作纪实的人，不含不确定等次人员
          </Typography.Text>
        )}
      </div>
      <div style={{ flex: 1, minHeight: 200 }}>
        <ParticipantsTable
          rows={rows}
          grades={grades}
          loading={loading || (coverage.on && silent.loading)}
          editable={editable}
          lastDates={lastDates}
          onRecords={onRecords}
          onUndetermined={setUndetermined}
        />
      </div>
      {undetermined && (
        <UndeterminedModal
          periodId={detail.period.id}
          person={undetermined}
          onCancel={() => setUndetermined(null)}
          onDone={() => {
            setUndetermined(null);
            onChanged();
          }}
        />
      )}
    </div>
  );
}
