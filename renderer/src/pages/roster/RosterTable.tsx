import { DownOutlined, UserDeleteOutlined } from '@ant-design/icons';
import { useMemo, useState } from 'react';
import type { PersonRow, UnitRow } from '@shared/api/contract';
import { ROLE_LABELS } from '@shared/domain/role';
import { PERSON_STATUSES, PERSON_STATUS_LABELS, type PersonStatus } from '@shared/domain/codes';
import { compareByStroke } from '@shared/text/stroke-order';
import { DataGrid, type GridColumn } from '../../components/grid/DataGrid';
import { useRowMenu } from '../../components/grid/RowMenu';
import { RowButton } from '../../components/RowButton';
import { StatusTag } from '../../components/StatusTag';
import { useAction } from '../../hooks/useAction';
import { IdCell } from './IdCell';
import { statusActionLabel } from './StatusModal';

interface Props {
  rows: PersonRow[];
  units: readonly UnitRow[];
  loading: boolean;
  onEdit: (row: PersonRow) => void;
  onTransfer: (row: PersonRow) => void;
  onStatus: (row: PersonRow, status: PersonStatus) => void;
}

const NONE_REVEALED: Record<string, string> = {};

/** Who may sit in 局机关 or a 二层单位 itself rather than in one of its 科室: its leaders. */
const LEADS_BUREAU = [ROLE_LABELS.principal, ROLE_LABELS.leadershipMember, ROLE_LABELS.personnelHead];
const LEADS_SUBUNIT = [ROLE_LABELS.subunitLeader];

/** “未分科室”: in 局机关 or a 二层单位 itself without leading it — most likely imported without a 科室. */
function withoutDepartment(p: PersonRow, kinds: Map<string, string>): boolean {
  const kind = kinds.get(p.unitId);
  if (kind === 'bureau') return !p.roles.some((r) => LEADS_BUREAU.includes(r));
  if (kind === 'subunit') return !p.roles.some((r) => LEADS_SUBUNIT.includes(r));
  return false;
}

/**
 * The roster: every person in one virtual list, server order (姓氏笔画) until a heading is
 * clicked. Enter or a double click edits. A revealed 身份证号 belongs to the rows it was revealed
 * in: the next load of the list masks it again.
 */
export function RosterTable({ rows, units, loading, onEdit, onTransfer, onStatus }: Props) {
  const [revealed, setRevealed] = useState<{ rows: PersonRow[]; ids: Record<string, string> }>({ rows, ids: {} });
  const ids = revealed.rows === rows ? revealed.ids : NONE_REVEALED;
  const { run } = useAction();

  const rowMenu = useRowMenu();
  const showMenu = rowMenu.show;
  const kinds = useMemo(() => new Map(units.map((u) => [u.id, u.kind])), [units]);
  const columns = useMemo<GridColumn<PersonRow>[]>(() => {
    const reveal = async (p: PersonRow) => {
      const r = await run('people:revealId', { id: p.id });
      if (r?.idNumber) setRevealed({ rows, ids: { ...ids, [p.id]: r.idNumber } });
    };
    const hide = (p: PersonRow) => {
      const { [p.id]: _, ...rest } = ids;
      setRevealed({ rows, ids: rest });
    };
    return [
      { key: 'seq', title: '序号', width: 40, align: 'right', pinned: true, sortable: false, render: (_, i) => i + 1 },
      { key: 'name', title: '姓名', width: 64, pinned: true, text: (p) => p.name, compare: (a, b) => compareByStroke(a.name, b.name) },
      { key: 'gender', title: '性别', width: 36, align: 'center', text: (p) => p.gender },
      { key: 'birth', title: '出生年月', width: 64, text: (p) => p.birth },
      {
        key: 'unit',
        title: '单位',
        width: 130,
        grow: true,
        text: (p) => p.unitLabel,
        hover: (p) => {
          const flags = [
            withoutDepartment(p, kinds) && '未分到科室（请编辑此人，选择所在科室）',
            p.noReviewer && '没有评鉴人（请在“单位与职责”中登记其科室负责人或分管领导）',
          ].filter(Boolean);
          return flags.length ? `${p.unitLabel}：${flags.join('；')}` : p.unitLabel;
        },
        render: (p) => (
          <>
            {withoutDepartment(p, kinds) && <span className="row-tag flag-warn">未分科室</span>}
            {p.noReviewer && (
              <span className="row-flag" title="无评鉴人：请在“单位与职责”中登记其科室负责人或分管领导">
                <UserDeleteOutlined aria-hidden />
                <span className="visually-hidden">无评鉴人</span>
              </span>
            )}{' '}
            {p.unitLabel}
          </>
        ),
      },
      { key: 'post', title: '职务', width: 96, text: (p) => p.post },
      { key: 'rank', title: '职级', width: 84, optional: true, text: (p) => p.rank },
      { key: 'establishment', title: '编制类型', width: 78, optional: true, text: (p) => p.establishment },
      { key: 'category', title: '人员类别', width: 90, optional: true, text: (p) => p.category },
      {
        key: 'status',
        title: '状态',
        width: 54,
        text: (p) => PERSON_STATUS_LABELS[p.status],
        render: (p) => <StatusTag status={p.status} secondedTo={p.secondedTo} />,
      },
      {
        key: 'id',
        title: '身份证号',
        width: 156,
        optional: true,
        hidden: true,
        sortable: false,
        render: (p) => <IdCell masked={p.idMasked} full={ids[p.id]} onReveal={() => void reveal(p)} onHide={() => hide(p)} />,
      },
      { key: 'roles', title: '管理职责', width: 112, optional: true, text: (p) => p.roles.join('、') },
      {
        key: 'actions',
        title: '操作',
        width: 90,
        sortable: false,
        render: (p) => (
          <span style={{ whiteSpace: 'nowrap' }}>
            <RowButton onClick={() => onEdit(p)}>编辑</RowButton>
            <RowButton
              aria-label={`${p.name}：调动或改变状态`}
              onClick={(e) =>
                showMenu(
                  e,
                  [
                    { key: 'transfer', label: '调动…', disabled: p.status === 'left' || p.status === 'retired' },
                    ...PERSON_STATUSES.filter((s) => s !== p.status).map((s) => ({ key: s, label: statusActionLabel(s) })),
                  ],
                  (key) => (key === 'transfer' ? onTransfer(p) : onStatus(p, key as PersonStatus)),
                )
              }
            >
              更多 <DownOutlined />
            </RowButton>
          </span>
        ),
      },
    ];
  }, [rows, ids, run, onEdit, onTransfer, onStatus, kinds, showMenu]);

  return (
    <>
      {rowMenu.menu}
      <DataGrid<PersonRow>
        storageKey="roster"
        ariaLabel="花名册"
        testId="roster"
        rowKey={(p) => p.id}
        loading={loading}
        columns={columns}
        rows={rows}
        onOpen={onEdit}
        emptyText="没有符合条件的人员"
      />
    </>
  );
}
