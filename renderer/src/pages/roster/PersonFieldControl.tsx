import { AutoComplete, Input, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import { CATEGORIES, EDUCATIONS, ESTABLISHMENTS, GENDERS, POLITICAL_STATUSES } from '@shared/domain/codes';
import { checkIdNumber } from '@shared/text/id-card';
import { YearMonthInput, yearMonthRule } from '../../components/YearMonthInput';
import { codeOptions } from '../../lib/options';
import type { FieldControl } from './person-field-groups';

/** The commonest in Guangxi first; any other 民族 can be typed. */
const ETHNICITIES = ['汉族', '壮族', '瑶族', '苗族', '侗族', '仫佬族', '毛南族', '回族', '京族', '彝族', '水族', '仡佬族'];

const idNumberRule: Rule = {
  validator: (_, value: string | undefined) => {
    if (!value?.trim()) return Promise.resolve();
    const r = checkIdNumber(value);
    return r.ok ? Promise.resolve() : Promise.reject(new Error(r.message));
  },
};

/** Client-side checks; the service checks again (and more: duplicates, 出生年月/性别 against the ID). */
export function rulesFor(control: FieldControl, required: boolean, label: string): Rule[] {
  const rules: Rule[] = required ? [{ required: true, whitespace: true, message: `请填写${label}` }] : [];
  if (control === 'yearMonth') rules.push(yearMonthRule);
  if (control === 'idNumber') rules.push(idNumberRule);
  return rules;
}

interface Props {
  control: FieldControl;
  /** Masked 身份证号 of an existing person (the field itself stays empty = unchanged). */
  idMasked?: string | null;
  id?: string;
  value?: string;
  /** Form.Item's handlers: Inputs give it an event, Selects a value; it copes with both. */
  onChange?: (...args: unknown[]) => void;
  onBlur?: (...args: unknown[]) => void;
  /** 姓名 takes the cursor the moment the drawer's form exists: a clerk types straight after Alt+N. */
  autoFocus?: boolean;
}

/** One person field's input; Form.Item passes id/value/onChange (and onBlur where validation needs it). */
export function PersonFieldControl({ control, idMasked, ...field }: Props) {
  const select = (list: readonly string[]) => (
    <Select {...field} options={codeOptions(list)} allowClear showSearch={{ optionFilterProp: 'label' }} placeholder="请选择" />
  );
  switch (control) {
    case 'yearMonth':
      return <YearMonthInput {...field} />;
    case 'idNumber':
      return <Input {...field} className="id-number" maxLength={20} placeholder={idMasked ?? '18位，末位可为X'} autoComplete="off" />;
    case 'gender':
      return select(GENDERS);
    case 'political':
      return select(POLITICAL_STATUSES);
    case 'establishment':
      return select(ESTABLISHMENTS);
    case 'category':
      return select(CATEGORIES);
    case 'education':
      return (
        <AutoComplete
          {...field}
          options={codeOptions(EDUCATIONS)}
          showSearch={{ filterOption: true }}
          placeholder="可选择或输入，如 大学 学士"
        />
      );
    case 'ethnicity':
      return <AutoComplete {...field} options={codeOptions(ETHNICITIES)} showSearch={{ filterOption: true }} />;
    case 'note':
      return <Input.TextArea {...field} autoSize={{ minRows: 1, maxRows: 4 }} maxLength={200} />;
    case 'duties':
      // Printed as 从事或分管工作 on the 登记表; left empty, the forms say what the person's roles are.
      return (
        <Input.TextArea
          {...field}
          autoSize={{ minRows: 1, maxRows: 3 }}
          maxLength={200}
          placeholder="如：负责文电、会务和政务信息工作（登记表“从事或分管工作”；不填时按管理职责生成，如“分管办公室、财务科”）"
        />
      );
    case 'text':
      return <Input {...field} maxLength={80} />;
  }
}
