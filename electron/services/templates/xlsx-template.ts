import type { Period } from '../../../shared/domain/period';
import { templateValues, type TemplateFacts } from '../../../shared/forms/placeholders';
import { templateForm, type TemplateForm } from '../../../shared/forms/template-sheet';
import { rejected } from '../app-error';
import type { BuiltForm } from '../forms/built-form';
import { readXlsxTemplate } from './read-xlsx-template';

/**
 * A clerk's Excel form as a layout, or one refusal listing every problem (one sentence per kind,
 * each cell named), so the clerk fixes them all in one go.
 */
export async function xlsxTemplateForm(bytes: Uint8Array, name: string): Promise<TemplateForm> {
  let read: Awaited<ReturnType<typeof readXlsxTemplate>>;
  try {
    read = await readXlsxTemplate(bytes);
  } catch {
    throw rejected(`无法读取模板“${name}”：文件已损坏，或不是 Excel 能打开的 .xlsx 表格。请在 WPS/Excel 中打开后另存为 .xlsx 再试。`);
  }
  const result = templateForm(read.sheet, read.extras, name);
  if ('problems' in result) throw rejected(`模板“${name}”还不能使用：\n${result.problems.join('\n')}`);
  return result.form;
}

/** The template filled for each person: a copy (sheet) per person, as the built-in 登记表. */
export function xlsxTemplateBuilt(
  form: TemplateForm,
  name: string,
  period: Period,
  facts: TemplateFacts[],
  scope: string | null,
): BuiltForm {
  return {
    kind: 'grid',
    title: `${name}（${period.label}）`,
    fileName: `${name}-${period.label}${scope ? `-${scope}` : ''}`,
    copies: facts.map((f) => ({ form, data: templateValues(f), sheetName: f.name })),
  };
}
