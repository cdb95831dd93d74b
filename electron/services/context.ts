import { randomUUID } from 'node:crypto';
import type { OrgData } from '../../shared/domain/org';
import type { AccessControl, Admitted } from './access/access';
import type { AuditInput } from './audit/audit-log';
import type { ImportPreviews } from './imports/previews';
import type { WorkbookReader } from './excel/read-in-worker';
import type { Jobs } from './jobs/jobs';
import type { PdfPrinter } from './print/pdf';
import type { DataFolder } from './store/folder/data-folder';
import type { Tx } from './store/folder/transaction';
import type { View } from './store/folder/view';

/**
 * One open data folder and what the program keeps for it while it is open: the app password and
 * its sessions, the import previews waiting for confirmation, the long jobs, the workbook reader
 * (its worker thread), the PDF printer.
 * With the caller (actor, session) it is what every channel's handler gets.
 */
export interface DeskContext {
  folder: DataFolder;
  /** Who acts: the signed-in user, or the computer's user while no password is set. */
  actor: string;
  access: AccessControl;
  /** The caller's session, set by dispatch when a password is set. */
  session?: Admitted | null;
  previews: ImportPreviews;
  jobs: Jobs;
  reader: WorkbookReader;
  printer: PdfPrinter;
}

/** A reading channel's context: the data as of one moment (the folder's read lock is held). */
export interface ReadContext extends DeskContext {
  view: View;
}

/** A changing channel's context: its transaction, which reads (its own changes included) and changes. */
export interface ChangeContext extends DeskContext {
  view: Tx;
  tx: Tx;
}

export const newId = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

/**
 * Changes org.json in the channel's transaction: `change` edits a draft and says what it did
 * (the audit entry); it may throw an AppError to refuse, and then nothing is written.
 */
export function changeOrg<R>(ctx: ChangeContext, change: (draft: OrgData) => { result: R; audit: AuditInput }): R {
  const { result, audit } = ctx.tx.changeOrg(change);
  ctx.tx.audit(audit);
  return result;
}
