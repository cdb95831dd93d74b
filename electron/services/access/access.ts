import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { contract } from '../../../shared/api/contract';
import type { Channel } from '../../../shared/api/channels';
import { ROLES, ROLE_LABELS, type AuthStatus, type Role, type Session } from '../../../shared/api/trust-schemas';
import { AppError, rejected } from '../app-error';
import { ACCESS_FILE } from '../backup/bundle';
import { CommittedRefusal, type DataFolder } from '../store/folder/data-folder';
import type { Tx } from '../store/folder/transaction';
import { Store } from '../store/doc/store';
import { SecretSchema, hashSecret, newRecoveryCode, normalizeRecoveryCode, secretMatches } from './secrets';

const UserSchema = z.object({ name: z.string().min(1).max(20), role: z.enum(ROLES), secret: SecretSchema, changedAt: z.string() });
const AccessFileSchema = z.object({
  users: z.array(UserSchema),
  /** scrypt hash of the recovery code shown once at set-up. */
  recovery: SecretSchema.nullable(),
  idleMinutes: z.number().int().min(1).max(240),
  /** Consecutive wrong passwords per user name ('*' for names that do not exist), kept across restarts. */
  failures: z.record(z.string(), z.object({ count: z.number().int().min(0), until: z.string().nullable() })),
});
type AccessFile = z.infer<typeof AccessFileSchema>;

/** Who is calling, once admitted. */
export interface Admitted {
  id: string;
  user: string;
  role: Role;
}

const FREE_TRIES = 3;
/** After the 3rd wrong password in a row: 30 s, then 1, 2, 4 … minutes, at most 15. */
export const delayAfter = (failures: number) => (failures < FREE_TRIES ? 0 : Math.min(15 * 60, 30 * 2 ** (failures - FREE_TRIES)));

/**
 * The optional app password: users with a role, sessions that end after N idle minutes, a growing
 * wait after wrong passwords, a recovery code. Kept in <data>/access.json (not in backups, so a
 * restore never brings back an old password), changed like every other file: in the caller's
 * transaction, with its audit entry. Dispatch asks `admit` before every call.
 */
export class AccessControl {
  private readonly sessions = new Map<string, Admitted & { lastSeen: number }>();

  private constructor(
    private readonly folder: DataFolder,
    private store: Store<AccessFile> | null,
    private readonly now: () => number,
  ) {}

  static async open(folder: DataFolder, now: () => number = Date.now): Promise<AccessControl> {
    const file = join(folder.dir, ACCESS_FILE);
    const store = await Store.open(file, AccessFileSchema, folder.ledger);
    // Deleting access.json is the obvious way round the password: it is logged and told.
    if (!store) await folder.ledger.missing(file);
    return new AccessControl(folder, store, now);
  }

  get enabled(): boolean {
    return (this.store?.data.users.length ?? 0) > 0;
  }

  /**
   * Lets a call through or refuses it: without a password everyone is admitted as the computer's
   * user (null); with one, every channel but the lock screen's needs a live session, and 查看
   * users are refused every channel that changes data.
   */
  admit(channel: Channel, sessionId: string | null | undefined): Admitted | null {
    if (!this.enabled) return null;
    const need = contract[channel].access;
    // Any call with a live session keeps it alive (the page pings auth:status while the clerk works).
    const session = this.live(sessionId);
    if (need === 'open') return session;
    if (!session) throw new AppError('SESSION_REQUIRED', '程序已锁定（设置了访问密码），请输入用户名和密码解锁。');
    if (need === 'change' && session.role !== 'admin') {
      throw new AppError(
        'FORBIDDEN',
        `“${session.user}”是${ROLE_LABELS.viewer}用户，只能查看、打印和导出，不能修改数据。如需修改，请由管理员登录。`,
      );
    }
    return session;
  }

  status(session: Admitted | null | undefined): AuthStatus {
    const data = this.store?.data;
    return {
      enabled: this.enabled,
      idleMinutes: data?.idleMinutes ?? 10,
      users: (data?.users ?? []).map((u) => ({ name: u.name, role: u.role })),
      session: session ? { user: session.user, role: session.role } : null,
    };
  }

  /** Turns the password on: the first user is a 管理员; answers the recovery code, shown only now. */
  async setup(tx: Tx, input: { user: string; password: string; idleMinutes: number }): Promise<{ recoveryCode: string; session: Session }> {
    if (this.enabled) throw rejected('已经设置了访问密码。要修改密码，请用“修改密码”。');
    const recoveryCode = newRecoveryCode();
    const file: AccessFile = {
      users: [{ name: input.user, role: 'admin', secret: await hashSecret(input.password), changedAt: tx.now }],
      recovery: await hashSecret(normalizeRecoveryCode(recoveryCode)),
      idleMinutes: input.idleMinutes,
      failures: {},
    };
    const store = this.store ?? Store.unwritten(join(this.folder.dir, ACCESS_FILE), AccessFileSchema, file, this.folder.ledger);
    tx.put(store, file);
    tx.onCommit(() => (this.store = store));
    tx.audit({
      action: 'access.setup',
      target: 'access',
      summary: `设置访问密码，管理员“${input.user}”，空闲 ${input.idleMinutes} 分钟自动锁定`,
      after: { user: input.user, idleMinutes: input.idleMinutes },
    });
    return { recoveryCode, session: this.open(tx, input.user, 'admin', input.idleMinutes) };
  }

