import type { PersonFields } from '@shared/domain/person';

/** How a field is edited; see PersonFieldControl. */
export type FieldControl =
  'text' | 'yearMonth' | 'idNumber' | 'gender' | 'ethnicity' | 'political' | 'education' | 'establishment' | 'category' | 'note' | 'duties';

export interface FieldSpec {
  key: keyof PersonFields;
  control: FieldControl;
  /** Grid columns out of 24 (default 8: three fields a row). */
  span?: number;
}

/** The person form's layout, in the order a clerk reads a 干部任免审批表 / 花名册. */
export const PERSON_FIELD_GROUPS: { title: string; fields: FieldSpec[] }[] = [
  {
    title: '基本信息',
    fields: [
      { key: 'name', control: 'text' },
      { key: 'gender', control: 'gender' },
      { key: 'ethnicity', control: 'ethnicity' },
      { key: 'idNumber', control: 'idNumber', span: 12 },
      { key: 'birth', control: 'yearMonth', span: 6 },
      { key: 'nativePlace', control: 'text', span: 6 },
      { key: 'political', control: 'political' },
      { key: 'partyJoined', control: 'yearMonth' },
      { key: 'workStarted', control: 'yearMonth' },
    ],
  },
  {
    title: '学历',
    fields: [
      { key: 'fullTimeEducation', control: 'education' },
      { key: 'fullTimeSchool', control: 'text', span: 16 },
      { key: 'inServiceEducation', control: 'education' },
      { key: 'inServiceSchool', control: 'text', span: 16 },
    ],
  },
  {
    title: '职务',
    fields: [
      { key: 'post', control: 'text', span: 12 },
      { key: 'rank', control: 'text', span: 12 },
      { key: 'postSince', control: 'yearMonth', span: 12 },
      { key: 'rankSince', control: 'yearMonth', span: 12 },
      { key: 'postLevel', control: 'text' },
      { key: 'postLevelSince', control: 'yearMonth' },
      { key: 'title', control: 'text' },
      { key: 'postFullTitle', control: 'text', span: 24 },
      { key: 'postShortTitle', control: 'text', span: 24 },
      { key: 'duties', control: 'duties', span: 24 },
    ],
  },
  {
    title: '编制与类别',
    fields: [
      { key: 'establishment', control: 'establishment' },
      { key: 'category', control: 'category' },
      // 编外聘用 only: 续聘 counts the contract year from this month.
      { key: 'contractStart', control: 'yearMonth' },
    ],
  },
  {
    title: '其他',
    fields: [
      { key: 'phone', control: 'text' },
      { key: 'note', control: 'note', span: 16 },
    ],
  },
];
