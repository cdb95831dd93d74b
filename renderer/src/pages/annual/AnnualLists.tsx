import { SearchOutlined } from '@ant-design/icons';
import { Input, Segmented } from 'antd';
import { useMemo, useState } from 'react';
import { useElementHeight } from '../../hooks/useElementHeight';
import type { AnnualResult } from './AnnualHeader';
import { AnnualTable, type AnnualRow } from './AnnualTable';

type List = 'all' | 'eligible' | 'twicePoor' | 'allGood' | 'renewal';

/** Table header height: the body's scroll height is the box minus this. */
const TABLE_HEADER = 36;

/** Everyone, or one of the lists the leadership asks for (评优, 能上能下, 编外续聘); search by name. */
export function AnnualLists({ result, loading }: { result: AnnualResult; loading: boolean }) {
  const [list, setList] = useState<List>('all');
  const [search, setSearch] = useState('');
  const [box, height] = useElementHeight<HTMLDivElement>(400);

  const lists = useMemo(() => {
    const { rows } = result;
    const among = (ids: string[]) => rows.filter((r) => ids.includes(r.personId));
    const pick: Record<List, { label: string; rows: AnnualRow[] }> = {
      all: { label: '全部', rows },
      eligible: { label: '符合评优条件', rows: rows.filter((r) => r.eligible) },
      twicePoor: { label: '连续两期较差', rows: among(result.twicePoor) },
      allGood: { label: '各期均为好', rows: among(result.allGood) },
      renewal: { label: '编外续聘', rows: rows.filter((r) => r.renewal) },
    };
    return pick;
  }, [result]);
  const rows = useMemo(() => lists[list].rows.filter((r) => r.name.includes(search.trim())), [lists, list, search]);

  return (
    <>
      <div style={{ display: 'flex', alignItems: 'center', gap: 10, flexWrap: 'wrap' }}>
        <Segmented<List>
          value={list}
          onChange={setList}
          options={(Object.keys(lists) as List[]).map((key) => ({ value: key, label: `${lists[key].label}（${lists[key].rows.length}）` }))}
        />
        <Input
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          prefix={<SearchOutlined />}
          placeholder="姓名"
          aria-label="搜索姓名"
          allowClear
          style={{ width: 150 }}
        />
      </div>
      <div ref={box} data-testid="annual" style={{ flex: 1, minHeight: 300, background: '#fff' }}>
        <AnnualTable result={result} rows={rows} loading={loading} height={Math.max(200, height - TABLE_HEADER)} />
      </div>
    </>
  );
}
