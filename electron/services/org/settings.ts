import { AppraisalSettingsSchema, type AppraisalSettings } from '../../../shared/grading/settings';
import { changeOrg, type DeskContext } from '../context';
import { requireOrg } from '../store/data-folder';

export function getSettings(ctx: DeskContext): AppraisalSettings {
  return requireOrg(ctx.folder).data.settings.appraisal;
}

/** The *default* values of DOMAIN.md are settings; every change is logged with before and after. */
export async function saveSettings(ctx: DeskContext, input: AppraisalSettings): Promise<AppraisalSettings> {
  const next = AppraisalSettingsSchema.parse(input);
  await changeOrg(ctx, (d) => {
    const before = d.settings.appraisal;
    d.settings.appraisal = next;
    return { result: null, audit: { action: 'settings.appraisal', target: 'settings', summary: '修改考核设置', before, after: next } };
  });
  return next;
}
