/** Every call across the contract answers with a Result, never a thrown error (IPC keeps only `message`). */
export const ERROR_CODES = [
  'INVALID_INPUT', // the request does not match the contract
  'REJECTED', // a business rule refused it (duplicate 身份证号, unit not empty …)
  'NOT_FOUND',
  'NOT_INITIALIZED', // no organisation in this data folder yet
  'LOCKED', // another program holds the data folder
  'DAMAGED', // a data file could not be read and no good copy exists
  'NEWER_VERSION', // data written by a newer version of the app
  'WRITE_FAILED', // disk full, read-only folder …: nothing was changed
  'UNAUTHORIZED', // transport refused the caller
  'SESSION_REQUIRED', // a password is set and this call has no live session: show the lock screen
  'FORBIDDEN', // the signed-in role (查看) may not do this
  'RATE_LIMITED', // too many password attempts: wait, then try again
  'CANCELLED', // the clerk stopped a long operation; nothing was written
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  /** Dotted path of the field, e.g. "fields.idNumber". */
  path: string;
  message: string;
}

export type Result<T> = { ok: true; data: T } | { ok: false; code: ErrorCode; message: string; issues?: FieldIssue[] };

export function ok<T>(data: T): Result<T> {
  return { ok: true, data };
}

export type Failure = Extract<Result<never>, { ok: false }>;
