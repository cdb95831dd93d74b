import { Alert, Spin, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import type { ParticipantRow } from '@shared/api/appraisal-schemas';
import type { UnitRow } from '@shared/api/contract';
import { useQuery } from '../../hooks/useQuery';
import type { NavIntent, PeriodTab } from '../../state/navigation';
import { ParticipantsTab } from './participants/ParticipantsTab';
import { lockedReason } from './period-state';
import { PeriodHeader } from './PeriodHeader';
import { PeriodPrintMenu } from './PeriodPrintMenu';
import { participantsIn } from './PersonBar';
import { RecordsTab } from './records/RecordsTab';
import { ReviewsTab } from './reviews/ReviewsTab';
import { SummaryTab } from './summary/SummaryTab';

type TabKey = PeriodTab;
const TABS: { key: TabKey; label: string }[] = [
  { key: 'participants', label: '考核名单' },
  { key: 'records', label: '工作纪实' },
  { key: 'summary', label: '个人小结' },
  { key: 'reviews', label: '评鉴' },
];

/** One period: its header and the four input screens. The unit and person chosen carry across tabs. */
export function PeriodDetail({
  periodId,
  units,
  onStateChanged,
  open,
}: {
  periodId: string;
  units: UnitRow[];
  onStateChanged: () => void;
  /** The tab and unit to show first (a link from the 待办 page). */
  open?: NavIntent;
}) {
  const detail = useQuery('periods:get', { id: periodId });
  const [tab, setTab] = useState<TabKey>(open?.tab ?? 'participants');
  const [unitId, setUnitId] = useState<string | null>(open?.tab !== 'reviews' ? (open?.unitId ?? null) : null);
  const [personId, setPersonId] = useState<string | null>(null);
  const [reviewUnitId, setReviewUnitId] = useState<string | null>(open?.tab === 'reviews' ? (open.unitId ?? null) : null);
  const people = useMemo(() => participantsIn(detail.data?.participants ?? [], units, unitId), [detail.data, units, unitId]);

  if (!detail.data)
    return detail.error ? <Alert type="error" showIcon title={detail.error} /> : <Spin style={{ display: 'block', marginTop: 80 }} />;
  const data = detail.data;
  const { period, participants } = data;
  const locked = lockedReason(period);
  const editable = locked === null;

  const switchTab = (key: TabKey) => {
    if (key === 'participants') detail.reload(); // counts of what was entered meanwhile
    setTab(key);
  };
  const openRecords = (p: ParticipantRow) => {
    setPersonId(p.personId);
    setTab('records');
  };
  const personTab = { period, people, units, editable, unitId, onUnit: setUnitId, personId, onPerson: setPersonId };

  const content = (key: TabKey) => {
    switch (key) {
      case 'participants':
        return (
          <ParticipantsTab
            detail={data}
            loading={detail.loading}
            units={units}
            editable={editable}
            unitId={unitId}
            onUnit={setUnitId}
            onRecords={openRecords}
            onChanged={detail.reload}
          />
        );
      case 'records':
        return <RecordsTab {...personTab} />;
      case 'summary':
        return <SummaryTab {...personTab} />;
      case 'reviews':
        return (
          <ReviewsTab
            period={period}
            participants={participants}
            units={units}
            editable={editable}
            unitId={reviewUnitId}
            onUnit={setReviewUnitId}
          />
        );
    }
  };

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%', minWidth: 0 }}>
      <PeriodHeader
        detail={data}
        onChanged={() => {
          detail.reload();
          onStateChanged();
        }}
      />
      {locked && <Alert type="warning" showIcon title={locked} style={{ marginBottom: 4 }} data-testid="locked-hint" />}
      <Tabs
        activeKey={tab}
        onChange={(k) => switchTab(k as TabKey)}
        size="small"
        destroyOnHidden
        styles={{ root: { flex: 1, minHeight: 0 }, header: { marginBottom: 8 }, body: { height: '100%' }, content: { height: '100%' } }}
        items={TABS.map(({ key, label }) => ({ key, label, children: tab === key ? content(key) : null }))}
        tabBarExtraContent={
          <PeriodPrintMenu
            period={period}
            units={units}
            unitId={unitId}
            person={participants.find((p) => p.personId === personId) ?? null}
          />
        }
      />
    </div>
  );
}
