import { AppraisalSettingsSchema, type AppraisalSettings } from '../../../shared/grading/settings';
import type { ChangeContext, ReadContext } from '../context';

export function getSettings(ctx: ReadContext): AppraisalSettings {
  return ctx.view.org().settings.appraisal;
}

/** The *default* values of DOMAIN.md are settings; every change is logged with before and after. */
export function saveSettings(ctx: ChangeContext, input: AppraisalSettings): AppraisalSettings {
  const next = AppraisalSettingsSchema.parse(input);
  const before = ctx.tx.org().settings.appraisal;
  ctx.tx.changeOrg((d) => void (d.settings.appraisal = next));
  ctx.tx.audit({ action: 'settings.appraisal', target: 'settings', summary: '修改考核设置', before, after: next });
  return next;
}
