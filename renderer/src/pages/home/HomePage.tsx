import { CheckCircleFilled, ExclamationCircleFilled, InfoCircleFilled, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Spin, Typography } from 'antd';
import type { Todo } from '@shared/api/capabilities/todo';
import type { TodoLine } from '@shared/domain/todo';
import { useQuery } from '../../hooks/useQuery';
import { dotted } from '../../lib/dates';
import { useNavigation, type NavIntent, type PageKey, type PeriodTab } from '../../state/navigation';
import { PeriodStateTag } from '../periods/PeriodStateTag';
import { UnitTodoTable } from './UnitTodoTable';
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
  periods: { page: 'periods', label: '新建考核周期' },
};

function dueText(days: number): string {
  if (days > 0) return `还有 ${days} 天`;
  if (days === 0) return '今天到期';
  return `已超过 ${-days} 天`;
}

interface LineProps {
  level: TodoLine['level'];
  text: string;
  go: string;
  onClick: () => void;
  testId?: string;
}

/** One thing to do: what, and a click to the screen that does it. */
function Line({ level, text, go, onClick, testId }: LineProps) {
  return (
    <button type="button" className="todo-line" onClick={onClick} title={`打开“${go}”`} data-testid={testId}>
      {ICONS[level]}
      <span className="todo-text">{text}</span>
      <span className="todo-go">
        {go} <RightOutlined />
      </span>
    </button>
  );
}

/** “医药服务管理科、基金监管科没有科室负责人，由分管领导李卫东评鉴”: the 科室 grouped by who rates their people. */
function ratedAboveText(units: Todo['preparation']['ratedAbove']): string {
  const by = new Map<string, string[]>();
  for (const u of units) {
    const who = u.ratedBy.join('、');
    by.set(who, [...(by.get(who) ?? []), u.label]);
  }
  return [...by].map(([who, labels]) => `${labels.join('、')}没有科室负责人，由${who}评鉴`).join('；');
}

/** Before the first period, and whenever it slips: the roster, the 管理职责 (who rates whom). */
function Preparation({ prep }: { prep: Todo['preparation'] }) {
  const { go } = useNavigation();
  const rolesText =
    prep.headless.length > 0
      ? `${prep.headless.length} 个科室没有科室负责人，也没有分管领导评鉴其人员：${prep.headless.map((u) => u.label).join('、')}`
      : `管理职责：已登记 ${prep.roles} 项`;
  return (
    <Card size="small" title="准备工作" data-testid="preparation">
      <Line
        level={prep.activePeople > 0 ? 'done' : 'todo'}
        text={prep.activePeople > 0 ? `花名册：在职 ${prep.activePeople} 人` : '花名册还是空的：导入花名册（Excel/WPS）或逐个新增'}
        go="花名册"
        onClick={() => go('roster')}
      />
      <Line
        level={prep.roles > 0 && prep.headless.length === 0 ? 'done' : 'todo'}
        text={rolesText}
        go="单位与职责"
        onClick={() => go('units')}
      />
      {prep.ratedAbove.length > 0 && (
        <Line level="info" testId="todo-rated-above" text={ratedAboveText(prep.ratedAbove)} go="单位与职责" onClick={() => go('units')} />
      )}
      {prep.withoutReviewer > 0 && (
        <Line
          level="todo"
          testId="todo-unrated"
          text={`${prep.withoutReviewer} 人没有评鉴人（花名册中标“无评鉴人”）：登记其科室负责人或分管领导`}
          go="单位与职责"
          onClick={() => go('units')}
        />
      )}
    </Card>
  );
}

/** 首页（待办）: the current period, its state and deadline, and per unit what is missing — each line opens the screen that fixes it. */
export function HomePage() {
  const { go } = useNavigation();
  const todo = useQuery('todo:get', {});
  if (todo.error) return <Alert type="error" showIcon title={todo.error} />;
  if (!todo.data) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  const { preparation, period, summary } = todo.data;

  const open = (line: TodoLine) => {
    const t = TARGETS[line.target];
    const intent: NavIntent =
      line.target === 'periods'
        ? { newPeriod: true }
        : t.page === 'periods'
          ? { periodId: period!.id, tab: t.tab, unitId: line.unitId }
          : {};
    go(t.page, intent);
  };

  return (
    <div className="home" data-testid="home">
      <Preparation prep={preparation} />
      {!period || !summary ? (
        <Card size="small" title="考核周期">
          <Empty description="还没有考核周期">
            <Button type="primary" onClick={() => go('periods', { newPeriod: true })}>
              新建考核周期
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
          {summary.due && (
            <Typography.Paragraph data-testid="todo-due" style={{ marginBottom: 8 }}>
              <Typography.Text strong>{summary.due.what}</Typography.Text>：{dotted(summary.due.date)}，
              <Typography.Text type={summary.due.days < 0 ? 'danger' : summary.due.days <= 3 ? 'warning' : undefined}>
                {dueText(summary.due.days)}
              </Typography.Text>
            </Typography.Paragraph>
          )}
          {summary.lines.length === 0 && !summary.units.some((u) => u.open) && (
            <Typography.Paragraph type="success">这一步没有待办事项。</Typography.Paragraph>
          )}
          <div data-testid="todo-lines">
            {summary.lines.map((l) => (
              <Line key={l.key} level={l.level} text={l.text} go={TARGETS[l.target].label} onClick={() => open(l)} />
            ))}
          </div>
          {summary.units.length > 0 && (
            <UnitTodoTable
              units={summary.units}
              onOpen={(tab, unitId) => go('periods', { periodId: period.id, tab, unitId })}
              onIncidents={(unitId) => go('incidents', { unitId })}
            />
          )}
        </Card>
      )}
    </div>
  );
}
