// A connection to the node's SQLite file as every Node connection to it is set: the serving
// process's own (node-runtime.ts) and its writer thread's (sqlite-writer.ts).
import Database from 'better-sqlite3'

const MMAP_BYTES = 2 ** 31 - 2 ** 16
const CACHE_KIB = 256 * 1024
const STATEMENT_CACHE_SIZE = 500

/**
 * Opens `path` (`:memory:` for a private database) with the node's pragmas and a cache of its
 * prepared statements. A file opened read-only must exist and is left as it is.
 *
 * @example
 * const sqlite = openConnection(join(dataDir, 'catalogue.db'))
 */
export function openConnection(
  path: string,
  { readonly = false }: { readonly?: boolean } = {},
): Database.Database {
  const sqlite = new Database(path, { readonly, fileMustExist: readonly })
  if (!readonly) {
    // WAL: readers go on during a write, and a write is one append to the log.
    sqlite.pragma('journal_mode = WAL')
    // A 2xx tells a partner its credentials are published and hands peers event seqs to follow,
    // so an acknowledged write must survive power loss, not only a killed process. NORMAL under
    // WAL survives a kill (test/durability.test.ts) but syncs the log only at checkpoints: a power
    // cut can drop the last commits (up to ~1,000 pages), and new events would then reuse seqs
    // peers already hold. FULL syncs the log at each commit: +2–3 ms per commit on the 2-core
    // ext4 VM. bench/ingest.ts pointed at a file, FULL vs NORMAL interleaved, medians of 3: 252 vs
    // 249 credentials/s in presentations of 50 (verification is ~170 ms of each), 93 vs 104/s
    // one credential per call.
    sqlite.pragma('synchronous = FULL')
  }
  sqlite.pragma('busy_timeout = 5000')
  // Search reads index pages all over a file that outgrows the 16 MB cache better-sqlite3 is
  // built with (250 MB at 100k offerings): mapped pages are read in place, without a copy into
  // SQLite's cache, and temp_store keeps group-by sorters and IN sets off the disk. Map and cache
  // sizes are ceilings, not allocations; the map is the largest the build allows (MAX_MMAP_SIZE).
  sqlite.pragma(`mmap_size = ${MMAP_BYTES}`)
  sqlite.pragma(`cache_size = -${CACHE_KIB}`)
  sqlite.pragma('temp_store = MEMORY')
  cacheStatements(sqlite)
  return sqlite
}

/**
 * drizzle prepares every statement it runs, and better-sqlite3 compiles each `prepare` anew: a
 * search spent ~0.7 ms of its 4 ms compiling its seven statements. Statements are kept by SQL
 * text, which holds no values (they are bound), so the texts are the shapes the store builds;
 * the least recently used go past STATEMENT_CACHE_SIZE.
 *
 * @NOTE drizzle sets raw mode on a statement before each builder query, but not before each
 * sql`` one, so a hit is handed back in object mode. A drizzle `.prepare()`d query would hold its
 * statement past this reset: the store uses none.
 */
function cacheStatements(sqlite: Database.Database): void {
  const prepare = sqlite.prepare.bind(sqlite)
  const statements = new Map<string, Database.Statement>()
  sqlite.prepare = ((source: string) => {
    const cached = statements.get(source)
    // a statement still being iterated cannot run again until it is done
    if (cached && !cached.busy) {
      statements.delete(source)
      statements.set(source, cached)
      if (cached.reader) cached.raw(false)
      return cached
    }
    const statement = prepare(source)
    statements.set(source, statement)
    if (statements.size > STATEMENT_CACHE_SIZE) {
      statements.delete(statements.keys().next().value as string)
    }
    return statement
  }) as typeof sqlite.prepare
}
