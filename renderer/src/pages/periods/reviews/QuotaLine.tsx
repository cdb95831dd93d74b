import { Tooltip, Typography } from 'antd';
import type { QuotaCount } from '@shared/api/appraisal-schemas';

/** “好 名额 N，已提 M（本单位 K）”, red once more are proposed than there are seats. */
export function QuotaLine({ quota, unitGood }: { quota: QuotaCount; unitGood: number }) {
  const over = quota.proposedGood > quota.seats;
  return (
    <Tooltip
      title={`按${quota.pool}${quota.graded}人（不含不确定等次）计算名额。“已提”是拟评“好”的人数，加上分数在“好”分数段但未提等次的人数。`}
    >
      <Typography.Text strong type={over ? 'danger' : undefined} data-testid="quota">
        好 名额 {quota.seats}，已提 {quota.proposedGood}（本单位 {unitGood}）{over ? '，超出名额' : ''}
      </Typography.Text>
    </Tooltip>
  );
}
