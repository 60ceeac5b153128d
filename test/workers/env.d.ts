import type { D1Migration } from 'cloudflare:test'
import type * as worker from '../../src/entry/worker.js'

// What `env` and `exports` from 'cloudflare:workers' hold inside the test isolate.
declare global {
  namespace Cloudflare {
    interface Env extends worker.Env {
      TEST_MIGRATIONS: D1Migration[]
      /** How many TEST_DB_<n> databases test nodes draw from (test/helpers/test-database.workers.ts). */
      TEST_DATABASE_POOL: number
      /** The source node of the federation test. */
      PEER_DB: D1Database
      /** The node that follows it. */
      FOLLOWER_DB: D1Database
    }
    interface GlobalProps {
      mainModule: typeof worker
    }
  }
}
