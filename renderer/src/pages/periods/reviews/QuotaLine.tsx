import { Tooltip, Typography } from 'antd';
import type { QuotaCount } from '@shared/api/appraisal-schemas';

/**
 * “好 名额 N，已提 M（本单位 K）”, red with “超出 X” once more are proposed than there are seats —
 * short, so that the 评鉴 toolbar stays on one line at 1366×768; the hover says it in full.
 */
export function QuotaLine({ quota, unitGood }: { quota: QuotaCount; unitGood: number }) {
  const over = quota.proposedGood - quota.seats;
  return (
    <Tooltip
      title={`按${quota.pool}${quota.graded}人（不含不确定等次）计算名额。“已提”是拟评“好”的人数，加上分数在“好”分数段但未提等次的人数。${over > 0 ? `已提比名额多 ${over} 人（超出名额）。` : ''}`}
    >
      <Typography.Text strong type={over > 0 ? 'danger' : undefined} data-testid="quota" style={{ whiteSpace: 'nowrap' }}>
        好 名额 {quota.seats}，已提 {quota.proposedGood}（本单位 {unitGood}）{over > 0 ? `，超出 ${over}` : ''}
      </Typography.Text>
    </Tooltip>
  );
}
