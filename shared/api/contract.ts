import { z } from 'zod';

// Messages zod writes itself (a wrong type, a missing field) come out in Chinese too.
z.config(z.locales.zhCN());
import { CATEGORIES, ESTABLISHMENTS, GENDERS, PERSON_STATUSES } from '../domain/codes';
import { IsoDateSchema, YearMonthSchema } from '../domain/dates';
import { PersonFieldsSchema, UnitStintSchema, StatusChangeSchema } from '../domain/person';
import { ROLE_KINDS, RoleAssignmentSchema } from '../domain/role';
import { UNIT_KINDS, UnitSchema } from '../domain/unit';
import type { Channel } from './channels';
import { appraisalChannels, FileOutputSchema } from './appraisal-schemas';
import { formChannels, JobIdSchema } from './forms-schemas';
import { AuditEntrySchema, trustChannels } from './trust-schemas';
import { ColumnMappingSchema, ColumnUseSchema, RosterPreviewSchema, UnitSourceSchema } from './import-schemas';

const Id = z.string().min(1).max(64);
const Empty = z.object({}).strict();
const FilePath = z.string().trim().min(1, '请指定文件').max(1024);

const OrgNameSchema = z.string().trim().min(2, '单位名称至少2个字').max(60, '单位名称不能超过60个字');
const UnitNameList = z.array(z.string().trim().min(1).max(60)).max(200);

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
export const IMPORT_KINDS = ['roster', 'incidents', 'reviews', 'records'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const IMPORT_KIND_LABELS: Record<ImportKind, string> = {
  roster: '花名册',
  incidents: '表现记录',
  reviews: '评鉴表',
  records: '工作纪实表',
};

/** The import result, in the shape DESIGN.md gives the CLI's --json. */
export const ImportResultSchema = z.object({
  ok: z.boolean(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  skipped: z.number(),
  newUnits: z.array(z.string()),
  errors: z.array(ImportIssueSchema),
  warnings: z.array(ImportIssueSchema),
});
export type ImportResult = z.infer<typeof ImportResultSchema>;

/** A produced file: written to `file` when a path was given, else returned as bytes for download. */
export { FileOutputSchema, type FileOutput } from './appraisal-schemas';

/** channel → input and output schemas. Inputs are parsed by every transport before a service runs. */
export const contract = {
  'app:status': { input: Empty, output: AppStatusSchema },
  'org:create': {
    input: z.object({ name: OrgNameSchema, departments: UnitNameList.default([]), subunits: UnitNameList.default([]) }).strict(),
    output: AppStatusSchema,
  },
  'org:loadDemo': {
    input: z
      .object({ people: z.number().int().min(10).max(20000).default(300), years: z.number().int().min(1).max(20).default(1) })
      .strict(),
    output: AppStatusSchema,
  },
  'units:list': { input: Empty, output: z.array(UnitRowSchema) },
  'units:save': {
    input: z
      .object({
        id: Id.optional(),
        name: z.string().trim().min(1, '单位名称不能为空').max(60),
        kind: z.enum(UNIT_KINDS),
        parentId: Id.nullable(),
      })
      .strict(),
    output: UnitRowSchema,
  },
  'units:move': { input: z.object({ id: Id, direction: z.enum(['up', 'down']) }).strict(), output: z.array(UnitRowSchema) },
  'units:deactivate': { input: z.object({ id: Id }).strict(), output: z.array(UnitRowSchema) },
  'people:list': { input: PeopleQuerySchema, output: z.array(PersonRowSchema) },
  'people:get': { input: z.object({ id: Id }).strict(), output: PersonDetailSchema },
  'people:save': { input: PersonSaveSchema, output: PersonRowSchema },
  'people:transfer': {
    input: z
      .object({ personId: Id, toUnitId: Id, date: IsoDateSchema, note: z.string().trim().max(200).nullable().default(null) })
      .strict(),
    output: PersonRowSchema,
  },
  'people:setStatus': {
    input: z
      .object({
        personId: Id,
        status: z.enum(PERSON_STATUSES),
        date: IsoDateSchema,
        secondedTo: z.string().trim().max(60).nullable().default(null),
        note: z.string().trim().max(200).nullable().default(null),
      })
      .strict(),
    output: PersonRowSchema,
  },
  'people:revealId': { input: z.object({ id: Id }).strict(), output: z.object({ idNumber: z.string().nullable() }) },
  'roles:list': { input: Empty, output: z.array(RoleRowSchema) },
  'roles:save': {
    input: z
      .object({
        id: Id.optional(),
        personId: Id,
        kind: z.enum(ROLE_KINDS),
        unitId: Id,
        supervisedUnitIds: z.array(Id).max(100).default([]),
        from: IsoDateSchema,
        until: IsoDateSchema.nullable().default(null),
      })
      .strict(),
    output: RoleRowSchema,
  },
  'roles:remove': { input: z.object({ id: Id }).strict(), output: z.array(RoleRowSchema) },
  'data:backup': { input: z.object({ file: FilePath }).strict(), output: z.object({ file: z.string(), bytes: z.number() }) },
  'data:restore': {
    input: z.object({ file: FilePath }).strict(),
    output: z.object({ restoredFrom: z.string(), safetySnapshot: z.string(), status: AppStatusSchema }),
  },
  'data:verify': { input: Empty, output: VerifyReportSchema },
  'data:snapshots': { input: Empty, output: z.array(SnapshotSchema) },
  'import:preview': {
    input: z
      .object({
        kind: z.enum(IMPORT_KINDS),
        sources: z.array(FileInputSchema).min(1, '请选择文件').max(100, '一次最多导入100个文件'),
        jobId: JobIdSchema.optional(),
        /** The period (and unit) the clerk is working on: a 评鉴表 of another one is refused. */
        expect: z
          .object({ periodId: z.string().max(20).optional(), unitId: Id.optional() })
          .strict()
          .default({}),
        /** Roster: header text → field, for columns the clerk mapped in the preview. */
        mapping: ColumnMappingSchema.optional(),
      })
      .strict(),
    output: ImportPreviewSchema,
  },
  'import:commit': {
    input: z.object({ previewId: z.string().min(1).max(64), mode: z.enum(['all', 'validOnly']).default('all') }).strict(),
    output: ImportResultSchema,
  },
  'import:errorReport': {
    input: z.object({ previewId: z.string().min(1).max(64), file: FilePath.optional() }).strict(),
    output: FileOutputSchema,
  },
  'roster:export': {
    input: z.object({ unitId: Id.nullable().default(null), file: FilePath.optional() }).strict(),
    output: FileOutputSchema,
  },
  'jobs:progress': {
    input: z.object({ jobId: JobIdSchema }).strict(),
    output: z.object({ phase: z.string(), percent: z.number(), done: z.boolean() }),
  },
  'jobs:cancel': { input: z.object({ jobId: JobIdSchema }).strict(), output: z.object({ cancelled: z.boolean() }) },
  'audit:recent': {
    input: z.object({ limit: z.number().int().min(1).max(1000).default(100) }).strict(),
    output: z.array(AuditEntrySchema),
  },
  ...appraisalChannels,
  ...formChannels,
  ...trustChannels,
} as const satisfies Record<Channel, { input: z.ZodType; output: z.ZodType }>;

// Every name in CHANNELS has a schema and nothing else does (checked both ways at compile time).
type _ExactlyTheChannels = [keyof typeof contract] extends [Channel] ? true : never;
const _check: _ExactlyTheChannels = true;
void _check;

export type Contract = typeof contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;
