import { defineConfig } from 'vitest/config'

// `npm test`: two projects from one set of test files. `node` runs everything on Node; `workers`
// (vitest.workers.config.ts) runs the HTTP and page suites again on workerd with D1.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'seed/**/*.test.ts'],
          // the browser suite has its own config (vitest.browser.config.ts): npm test needs no browser
          exclude: ['test/workers/**', 'test/browser/**', 'node_modules/**'],
          setupFiles: ['./test/helpers/harden.ts', './test/helpers/no-network.ts'],
          testTimeout: 30_000,
        },
      },
      './vitest.workers.config.ts',
    ],
  },
})