  /**
   * Checks a password; after 3 wrong ones in a row each further try must wait longer (enforced
   * here, for every transport). A wrong password is counted (committed) and the call refused.
   */
  async unlock(tx: Tx, input: { user: string; password: string }): Promise<Session> {
    const data = this.requireEnabled();
    const user = data.users.find((u) => u.name === input.user);
    const key = user ? user.name : '*';
    const failure = data.failures[key];
    const wait = failure?.until ? Math.ceil((Date.parse(failure.until) - this.now()) / 1000) : 0;
    if (wait > 0) throw new AppError('RATE_LIMITED', `密码连续输错 ${failure!.count} 次，请 ${wait} 秒后再试。`);
    if (user && (await secretMatches(input.password, user.secret))) {
      if (failure) this.change(tx, (d) => void delete d.failures[key]);
      tx.audit({ actor: user.name, action: 'access.login', target: user.name, summary: `${user.name}（${ROLE_LABELS[user.role]}）登录` });
      return this.open(tx, user.name, user.role, data.idleMinutes);
    }
    const count = (failure?.count ?? 0) + 1;
    const delay = delayAfter(count);
    this.change(tx, (d) => {
      d.failures[key] = { count, until: delay ? new Date(this.now() + delay * 1000).toISOString() : null };
    });
    tx.audit({
      actor: input.user,
      action: 'access.failed',
      target: key,
      summary: delay ? `“${input.user}”密码连续输错 ${count} 次，${delay} 秒内不能再试` : `“${input.user}”密码输错（连续第 ${count} 次）`,
    });
    throw new CommittedRefusal(
      delay
        ? new AppError('RATE_LIMITED', `用户名或密码不正确。已连续输错 ${count} 次，请 ${delay} 秒后再试。`)
        : rejected(`用户名或密码不正确（还可以再试 ${FREE_TRIES - count} 次，之后每次须等待）。`),
    );
  }

  lock(session: Admitted | null | undefined): { locked: boolean } {
    if (session) this.sessions.delete(session.id);
    return { locked: true };
  }

  async changePassword(tx: Tx, session: Admitted, input: { current: string; next: string }): Promise<{ changed: boolean }> {
    const user = this.requireEnabled().users.find((u) => u.name === session.user);
    if (!user || !(await secretMatches(input.current, user.secret))) throw rejected('当前密码不正确，密码没有修改。');
    const secret = await hashSecret(input.next);
    this.change(tx, (d) =>
      Object.assign(
        d.users.find((u) => u.name === user.name)!,
        { secret, changedAt: tx.now },
      ),
    );
    tx.audit({ action: 'access.password', target: user.name, summary: `${user.name} 修改了自己的密码` });
    return { changed: true };
  }

  /** Adds a user or sets a user's role and password (管理员 only, by the channel's access). */
  async saveUser(tx: Tx, input: { name: string; role: Role; password: string }): Promise<AuthStatus> {
    const data = this.requireEnabled();
    const existing = data.users.find((u) => u.name === input.name);
    if (existing?.role === 'admin' && input.role !== 'admin' && data.users.filter((u) => u.role === 'admin').length === 1) {
      throw rejected(`“${input.name}”是唯一的管理员，不能改为查看用户。`);
    }
    const user = { name: input.name, role: input.role, secret: await hashSecret(input.password), changedAt: tx.now };
    this.change(tx, (d) => {
      d.users = d.users.filter((u) => u.name !== input.name).concat(user);
      delete d.failures[input.name];
    });
    tx.onCommit(() => this.endSessionsOf(input.name));
    tx.audit({
      action: existing ? 'access.user.update' : 'access.user.create',
      target: input.name,
      summary: `${existing ? '修改' : '新增'}用户“${input.name}”（${ROLE_LABELS[input.role]}）`,
      before: existing ? { role: existing.role } : null,
      after: { role: input.role },
    });
    return this.statusAfter(tx);
  }

  removeUser(tx: Tx, input: { name: string }): AuthStatus {
    const data = this.requireEnabled();
    const user = data.users.find((u) => u.name === input.name);
    if (!user) throw rejected(`没有用户“${input.name}”。`);
    if (user.role === 'admin' && data.users.filter((u) => u.role === 'admin').length === 1)
      throw rejected(`“${input.name}”是唯一的管理员，不能删除；要取消密码请用“取消密码”。`);
    this.change(tx, (d) => void (d.users = d.users.filter((u) => u.name !== input.name)));
    tx.onCommit(() => this.endSessionsOf(input.name));
    tx.audit({ action: 'access.user.delete', target: input.name, summary: `删除用户“${input.name}”`, before: { role: user.role } });
    return this.statusAfter(tx);
  }

