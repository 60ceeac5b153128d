// gxc import <file> [--node <url> | --data-dir <dir>]: checks a snapshot offline first (manifest
// signature, digests, every credential's hash; one byte changed and nothing is stored), then
// applies its events as a sync of that node would (src/federation/sync.ts applyNodeFeed): every
// credential through the whole pipeline, stored with `origin` the snapshot node's DID. Imported
// participants are known here, not onboarded: they onboard on this node before they may write,
// as participants pulled from a peer do (docs/trust-model.md, "Federation").
import type { Command } from 'commander'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Refusal } from '../federation/sync.js'
import { adminRefusal, adminToken, DEFAULT_DATA_DIR, type TokenOptions } from './admin-token.js'
import { DATABASE_FILE } from './backup.js'
import { readText, type Json } from './documents.js'
import type { CliHost, CommandContext } from './index.js'
import { NodeClient, problemCode } from './node-client.js'
import { contextOn, offlineContext, readDidDocuments } from './offline.js'
import { CliError, EXIT, type Output } from './output.js'
import { duration, progress, type Progress } from './progress.js'
import { checkSnapshot, type Snapshot } from './snapshot.js'

type ImportOptions = {
  node?: string
  dataDir?: string
  verify?: boolean
  didDocument?: string[]
  tokenFile?: string
  trustNodeKey?: string
}

type Admin = { token: string; options: TokenOptions }
type Outcome = { accepted: number; rejected: number; unchanged: number; refused: Refusal[] }

const CHUNK = 50
const MAX_BODY = 768 * 1024

export function registerImport(program: Command, host: CliHost): void {
  program
    .command('import')
    .description(host.t('import.description'))
    .argument('<file>', host.t('import.arg.file'))
    .option('-n, --node <url>', host.t('import.opt.node'))
    .option('--data-dir <dir>', host.t('import.opt.data-dir'))
    .option('--verify', host.t('import.opt.verify'))
    .option('--did-document <file...>', host.t('opt.did-document'))
    .option('--trust-node-key <did:key>', host.t('import.opt.trust-node-key'))
    .option('--token-file <file>', host.t('opt.token-file'))
    .addHelpText('after', host.t('import.example'))
    .action(
      host.action((cli, file: string, options: ImportOptions) =>
        importSnapshot(cli, file, options),
      ),
    )
}

async function importSnapshot(cli: CommandContext, file: string, options: ImportOptions) {
  const { out, deps } = cli
  if (options.node && options.dataDir) {
    throw new CliError(2, out.t('import.both-targets'), [], 'usage')
  }
  // the operator's token before any work: a node's token is found as gxc admin finds it
  const tokenOptions: TokenOptions = {
    tokenFile: options.tokenFile,
    dataDir: deps.io.env.GXC_DATA_DIR || DEFAULT_DATA_DIR,
  }
  const token = options.node ? adminToken(out, tokenOptions) : undefined
  let value: unknown
  try {
    value = JSON.parse(readText(out, file))
  } catch (error) {
    if (error instanceof CliError) throw error
    throw new CliError(1, out.t('snapshot.not-json', { file }), [], 'snapshot-refused')
  }
  const extra = await readDidDocuments(out, options.didDocument)
  const offline = await offlineContext(deps, extra)
  let snapshot: Snapshot
  try {
    const events = Array.isArray((value as Snapshot)?.events)
      ? (value as Snapshot).events.length
      : 0
    const bar = progress(out, out.t('import.checking'), events)
    const check = await checkSnapshot(out, offline, value, (n) => bar.tick(n))
    bar.done()
    for (const warning of check.warnings) out.warn(warning)
    if (check.problems.length > 0 || !check.snapshot) {
      for (const problem of check.problems) out.line(`  ${out.paint('red', '✗')} ${problem}`)
      throw new CliError(1, out.t('import.refused', { file }), [], 'snapshot-refused')
    }
    snapshot = check.snapshot
  } finally {
    offline.close()
  }
  const verified = {
    file,
    node: snapshot.node,
    events: snapshot.events.length,
    createdAt: snapshot.createdAt,
  }
  out.line(
    `${out.paint('green', '✓')} ${out.t('import.verified', { file, events: verified.events, did: snapshot.node.did, didKey: snapshot.node.didKey, at: snapshot.createdAt })}`,
  )
  if (!options.node && !options.dataDir) {
    out.result({ verified: true, ...verified })
    return EXIT.done
  }
  const didDocuments = [...trustedNodeDocument(out, snapshot, options.trustNodeKey), ...extra]
  const bar = progress(out, out.t('import.storing'), snapshot.events.length)
  const outcome = options.node
    ? await intoNode(
        cli,
        options.node,
        { token: token!, options: tokenOptions },
        snapshot,
        didDocuments,
        bar,
      )
    : await intoDataDir(cli, options.dataDir!, snapshot, didDocuments, bar)
  bar.done()
  out.result({ verified: true, ...verified, stored: outcome })
  for (const r of outcome.refused) {
    out.line(`  ${out.paint('red', '✗')} ${r.credential ?? '-'}  ${r.reason}`)
  }
  const line = out.t('import.done', {
    accepted: outcome.accepted,
    unchanged: outcome.unchanged,
    rejected: outcome.rejected,
    time: duration(bar.elapsedMs()),
  })
  out.line(outcome.rejected > 0 ? out.paint('red', `✗ ${line}`) : out.paint('green', `✓ ${line}`))
  return outcome.rejected > 0 ? EXIT.refused : EXIT.done
}

