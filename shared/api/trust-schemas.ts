import { z } from 'zod';
import { IsoDateSchema } from '../domain/dates';

/** 管理员 may do everything; 查看 may look, print and export, never change data. */
export const ROLES = ['admin', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = { admin: '管理员', viewer: '查看' };

export const IdleMinutesSchema = z.number().int('请填写整数分钟').min(1, '至少1分钟').max(240, '最多240分钟');

export const AuthStatusSchema = z.object({
  /** A password is set: every call but the lock screen's needs a session. */
  enabled: z.boolean(),
  idleMinutes: z.number(),
  users: z.array(z.object({ name: z.string(), role: z.enum(ROLES) })),
  /** Who this session is; null when locked (or when no password is set). */
  session: z.object({ user: z.string(), role: z.enum(ROLES) }).nullable(),
});
export type AuthStatus = z.infer<typeof AuthStatusSchema>;

export const SessionSchema = z.object({ session: z.string(), user: z.string(), role: z.enum(ROLES), idleMinutes: z.number() });
export type Session = z.infer<typeof SessionSchema>;

/** Filters of the 操作日志 screen and its Excel export. */
export const AuditFilterSchema = z
  .object({
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
    actor: z.string().trim().max(40).optional(),
    /** Kinds of change: the part of `action` before the dot (person, period, grading …). */
    kinds: z
      .array(z.string().regex(/^[a-z]+$/))
      .max(40)
      .default([]),
    /** Matches the summary, the target, the reason, and the before/after values. */
    keyword: z.string().trim().max(60).default(''),
  })
  .strict();
export type AuditFilter = z.input<typeof AuditFilterSchema>;

/** One line of audit/<year>.jsonl: chained to the one before by its hash. */
export const AuditEntrySchema = z.object({
  seq: z.number(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  target: z.string(),
  summary: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  reason: z.string().nullable(),
  prevHash: z.string(),
  hash: z.string(),
});

export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** The kinds of change in the 操作日志 (the part of an action before the dot), for its filter. */
export const AUDIT_KIND_LABELS: Record<string, string> = {
  person: '人员',
  unit: '单位',
  role: '管理职责',
  org: '建立单位',
  settings: '考核设置',
  period: '考核周期',
  records: '工作纪实',
  summary: '个人小结',
  review: '主管领导评鉴',
  grading: '等次评定',
  incident: '表现记录与容错',
  template: '表格样式',
  import: '导入',
  data: '备份与恢复',
  access: '密码与登录',
  file: '数据文件',
  audit: '操作日志',
};
export const auditKind = (action: string) => action.split('.')[0];
