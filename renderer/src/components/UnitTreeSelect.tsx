import { TreeSelect } from 'antd';
import { useMemo, useState, type KeyboardEvent } from 'react';
import type { UnitRow } from '@shared/api/contract';
import type { UnitKind } from '@shared/domain/unit';
import { nameMatches } from '@shared/text/pinyin';
import { mapUnitTree, nestUnits } from '../lib/unit-tree';

interface TreeOption {
  value: string;
  title: string;
  /** What the box shows once chosen: the full label, so two 综合科 under two 中心 read apart. */
  label: string;
  disabled: boolean;
  children: TreeOption[];
}

interface Props {
  units: readonly UnitRow[];
  value?: string | string[];
  onChange?: (value: string | string[]) => void;
  multiple?: boolean;
  /** Only units of this kind can be chosen (the others stay visible for orientation). */
  kind?: UnitKind;
  /** Units that cannot be chosen, e.g. the person's current unit in a transfer. */
  exclude?: readonly string[];
  placeholder?: string;
  id?: string;
  autoFocus?: boolean;
}

/**
 * Choose one or more active units from the organisation tree. Typing filters by name or 拼音首字母
 * (bgs → 办公室); Enter takes the first unit that matches and can be chosen, and closes the list
 * when one unit is chosen (it would otherwise cover the dialog's buttons and take the next Esc).
 */
export function UnitTreeSelect({ units, kind, exclude = [], multiple, value, onChange, ...rest }: Props) {
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState(false);
  const choosable = (u: UnitRow) => (kind === undefined || u.kind === kind) && !exclude.includes(u.id);
  const treeData = useMemo(
    () =>
      mapUnitTree<TreeOption>(nestUnits(units), ({ unit }, children) => ({
        value: unit.id,
        title: unit.name,
        label: unit.label,
        disabled: (kind !== undefined && unit.kind !== kind) || exclude.includes(unit.id),
        children,
      })),
    [units, kind, exclude],
  );
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Enter' || !search.trim() || e.nativeEvent.isComposing) return;
    const first = units.find((u) => choosable(u) && nameMatches(u.name, search.trim()));
    if (!first) return;
    e.preventDefault();
    e.stopPropagation();
    const chosen = Array.isArray(value) ? value : [];
    onChange?.(multiple ? (chosen.includes(first.id) ? chosen : [...chosen, first.id]) : first.id);
    setSearch('');
    if (!multiple) setOpen(false);
  };
  return (
    <span onKeyDownCapture={onKeyDown} style={{ display: 'block' }}>
      <TreeSelect
        {...rest}
        value={value}
        onChange={onChange}
        treeData={treeData}
        multiple={multiple}
        open={open}
        onOpenChange={setOpen}
        showSearch={{
          searchValue: search,
          onSearch: setSearch,
          filterTreeNode: (input, node) => nameMatches(String(node.title ?? ''), input),
        }}
        treeNodeLabelProp="label"
        treeDefaultExpandAll
        allowClear
        popupMatchSelectWidth={false}
        style={{ width: '100%' }}
      />
    </span>
  );
}
