import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import type { UnitRow } from '@shared/api/contract';
import type { UnitKind } from '@shared/domain/unit';
import { mapUnitTree, nestUnits } from '../lib/unit-tree';

interface TreeOption {
  value: string;
  title: string;
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

/** Choose one or more active units from the organisation tree. */
export function UnitTreeSelect({ units, kind, exclude = [], multiple, ...rest }: Props) {
  const treeData = useMemo(
    () =>
      mapUnitTree<TreeOption>(nestUnits(units), ({ unit }, children) => ({
        value: unit.id,
        title: unit.name,
        disabled: (kind !== undefined && unit.kind !== kind) || exclude.includes(unit.id),
        children,
      })),
    [units, kind, exclude],
  );
  return (
    <TreeSelect
      {...rest}
      treeData={treeData}
      multiple={multiple}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      allowClear
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
    />
  );
}
