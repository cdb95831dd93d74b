import { z } from 'zod';
import { DEFAULT_FORM_SETTINGS, FormSettingsSchema } from '../forms/form-settings';
import { AppraisalSettingsSchema, DEFAULT_APPRAISAL_SETTINGS } from '../grading/settings';
import { PersonSchema } from './person';
import { RoleAssignmentSchema } from './role';
import { UnitSchema } from './unit';

export const SettingsSchema = z.object({
  /** Automatic snapshots kept in <data>/backups (each start, before migration/restore). */
  snapshotsToKeep: z.number().int().min(1).max(100),
  // Added after the first data format: the default fills it in for older folders.
  appraisal: AppraisalSettingsSchema.default(DEFAULT_APPRAISAL_SETTINGS),
  /** How the forms print (added with issue 14; older folders get the defaults). */
  forms: FormSettingsSchema.default(DEFAULT_FORM_SETTINGS),
  /**
   * Roster columns the clerk mapped to fields, by header text (统计关系所在单位 → note), used again
   * on the next import of a file with that header.
   */
  importMappings: z.record(z.string().max(60), z.string().max(40)).default({}),
});
export type Settings = z.infer<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Settings = {
  snapshotsToKeep: 10,
  appraisal: DEFAULT_APPRAISAL_SETTINGS,
  forms: DEFAULT_FORM_SETTINGS,
  importMappings: {},
};

/** Content of <data>/org.json: the organisation, its units, people and roles. */
export const OrgDataSchema = z.object({
  organisation: z.object({ name: z.string().min(1), createdAt: z.string() }),
  units: z.array(UnitSchema),
  people: z.array(PersonSchema),
  roles: z.array(RoleAssignmentSchema),
  settings: SettingsSchema,
});
export type OrgData = z.infer<typeof OrgDataSchema>;
