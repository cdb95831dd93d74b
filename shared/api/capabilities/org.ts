import { z } from 'zod';
import { AppraisalSettingsSchema } from '../../grading/settings';
import { AppStatusSchema } from '../schemas';
import { Empty } from '../fields';
import type { ChannelSpec } from '../channel';

const OrgNameSchema = z.string().trim().min(2, '单位名称至少2个字').max(60, '单位名称不能超过60个字');
const UnitNameList = z.array(z.string().trim().min(1).max(60)).max(200);

/** The organisation: its status, setting it up (or loading demo data), and the appraisal settings. */
export const orgChannels = {
  'app:status': { access: 'open', mode: 'read', input: Empty, output: AppStatusSchema },
  'org:create': {
    access: 'change',
    mode: 'change',
    input: z.object({ name: OrgNameSchema, departments: UnitNameList.default([]), subunits: UnitNameList.default([]) }).strict(),
    output: AppStatusSchema,
  },
  'org:loadDemo': {
    access: 'change',
    mode: 'change',
    input: z
      .object({ people: z.number().int().min(10).max(20000).default(300), years: z.number().int().min(1).max(20).default(1) })
      .strict(),
    output: AppStatusSchema,
  },
  'settings:get': { access: 'view', mode: 'read', input: z.object({}).strict(), output: AppraisalSettingsSchema },
  'settings:save': { access: 'change', mode: 'change', input: AppraisalSettingsSchema, output: AppraisalSettingsSchema },
} as const satisfies Record<string, ChannelSpec>;
