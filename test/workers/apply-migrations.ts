// Every test file starts from the schema the app expects, as `wrangler d1 migrations apply` gives.
import { applyD1Migrations } from 'cloudflare:test'
import { env } from 'cloudflare:workers'

await applyD1Migrations(env.DB, env.TEST_MIGRATIONS)
await applyD1Migrations(env.PEER_DB, env.TEST_MIGRATIONS)
await applyD1Migrations(env.FOLLOWER_DB, env.TEST_MIGRATIONS)
