import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'seed/**/*.test.ts'],
    // the browser suite has its own config (vitest.browser.config.ts): npm test needs no browser
    exclude: ['test/workers/**', 'test/browser/**', 'node_modules/**'],
    setupFiles: ['./test/helpers/harden.ts', './test/helpers/no-network.ts'],
    testTimeout: 30_000,
  },
})
