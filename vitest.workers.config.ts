// The workers suite: the real worker entry on workerd with a local D1, through Cloudflare's
// Vitest pool. The Node suites run from vitest.config.ts.
import path from 'node:path'
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers'
import { defineConfig } from 'vitest/config'
import { generateKeyMaterial } from './src/credentials/did/keys.js'

export default defineConfig(async () => {
  // the folder drizzle-kit writes, wrangler's migrations_dir
  const migrations = await readD1Migrations(path.join(import.meta.dirname, 'src/store/migrations'))
  // a fresh node key per run, so no key is committed
  const { secretKeyMultibase } = await generateKeyMaterial()
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: './wrangler.toml' },
        miniflare: {
          // a second database: a peer node in the same isolate, for the federation tests
          d1Databases: ['PEER_DB'],
          bindings: {
            TEST_MIGRATIONS: migrations,
            GXC_NODE_KEY: secretKeyMultibase,
            GXC_PUBLIC_URL: 'https://catalogue.test',
            GXC_LOG_LEVEL: 'silent',
          },
        },
      }),
    ],
    test: {
      include: ['test/workers/**/*.test.ts'],
      setupFiles: ['./test/workers/apply-migrations.ts'],
      testTimeout: 30_000,
      // CJS dependencies with a `browser` map must be pre-bundled: otherwise workerd's module
      // fallback require()s their Node builds (jsonld/lib/documentLoaders/node.js fails; n3's
      // readable-stream redefines util.promisify.custom).
      deps: {
        optimizer: { ssr: { enabled: true, include: ['jsonld', 'jsonld-signatures', 'n3'] } },
      },
    },
  }
})
