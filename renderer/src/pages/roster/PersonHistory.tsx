import { Table, Typography } from 'antd';
import type { PersonDetail } from '@shared/api/contract';
import { PERSON_STATUS_LABELS } from '@shared/domain/codes';
import { StatusTag } from '../../components/StatusTag';
import { dotted } from '../../lib/dates';

type Stay = PersonDetail['unitHistory'][number];
type Change = PersonDetail['statusHistory'][number];
type Past = PersonDetail['pastResults'][number];

/** 履历: every stay in a unit (transfers are dated), every change of status, and 年度考核 results from before the app. */
export function PersonHistory({ detail }: { detail: PersonDetail }) {
  return (
    <>
      <Typography.Title level={5}>所在单位</Typography.Title>
      <Table<Stay>
        size="small"
        pagination={false}
        rowKey={(s) => `${s.unitId}-${s.from}`}
        dataSource={[...detail.unitHistory].reverse()}
        columns={[
          { title: '单位', dataIndex: 'unitLabel' },
          { title: '起', dataIndex: 'from', width: 100, render: dotted },
          { title: '止', dataIndex: 'until', width: 100, render: (v: string | null) => (v ? dotted(v) : '至今') },
          { title: '备注', dataIndex: 'note', render: (v: string | null) => v ?? '' },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        状态变动
      </Typography.Title>
      <Table<Change>
        size="small"
        pagination={false}
        rowKey={(c) => `${c.status}-${c.on}`}
        dataSource={[...detail.statusHistory].reverse()}
        locale={{ emptyText: `一直${PERSON_STATUS_LABELS.active}，没有状态变动` }}
        columns={[
          { title: '状态', dataIndex: 'status', width: 80, render: (s: Change['status']) => <StatusTag status={s} /> },
          { title: '日期', dataIndex: 'on', width: 100, render: dotted },
          { title: '借调单位', dataIndex: 'secondedTo', render: (v: string | null) => v ?? '' },
          { title: '备注', dataIndex: 'note', render: (v: string | null) => v ?? '' },
        ]}
      />
      {detail.pastResults.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            历年年度考核结果
          </Typography.Title>
          <Table<Past>
            size="small"
            pagination={false}
            rowKey="year"
            dataSource={[...detail.pastResults].reverse()}
            columns={[
              { title: '年度', dataIndex: 'year', width: 80 },
              { title: '考核结论', dataIndex: 'result', width: 140 },
              { title: '来源', dataIndex: 'source', render: (v: string | null) => v ?? '' },
            ]}
          />
        </>
      )}
    </>
  );
}
