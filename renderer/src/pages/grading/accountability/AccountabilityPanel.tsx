import { QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Input, Modal, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import type { AccountabilityView, GradingView } from '@shared/api/appraisal-schemas';
import { ACCOUNTABILITY_READING_LABELS } from '@shared/grading/settings';
import { useAction } from '../../../hooks/useAction';
import { ResultCard } from './ResultCard';
import { RULE, verdict, whoAndScope } from './rule';

interface Props {
  view: GradingView;
  editable: boolean;
  onConfirmed: (view: GradingView) => void;
}

/**
 * The manager-accountability results, each with its evidence and its own confirmation (DOMAIN.md
 * §4.4): a confirmation belongs to the result it confirmed, so a re-run that changes a result asks
 * for it again. 确认全部 lists every name and asks once more.
 */
export function AccountabilityPanel({ view, editable, onConfirmed }: Props) {
  const { run, busy } = useAction();
  const [all, setAll] = useState(false);
  const [note, setNote] = useState('');
  const results = view.accountability;
  if (results.length === 0) return null;
  const open = results.filter((r) => view.unconfirmed.includes(r.fingerprint));
  const pending = results.filter((r) => !r.confirmation);
  const confirm = async (fingerprints: string[] | undefined, n: string | null) => {
    const next = await run('grading:confirm', { periodId: view.periodId, fingerprints, note: n }, { success: '已确认' });
    if (next) onConfirmed(next);
  };
  const applied = results.filter((r) => !r.superior).length;
  return (
    <div data-testid="accountability">
      <div style={{ display: 'flex', alignItems: 'center', gap: 10, marginBottom: 6, flexWrap: 'wrap' }}>
        <Typography.Text strong type="danger">
          管理责任规则（{ACCOUNTABILITY_READING_LABELS[view.reading]}）：{applied ? `${applied} 人直接评为“较差”` : ''}
          {applied && applied < results.length ? '，' : ''}
          {results.length > applied ? `${results.length - applied} 人建议上级党组织评为“较差”` : ''}
        </Typography.Text>
        <Tooltip title={`依据：${RULE}`}>
          <QuestionCircleOutlined className="muted" />
        </Tooltip>
        {open.length > 0 ? (
          <Typography.Text type="danger">{open.length} 条待确认，逐条确认后才能公示</Typography.Text>
        ) : (
          <Typography.Text type="success">公示不受影响（已确认{pending.length ? '；报上级党组织的建议可另行确认' : ''}）</Typography.Text>
        )}
        {editable && pending.length > 1 && (
          <Button danger onClick={() => setAll(true)} data-testid="confirm-all">
            确认全部（{pending.length} 条）…
          </Button>
        )}
      </div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        {results.map((r) => (
          <ResultCard
            periodId={view.periodId}
            key={r.fingerprint || `${r.personId}/${r.scope}`}
            result={r}
            open={view.unconfirmed.includes(r.fingerprint)}
            editable={editable}
            busy={busy}
            onConfirm={(n) => void confirm([r.fingerprint], n)}
          />
        ))}
      </div>
      <Modal
        open={all}
        title={`确认全部 ${pending.length} 条管理责任规则结果？`}
        okText="全部确认"
        okButtonProps={{ danger: true, loading: busy }}
        cancelText="取消"
        onCancel={() => setAll(false)}
        onOk={() => {
          setAll(false);
          void confirm(
            pending.map((r) => r.fingerprint),
            note.trim() || null,
          );
        }}
      >
        <Typography.Paragraph>以下每一条都将记为已确认（逐条记入操作日志）：</Typography.Paragraph>
        <ol data-testid="confirm-all-names">
          {pending.map((r: AccountabilityView) => (
            <li key={r.fingerprint}>
              {whoAndScope(r)}：{verdict(r)}
            </li>
          ))}
        </ol>
        <Input.TextArea
          value={note}
          onChange={(e) => setNote(e.target.value)}
          maxLength={500}
          autoSize={{ minRows: 2 }}
          placeholder="说明（可不填），如：经局党组会议研究同意"
        />
      </Modal>
    </div>
  );
}
