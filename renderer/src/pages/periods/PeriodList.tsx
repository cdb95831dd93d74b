import { PlusOutlined } from '@ant-design/icons';
import { Button, Menu, Typography } from 'antd';
import type { PeriodSummary } from '@shared/api/appraisal-schemas';
import { PeriodStateTag } from './PeriodStateTag';

interface Props {
  periods: PeriodSummary[];
  selected: string | null;
  onSelect: (id: string) => void;
  onNew: () => void;
}

/** The periods, newest first, each with its state. */
export function PeriodList({ periods, selected, onSelect, onNew }: Props) {
  return (
    <div
      style={{ width: 200, flex: 'none', display: 'flex', flexDirection: 'column', background: '#fff', borderRight: '1px solid #f0f0f0' }}
    >
      <div style={{ display: 'flex', alignItems: 'center', padding: '6px 8px', gap: 8 }}>
        <Typography.Text strong style={{ flex: 1 }}>
          考核周期
        </Typography.Text>
        <Button type="primary" icon={<PlusOutlined />} onClick={onNew} title="新建考核周期（Alt+N）">
          新建
        </Button>
      </div>
      <Menu
        aria-label="考核周期列表"
        mode="inline"
        inlineIndent={8}
        selectedKeys={selected ? [selected] : []}
        onClick={(e) => onSelect(e.key)}
        style={{ borderInlineEnd: 'none', flex: 1, overflow: 'auto' }}
        items={periods.map((p) => ({
          key: p.id,
          label: (
            <span style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
              <span style={{ flex: 1 }}>{p.label}</span>
              <PeriodStateTag state={p.state} />
            </span>
          ),
        }))}
      />
    </div>
  );
}
