import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'seed/**/*.test.ts'],
    exclude: ['test/workers/**', 'node_modules/**'],
    setupFiles: ['./test/helpers/harden.ts', './test/helpers/no-network.ts'],
    testTimeout: 30_000,
  },
})
