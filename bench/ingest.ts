// npm run bench [-- --n 2000]
// Ingest throughput of the node's write path (verify + store + index) against the straightforward
// baseline (vc.verifyCredential + one INSERT), in the same run on the same generated credentials,
// and the raw Ed25519 verify rate that bounds any verifier.
import * as vc from '@digitalbazaar/vc'
import Database from 'better-sqlite3'
import { generateKeyPairSync, sign, verify } from 'node:crypto'
import { parseArgs } from 'node:util'
import { ingestCredential } from '../src/catalogue/ingest.js'
import { parseConfig } from '../src/config.js'
import { createContext } from '../src/context.js'
import { pinnedContexts } from '../src/credentials/contexts.js'
import { createDidResolver } from '../src/credentials/did.js'
import { createNodeIdentity } from '../src/credentials/identity.js'
import { generateKeyMaterial } from '../src/credentials/keys.js'
import { signCredential } from '../src/credentials/sign.js'
import { verificationSuites } from '../src/credentials/suites.js'
import { openDatabase } from '../src/entry/node-runtime.js'
import { createLogger } from '../src/logger.js'
import { newDidKey, offeringCredential } from '../test/helpers/credentials.js'

const { values } = parseArgs({ options: { n: { type: 'string', default: '1000' } } })
const n = Number(values.n)
const now = new Date('2026-11-28T12:00:00Z')

async function main() {
  const config = parseConfig({ GXC_LOG_LEVEL: 'silent' })
  const database = openDatabase(':memory:')
  const identity = await createNodeIdentity(await generateKeyMaterial(), config.publicUrl)
  const ctx = createContext(config, {
    store: database.store,
    identity,
    clock: () => now,
    logger: createLogger('bench', 'silent'),
  })

  process.stdout.write(`signing ${n} credentials from 10 issuers… `)
  const issuers = await Promise.all(Array.from({ length: 10 }, () => newDidKey()))
  const credentials: Record<string, unknown>[] = []
  for (let i = 0; i < n; i++) {
    const key = issuers[i % issuers.length]!
    const credential = offeringCredential(key.did, {
      id: `https://bench.example.eu/credentials/${i}`,
    })
    credential.credentialSubject = {
      ...credential.credentialSubject,
      id: `https://bench.example.eu/offerings/${i}`,
      'schema:name': `Service ${i}`,
    }
    credentials.push(await signCredential(credential, { key, loader: ctx.loader, date: now }))
  }
  console.log('done')

  const ours = await rate(credentials, async (credential) => {
    const result = await ingestCredential(ctx, credential, { origin: 'local' })
    if (!result.ok || !result.created) throw new Error('bench credential was not stored')
  })

  // The baseline: what a first implementation would write. A Map-backed loader without jsonld's
  // static-context caching, vc.verifyCredential, then one INSERT of the document.
  const sqlite = new Database(':memory:')
  sqlite.exec('CREATE TABLE credential (id TEXT PRIMARY KEY, document TEXT NOT NULL)')
  const insert = sqlite.prepare('INSERT INTO credential (id, document) VALUES (?, ?)')
  const resolveDid = createDidResolver(async () => undefined)
  const plainLoader = async (url: string) => {
    const document =
      pinnedContexts.get(url) ?? (url.startsWith('did:') ? await resolveDid(url) : undefined)
    if (!document) throw new Error(`unknown document ${url}`)
    return { contextUrl: null, documentUrl: url, document: structuredClone(document) }
  }
  const baseline = await rate(credentials, async (credential) => {
    const result = await vc.verifyCredential({
      credential,
      suite: verificationSuites(),
      documentLoader: plainLoader,
      now,
    })
    if (!result.verified) throw new Error('baseline failed to verify')
    insert.run(credential.id, JSON.stringify(credential))
  })

  const floor = rawEd25519Rate(20_000)

  console.log()
  console.log(`ingest, ${n} credentials (eddsa-rdfc-2022, VC 2.0, ~1.2 KB), one thread`)
  console.log(`  node write path (verify + store + index):   ${fmt(ours)} credentials/s`)
  console.log(`  baseline (vc.verifyCredential + INSERT):    ${fmt(baseline)} credentials/s`)
  console.log(`  ratio node / baseline:                      ${(ours / baseline).toFixed(2)}×`)
  console.log(`  raw Ed25519 verify (node:crypto, floor):    ${fmt(floor)} verifications/s`)
  console.log(
    `  node write path / raw verify:               ${((ours / floor) * 100).toFixed(1)} % of the floor`,
  )
  database.close()
  sqlite.close()
}

async function rate<T>(items: T[], work: (item: T) => Promise<void>): Promise<number> {
  const start = performance.now()
  for (const item of items) await work(item)
  return items.length / ((performance.now() - start) / 1000)
}

function rawEd25519Rate(count: number): number {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519')
  const message = Buffer.alloc(64, 7)
  const signature = sign(null, message, privateKey)
  const start = performance.now()
  for (let i = 0; i < count; i++)
    if (!verify(null, message, publicKey, signature)) throw new Error('raw verify')
  return count / ((performance.now() - start) / 1000)
}

function fmt(perSecond: number): string {
  return Math.round(perSecond).toLocaleString('en-US').padStart(7)
}

await main()
