import { DownloadOutlined, DownOutlined, PlusOutlined, SearchOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Dropdown, Input, Select, Typography, type InputRef } from 'antd';
import { PrintMenu } from '../../components/print/PrintMenu';
import type { Ref } from 'react';
import {
  CATEGORIES,
  ESTABLISHMENTS,
  PERSON_STATUSES,
  PERSON_STATUS_LABELS,
  type Category,
  type Establishment,
  type PersonStatus,
} from '@shared/domain/codes';
import { codeOptions } from '../../lib/options';

export interface RosterFilters {
  search: string;
  establishments: Establishment[];
  categories: Category[];
  statuses: PersonStatus[];
}

export const DEFAULT_FILTERS: RosterFilters = { search: '', establishments: [], categories: [], statuses: ['active', 'seconded'] };

interface Props {
  filters: RosterFilters;
  onChange: (f: RosterFilters) => void;
  count: number | undefined;
  searchRef: Ref<InputRef>;
  /** ↓ or Enter in the search box: on to the list. */
  onToList: () => void;
  onNew: () => void;
  onImport: () => void;
  /** 导出花名册 of the whole bureau (null) or of the unit chosen in the tree. */
  onExport: (unitId: string | null) => void;
  exporting: boolean;
  /** The unit chosen in the tree, if any. */
  unit: { id: string; label: string } | null;
}

interface FilterSelectProps<T extends string> {
  label: string;
  placeholder?: string;
  value: T[];
  onChange: (value: T[]) => void;
  options: { value: T; label: string }[];
  width: number;
}

/** A multiple choice from a code list; empty = no filter. */
function FilterSelect<T extends string>({ label, placeholder = label, width, ...rest }: FilterSelectProps<T>) {
  return (
    <Select
      {...rest}
      mode="multiple"
      allowClear
      maxTagCount="responsive"
      showSearch={{ optionFilterProp: 'label' }}
      aria-label={label}
      placeholder={placeholder}
      style={{ width }}
    />
  );
}

/** Search, the three code-list filters, the count, 导入 / 导出花名册 and 新增人员. */
export function RosterToolbar({ filters, onChange, count, searchRef, onToList, onNew, onImport, onExport, exporting, unit }: Props) {
  const set = <K extends keyof RosterFilters>(key: K, value: RosterFilters[K]) => onChange({ ...filters, [key]: value });
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', marginBottom: 8 }}>
      <Input
        ref={searchRef}
        value={filters.search}
        onChange={(e) => set('search', e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowDown' && e.key !== 'Enter') return;
          e.preventDefault();
          onToList();
        }}
        prefix={<SearchOutlined />}
        suffix={
          <span className="muted" title="按 / 键到这里">
            /
          </span>
        }
        placeholder="姓名、拼音首字母或身份证后4位"
        aria-label="搜索姓名"
        allowClear
        style={{ width: 176 }}
      />
      <FilterSelect
        label="编制类型"
        value={filters.establishments}
        onChange={(v) => set('establishments', v)}
        options={codeOptions(ESTABLISHMENTS)}
        width={104}
      />
      <FilterSelect
        label="人员类别"
        value={filters.categories}
        onChange={(v) => set('categories', v)}
        options={codeOptions(CATEGORIES)}
        width={104}
      />
      <FilterSelect
        label="状态"
        placeholder="状态（全部）"
        value={filters.statuses}
        onChange={(v) => set('statuses', v)}
        options={codeOptions(PERSON_STATUSES, (s) => PERSON_STATUS_LABELS[s])}
        width={144}
      />
      <Typography.Text strong data-testid="roster-count" title="按姓氏笔画排序">
        {count === undefined ? '' : `共 ${count} 人`}
      </Typography.Text>
      <span style={{ flex: 1 }} />
      <Button
        icon={<UploadOutlined />}
        onClick={onImport}
        title="导入花名册：从 Excel / WPS 表格导入，先预览再确认"
        aria-label="导入花名册"
      >
        导入
      </Button>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'all', label: '全局花名册' },
            { key: 'unit', label: unit ? `“${unit.label}”的花名册` : '当前单位的花名册（先在左侧选择单位）', disabled: !unit },
          ],
          onClick: ({ key }) => onExport(key === 'unit' && unit ? unit.id : null),
        }}
      >
        <Button icon={<DownloadOutlined />} loading={exporting} title="导出花名册：A4 横向的 Excel" aria-label="导出花名册">
          导出 <DownOutlined />
        </Button>
      </Dropdown>
      <PrintMenu
        items={[
          { key: 'all', label: '全局花名册', target: { request: { form: 'roster' }, title: '花名册' } },
          {
            key: 'unit',
            label: unit ? `“${unit.label}”的花名册` : '当前单位的花名册（先在左侧选择单位）',
            target: unit ? { request: { form: 'roster', unitId: unit.id }, title: '花名册' } : null,
          },
        ]}
      />
      <Button type="primary" icon={<PlusOutlined />} onClick={onNew} title="Alt+N 或 Ctrl+N">
        新增人员
      </Button>
    </div>
  );
}
