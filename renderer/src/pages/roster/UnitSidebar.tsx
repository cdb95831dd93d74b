import { Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useMemo } from 'react';
import type { UnitRow } from '@shared/api/contract';
import { organisationTree, type ScopeNode } from '../../lib/unit-tree';

const toData = (n: ScopeNode): DataNode => ({
  key: n.key,
  title: (
    <span className="tree-node" title={`${n.hint}（${n.count}人${n.unrated ? `，其中 ${n.unrated} 人没有评鉴人` : ''}）`}>
      <span className="tree-node-name">{n.name}</span> <span className="muted">{n.count}</span>
      {n.unrated > 0 && (
        <span className="tree-flag" aria-label={`${n.unrated} 人无评鉴人`}>
          {n.unrated}
        </span>
      )}
    </span>
  ),
  children: n.children.length ? n.children.map(toData) : undefined,
});

/**
 * The organisation as a tree with in-post headcounts: its name at the root, 局机关 and each
 * 二层单位 side by side, their 科室, and “本级” for the people in a unit itself.
 */
export function UnitSidebar({
  units,
  organisation,
  selected,
  onSelect,
}: {
  units: readonly UnitRow[];
  organisation: string;
  selected: string;
  onSelect: (key: string) => void;
}) {
  const { treeData, expanded, unrated } = useMemo(() => {
    const root = organisationTree(units, organisation);
    return {
      treeData: [toData(root)],
      unrated: root.unrated,
      expanded: [root.key, ...root.children.filter((c) => c.children.length <= 12).map((c) => c.key)],
    };
  }, [units, organisation]);
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
        单位（在职人数{unrated > 0 && <span className="tree-flag-legend">／无评鉴人</span>}）
      </Typography.Text>
      {/* Mounted once the units are there, so the default expansion applies. */}
      {units.length > 0 && (
        <Tree
          className="unit-tree"
          blockNode
          defaultExpandedKeys={expanded}
          selectedKeys={[selected]}
          onSelect={(keys) => keys.length && onSelect(String(keys[0]))}
          treeData={treeData}
        />
      )}
    </div>
  );
}
