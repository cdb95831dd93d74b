import type { ErrorCode } from '../../shared/api/result';

/** A command the data refuses (a name not found, a tie not there …): exit 1, nothing written. */
export class Refusal extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}
