/**
 * Test hook for the crash tests: APPRAISAL_DESK_CRASH_AT=<point>[:<n>] kills this process with
 * SIGKILL the n-th time (default first) the commit or checkpoint reaches <point>, exactly as a
 * power cut or a killed program would stop it there. Unset (always, outside those tests) it costs
 * one comparison.
 */
const [wanted, nth] = (process.env.APPRAISAL_DESK_CRASH_AT ?? '').split(':');
let seen = 0;

export type CrashPoint =
  | 'journal-torn' // half a record written and synced
  | 'journal-synced' // the record is durable, nothing applied
  | 'files-applied' // data files replaced, ledger and log not yet
  | 'audit-applied' // everything applied, not acknowledged
  | 'checkpoint-synced' // files synced, journal not yet emptied
  | 'checkpoint-done'; // journal emptied

export function crashPoint(point: CrashPoint): boolean {
  if (point !== wanted) return false;
  if (++seen < Number(nth || 1)) return false;
  process.kill(process.pid, 'SIGKILL');
  return true;
}
