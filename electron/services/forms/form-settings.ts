import { FormSettingsSchema, type FormSettings } from '../../../shared/forms/form-settings';
import type { ChangeContext, ReadContext } from '../context';

export function getFormSettings(ctx: ReadContext): FormSettings {
  return ctx.view.org().settings.forms;
}

/** 表格设置: applies to the next print; every change is logged with before and after. */
export function saveFormSettings(ctx: ChangeContext, input: FormSettings): FormSettings {
  const next = FormSettingsSchema.parse(input);
  const before = ctx.tx.org().settings.forms;
  ctx.tx.changeOrg((d) => void (d.settings.forms = next));
  ctx.tx.audit({ action: 'settings.forms', target: 'settings', summary: '修改表格设置', before, after: next });
  return next;
}
