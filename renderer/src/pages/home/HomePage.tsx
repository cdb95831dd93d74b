import { CheckCircleFilled, ExclamationCircleFilled, InfoCircleFilled, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Spin, Typography } from 'antd';
import type { TodoLine } from '@shared/domain/todo';
import { useQuery } from '../../hooks/useQuery';
import { dotted } from '../../lib/dates';
import { useAppStatus } from '../../state/app-status';
import { useNavigation, type PageKey, type PeriodTab } from '../../state/navigation';
import { PeriodStateTag } from '../periods/PeriodStateTag';
import { UnitTodoTable } from './UnitTodoTable';
import { useTodo } from './useTodo';
import './home.css';

const ICONS = {
  todo: <ExclamationCircleFilled style={{ color: '#fa8c16' }} />,
  info: <InfoCircleFilled style={{ color: '#1677ff' }} />,
  done: <CheckCircleFilled style={{ color: '#52c41a' }} />,
};

/** Where each kind of line leads: a page, and on 考核周期 a tab. */
const TARGETS: Record<TodoLine['target'], { page: PageKey; tab?: PeriodTab; label: string }> = {
  records: { page: 'periods', tab: 'records', label: '工作纪实' },
  summary: { page: 'periods', tab: 'summary', label: '个人小结' },
  reviews: { page: 'periods', tab: 'reviews', label: '评鉴' },
  participants: { page: 'periods', tab: 'participants', label: '考核名单' },
  grading: { page: 'grading', label: '等次评定' },
  incidents: { page: 'incidents', label: '表现记录' },
  period: { page: 'periods', tab: 'participants', label: '考核周期' },
};

function dueText(days: number): string {
  if (days > 0) return `还有 ${days} 天`;
  if (days === 0) return '今天到期';
  return `已超过 ${-days} 天`;
}

/** Before the first period: the roster, the 管理职责 (who rates whom), then a period. */
function Preparation() {
  const { status } = useAppStatus();
  const { go } = useNavigation();
  const roles = useQuery('roles:list', {});
  const units = useQuery('units:list', {});
  const heads = new Set((roles.data ?? []).filter((r) => r.current && r.kind === 'departmentHead').map((r) => r.unitId));
  const headless = (units.data ?? []).filter((u) => u.kind === 'department' && u.headcount > 0 && !heads.has(u.id));
  const steps = [
    {
      key: 'roster',
      done: status.counts.activePeople > 0,
      text:
        status.counts.activePeople > 0
          ? `花名册：在职 ${status.counts.activePeople} 人`
          : '花名册还是空的：导入花名册（Excel/WPS）或逐个新增',
      page: 'roster' as const,
    },
    {
      key: 'roles',
      done: (roles.data?.length ?? 0) > 0 && headless.length === 0,
      text:
        headless.length > 0
          ? `${headless.length} 个科室还没有科室负责人（评鉴人）：${headless.map((u) => u.name).join('、')}`
          : `管理职责：已登记 ${roles.data?.length ?? 0} 项`,
      page: 'units' as const,
    },
  ];
  return (
    <Card size="small" title="准备工作" data-testid="preparation">
      {steps.map((s) => (
        <button key={s.key} type="button" className="todo-line" onClick={() => go(s.page)}>
          {s.done ? ICONS.done : ICONS.todo}
          <span className="todo-text">{s.text}</span>
          <RightOutlined className="todo-go" />
        </button>
      ))}
    </Card>
  );
}

/** 首页（待办）: the current period, its state and deadline, and per unit what is missing — each line opens the screen that fixes it. */
export function HomePage() {
  const { go } = useNavigation();
  const { period, periods, summary, error, loading } = useTodo();
  if (error) return <Alert type="error" showIcon title={error} />;
  if (!periods) return <Spin style={{ display: 'block', marginTop: 80 }} />;

  const open = (line: TodoLine) => {
    const t = TARGETS[line.target];
    go(t.page, t.page === 'periods' ? { periodId: period!.id, tab: t.tab, unitId: line.unitId } : {});
  };
  const todo = summary?.lines ?? [];

  return (
    <div className="home" data-testid="home">
      <Preparation />
      {!period ? (
        <Card size="small" title="考核周期">
          <Empty description="还没有考核周期">
            <Button type="primary" onClick={() => go('periods')}>
              去新建考核周期
            </Button>
          </Empty>
        </Card>
      ) : (
        <Card
          size="small"
          data-testid="todo"
          title={
            <span>
              {period.label} <PeriodStateTag state={period.state} />
            </span>
          }
          extra={
            <Button type="primary" onClick={() => go('periods', { periodId: period.id })}>
              打开考核周期
            </Button>
          }
        >
          {!summary ? (
            <Spin spinning={loading} />
          ) : (
            <>
              {summary.due && (
                <Typography.Paragraph data-testid="todo-due" style={{ marginBottom: 8 }}>
                  <Typography.Text strong>{summary.due.what}</Typography.Text>：{dotted(summary.due.date)}，
                  <Typography.Text type={summary.due.days < 0 ? 'danger' : summary.due.days <= 3 ? 'warning' : undefined}>
                    {dueText(summary.due.days)}
                  </Typography.Text>
                </Typography.Paragraph>
              )}
              {todo.length === 0 && !summary.units.some((u) => u.open) && (
                <Typography.Paragraph type="success">这一步没有待办事项。</Typography.Paragraph>
              )}
              <div data-testid="todo-lines">
                {todo.map((l) => (
                  <button
                    key={l.key}
                    type="button"
                    className="todo-line"
                    onClick={() => open(l)}
                    title={`打开“${TARGETS[l.target].label}”`}
                  >
                    {ICONS[l.level]}
                    <span className="todo-text">{l.text}</span>
                    <span className="todo-go">
                      {TARGETS[l.target].label} <RightOutlined />
                    </span>
                  </button>
                ))}
              </div>
              {summary.units.length > 0 && (
                <UnitTodoTable units={summary.units} onOpen={(tab, unitId) => go('periods', { periodId: period.id, tab, unitId })} />
              )}
            </>
          )}
        </Card>
      )}
    </div>
  );
}
