import { CheckCircleFilled, QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Card, Tag, Tooltip, Typography } from 'antd';
import type { GradingView } from '@shared/api/appraisal-schemas';
import { useAction } from '../../hooks/useAction';
import { dotted } from '../../lib/dates';

type Result = GradingView['accountability'][number];

interface Props {
  periodId: string;
  results: Result[];
  unacknowledged: string[];
  editable: boolean;
  onAcknowledged: (view: GradingView) => void;
}

/** The bureau's own rule (DOMAIN.md §4.4), verbatim. */
const RULE =
  '在两个考核周期内本单位干部职工没有被评为“一般”或“较差”等次，但干部职工昏庸懒散拖问题突出、工作推进不理想或其他问题造成不良影响的，' +
  '党组主要负责人及班子成员、二层单位班子成员、组织人事负责人以及科室负责人均应直接评为“较差”等次。';

/**
 * The manager-accountability results, each with its evidence. They must be acknowledged before
 * publishing; the service acknowledges all of the period's results at once.
 */
export function AccountabilityPanel({ periodId, results, unacknowledged, editable, onAcknowledged }: Props) {
  const { run, busy } = useAction();
  if (results.length === 0) return null;
  const open = results.filter((r) => unacknowledged.includes(r.personId)).length;
  const acknowledge = async () => {
    const view = await run('grading:acknowledge', { periodId }, { success: '已确认管理责任规则的结果' });
    if (view) onAcknowledged(view);
  };
  return (
    <div data-testid="accountability">
      <div style={{ display: 'flex', alignItems: 'center', gap: 10, marginBottom: 6 }}>
        <Typography.Text strong type="danger">
          管理责任规则：{results.length} 人直接评为“较差”
        </Typography.Text>
        <Tooltip title={`依据：${RULE}`}>
          <QuestionCircleOutlined className="muted" />
        </Tooltip>
        {open > 0 ? (
          <Typography.Text type="danger">{open} 条待确认，确认后才能公示</Typography.Text>
        ) : (
          <Typography.Text type="success">已全部确认</Typography.Text>
        )}
        {editable && open > 0 && (
          <Button type="primary" danger loading={busy} onClick={() => void acknowledge()}>
            确认{results.length > 1 ? `（全部 ${results.length} 条）` : ''}
          </Button>
        )}
      </div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        {results.map((r) => (
          <ResultCard key={`${r.personId}/${r.role}/${r.scope}`} result={r} acknowledged={!unacknowledged.includes(r.personId)} />
        ))}
      </div>
    </div>
  );
}

function ResultCard({ result: r, acknowledged }: { result: Result; acknowledged: boolean }) {
  return (
    <Card
      size="small"
      title={`${r.name}（${r.role}）→ 较差`}
      extra={
        acknowledged ? (
          <Typography.Text type="success">
            <CheckCircleFilled /> 已确认
          </Typography.Text>
        ) : (
          <Tag color="red">待确认</Tag>
        )
      }
      style={{
        width: 440,
        border: acknowledged ? '1px solid #ffa39e' : '2px solid #f5222d',
        background: acknowledged ? undefined : '#fff1f0',
      }}
      styles={{ body: { padding: '6px 12px' } }}
      data-testid="accountability-card"
    >
      <div>
        范围：{r.scope}；考核周期：{r.periods.join('、')}
      </div>
      <div>范围内 {r.peopleInScope} 人无“一般”“较差”，但有以下表现记录：</div>
      <ul style={{ margin: '2px 0 0', paddingInlineStart: 18 }}>
        {r.incidents.map((i) => (
          <li key={i.id}>
            {dotted(i.date)} {i.kind} {i.name ?? '（单位）'}：{i.reason}
          </li>
        ))}
      </ul>
    </Card>
  );
}
