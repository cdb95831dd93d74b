import { Select, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { ParticipantRow, PeriodSummary } from '@shared/api/appraisal-schemas';
import type { UnitRow } from '@shared/api/contract';
import { unitSubtree } from '@shared/domain/unit';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { PERSON_SEARCH } from '../../lib/person-search';

/** The participants in a unit and the units below it (all of them when no unit is chosen). */
export function participantsIn(
  participants: readonly ParticipantRow[],
  units: readonly UnitRow[],
  unitId: string | null,
): ParticipantRow[] {
  if (!unitId) return participants.slice();
  const ids = unitSubtree(units, unitId);
  return participants.filter((p) => ids.has(p.unitId));
}

interface Props {
  units: UnitRow[];
  unitId: string | null;
  onUnit: (unitId: string | null) => void;
  /** The participants of the chosen unit, in the period's order. */
  people: ParticipantRow[];
  personId: string | null;
  onPerson: (personId: string) => void;
  /** Buttons on the right. */
  children?: ReactNode;
}

/** Choose whose inputs to work on: narrow by unit, then type the name and press Enter. */
export function PersonBar({ units, unitId, onUnit, people, personId, onPerson, children }: Props) {
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 8, flexWrap: 'wrap' }}>
      <div style={{ width: 190 }}>
        <UnitTreeSelect
          units={units}
          value={unitId ?? undefined}
          onChange={(v) => onUnit((v as string | undefined) ?? null)}
          placeholder="全部单位"
        />
      </div>
      <Select
        aria-label="人员"
        placeholder="姓名或拼音首字母，按 Enter"
        value={people.some((p) => p.personId === personId) ? personId! : undefined}
        onChange={onPerson}
        showSearch={PERSON_SEARCH}
        style={{ width: 240 }}
        options={people.map((p) => ({
          value: p.personId,
          name: p.name,
          label: (
            <span>
              {p.name} <Typography.Text type="secondary">{p.unitLabel}</Typography.Text>
            </span>
          ),
        }))}
      />
      <Typography.Text type="secondary">{people.length} 人</Typography.Text>
      <span style={{ flex: 1 }} />
      {children}
    </div>
  );
}

/** What the per-person tabs (工作纪实, 个人小结) get from the period page. */
export interface PersonTabProps {
  period: PeriodSummary;
  /** The participants of the chosen unit. */
  people: ParticipantRow[];
  units: UnitRow[];
  editable: boolean;
  unitId: string | null;
  onUnit: (unitId: string | null) => void;
  personId: string | null;
  onPerson: (personId: string) => void;
}
