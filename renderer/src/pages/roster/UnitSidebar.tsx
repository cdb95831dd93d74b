import { Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useMemo } from 'react';
import type { UnitRow } from '@shared/api/contract';
import { mapUnitTree, nestUnits } from '../../lib/unit-tree';

export const ALL = 'all';

const title = (name: string, count: number) => (
  <span title={`${name}（${count}人）`}>
    {name} <span className="muted">{count}</span>
  </span>
);

/** “全部” and the unit tree with headcounts (each unit counts the units below it). */
export function UnitSidebar({
  units,
  selected,
  onSelect,
}: {
  units: readonly UnitRow[];
  selected: string;
  onSelect: (key: string) => void;
}) {
  const { treeData, expanded, total } = useMemo(() => {
    const nested = nestUnits(units);
    const treeData: DataNode[] = mapUnitTree<DataNode>(nested, ({ unit, total }, children) => ({
      key: unit.id,
      title: title(unit.name, total),
      children: children.length ? children : undefined,
    }));
    return { treeData, expanded: nested.map((n) => n.unit.id), total: nested.reduce((s, n) => s + n.total, 0) };
  }, [units]);
  return (
    <div
      style={{
        width: 200,
        flex: 'none',
        overflow: 'auto',
        background: '#fff',
        border: '1px solid #f0f0f0',
        borderRadius: 4,
        padding: '6px 4px',
      }}
    >
      <Typography.Text type="secondary" style={{ padding: '0 8px', fontSize: 12 }}>
        单位（在职人数）
      </Typography.Text>
      {/* Mounted once the units are there, so the default expansion applies. */}
      {units.length > 0 && (
        <Tree
          className="unit-tree"
          blockNode
          defaultExpandedKeys={expanded}
          selectedKeys={[selected]}
          onSelect={(keys) => keys.length && onSelect(String(keys[0]))}
          treeData={[{ key: ALL, title: title('全部', total) }, ...treeData]}
        />
      )}
    </div>
  );
}
