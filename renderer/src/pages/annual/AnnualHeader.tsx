import { Space, Tag, Typography } from 'antd';
import type { Output } from '@shared/api/contract';

export type AnnualResult = Output<'annual:get'>;

/** The periods the roll-up rests on (unpublished ones marked) and the 优秀 quota against who qualifies. */
export function AnnualHeader({ result }: { result: AnnualResult }) {
  const { quota } = result;
  const over = quota.eligible > quota.seats;
  return (
    <>
      <Space size={4} wrap>
        {result.periods.map((p) => (
          <Tag key={p.id} color={p.published ? undefined : 'orange'} title={p.published ? '已公示' : '评定结果尚未公示，仅供参考'}>
            {p.label}
            {p.published ? '' : '（未公示）'}
          </Tag>
        ))}
      </Space>
      <Typography.Text strong type={over ? 'danger' : undefined} data-testid="annual-quota">
        参加 {quota.participants} 人，优秀名额 {quota.seats} 个（{Math.round(quota.ratio * 100)}%），符合评优条件 {quota.eligible} 人
        {over ? '，超出名额，须择优确定' : ''}
      </Typography.Text>
    </>
  );
}
