/**
 * The instant every test's clock starts at (APPRAISAL_DESK_NOW, see electron/services/clock.ts):
 * demo data and date rules then give the same results whatever day CI runs. A Monday in the
 * fourth quarter, so the demo has a quarter in progress and archived ones before it.
 */
export const FIXED_NOW = '2026-12-07T10:00:00+08:00';
