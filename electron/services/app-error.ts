import type { ErrorCode, FieldIssue } from '../../shared/api/result';

/** A refusal a clerk can act on: `message` is a complete Chinese sentence. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const rejected = (message: string, issues?: FieldIssue[]) => new AppError('REJECTED', message, issues);
export const notFound = (what: string) => new AppError('NOT_FOUND', `找不到${what}，可能已被删除，请刷新后再试。`);
