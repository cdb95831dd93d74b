import { Tag, Typography } from 'antd';
import { GRADE_NAMES } from './grade-style';
import { RULE_LABELS, type Outcome, type Step } from './steps';

const gradeName = (g: Step['to']) => (g === null ? '未评' : GRADE_NAMES[g]);

/** Every step of one person's grading, in the order the rules ran. */
export function StepList({ outcome }: { outcome: Outcome | null }) {
  return (
    <div className="step-pane" data-testid="step-pane">
      {!outcome ? (
        <span className="muted">在上面的列表中选一人（↑/↓ 或点击），这里显示每一步的理由。</span>
      ) : (
        <>
          <Typography.Text strong>{outcome.name}的评定过程</Typography.Text>
          {outcome.steps.length === 0 ? (
            <div className="muted">没有主管领导评鉴（分数或拟评等次），无法评定等次。</div>
          ) : (
            <ol data-testid="steps" style={{ margin: 0, paddingInlineStart: 20 }}>
              {outcome.steps.map((s, i) => (
                <li key={i}>
                  <Tag style={{ fontSize: 11 }}>{RULE_LABELS[s.rule]}</Tag>
                  {s.reason}
                  {s.from !== null && s.from !== s.to && (
                    <span className="muted">
                      （{gradeName(s.from)} → {gradeName(s.to)}）
                    </span>
                  )}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </div>
  );
}
