// The browser suite (`npm run test:browser`): the pages in Debian's Chromium (/usr/bin/chromium, or
// CHROMIUM_PATH) against a seeded node process. Kept out of `npm test`, which needs no browser.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    setupFiles: ['./test/helpers/no-network.ts'],
    testTimeout: 180_000,
    hookTimeout: 240_000,
    // one node and one browser at a time: the machine running CI has two cores
    fileParallelism: false,
  },
})
