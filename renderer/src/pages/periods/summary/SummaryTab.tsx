import { App, Empty, Spin } from 'antd';
import { useState } from 'react';
import { useQuery } from '../../../hooks/useQuery';
import { PersonBar, type PersonTabProps } from '../PersonBar';
import { SummaryForm } from './SummaryForm';

type Props = PersonTabProps;

/** 个人小结 of one person; unsaved text is not dropped without asking. */
export function SummaryTab({ period, people, units, editable, unitId, onUnit, personId, onPerson }: Props) {
  const { modal } = App.useApp();
  const summary = useQuery('summaries:get', { periodId: period.id, personId: personId ?? '' }, personId !== null);
  const [dirty, setDirty] = useState(false);

  const choose = (id: string) => {
    const go = () => {
      setDirty(false);
      onPerson(id);
    };
    if (!dirty) return go();
    modal.confirm({ title: '放弃未保存的个人小结？', okText: '放弃', cancelText: '继续编辑', onOk: go });
  };
  const next = () => {
    const i = people.findIndex((p) => p.personId === personId);
    if (i + 1 < people.length) onPerson(people[i + 1].personId);
  };
  // useQuery keeps the last person's answer until the next one arrives.
  const ready =
    personId !== null && !summary.loading && summary.data !== undefined && (summary.data === null || summary.data.personId === personId);

  return (
    <div>
      <PersonBar units={units} unitId={unitId} onUnit={onUnit} people={people} personId={personId} onPerson={choose} />
      {personId === null ? (
        <Empty description="选择人员：在“人员”框中输入姓名，按 Enter" style={{ marginTop: 48 }} />
      ) : ready ? (
        <SummaryForm
          key={personId}
          periodId={period.id}
          personId={personId}
          saved={summary.data ?? null}
          editable={editable}
          onNext={next}
          onDirty={setDirty}
        />
      ) : (
        <Spin style={{ display: 'block', marginTop: 48 }} />
      )}
    </div>
  );
}
