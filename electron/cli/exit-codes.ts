import type { ErrorCode } from '../../shared/api/result';

/**
 * Exit codes: 0 done · 1 input rejected (nothing written) · 2 usage · 3 data locked or damaged.
 * These refusals are about the folder, not the input: exit 3.
 */
const FOLDER_CODES: ErrorCode[] = ['LOCKED', 'DAMAGED', 'NEWER_VERSION', 'WRITE_FAILED', 'INTERNAL'];
export const exitCodeOf = (code: ErrorCode) => (FOLDER_CODES.includes(code) ? 3 : 1);
