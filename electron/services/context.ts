import { randomUUID } from 'node:crypto';
import type { OrgData } from '../../shared/domain/org';
import type { AccessControl, Admitted } from './access/access';
import type { AuditInput } from './audit/audit-log';
import { requireOrg, type DataFolder } from './store/data-folder';

/** What every service call gets: the open data folder and who is acting (for the audit log). */
export interface DeskContext {
  folder: DataFolder;
  actor: string;
  /** The app password and its sessions. */
  access: AccessControl;
  /** The caller's session, set by dispatch when a password is set. */
  session?: Admitted | null;
}

/**
 * Changes org.json and records the change in the audit log. `change` runs on a draft and may
 * throw an AppError to refuse; nothing is written then.
 */
export async function changeOrg<R>(ctx: DeskContext, change: (draft: OrgData) => { result: R; audit: AuditInput }): Promise<R> {
  let audit: AuditInput | undefined;
  const result = await requireOrg(ctx.folder).update((draft) => {
    const out = change(draft);
    audit = out.audit;
    return out.result;
  });
  await ctx.folder.audit.append(ctx.actor, audit!);
  return result;
}

export const newId = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;