  settings(tx: Tx, input: { idleMinutes: number }): AuthStatus {
    const before = this.requireEnabled().idleMinutes;
    this.change(tx, (d) => void (d.idleMinutes = input.idleMinutes));
    tx.audit({
      action: 'access.settings',
      target: 'access',
      summary: `空闲自动锁定时间改为 ${input.idleMinutes} 分钟`,
      before: { idleMinutes: before },
      after: { idleMinutes: input.idleMinutes },
    });
    return this.statusAfter(tx);
  }

  /** Turns the password off (the 管理员's own password confirms it). */
  async disable(tx: Tx, session: Admitted, input: { password: string }): Promise<AuthStatus> {
    const user = this.requireEnabled().users.find((u) => u.name === session.user);
    if (!user || !(await secretMatches(input.password, user.secret))) throw rejected('密码不正确，访问密码没有取消。');
    this.change(tx, (d) => Object.assign(d, { users: [], recovery: null, failures: {} }));
    tx.onCommit(() => this.sessions.clear());
    tx.audit({ action: 'access.disable', target: 'access', summary: '取消访问密码（任何人打开程序都不需要密码）' });
    return this.statusAfter(tx);
  }

  /**
   * Forgotten password: whoever holds the data folder and the recovery code printed at set-up
   * sets a new password for a 管理员 (the first one unless named). A new recovery code replaces
   * the used one. The lock screen (auth:recover) and the CLI offer it.
   */
  async resetWithRecovery(
    tx: Tx,
    input: { code: string; password: string; user?: string },
  ): Promise<{ user: string; recoveryCode: string }> {
    const data = this.requireEnabled();
    if (!data.recovery || !(await secretMatches(normalizeRecoveryCode(input.code), data.recovery))) {
      throw rejected('恢复码不正确。请核对设置密码时打印或保存的恢复码（不区分大小写，短横线可省略）。');
    }
    const admin = input.user
      ? data.users.find((u) => u.name === input.user && u.role === 'admin')
      : data.users.find((u) => u.role === 'admin');
    if (!admin) throw rejected(input.user ? `没有名为“${input.user}”的管理员。` : '没有管理员用户。');
    const recoveryCode = newRecoveryCode();
    const secret = await hashSecret(input.password);
    const recovery = await hashSecret(normalizeRecoveryCode(recoveryCode));
    this.change(tx, (d) => {
      Object.assign(
        d.users.find((u) => u.name === admin.name)!,
        { secret, changedAt: tx.now },
      );
      d.recovery = recovery;
      delete d.failures[admin.name];
    });
    tx.audit({
      actor: admin.name,
      action: 'access.recover',
      target: admin.name,
      summary: `用恢复码重设管理员“${admin.name}”的密码，并生成了新的恢复码`,
    });
    return { user: admin.name, recoveryCode };
  }

  /** A new session, live once the change that opened it is committed. */
  private open(tx: Tx, user: string, role: Role, idleMinutes: number): Session {
    const id = randomBytes(24).toString('hex');
    tx.onCommit(() => this.sessions.set(id, { id, user, role, lastSeen: this.now() }));
    return { session: id, user, role, idleMinutes };
  }

  /** The session if it is still live (touching it); an idle one has ended. */
  private live(id: string | null | undefined): Admitted | null {
    const s = this.peek(id);
    if (s) this.sessions.get(s.id)!.lastSeen = this.now();
    return s;
  }

  private peek(id: string | null | undefined): Admitted | null {
    const s = id ? this.sessions.get(id) : undefined;
    if (!s) return null;
    if (this.now() - s.lastSeen > this.store!.data.idleMinutes * 60_000) {
      this.sessions.delete(s.id);
      return null;
    }
    return { id: s.id, user: s.user, role: s.role };
  }

  private requireEnabled(): AccessFile {
    if (!this.enabled) throw rejected('还没有设置访问密码。');
    return this.store!.data;
  }

  /** Signs a user out everywhere (password changed, user removed). */
  private endSessionsOf(name: string): void {
    for (const [id, s] of this.sessions) if (s.user === name) this.sessions.delete(id);
  }

  private change(tx: Tx, fn: (d: AccessFile) => void): void {
    tx.update(this.store!, fn);
  }

  /** The status as this change leaves it. */
  private statusAfter(tx: Tx): AuthStatus {
    const data = tx.update(this.store!, (d) => d);
    return {
      enabled: data.users.length > 0,
      idleMinutes: data.idleMinutes,
      users: data.users.map((u) => ({ name: u.name, role: u.role })),
      session: null,
    };
  }
}
