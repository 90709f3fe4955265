import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: 'node',
    include: ['tests/int/**/*.test.ts'],
    setupFiles: ['tests/helpers/isolateEnvironment.ts'],
    // Each file starts its own Payload on its own database, which takes a few seconds.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
})
