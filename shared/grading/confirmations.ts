import { z } from 'zod';
import type { AccountabilityResult } from './accountability';

/**
 * The clerk's confirmation of one accountability result (DOMAIN.md §4.4): bound to the result's
 * fingerprint (person, role, reading, scope, periods, events), so a re-run that changes any of
 * them needs a new confirmation. The note is the clerk's own (e.g. 经党组会研究).
 */
export const ConfirmationSchema = z.object({
  fingerprint: z.string().min(1),
  personId: z.string(),
  name: z.string(),
  role: z.string(),
  scope: z.string(),
  note: z.string().nullable(),
  at: z.string(),
  by: z.string(),
});
export type Confirmation = z.infer<typeof ConfirmationSchema>;

/** Whether this exact result has been confirmed. */
export const isConfirmed = (r: Pick<AccountabilityResult, 'fingerprint'>, confirmations: readonly Pick<Confirmation, 'fingerprint'>[]) =>
  r.fingerprint !== '' && confirmations.some((c) => c.fingerprint === r.fingerprint);

/**
 * The results that still hold up 公示: not confirmed as they stand. A recommendation to the
 * superior organisation (由上级党组织考核) never does.
 */
export function unconfirmed<R extends Pick<AccountabilityResult, 'fingerprint' | 'superior'>>(
  results: readonly R[],
  confirmations: readonly Pick<Confirmation, 'fingerprint'>[],
): R[] {
  return results.filter((r) => !r.superior && !isConfirmed(r, confirmations));
}
