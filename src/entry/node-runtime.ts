// Node-only pieces shared by the server entry, the seed CLI, the bench and the tests: the SQLite
// file, the node key and the operator's token on disk. Nothing under src/ outside entry/ touches the file system.
import type Database from 'better-sqlite3'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { randomBytes } from 'node:crypto'
import {
  chmodSync,
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { reindexCatalogue, type ReindexSummary } from '../catalogue/reindex.js'
import type { Config } from '../config.js'
import type { AppContext } from '../context.js'
import { ConfigError } from '../errors.js'
import { facetMirror, type FacetPacks } from './facet-mirror.js'
import { openConnection } from './sqlite-connection.js'
import { writerThread, type WriterThreadOptions } from './writer-thread.js'
import {
  keyMaterialFromSecret,
  generateKeyMaterial,
  type KeyMaterial,
} from '../credentials/did/keys.js'
import { transactionAtomic } from '../store/atomic.js'
import { schema } from '../store/schema.js'
import { createStore, type Store } from '../store/sqlite-store.js'

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../store/migrations', import.meta.url))

export type NodeDatabase = {
  store: Store
  sqlite: Database.Database
  /** The facet packs in memory, for a database opened to write: load() at start. */
  facetMirror?: FacetPacks
  /** How many migrations this opening applied to a database that already had some. */
  upgradedBy: number
  /** Their tags (`0012_search_facet_pack_seq`), in the order applied. */
  upgradedWith: string[]
  close(): void
}

export type OpenDatabaseOptions = {
  /** Opens an existing file as it is, for reading only: no migration, every write fails. */
  readonly?: boolean
  /**
   * Runs the writes made of compiled statements (a submission's credentials, the challenges, a
   * reindex's rows) on a thread of their own (writer-thread.ts), as the served node does. A file
   * only: a second connection to `:memory:` or to `''` (a private temporary file) is another
   * database.
   */
  writerThread?: boolean | WriterThreadOptions
}

/**
 * Opens (or creates) the SQLite database, applies pending migrations and returns the store.
 * `:memory:` gives a private database, as tests use.
 */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): NodeDatabase {
  const readonly = options.readonly ?? false
  const sqlite = openConnection(path, { readonly })
  const db = drizzle(sqlite, { schema })
  let upgradedWith: string[] = []
  if (!readonly) {
    const before = appliedMigrations(sqlite)
    migrate(db, { migrationsFolder: MIGRATIONS_FOLDER })
    // drizzle applies the journal in order: what this opening applied follows what was there
    if (before > 0) upgradedWith = migrationTags().slice(before, appliedMigrations(sqlite))
  }
  // a file opened read-only may predate the packs' versions (migration 0012)
  const facets = readonly ? undefined : facetMirror(sqlite)
  const writer =
    options.writerThread && !readonly && path !== ':memory:' && path !== ''
      ? writerThread(
          path,
          transactionAtomic(db),
          options.writerThread === true ? {} : options.writerThread,
        )
      : undefined
  const store = createStore(db, writer?.atomic ?? transactionAtomic(db), { facetMirror: facets })
  return {
    store,
    sqlite,
    facetMirror: facets,
    upgradedBy: upgradedWith.length,
    upgradedWith,
    close() {
      writer?.close()
      sqlite.close()
    },
  }
}

/**
 * Migrations that leave nothing for a reindex to fill: what they add, their own SQL writes, or it
 * is not derived from the credentials. A start applying only these reindexes nothing (at 1M
 * offerings, a reindex takes tens of minutes).
 */
const NO_REINDEX = new Set([
  '0012_search_facet_pack_seq',
  '0014_credential_write_rules',
  '0015_attestation_subjects',
])

function migrationTags(): string[] {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8'))
  return (journal.entries as { tag: string }[]).map((entry) => entry.tag)
}

/**
 * Rebuilds the derived index when this opening migrated a database holding credentials: a
 * migration may add derived columns (the search vocabulary, facets) that only a reindex fills for
 * what is already held. Once, on the start that upgrades the file; nothing to do otherwise, nor
 * after migrations that need none (NO_REINDEX).
 */
export async function reindexAfterUpgrade(
  database: NodeDatabase,
  ctx: Pick<AppContext, 'store' | 'loader' | 'config'>,
): Promise<ReindexSummary | undefined> {
  if (database.upgradedWith.every((tag) => NO_REINDEX.has(tag))) return undefined
  if ((await database.store.counts()).credentials === 0) return undefined
  return reindexCatalogue(ctx)
}

