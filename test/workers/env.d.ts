import type { D1Migration } from 'cloudflare:test'
import type * as worker from '../../src/entry/worker.js'

// What `env` and `exports` from 'cloudflare:workers' hold inside the test isolate.
declare global {
  namespace Cloudflare {
    interface Env extends worker.Env {
      TEST_MIGRATIONS: D1Migration[]
    }
    interface GlobalProps {
      mainModule: typeof worker
    }
  }
}
