import { z } from 'zod';
import { AuthStatusSchema, IdleMinutesSchema, ROLES, SessionSchema } from '../trust-schemas';
import type { ChannelSpec } from '../channel';

const UserName = z.string().trim().min(1, '请填写用户名').max(20, '用户名不能超过20个字');
const Password = z.string().min(6, '密码至少6位').max(128, '密码不能超过128位');
const Given = z.string().min(1, '请输入密码').max(128);

/** The app password: signing in and out, users and roles, the idle lock. */
export const accessChannels = {
  'auth:status': { access: 'open', mode: 'free', input: z.object({}).strict(), output: AuthStatusSchema },
  'auth:setup': {
    access: 'change',
    mode: 'change',
    input: z.object({ user: UserName, password: Password, idleMinutes: IdleMinutesSchema.default(10) }).strict(),
    output: z.object({ recoveryCode: z.string(), session: SessionSchema }),
  },
  'auth:unlock': { access: 'open', mode: 'change', input: z.object({ user: UserName, password: Given }).strict(), output: SessionSchema },
  'auth:lock': { access: 'view', mode: 'free', input: z.object({}).strict(), output: z.object({ locked: z.boolean() }) },
  'auth:changePassword': {
    access: 'view',
    mode: 'change',
    input: z.object({ current: Given, next: Password }).strict(),
    output: z.object({ changed: z.boolean() }),
  },
  'auth:saveUser': {
    access: 'change',
    mode: 'change',
    input: z.object({ name: UserName, role: z.enum(ROLES), password: Password }).strict(),
    output: AuthStatusSchema,
  },
  'auth:removeUser': { access: 'change', mode: 'change', input: z.object({ name: UserName }).strict(), output: AuthStatusSchema },
  'auth:settings': {
    access: 'change',
    mode: 'change',
    input: z.object({ idleMinutes: IdleMinutesSchema }).strict(),
    output: AuthStatusSchema,
  },
  'auth:disable': { access: 'change', mode: 'change', input: z.object({ password: Given }).strict(), output: AuthStatusSchema },
  /** Forgotten password, on the lock screen: the recovery code printed at set-up sets a new one (issue 15). */
  'auth:recover': {
    access: 'open',
    mode: 'change',
    input: z
      .object({
        code: z.string().trim().min(1, '请输入恢复码').max(64, '恢复码不对：应是 20 个字母和数字'),
        password: Password,
        user: UserName.optional(),
      })
      .strict(),
    output: z.object({ user: z.string(), recoveryCode: z.string() }),
  },
} as const satisfies Record<string, ChannelSpec>;