function appliedMigrations(sqlite: Database.Database): number {
  const table = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get()
  if (!table) return 0
  return (sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n
}

export function databasePath(config: Pick<Config, 'dataDir'>): string {
  mkdirSync(config.dataDir, { recursive: true })
  return join(config.dataDir, 'catalogue.db')
}

/**
 * The node's Ed25519 key: the `GXC_NODE_KEY` secret when given, else `node-key.json` in the data
 * folder, created on first start and readable by the owner only. A key file that group or others
 * may open stops the node: the key may already be copied, and the operator must know.
 */
export async function loadNodeKey(
  config: Pick<Config, 'dataDir' | 'nodeKey'>,
): Promise<KeyMaterial> {
  if (config.nodeKey) return keyMaterialFromSecret(config.nodeKey)
  mkdirSync(config.dataDir, { recursive: true })
  const file = join(config.dataDir, 'node-key.json')
  const text = readPrivateFile(file)
  if (text !== undefined) {
    const stored = JSON.parse(text) as { secretKeyMultibase?: unknown }
    if (typeof stored.secretKeyMultibase !== 'string')
      throw new TypeError(`${file} holds no secretKeyMultibase`)
    return keyMaterialFromSecret(stored.secretKeyMultibase)
  }
  const material = await generateKeyMaterial()
  writeFileSync(file, JSON.stringify({ type: 'Multikey', ...material }, null, 2) + '\n', {
    mode: 0o600,
    flag: 'wx',
  })
  chmodSync(file, 0o600)
  return material
}

export type AdminToken = {
  token: string
  /** The file the token was read from or written to; undefined when GXC_ADMIN_TOKEN gave it. */
  file?: string
  created: boolean
}

/**
 * The operator's bearer token: `GXC_ADMIN_TOKEN` when given, else `admin-token` in the data
 * folder, created on first start (256 random bits as 64 hex characters) and readable by the owner
 * only, so a new node is never left without a way to approve its first partner. A token file
 * that group or others may open stops the node, as a key file does.
 */
export function loadAdminToken(config: Pick<Config, 'dataDir' | 'adminToken'>): AdminToken {
  if (config.adminToken) return { token: config.adminToken, created: false }
  mkdirSync(config.dataDir, { recursive: true })
  const file = join(config.dataDir, 'admin-token')
  const text = readPrivateFile(file, 'an admin token')
  if (text !== undefined) {
    const token = text.trim()
    if (token.length < 32) {
      throw new ConfigError(
        `${file} holds no admin token of 32 characters or more: remove it to have a new one created, or set GXC_ADMIN_TOKEN`,
      )
    }
    return { token, file, created: false }
  }
  const token = randomBytes(32).toString('hex')
  writeFileSync(file, token + '\n', { mode: 0o600, flag: 'wx' })
  chmodSync(file, 0o600)
  return { token, file, created: true }
}

/**
 * Keys of the seeded partners, kept beside the database (owner-only) so a re-seed signs with the
 * same DIDs. Development data: real partners hold their own keys.
 */
export function seedKeyStore(
  config: Pick<Config, 'dataDir'>,
): (slug: string) => Promise<KeyMaterial> {
  const file = join(config.dataDir, 'seed-keys.json')
  return async (slug) => {
    mkdirSync(config.dataDir, { recursive: true })
    const text = readPrivateFile(file)
    const keys = text === undefined ? {} : (JSON.parse(text) as Record<string, KeyMaterial>)
    const known = keys[slug]
    if (known) return known
    const material = await generateKeyMaterial()
    writeFileSync(file, JSON.stringify({ ...keys, [slug]: material }, null, 2) + '\n', {
      mode: 0o600,
    })
    chmodSync(file, 0o600)
    return material
  }
}

/**
 * A secret file's text, or undefined when there is none. Mode and content are read through one
 * descriptor, so the file checked is the file read.
 */
function readPrivateFile(file: string, what = 'a secret key'): string | undefined {
  let fd: number
  try {
    fd = openSync(file, 'r')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
  try {
    const { mode } = fstatSync(fd)
    // Windows has no group or other permission bits: Node reports 0o666 for every file
    if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
      const octal = (mode & 0o777).toString(8).padStart(4, '0')
      throw new ConfigError(
        `${file} holds ${what} but is open to group or others (mode ${octal}): run chmod 600 ${file}`,
      )
    }
    return readFileSync(fd, 'utf8')
  } finally {
    closeSync(fd)
  }
}
