import { Checkbox, Empty, Typography } from 'antd';
import { PROPOSAL_GROUPS, PROPOSAL_GROUP_LABELS, type ImportProposal } from '@shared/api/import-schemas';

interface Props {
  proposals: readonly ImportProposal[];
  accepted: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
  height: number;
}

/**
 * What the file implies besides its people, each written with them when ticked: manager roles read
 * from 职务, and (from the national workbook) A14 奖惩 as 表现记录 and A15 考核 as past annual results.
 */
export function ProposalsPanel({ proposals, accepted, onChange, height }: Props) {
  if (proposals.length === 0) return <Empty description="这份文件没有可以一并导入的管理职责或记录" />;
  const toggle = (ids: string[], on: boolean) => {
    const next = new Set(accepted);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    onChange(next);
  };
  return (
    <div style={{ maxHeight: height, overflow: 'auto' }} data-testid="import-proposals">
      {PROPOSAL_GROUPS.map((group) => {
        const items = proposals.filter((p) => p.group === group);
        if (items.length === 0) return null;
        const ids = items.map((p) => p.id);
        const on = ids.filter((id) => accepted.has(id)).length;
        return (
          <section key={group} style={{ marginBottom: 12 }}>
            <Checkbox checked={on === ids.length} indeterminate={on > 0 && on < ids.length} onChange={(e) => toggle(ids, e.target.checked)}>
              <Typography.Text strong>
                {PROPOSAL_GROUP_LABELS[group]}（{on}/{ids.length}）
              </Typography.Text>
            </Checkbox>
            <div
              style={{
                display: 'grid',
                gridTemplateColumns: 'repeat(auto-fill, minmax(330px, 1fr))',
                gap: '2px 16px',
                margin: '4px 0 0 24px',
              }}
            >
              {items.map((p) => (
                <Checkbox key={p.id} checked={accepted.has(p.id)} onChange={(e) => toggle([p.id], e.target.checked)}>
                  {p.label} <Typography.Text type="secondary">{p.reason}</Typography.Text>
                </Checkbox>
              ))}
            </div>
          </section>
        );
      })}
      {proposals.some((p) => p.group === 'role') && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0 }}>
          党组班子成员的分管单位请在“管理职责”页面补上，或导入管理职责表（姓名、身份证号、职责、范围、分管单位）。
        </Typography.Paragraph>
      )}
    </div>
  );
}
