import type { Todo } from '@shared/api/capabilities/todo';
import type { PeriodTab } from '../../state/navigation';

type UnitTodo = NonNullable<Todo['summary']>['units'][number];
type Count = UnitTodo['records'];

interface Props {
  units: UnitTodo[];
  onOpen: (tab: PeriodTab, unitId: string) => void;
  onIncidents: (unitId: string) => void;
}

const COLUMNS: { key: 'records' | 'summaries' | 'reviews'; title: string; tab: PeriodTab }[] = [
  { key: 'records', title: '工作纪实齐全', tab: 'records' },
  { key: 'summaries', title: '个人小结', tab: 'summary' },
  { key: 'reviews', title: '主管领导评鉴', tab: 'reviews' },
];

function CountCell({ count, label, missing, onOpen }: { count: Count; label: string; missing: string[]; onOpen: () => void }) {
  if (!count) return <td className="muted">—</td>;
  const open = count.done < count.of;
  const left = count.of - count.done;
  const who = missing.length ? `\n缺：${missing.join('、')}${left > missing.length ? ` 等 ${left} 人` : ''}` : '';
  return (
    <td>
      <button type="button" className={`todo-count${open ? ' open' : ''}`} onClick={onOpen} title={`打开${label}${who}`}>
        {count.done}/{count.of}
      </button>
    </td>
  );
}

/**
 * Per unit: how many have handed in what the step asks (纪实 checked week by week), and the
 * negative records waiting for a 容错 decision; each count opens that screen for that unit, and
 * its hover text names who is missing.
 */
export function UnitTodoTable({ units, onOpen, onIncidents }: Props) {
  const shown = COLUMNS.filter((c) => units.some((u) => u[c.key] !== null));
  const tolerance = units.some((u) => u.tolerance > 0);
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
          {tolerance && <th title="负面事项还没有容错认定（需要容错的，请在评定前登记）">待容错认定</th>}
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
                missing={u.missing[c.key]}
                label={`${u.label}的${c.title.replace('齐全', '')}`}
                onOpen={() => onOpen(c.tab, u.unitId)}
              />
            ))}
            {tolerance && (
              <td>
                {u.tolerance > 0 ? (
                  <button
                    type="button"
                    className="todo-count open"
                    onClick={() => onIncidents(u.unitId)}
                    title={`打开${u.label}的表现记录`}
                  >
                    {u.tolerance} 条
                  </button>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
            )}
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
          {tolerance && <td className="open">{units.reduce((s, u) => s + u.tolerance, 0)} 条</td>}
        </tr>
      </tfoot>
    </table>
  );
}
