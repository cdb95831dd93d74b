import { PlusOutlined, SearchOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Checkbox, Input, Typography, type InputRef } from 'antd';
import type { Ref } from 'react';
import type { UnitRow } from '@shared/api/contract';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';

export interface IncidentFilters {
  /** The unit and the units below it; undefined = the whole bureau. */
  unitId?: string;
  search: string;
  inEffectOnly: boolean;
}

interface Props {
  units: UnitRow[];
  filters: IncidentFilters;
  onChange: (f: IncidentFilters) => void;
  count: number | undefined;
  searchRef: Ref<InputRef>;
  onImport: () => void;
  onNew: () => void;
}

/** Unit, name, 只看影响期内, the count, 导入 and 登记. */
export function IncidentsToolbar({ units, filters, onChange, count, searchRef, onImport, onNew }: Props) {
  const set = <K extends keyof IncidentFilters>(key: K, value: IncidentFilters[K]) => onChange({ ...filters, [key]: value });
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', marginBottom: 8 }}>
      <div style={{ width: 220 }}>
        <UnitTreeSelect
          units={units}
          value={filters.unitId}
          onChange={(v) => set('unitId', v as string | undefined)}
          placeholder="全部单位"
        />
      </div>
      <Input
        ref={searchRef}
        value={filters.search}
        onChange={(e) => set('search', e.target.value)}
        prefix={<SearchOutlined />}
        suffix={
          <span className="muted" title="按 / 键到这里">
            /
          </span>
        }
        placeholder="姓名或拼音首字母"
        aria-label="搜索姓名"
        allowClear
        style={{ width: 160 }}
      />
      <Checkbox checked={filters.inEffectOnly} onChange={(e) => set('inEffectOnly', e.target.checked)}>
        只看影响期内
      </Checkbox>
      <Typography.Text strong data-testid="incident-count">
        {count === undefined ? '' : `共 ${count} 条`}
      </Typography.Text>
      <span style={{ flex: 1 }} />
      <Button icon={<UploadOutlined />} onClick={onImport} title="从纪检或组织人事的登记表导入，先预览再确认">
        导入表现记录
      </Button>
      <Button type="primary" icon={<PlusOutlined />} onClick={onNew} title="Alt+N 或 Ctrl+N">
        登记表现记录
      </Button>
    </div>
  );
}
