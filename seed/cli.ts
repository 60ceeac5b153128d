// npm run seed [-- --fresh]: signs and stores Bleu's catalogue (and the partners') into the node's
// database under GXC_DATA_DIR, through the same ingest path as any other write. `--fresh` starts
// from an empty database; without it the catalogue is re-signed and newer versions are indexed.
import { rmSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { parseConfig } from '../src/config.js'
import { createContext } from '../src/context.js'
import { createNodeIdentity } from '../src/credentials/did/identity.js'
import { AppError } from '../src/errors.js'
import { databasePath, loadNodeKey, openDatabase, seedKeyStore } from '../src/entry/node-runtime.js'
import { createLogger } from '../src/logger.js'
import { seedCatalogue } from './seed.js'

async function main() {
  const { values } = parseArgs({ options: { fresh: { type: 'boolean', default: false } } })
  const config = parseConfig(process.env)
  const path = databasePath(config)
  if (values.fresh)
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true })
  const database = openDatabase(path)
  try {
    const identity = await createNodeIdentity(await loadNodeKey(config), config.publicUrl)
    const ctx = createContext(config, {
      store: database.store,
      identity,
      logger: createLogger('seed', config.logLevel),
    })
    const summary = await seedCatalogue(ctx, { partnerKeys: seedKeyStore(config) })
    console.log(JSON.stringify({ database: path, did: identity.did, ...summary }))
  } finally {
    database.close()
  }
}

main().catch((error: unknown) => {
  if (error instanceof AppError)
    console.error(`${error.message}\n${JSON.stringify(error.errors ?? [], null, 2)}`)
  else console.error(error)
  process.exitCode = 1
})
