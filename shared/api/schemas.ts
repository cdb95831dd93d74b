// What crosses the contract besides each capability's own inputs: rows, details, previews, results.
import { z } from 'zod';

// Messages zod writes itself (a wrong type, a missing field) come out in Chinese too.
z.config(z.locales.zhCN());
import { CATEGORIES, ESTABLISHMENTS, GENDERS, PERSON_STATUSES } from '../domain/codes';
import { IsoDateSchema, YearMonthSchema } from '../domain/dates';
import { PastAnnualResultSchema, PersonFieldsSchema, UnitStintSchema, StatusChangeSchema } from '../domain/person';
import { RoleAssignmentSchema } from '../domain/role';
import { UnitSchema } from '../domain/unit';
import { Id, FilePath } from './fields';
import { ColumnUseSchema, RosterPreviewSchema, UnitSourceSchema } from './import-schemas';

export const AppStatusSchema = z.object({
  initialized: z.boolean(),
  organisationName: z.string().nullable(),
  dataDir: z.string(),
  schemaVersion: z.number(),
  /** Things the clerk must know about: a file recovered from its .bak, a finished restore … */
  notices: z.array(z.string()),
  counts: z.object({ units: z.number(), people: z.number(), activePeople: z.number() }),
  user: z.string(),
});
export type AppStatus = z.infer<typeof AppStatusSchema>;

export const UnitRowSchema = UnitSchema.extend({
  label: z.string(),
  depth: z.number(),
  /** People currently in this unit (in post or seconded out), not counting sub-units. */
  headcount: z.number(),
  /** Of them, those in post whom nobody is set up to rate (无评鉴人). */
  unrated: z.number(),
});
export type UnitRow = z.infer<typeof UnitRowSchema>;

export const PeopleQuerySchema = z
  .object({
    unitId: Id.nullable().default(null),
    /** Include the units below unitId. */
    includeSubunits: z.boolean().default(true),
    search: z.string().trim().max(40).default(''),
    establishments: z.array(z.enum(ESTABLISHMENTS)).default([]),
    categories: z.array(z.enum(CATEGORIES)).default([]),
    statuses: z.array(z.enum(PERSON_STATUSES)).default(['active', 'seconded']),
  })
  .strict();
export type PeopleQuery = z.input<typeof PeopleQuerySchema>;

export const PersonRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  gender: z.enum(GENDERS).nullable(),
  birth: YearMonthSchema.nullable(),
  unitId: z.string(),
  unitLabel: z.string(),
  post: z.string().nullable(),
  rank: z.string().nullable(),
  establishment: z.enum(ESTABLISHMENTS).nullable(),
  category: z.enum(CATEGORIES).nullable(),
  status: z.enum(PERSON_STATUSES),
  secondedTo: z.string().nullable(),
  /** Always masked; the full number only comes from people:revealId, which is logged. */
  idMasked: z.string().nullable(),
  phone: z.string().nullable(),
  roles: z.array(z.string()),
  /** In post, and nobody is set up to rate them (无评鉴人): a 科室负责人 or 分管领导 is missing. */
  noReviewer: z.boolean(),
});
export type PersonRow = z.infer<typeof PersonRowSchema>;

