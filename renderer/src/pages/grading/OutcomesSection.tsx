import { SearchOutlined } from '@ant-design/icons';
import { Input, Select, Typography, type InputRef } from 'antd';
import { useMemo, useRef, useState } from 'react';
import type { UnitRow } from '@shared/api/contract';
import type { GradeOrUndetermined } from '@shared/grading/types';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { nameMatches } from '@shared/text/pinyin';
import { useShortcut } from '../../hooks/useShortcut';
import { GRADE_KEYS, GRADE_NAMES } from './grade-style';
import { OutcomesTable } from './OutcomesTable';
import { StepList } from './StepList';
import type { Outcome } from './steps';

/** A grade, or “未评” (no review yet). */
type GradeFilter = GradeOrUndetermined | 'none';
const GRADE_OPTIONS = [
  ...GRADE_KEYS.map((g) => ({ value: g as GradeFilter, label: GRADE_NAMES[g] })),
  { value: 'none' as GradeFilter, label: '未评' },
];

interface Props {
  outcomes: Outcome[];
  units: UnitRow[];
  unitLabels: Map<string, string>;
  loading: boolean;
  onOverride: ((o: Outcome) => void) | null;
  /** Page keys (/ to search) are off while a dialog is open. */
  keysEnabled: boolean;
}

/** The chosen unit and every unit below it (units:list answers in tree order, parents first). */
function unitAndBelow(units: UnitRow[], id: string): Set<string> {
  const ids = new Set([id]);
  for (const u of units) if (u.parentId && ids.has(u.parentId)) ids.add(u.id);
  return ids;
}

/** Search by name, filter by unit and grade, over the results table (in unit order, highest score first). */
export function OutcomesSection({ outcomes, units, unitLabels, loading, onOverride, keysEnabled }: Props) {
  const [search, setSearch] = useState('');
  const [unitId, setUnitId] = useState<string | null>(null);
  const [grades, setGrades] = useState<GradeFilter[]>([]);
  const searchRef = useRef<InputRef>(null);
  const [active, setActive] = useState<string | null>(null);
  useShortcut(
    (e) => e.key === '/',
    () => searchRef.current?.focus(),
    keysEnabled,
  );

  const ordered = useMemo(() => {
    const order = new Map(units.map((u, i) => [u.id, i]));
    return [...outcomes].sort((a, b) => (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0) || (b.score ?? -1) - (a.score ?? -1));
  }, [outcomes, units]);
  const rows = useMemo(() => {
    const inUnit = unitId ? unitAndBelow(units, unitId) : null;
    const q = search.trim();
    return ordered.filter(
      (o) =>
        (!inUnit || inUnit.has(o.unitId)) && (grades.length === 0 || grades.includes(o.grade ?? 'none')) && (!q || nameMatches(o.name, q)),
    );
  }, [ordered, units, unitId, grades, search]);

  return (
    <div style={{ flex: 1, minWidth: 0, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', marginBottom: 6 }}>
        <Input
          ref={searchRef}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          prefix={<SearchOutlined />}
          suffix={
            <span className="muted" title="按 / 键到这里">
              /
            </span>
          }
          placeholder="姓名或拼音首字母"
          aria-label="搜索姓名"
          allowClear
          style={{ width: 170 }}
        />
        <div style={{ width: 200 }}>
          <UnitTreeSelect
            units={units}
            value={unitId ?? undefined}
            onChange={(v) => setUnitId((v as string | undefined) ?? null)}
            placeholder="单位（全部）"
          />
        </div>
        <Select
          mode="multiple"
          allowClear
          aria-label="等次"
          placeholder="等次（全部）"
          maxTagCount="responsive"
          value={grades}
          onChange={setGrades}
          options={GRADE_OPTIONS}
          style={{ width: 200 }}
        />
        <Typography.Text strong data-testid="outcome-count">
          共 {rows.length} 人
        </Typography.Text>
        <Typography.Text type="secondary">选中一人，下方显示每一步的理由</Typography.Text>
      </div>
      <div style={{ flex: 1, minHeight: 0 }}>
        <OutcomesTable
          rows={rows}
          unitLabels={unitLabels}
          loading={loading}
          onActive={(o) => setActive(o.personId)}
          onOverride={onOverride}
        />
      </div>
      <StepList outcome={outcomes.find((o) => o.personId === active) ?? null} />
    </div>
  );
}
