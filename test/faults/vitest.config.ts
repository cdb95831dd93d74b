import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { FIXED_NOW } from '../fixed-now.js';

/**
 * The fault tests (crash kills, disk faults, hostile files) start processes and use both cores
 * for a minute or two: they run after the unit tests, one file at a time, so they neither starve
 * the unit tests' timings nor each other.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/faults/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    env: { APPRAISAL_DESK_NOW: FIXED_NOW },
    fileParallelism: false,
  },
});
