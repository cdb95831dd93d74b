import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { FIXED_NOW } from './fixed-now.js';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/unit/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    env: { APPRAISAL_DESK_NOW: FIXED_NOW },
  },
});
