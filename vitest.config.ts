import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/globalSetup.ts'],
    testTimeout: 180_000,
    hookTimeout: 360_000,
    // Two cores: LibreOffice and Chromium tests are heavy; keep parallelism modest.
    maxWorkers: 2,
  },
});
