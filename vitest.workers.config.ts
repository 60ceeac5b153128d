// The `workers` project of vitest.config.ts: the real worker entry on workerd with a local D1,
// through Cloudflare's Vitest pool, and the HTTP and page suites again on it.
import path from 'node:path'
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers'
import { defineConfig } from 'vitest/config'
import { generateKeyMaterial } from './src/credentials/did/keys.js'

// test nodes alive at once in one test file, each on a D1 of its own (test-database.workers.ts)
const TEST_DATABASE_POOL = 48

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
          // two more nodes in the same isolate for the federation test, and the test nodes'
          // databases (test/helpers/test-database.workers.ts)
          d1Databases: [
            'PEER_DB',
            'FOLLOWER_DB',
            ...Array.from({ length: TEST_DATABASE_POOL }, (_, i) => `TEST_DB_${i}`),
          ],
          bindings: {
            TEST_MIGRATIONS: migrations,
            TEST_DATABASE_POOL,
            GXC_NODE_KEY: secretKeyMultibase,
            GXC_PUBLIC_URL: 'https://catalogue.test',
            GXC_LOG_LEVEL: 'silent',
          },
        },
      }),
    ],
    resolve: {
      // the same test files as on Node, their nodes on D1
      alias: [
        {
          find: /^\.\/test-database\.js$/,
          replacement: path.join(import.meta.dirname, 'test/helpers/test-database.workers.ts'),
        },
      ],
    },
    test: {
      name: 'workers',
      // one runtime for every file, one file at a time: the module graph (jsonld, the contexts,
      // the app) loads once instead of once per file (5.5 min to about 1), and the files share its
      // storage, which test-database.workers.ts hands out in turn
      isolate: false,
      fileParallelism: false,
      // the HTTP and page suites, the same files as on Node, plus what is about workerd alone
      include: [
        'test/workers/**/*.test.ts',
        'test/http/**/*.test.ts',
        'test/web/**/*.test.ts',
        // what `gxc import --node` sends: how a catalogue moves from a Node node to a Worker
        'test/cli/import-endpoint.test.ts',
      ],
      // what tests Node's own side: real sockets on @hono/node-server (keep-alive), an SQLite
      // file that is read-only, full or from an older release (unavailable, search-upgrade), the
      // store against a better-sqlite3 reference (search-facets), the source files (messages)
      exclude: [
        'test/http/keep-alive.test.ts',
        'test/http/unavailable.test.ts',
        'test/http/search-upgrade.test.ts',
        'test/http/search-facets.test.ts',
        'test/web/messages.test.ts',
      ],
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
