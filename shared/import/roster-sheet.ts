import type { FieldMap } from '../excel/field-map';
import type { PersonFields } from '../domain/person';

/** Columns a roster sheet may have: the person's fields plus where they work. */
export type RosterColumn = keyof PersonFields | 'unit' | 'department' | 'status';

/**
 * Header labels of the rosters clerks bring (reference/templates.md §1.5, §6): the national
 * 干部信息系统 export and extraction workbook (A01), the Insigma 干部名册 layouts (gbhmc1, gbhmc_hz,
 * gbhmc3, gbmc1), and the bureau's own sheets. Labels are compared with spaces and line breaks
 * removed and parentheses alike, so "姓  名", "出  生\n年  月" and "学历(全日制)" match.
 */
export const ROSTER_FIELD_MAP: FieldMap<RosterColumn> = {
  required: ['name'],
  minColumns: 3,
  fields: [
    { key: 'name', label: '姓名', labels: ['姓名', '名字'] },
    { key: 'gender', label: '性别', labels: ['性别'] },
    { key: 'ethnicity', label: '民族', labels: ['民族'] },
    { key: 'nativePlace', label: '籍贯', labels: ['籍贯'] },
    { key: 'birth', label: '出生年月', labels: ['出生年月', '出生日期', '出生时间', '出生年月日'] },
    { key: 'idNumber', label: '身份证号', labels: ['身份证号', '身份证号码', '公民身份号码', '公民身份证号', '身份证'] },
    { key: 'political', label: '政治面貌', labels: ['政治面貌'] },
    { key: 'partyJoined', label: '入党时间', labels: ['入党时间', '入党年月', '入党日期'] },
    { key: 'workStarted', label: '参加工作时间', labels: ['参加工作时间', '参加工作年月', '参加工作日期', '工作时间'] },
    {
      key: 'fullTimeEducation',
      label: '全日制学历学位',
      labels: ['全日制学历', '全日制学历学位', '全日制教育', '学历（全日制）', '学历学位（全日制）'],
    },
    {
      key: 'fullTimeEducation',
      label: '全日制学历学位',
      labels: ['学历', '学历学位', '学历（学位）'],
      under: [null, '全日制教育', '全日制'],
    },
    {
      key: 'fullTimeSchool',
      label: '全日制毕业院校系及专业',
      labels: ['毕业院校及专业', '毕业院校系及专业', '毕业院校', '毕业院校、系及专业'],
      under: [null, '全日制教育', '全日制'],
    },
    {
      key: 'fullTimeSchool',
      label: '全日制毕业院校系及专业',
      labels: ['全日制毕业院校系及专业', '全日制毕业院校及专业', '毕业院校及专业（全日制）', '毕业院校系及专业（全日制）'],
    },
    { key: 'inServiceEducation', label: '在职学历学位', labels: ['学历', '学历学位', '学历（学位）'], under: ['在职教育', '在职'] },
    {
      key: 'inServiceEducation',
      label: '在职学历学位',
      labels: ['在职学历', '在职学历学位', '在职教育', '学历（在职教育）', '学历（在职）', '学历学位（在职教育）'],
    },
    {
      key: 'inServiceSchool',
      label: '在职毕业院校系及专业',
      labels: ['毕业院校及专业', '毕业院校系及专业', '毕业院校', '毕业院校、系及专业'],
      under: ['在职教育', '在职'],
    },
    {
      key: 'inServiceSchool',
      label: '在职毕业院校系及专业',
      labels: [
        '在职毕业院校系及专业',
        '在职毕业院校及专业',
        '毕业院校及专业（在职教育）',
        '毕业院校系及专业（在职教育）',
        '毕业院校及专业（在职）',
      ],
    },
    { key: 'unit', label: '单位', labels: ['单位', '工作单位', '所在单位', '单位（科室）', '单位(科室)', '部门', '处室', '单位名称'] },
    { key: 'department', label: '科室', labels: ['科室', '内设机构', '所在科室', '股室'] },
    { key: 'post', label: '职务', labels: ['职务', '现任职务', '现职务', '职务名称'] },
    { key: 'rank', label: '职级', labels: ['职级', '现职级', '职级层次'] },
    { key: 'postSince', label: '任现职务时间', labels: ['任现职务时间', '任现职时间', '现任职时间', '现职时间', '任现职年月', '任职时间'] },
    { key: 'rankSince', label: '任现职级时间', labels: ['任现职级时间', '现职级时间', '任职级时间'] },
    { key: 'postLevel', label: '职务层次', labels: ['职务层次', '现职务层次'] },
    { key: 'postLevelSince', label: '任现职务层次时间', labels: ['任现职务层次时间', '任职务层次时间', '现职务层次时间'] },
    { key: 'title', label: '职称', labels: ['职称', '专业技术职务', '专业技术职称', '专业技术职务（职称）', '职称（专业技术职务）'] },
    {
      key: 'postFullTitle',
      label: '现工作单位及职务全称',
      labels: [
        '现工作单位及职务全称',
        '工作单位及职务全称',
        '现工作单位及职务',
        '工作单位及职务',
        '单位及职务',
        '单位及职务职级',
        '部门及职务',
        '处室及职务',
      ],
    },
    {
      key: 'postShortTitle',
      label: '现工作单位及职务简称',
      labels: ['现工作单位及职务简称', '工作单位及职务简称', '单位及职务简称', '职务简称'],
    },
    { key: 'establishment', label: '编制类型', labels: ['编制类型', '编制性质', '人员身份', '身份类别', '编制'] },
    { key: 'category', label: '人员类别', labels: ['人员类别', '人员类型'] },
    {
      key: 'contractStart',
      label: '合同起始时间',
      labels: [
        '合同起始时间',
        '合同开始时间',
        '合同起始日期',
        '合同开始日期',
        '聘用合同起始时间',
        '合同签订时间',
        '聘用时间',
        '聘用起始时间',
      ],
    },
    { key: 'phone', label: '联系电话', labels: ['联系电话', '电话', '手机', '手机号码', '移动电话', '联系方式'] },
    { key: 'status', label: '状态', labels: ['状态', '人员状态', '在职状态', '人员管理状态'] },
    { key: 'duties', label: '岗位职责', labels: ['岗位职责', '从事或分管工作', '分管工作', '分管（担）工作', '工作分工', '分工'] },
    { key: 'note', label: '备注', labels: ['备注'] },
  ],
};