/**
 * The DID documents a snapshot may file: its node's own, and only once the operator vouches for its
 * key. The manifest's signature proves only that whoever made the snapshot holds the key the
 * snapshot itself names, so filing its documents unasked would let anyone who writes a snapshot
 * decide whose key speaks for a did:web on the target. Any other document in it is never filed.
 */
function trustedNodeDocument(out: Output, snapshot: Snapshot, trusted: string | undefined): Json[] {
  const { did, didKey } = snapshot.node
  const others = Object.keys(snapshot.didDocuments).filter((id) => id !== did)
  if (others.length > 0) out.warn(out.t('import.documents-ignored', { dids: others.join(', ') }))
  if (!did.startsWith('did:web:')) return []
  if (trusted === undefined) {
    out.warn(out.t('import.node-key-not-filed', { did, didKey }))
    return []
  }
  if (trusted !== didKey) {
    throw new CliError(
      1,
      out.t('import.node-key-mismatch', { did, didKey, trusted }),
      [],
      'snapshot-refused',
    )
  }
  return [snapshot.didDocuments[did]!]
}

/** Into a node's data folder, through the core (a running node may hold the file: WAL lets both write). */
async function intoDataDir(
  { deps }: CommandContext,
  dataDir: string,
  snapshot: Snapshot,
  didDocuments: Json[],
  bar: Progress,
): Promise<Outcome> {
  mkdirSync(dataDir, { recursive: true })
  const database = deps.runtime.openDatabase(join(dataDir, DATABASE_FILE))
  try {
    const { applyNodeFeed } = await import('../federation/sync.js')
    const ctx = await contextOn(database.store, didDocuments, { GXC_DATA_DIR: dataDir })
    const total: Outcome = { accepted: 0, rejected: 0, unchanged: 0, refused: [] }
    for (let i = 0; i < snapshot.events.length; i += CHUNK) {
      const chunk = snapshot.events.slice(i, i + CHUNK)
      const outcome = await applyNodeFeed(ctx, snapshot.node.did, chunk)
      if ('error' in outcome) throw new CliError(1, outcome.error, [], 'snapshot-refused')
      add(total, outcome)
      bar.tick(chunk.length)
    }
    return total
  } finally {
    database.close()
  }
}

/** Into a running node: its did:web documents filed, then the events through POST /api/v1/admin/import. */
async function intoNode(
  { out, deps }: CommandContext,
  url: string,
  admin: Admin,
  snapshot: Snapshot,
  didDocuments: Json[],
  bar: Progress,
): Promise<Outcome> {
  const { token } = admin
  const node = new NodeClient(out, deps, url)
  for (const document of didDocuments) {
    const did = String(document.id)
    if (!did.startsWith('did:web:')) continue
    const answer = await node.request(
      'PUT',
      `/api/v1/admin/did-documents/${encodeURIComponent(did)}`,
      {
        json: document,
        token,
      },
    )
    if (answer.status !== 200) throw adminRefusal(out, answer, admin.options)
  }
  const total: Outcome = { accepted: 0, rejected: 0, unchanged: 0, refused: [] }
  for (const chunk of chunks(snapshot.events)) {
    await sendChunk(out, node, admin, snapshot.node.did, chunk, total, bar)
  }
  return total
}

async function sendChunk(
  out: Output,
  node: NodeClient,
  admin: Admin,
  origin: string,
  events: Json[],
  total: Outcome,
  bar: Progress,
): Promise<void> {
  const answer = await node.post('/api/v1/admin/import', { origin, events }, { token: admin.token })
  if (answer.status === 200) {
    add(total, answer.body as Outcome)
    bar.tick(events.length)
    return
  }
  const tooLarge =
    answer.status === 413 ||
    (answer.status === 400 &&
      problemCode(answer) === 'bad-request' &&
      (answer.body?.errors ?? []).some((f: { code?: string }) => f.code === 'limit-exceeded'))
  if (tooLarge && events.length > 1) {
    const half = Math.ceil(events.length / 2)
    await sendChunk(out, node, admin, origin, events.slice(0, half), total, bar)
    await sendChunk(out, node, admin, origin, events.slice(half), total, bar)
    return
  }
  throw adminRefusal(out, answer, admin.options)
}

/** Runs of at most CHUNK events and about MAX_BODY bytes, in feed order. */
function* chunks(events: Json[]): Generator<Json[]> {
  let chunk: Json[] = []
  let bytes = 0
  for (const event of events) {
    const size = JSON.stringify(event).length
    if (chunk.length > 0 && (chunk.length >= CHUNK || bytes + size > MAX_BODY)) {
      yield chunk
      chunk = []
      bytes = 0
    }
    chunk.push(event)
    bytes += size
  }
  if (chunk.length > 0) yield chunk
}

function add(total: Outcome, outcome: Outcome): void {
  total.accepted += outcome.accepted
  total.rejected += outcome.rejected
  total.unchanged += outcome.unchanged
  total.refused.push(...outcome.refused)
}