export const PersonDetailSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  status: z.enum(PERSON_STATUSES),
  secondedTo: z.string().nullable(),
  fields: PersonFieldsSchema.extend({ idNumber: z.string().nullable() }),
  idMasked: z.string().nullable(),
  unitHistory: z.array(UnitStintSchema.extend({ unitLabel: z.string() })),
  statusHistory: z.array(StatusChangeSchema),
  pastResults: z.array(PastAnnualResultSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PersonDetail = z.infer<typeof PersonDetailSchema>;

/** Edited fields; `idNumber` undefined = keep the stored one (the form only shows it masked). */
export const PersonSaveSchema = z
  .object({
    id: Id.optional(),
    unitId: Id.optional(),
    /** A new person's first day in the unit (进入本单位时间); today when not given. */
    unitSince: IsoDateSchema.optional(),
    fields: PersonFieldsSchema.extend({
      idNumber: z.string().trim().max(40).nullable().optional(),
    }),
  })
  .strict();
export type PersonSave = z.input<typeof PersonSaveSchema>;

export const RoleRowSchema = RoleAssignmentSchema.extend({
  personName: z.string(),
  unitLabel: z.string(),
  supervisedLabels: z.array(z.string()),
  current: z.boolean(),
});
export type RoleRow = z.infer<typeof RoleRowSchema>;

export const VerifyReportSchema = z.object({
  ok: z.boolean(),
  checks: z.array(z.object({ name: z.string(), ok: z.boolean(), detail: z.string() })),
});
export type VerifyReport = z.infer<typeof VerifyReportSchema>;

export const SnapshotSchema = z.object({
  file: z.string(),
  reason: z.string(),
  createdAt: z.string(),
  bytes: z.number(),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

export { AuditEntrySchema, type AuditEntry } from './trust-schemas';

export const ImportIssueSchema = z.object({ sheet: z.string(), row: z.number(), column: z.string(), message: z.string() });
export type ImportIssue = z.infer<typeof ImportIssueSchema>;

/** A file handed to the services: a path (desktop dialog, CLI) or its bytes (drag-and-drop, browser mode). */
export const FileInputSchema = z.union([
  z.object({ file: FilePath }).strict(),
  z.object({ fileName: z.string().trim().min(1).max(260), dataBase64: z.string().max(45_000_000, '文件太大') }).strict(),
]);
export type FileInput = z.infer<typeof FileInputSchema>;

export const ImportPreviewRowSchema = z.object({
  sheet: z.string(),
  row: z.number(),
  status: z.enum(['new', 'changed', 'unchanged', 'invalid']),
  name: z.string(),
  unitLabel: z.string(),
  changes: z.array(z.object({ field: z.string(), label: z.string(), before: z.string().nullable(), after: z.string().nullable() })),
  errors: z.array(ImportIssueSchema),
  warnings: z.array(ImportIssueSchema),
  /** Roster rows: where the unit was read from, and what the import filled in itself (人员类别推定). */
  unitSource: UnitSourceSchema.nullable().optional(),
  notes: z.array(z.string()).optional(),
});
export type ImportPreviewRow = z.infer<typeof ImportPreviewRowSchema>;

export const ImportCountsSchema = z.object({
  new: z.number(),
  changed: z.number(),
  unchanged: z.number(),
  invalid: z.number(),
  total: z.number(),
});

/** What a clerk sees before an import writes anything, whatever the sheet kind. */
export const ImportPreviewSchema = z.object({
  previewId: z.string(),
  kind: z.string(),
  fileName: z.string(),
  /** Each sheet read: its tables, rows and where its first header is (第3—4行). */
  sheets: z.array(z.object({ name: z.string(), tables: z.number(), rows: z.number(), header: z.string().optional() })),
  counts: ImportCountsSchema,
  newUnits: z.array(z.string()),
  rows: z.array(ImportPreviewRowSchema),
  /** Problems with a file as a whole (no header, another period's sheet …); also listed in errors. */
  fileErrors: z.array(ImportIssueSchema),
  errors: z.array(ImportIssueSchema),
  warnings: z.array(ImportIssueSchema),
  /** Every column of the tables read (mapped or 未使用), and the sheets not read with why. */
  columns: z.array(ColumnUseSchema),
  skippedSheets: z.array(z.object({ name: z.string(), reason: z.string() })),
  roster: RosterPreviewSchema.nullable(),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

/** The sheet kinds that come in (TEMPLATES.md): one pipeline, a field map and a row check each. */
export const IMPORT_KINDS = ['roster', 'incidents', 'reviews', 'records', 'roles'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const IMPORT_KIND_LABELS: Record<ImportKind, string> = {
  roster: '花名册',
  incidents: '表现记录',
  reviews: '评鉴表',
  records: '工作纪实表',
  roles: '管理职责',
};

/** The import result, in the shape DESIGN.md gives the CLI's --json. */
export const ImportResultSchema = z.object({
  ok: z.boolean(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  skipped: z.number(),
  newUnits: z.array(z.string()),
  /** What the import wrote besides its rows, in words (管理职责 7 项, 表现记录 2 条 …). */
  also: z.array(z.string()).optional(),
  errors: z.array(ImportIssueSchema),
  warnings: z.array(ImportIssueSchema),
});
export type ImportResult = z.infer<typeof ImportResultSchema>;

/** A produced file: written to `file` when a path was given, else returned as bytes for download. */
export { FileOutputSchema, type FileOutput } from './appraisal-schemas';
