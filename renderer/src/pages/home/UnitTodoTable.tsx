import type { Count, UnitTodo } from '@shared/domain/todo';
import type { PeriodTab } from '../../state/navigation';

interface Props {
  units: UnitTodo[];
  onOpen: (tab: PeriodTab, unitId: string) => void;
}

const COLUMNS: { key: 'records' | 'summaries' | 'reviews'; title: string; tab: PeriodTab }[] = [
  { key: 'records', title: '工作纪实齐全', tab: 'records' },
  { key: 'summaries', title: '个人小结', tab: 'summary' },
  { key: 'reviews', title: '主管领导评鉴', tab: 'reviews' },
];

function CountCell({ count, label, onOpen }: { count: Count; label: string; onOpen: () => void }) {
  if (!count) return <td className="muted">—</td>;
  const open = count.done < count.of;
  return (
    <td>
      <button type="button" className={`todo-count${open ? ' open' : ''}`} onClick={onOpen} title={`打开${label}`}>
        {count.done}/{count.of}
      </button>
    </td>
  );
}

/** Per unit: how many have handed in what the step asks; each count opens that screen for that unit. */
export function UnitTodoTable({ units, onOpen }: Props) {
  const shown = COLUMNS.filter((c) => units.some((u) => u[c.key] !== null));
  const total = (key: (typeof COLUMNS)[number]['key']) =>
    units.reduce((s, u) => ({ done: s.done + (u[key]?.done ?? 0), of: s.of + (u[key]?.of ?? 0) }), { done: 0, of: 0 });
  return (
    <table className="todo-table" data-testid="todo-units">
      <thead>
        <tr>
          <th>单位</th>
          <th>人数</th>
          {shown.map((c) => (
            <th key={c.key}>{c.title}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {units.map((u) => (
          <tr key={u.unitId} className={u.open ? 'open' : undefined}>
            <td title={u.label}>{u.label}</td>
            <td>{u.people}</td>
            {shown.map((c) => (
              <CountCell
                key={c.key}
                count={u[c.key]}
                label={`${u.label}的${c.title.replace('齐全', '')}`}
                onOpen={() => onOpen(c.tab, u.unitId)}
              />
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td>合计</td>
          <td>{units.reduce((s, u) => s + u.people, 0)}</td>
          {shown.map((c) => {
            const t = total(c.key);
            return (
              <td key={c.key} className={t.done < t.of ? 'open' : undefined}>
                {t.done}/{t.of}
              </td>
            );
          })}
        </tr>
      </tfoot>
    </table>
  );
}
