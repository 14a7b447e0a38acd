// Runs the mirror's measurements (bench/sync-mirror.mjs) with Vitest, so they import the
// TypeScript sources as the unit tests do. Not part of `npx vitest run`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['bench/sync/*.measure.ts'],
    environment: 'node',
    testTimeout: 600_000,
  },
});
