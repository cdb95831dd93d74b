import dayjs, { type Dayjs } from 'dayjs';

/** Dayjs ↔ the contract's 'YYYY-MM-DD'. */
export const toIso = (d: Dayjs) => d.format('YYYY-MM-DD');
export const fromIso = (iso: string | null | undefined) => (iso ? dayjs(iso) : undefined);

/** A stored UTC timestamp shown in the office's local time. */
export const localTime = (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm:ss');

/** '2025-04-10' → '2025.04.10', the way rosters write dates. */
export const dotted = (iso: string) => iso.replaceAll('-', '.');
