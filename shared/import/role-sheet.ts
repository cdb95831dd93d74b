import type { FieldMap } from '../excel/field-map';
import { ROLE_KINDS, ROLE_LABELS, type RoleKind } from '../domain/role';

export type RoleColumn = 'name' | 'idNumber' | 'kind' | 'scope' | 'supervised' | 'from';

/**
 * The 管理职责 sheet (issue 13 §7): one row per role of a person, for the 分管 lists a roster
 * cannot tell. Its template is written by roles:template with the same labels.
 */
export const ROLE_FIELD_MAP: FieldMap<RoleColumn> = {
  required: ['name', 'kind'],
  minColumns: 3,
  fields: [
    { key: 'name', label: '姓名', labels: ['姓名'] },
    { key: 'idNumber', label: '身份证号', labels: ['身份证号', '身份证号码', '公民身份号码'] },
    { key: 'kind', label: '职责', labels: ['职责', '管理职责', '职责类别', '角色'] },
    { key: 'scope', label: '范围', labels: ['范围', '负责范围', '负责单位', '所在单位'] },
    { key: 'supervised', label: '分管单位', labels: ['分管单位', '分管科室', '分管'] },
    { key: 'from', label: '起始日期', labels: ['起始日期', '开始日期', '任职时间', '起始时间'] },
  ],
};

/** The template's columns in order, as written and read back. */
export const ROLE_SHEET_COLUMNS: { key: RoleColumn; width: number }[] = [
  { key: 'name', width: 10 },
  { key: 'idNumber', width: 21 },
  { key: 'kind', width: 16 },
  { key: 'scope', width: 24 },
  { key: 'supervised', width: 40 },
  { key: 'from', width: 12 },
];

/** How a sheet names each role: the app's names and the words clerks use. */
export const ROLE_WORDS: Record<string, RoleKind> = {
  ...Object.fromEntries(ROLE_KINDS.map((k) => [ROLE_LABELS[k], k])),
  主要负责人: 'principal',
  党组书记: 'principal',
  班子成员: 'leadershipMember',
  党组成员: 'leadershipMember',
  分管领导: 'leadershipMember',
  二层单位领导: 'subunitLeader',
  二层单位负责人: 'subunitLeader',
  人事负责人: 'personnelHead',
  组织人事科负责人: 'personnelHead',
  科室主要负责人: 'departmentHead',
};
