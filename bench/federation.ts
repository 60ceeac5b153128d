// npm run bench:federation [-- --n 100000 --slice 5000 --json figures.json --profile dir]
// Catch-up of a peer against local ingest, in the same run on the same signed credentials (issue
// "Federation", item 8: catch-up ≥ 80 % of local ingest). N Loire offerings of 10 did:key partners
// are signed once and cached under the OS temp dir. The local ingest stores them in presentations
// of 50 into a data dir that a Node entry child process serves as the source peer; a follower
// registers that peer and syncs through the operator API until its lag is 0. The two alternate
// slice by slice, so both see the same machine. Progress goes to stderr.
//
// The follower runs in this process, like the local ingest it is compared with: both then run under
// the same conditions (hardened intrinsics as the entry does, a file store with the entry's
// pragmas), and the bench can time the follower's peer client (fetch vs apply) without touching
// src/. Its operator API is called through app.request: the node's handler, without a socket. The
// source is a real process on 127.0.0.1, so every page is real HTTP and JSON.
import { execFileSync, fork } from 'node:child_process'
import {
  appendFileSync,
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { Session } from 'node:inspector/promises'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { createApp } from '../src/app.js'
import { ingestCredentials } from '../src/catalogue/ingest.js'
import { parseConfig, type Config } from '../src/config.js'
import { createContext, type AppContext } from '../src/context.js'
import { createDocumentLoader } from '../src/credentials/document-loader.js'
import { credentialHash } from '../src/credentials/hash.js'
import { createNodeIdentity } from '../src/credentials/did/identity.js'
import {
  didKeyOf,
  generateKeyMaterial,
  signingKey,
  type KeyMaterial,
} from '../src/credentials/did/keys.js'
import { signCredential } from '../src/credentials/data-integrity/sign.js'
import { databasePath, loadNodeKey, openDatabase } from '../src/entry/node-runtime.js'
import type { SyncSummary } from '../src/federation/sync.js'
import { hardenIntrinsics } from '../src/harden.js'
import { createLogger } from '../src/logger.js'
import {
  participantCredentials,
  partnerBase,
  partnerOffering,
} from '../test/helpers/credentials.js'
import {
  freePort,
  killAllNodes,
  startNode,
  type NodeProcess,
} from '../test/helpers/node-process.js'

const USAGE = `usage: npx tsx bench/federation.ts [--n 100000] [--slice 5000] [--json file] [--profile dir] [--fresh]
  --n        offerings the source holds (default 100000), besides 20 participant credentials
  --slice    credentials per round of local ingest then catch-up (default 5000, a multiple of
             100; 0: all local ingest, then all catch-up)
  --json     also write the figures as JSON to this file (- for stdout)
  --profile  CPU-profile both phases into this folder and print where their time goes
  --fresh    sign anew instead of reusing the signed set cached under the OS temp dir`

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '100000' },
    slice: { type: 'string', default: '5000' },
    json: { type: 'string' },
    profile: { type: 'string' },
    fresh: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
    // internal: this file forked as a signing process
    shard: { type: 'boolean', default: false },
  },
})

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const PARTNERS = 10
// a presentation of local ingest, and the sync's batch (GXC_MAX_CREDENTIALS, default 50)
const BATCH = 50
// the sync's page (config.federation.pageSize): slices end on a page so both phases batch alike
const PAGE = 100
const GOAL = 0.8
// bump when the signed set changes shape, so an old cache is not reused
const CACHE_VERSION = 'v1'
// credentials ingested untimed first, so the phase measured first does not pay the JIT's warm-up
const WARM_UP = 1000
const PROGRESS_TTY_MS = 500
const PROGRESS_LOG_MS = 5_000

type Figures = {
  n: number
  credentials: number
  cores: number
  slice: number
  local: Phase
  catchUp: Phase & {
    syncs: number
    pages: number
    fetchSeconds: number
    applySeconds: number
    rehashSeconds: number
    sourceCpuSeconds: number | null
  }
  ratio: number
  cpuRatio: number
  goal: number
  met: boolean
  /** The 1-minute load average after each slice: other jobs on the same cores show there. */
  load: number[]
}
type Phase = { seconds: number; perSecond: number; cpuSeconds: number }

async function main() {
  if (values.help) {
    console.log(USAGE)
    return
  }
  const n = Number(values.n)
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`--n ${values.n} is not a count`)
  const sliceArg = Number(values.slice)
  if (!Number.isSafeInteger(sliceArg) || sliceArg < 0 || sliceArg % PAGE !== 0) {
    throw new Error(`--slice ${values.slice} is not 0 or a multiple of ${PAGE}`)
  }
  // as src/entry/node.ts does first thing: both phases then run as the node runs
  hardenIntrinsics()
  console.log(`federation catch-up vs local ingest, ${fmt(n)} offerings, ${cores()} cores`)
  const lines = await signedSet(n)
  const slice = sliceArg === 0 ? lines.length : sliceArg
  await warmUp(lines.slice(0, WARM_UP))
  const profiler = values.profile ? await startProfiler(values.profile) : undefined
  const work = mkdtempSync(join(tmpdir(), 'gxc-federation-'))
  // the source is its own process group: a ^C here would leave it running, and the temp dir behind
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      killAllNodes()
      rmSync(work, { recursive: true, force: true })
      process.exit(130)
    })
  }
  let source: NodeProcess | undefined
  try {
    // the local ingest writes the source's data dir, which the source process serves as it grows
    const sourcePort = await freePort()
    const local = await openLocal(join(work, 'source'), sourcePort)
    source = await startNode({
      dataDir: join(work, 'source'),
      port: sourcePort,
      readyTimeoutMs: 120_000,
      env: { GXC_LOG_LEVEL: 'warn', GXC_SYNC_INTERVAL_MS: '0' },
    })
    const follower = await openFollower(source.url, join(work, 'follower'))
    const localMeter = new Meter('local', profiler)
    const catchUpMeter = new Meter('catch-up', profiler)
    const load: number[] = []
    let sourceCpu: number | null = 0
    // the last slice takes the remainder (the 20 participant credentials, say) rather than a round
    const rounds = slices(lines.length, slice)
    let round = 0
    const ticker = progress(async () => {
      const peer = await follower.peer()
      const lag = peer?.lag === null || peer?.lag === undefined ? '?' : fmt(peer.lag)
      return (
        `${rounds > 1 ? `slice ${round}/${rounds}: ` : ''}` +
        `local ${fmt(local.stored)} stored, ${perSecond(local.stored, localMeter.elapsed())}; ` +
        `catch-up ${fmt(peer?.accepted ?? 0)} accepted, ${perSecond(peer?.accepted ?? 0, catchUpMeter.elapsed())}, lag ${lag}`
      )
    })
    // Slices alternate the phases: a change in what else runs on these cores (a test suite, a
    // build) then weighs on both alike instead of on whichever phase it happens to overlap.
    while (round < rounds) {
      const from = round * slice
      const to = ++round === rounds ? lines.length : from + slice
      await localMeter.run(() => local.ingest(lines.slice(from, to)))
      const before = processCpuSeconds(source.pid)
      await catchUpMeter.run(() => follower.catchUp())
      const after = processCpuSeconds(source.pid)
      sourceCpu =
        sourceCpu === null || before === null || after === null ? null : sourceCpu + after - before
      load.push(loadavg()[0]!)
    }
    ticker.stop()
    local.close()
    const caught = await follower.close(lines.length)
    const rehashSeconds = await rehash(lines)
    const ratio = catchUpMeter.seconds === 0 ? 0 : localMeter.seconds / catchUpMeter.seconds
    const figures: Figures = {
      n,
      credentials: lines.length,
      cores: cores(),
      slice,
      local: localMeter.phase(lines.length),
      catchUp: {
        ...catchUpMeter.phase(lines.length),
        ...caught,
        applySeconds: catchUpMeter.seconds - caught.fetchSeconds,
        rehashSeconds,
        sourceCpuSeconds: sourceCpu,
      },
      ratio,
      cpuRatio: localMeter.cpuSeconds / (catchUpMeter.cpuSeconds + (sourceCpu ?? 0)),
      goal: GOAL,
      met: ratio >= GOAL,
      load,
    }
    print(figures)
    const warnings = source.stderr().trim()
    if (warnings) console.log(`  source stderr:\n${warnings.split('\n').slice(0, 20).join('\n')}`)
    if (profiler) await profiler.print()
    if (values.json === '-') console.log(JSON.stringify(figures, null, 2))
    else if (values.json) writeFileSync(values.json, JSON.stringify(figures, null, 2) + '\n')
    await source.stop()
    source = undefined
  } finally {
    killAllNodes()
    rmSync(work, { recursive: true, force: true })
  }
}

/** Wall and CPU time of one phase, added up over its slices (profiled when asked). */
class Meter {
  seconds = 0
  cpuSeconds = 0
  private started: number | undefined

  constructor(
    readonly name: string,
    private readonly profiler: Profiler | undefined,
  ) {}

  async run(work: () => Promise<void>): Promise<void> {
    await this.profiler?.start()
    const cpu = process.cpuUsage()
    this.started = performance.now()
    try {
      await work()
    } finally {
      this.seconds += since(this.started)
      this.cpuSeconds += cpuSince(cpu)
      this.started = undefined
      await this.profiler?.stop(this.name)
    }
  }

  /** Seconds so far, the slice under way included. */
  elapsed(): number {
    return this.seconds + (this.started === undefined ? 0 : since(this.started))
  }

  phase(credentials: number): Phase {
    return {
      seconds: this.seconds,
      perSecond: credentials / this.seconds,
      cpuSeconds: this.cpuSeconds,
    }
  }
}

/**
 * The signed credentials as NDJSON lines, in feed order: each partner's participant credentials,
 * then the offerings round-robin over the partners. Signing 100,000 takes minutes, so the set is
 * signed by one process per core and cached under the OS temp dir, keyed by N; the first lines of
 * a larger cached set are a set of N as well, and serve as one.
 */
async function signedSet(n: number): Promise<Buffer[]> {
  const file = cacheFile(n)
  const cached = values.fresh ? undefined : cachedSizes().find((size) => size >= n)
  if (cached !== undefined) {
    const lines = splitLines(readFileSync(cacheFile(cached)))
    if (lines.length === cached + 2 * PARTNERS) {
      const part = cached === n ? '' : `the first ${fmt(n)} offerings of `
      console.log(
        `  reusing ${part}the signed set cached in ${cacheFile(cached)} (--fresh signs anew)`,
      )
      return lines.slice(0, n + 2 * PARTNERS)
    }
  }
  const started = performance.now()
  const loader = createDocumentLoader()
  const date = new Date()
  const materials = await Promise.all(Array.from({ length: PARTNERS }, generateKeyMaterial))
  const participants: object[] = []
  for (const material of materials) {
    const key = await signingKey(material, didKeyOf(material.publicKeyMultibase))
    for (const credential of participantCredentials(key.did, partnerBase(key.did)))
      participants.push(await signCredential(credential, { key, loader, date }))
  }
  const shards = Math.min(cores(), Math.ceil(n / 1000))
  const done = new Array<number>(shards).fill(0)
  const ticker = progress(() => {
    const signed = done.reduce((a, b) => a + b, 0)
    return `signing ${fmt(signed)} / ${fmt(n)} offerings, ${fmt(signed / since(started))}/s`
  })
  const parts = await Promise.all(
    Array.from({ length: shards }, (_, k) => {
      const from = Math.floor((n * k) / shards)
      const to = Math.floor((n * (k + 1)) / shards)
      const part = `${file}.${process.pid}.${k}.part`
      return signShard(
        { materials, from, to, file: part, date: date.toISOString() },
        (d) => (done[k] = d),
      ).then(() => part)
    }),
  )
  ticker.stop()
  // written aside and renamed, so an interrupted run never leaves a partial set to reuse
  const tmp = `${file}.${process.pid}.tmp`
  writeFileSync(tmp, participants.map((p) => `${JSON.stringify(p)}\n`).join(''))
  for (const part of parts) {
    appendFileSync(tmp, readFileSync(part))
    rmSync(part)
  }
  renameSync(tmp, file)
  console.log(
    `  signed ${fmt(n)} offerings in ${since(started).toFixed(0)} s on ${shards} processes, cached in ${file}`,
  )
  return splitLines(readFileSync(file))
}

function cacheFile(n: number): string {
  return join(tmpdir(), `gxc-bench-federation-${CACHE_VERSION}-${n}.ndjson`)
}

/** The sizes of the signed sets cached under the OS temp dir, smallest first. */
function cachedSizes(): number[] {
  const name = new RegExp(`^gxc-bench-federation-${CACHE_VERSION}-(\\d+)\\.ndjson$`)
  return readdirSync(tmpdir())
    .flatMap((f) => name.exec(f)?.[1] ?? [])
    .map(Number)
    .sort((a, b) => a - b)
}

type ShardTask = {
  materials: KeyMaterial[]
  from: number
  to: number
  file: string
  /** The proofs' `created`, ISO 8601 (a Date does not cross IPC). */
  date: string
}

/** One signing process: this file forked with --shard; the bench keys go over IPC, never to disk. */
function signShard(task: ShardTask, onProgress: (done: number) => void): Promise<void> {
  const child = fork(fileURLToPath(import.meta.url), ['--shard'], {
    execArgv: process.execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  child.on('message', (message: { done: number }) => onProgress(message.done))
  child.send(task)
  return new Promise((resolve, reject) =>
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`a signing process exited with ${code}`)),
    ),
  )
}

async function runShard(): Promise<void> {
  const task = await new Promise<ShardTask>((resolve) => process.once('message', resolve))
  const loader = createDocumentLoader()
  const date = new Date(task.date)
  const keys = await Promise.all(
    task.materials.map((m) => signingKey(m, didKeyOf(m.publicKeyMultibase))),
  )
  const out = createWriteStream(task.file)
  let pending: string[] = []
  for (let i = task.from; i < task.to; i++) {
    const key = keys[i % keys.length]!
    const credential = partnerOffering(key.did, `bench-${i}`, {
      subject: { 'schema:name': `Service ${i}` },
    })
    pending.push(`${JSON.stringify(await signCredential(credential, { key, loader, date }))}\n`)
    if (pending.length === 250) {
      if (!out.write(pending.join(''))) await new Promise<void>((r) => out.once('drain', () => r()))
      pending = []
      process.send!({ done: i + 1 - task.from })
    }
  }
  await new Promise<void>((resolve) => out.end(pending.join(''), () => resolve()))
  process.send!({ done: task.to - task.from })
  process.disconnect()
}

/**
 * Untimed: the pipeline's code compiled before either phase is timed. Its caches hang off each
 * node's context, so both phases still start with theirs empty, alike.
 */
async function warmUp(lines: Buffer[]): Promise<void> {
  const started = performance.now()
  const database = openDatabase(':memory:')
  const config = parseConfig({ GXC_LOG_LEVEL: 'warn' })
  const identity = await createNodeIdentity(await generateKeyMaterial(), config.publicUrl)
  const ctx = createContext(config, { store: database.store, identity })
  for (let i = 0; i < lines.length; i += BATCH) {
    const group = lines.slice(i, i + BATCH).map((line) => JSON.parse(line.toString('utf8')))
    const presentation = { type: ['VerifiablePresentation'], verifiableCredential: group }
    if (!(await ingestCredentials(ctx, presentation, { origin: 'local' })).ok) {
      throw new Error('the warm-up was refused')
    }
  }
  database.close()
  console.log(`  warmed up on ${fmt(lines.length)} credentials in ${since(started).toFixed(1)} s`)
}

/**
 * The baseline: credentials into a node's store in-process, in feed order, in presentations of
 * 50, as a partner's submissions go through the same pipeline. The store is the source's data dir.
 */
async function openLocal(dataDir: string, port: number) {
  const config = nodeConfig(dataDir, port, {})
  const database = openDatabase(databasePath(config))
  // the node key file the source process reads at start: one identity for both
  const identity = await createNodeIdentity(await loadNodeKey(config), config.publicUrl)
  const ctx = createContext(config, {
    store: database.store,
    identity,
    logger: createLogger('bench', 'warn'),
  })
  let stored = 0
  return {
    get stored() {
      return stored
    },
    async ingest(lines: Buffer[]) {
      for (let i = 0; i < lines.length; i += BATCH) {
        const group = lines.slice(i, i + BATCH).map((line) => JSON.parse(line.toString('utf8')))
        const result = await ingestCredentials(
          ctx,
          { type: ['VerifiablePresentation'], verifiableCredential: group },
          { origin: 'local' },
        )
        if (!result.ok) {
          const codes = result.errors.map((e) => e.code).join(', ')
          throw new Error(`local ingest refused the presentation at ${stored}: ${codes}`)
        }
        if (result.accepted.some((a) => !a.created)) {
          throw new Error(`credentials at ${stored} were already held`)
        }
        stored += group.length
      }
    },
    close: () => database.close(),
  }
}

/**
 * An empty follower that registers the source through the operator API, then catches up with
 * it: POST /api/v1/admin/peers/{id}/sync until lag 0. One sync pulls at most
 * GXC_SYNC_MAX_EVENTS, set far past N here.
 */
async function openFollower(sourceUrl: string, dataDir: string) {
  const token = `bench-${crypto.randomUUID()}-${crypto.randomUUID()}`
  const config = nodeConfig(dataDir, await freePort(), {
    GXC_ADMIN_TOKEN: token,
    GXC_SYNC_INTERVAL_MS: '0',
    GXC_SYNC_MAX_EVENTS: '10000000',
  })
  const database = openDatabase(databasePath(config))
  const identity = await createNodeIdentity(await loadNodeKey(config), config.publicUrl)
  const ctx: AppContext = createContext(config, {
    store: database.store,
    identity,
    logger: createLogger('gxc', 'warn'),
  })
  // the sync fetches its pages only through ctx.peerClient: timed here, src/ untouched
  const pulls = { ms: 0, pages: 0 }
  const peerClient = ctx.peerClient
  ctx.peerClient = async (url) => {
    const start = performance.now()
    try {
      return await peerClient(url)
    } finally {
      pulls.ms += performance.now() - start
      pulls.pages++
    }
  }
  const app = createApp(ctx)
  const auth = { Authorization: `Bearer ${token}` }
  const added = await app.request('/api/v1/admin/peers', {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({ url: sourceUrl }),
  })
  if (added.status !== 201) {
    throw new Error(`registering the source answered ${added.status}: ${await added.text()}`)
  }
  const { id } = ((await added.json()) as { peer: { id: string } }).peer
  // registering read the source's description and DID document: not catch-up
  pulls.ms = 0
  pulls.pages = 0
  const totals = { accepted: 0, rejected: 0, unchanged: 0 }
  let syncs = 0
  return {
    peer: () => ctx.store.getPeer(id),
    async catchUp() {
      for (;;) {
        const res = await app.request(`/api/v1/admin/peers/${id}/sync`, {
          method: 'POST',
          headers: auth,
        })
        if (res.status !== 200)
          throw new Error(`a sync answered ${res.status}: ${await res.text()}`)
        const summary = (await res.json()) as SyncSummary
        syncs++
        for (const key of ['accepted', 'rejected', 'unchanged'] as const)
          totals[key] += summary[key]
        if (summary.error) throw new Error(`the sync stopped: ${summary.error}`)
        if (summary.lag === 0) return
        if (summary.accepted + summary.rejected + summary.unchanged === 0) {
          throw new Error(`a sync pulled nothing with lag ${summary.lag}`)
        }
      }
    },
    /** Closes the store once it is checked to hold every credential, each accepted. */
    async close(expected: number) {
      const held = (await ctx.store.counts()).credentials
      database.close()
      if (totals.accepted !== expected || held !== expected) {
        throw new Error(
          `the follower holds ${held} credentials (accepted ${totals.accepted}, rejected ${totals.rejected}, unchanged ${totals.unchanged}) of ${expected}`,
        )
      }
      return { syncs, pages: pulls.pages, fetchSeconds: pulls.ms / 1000 }
    },
  }
}

/**
 * What the sync's integrity check costs on its own: every credential hashed again (JCS +
 * SHA-256) against the event's hash, on the already parsed credentials, timed apart.
 */
async function rehash(lines: Buffer[]): Promise<number> {
  let ms = 0
  for (let i = 0; i < lines.length; i += 1000) {
    const group = lines.slice(i, i + 1000).map((l) => JSON.parse(l.toString('utf8')) as object)
    const start = performance.now()
    for (const credential of group) await credentialHash(credential)
    ms += performance.now() - start
  }
  return ms / 1000
}

function print(f: Figures) {
  const c = f.catchUp
  const pct = (s: number) => `${((100 * s) / c.seconds).toFixed(1)} %`
  const other = c.applySeconds - c.rehashSeconds - f.local.seconds
  const rounds = slices(f.credentials, f.slice)
  const row = (label: string, value: string) => console.log(`  ${label.padEnd(56)}${value}`)
  console.log()
  console.log(
    `federation catch-up, ${fmt(f.credentials)} credentials (${fmt(f.n)} Loire offerings + ${2 * PARTNERS} participant credentials), ${f.cores} cores` +
      (rounds > 1 ? `, ${rounds} alternating slices of ${fmt(f.slice)}` : ''),
  )
  row(
    `local ingest (presentations of ${BATCH}, file store)`,
    `${fmt(f.local.perSecond).padStart(6)} credentials/s  (${f.local.seconds.toFixed(1)} s)`,
  )
  row(
    `catch-up from a peer node (pages of ${PAGE}, batches of ${BATCH})`,
    `${fmt(c.perSecond).padStart(6)} credentials/s  (${c.seconds.toFixed(1)} s, ${c.syncs} sync${c.syncs === 1 ? '' : 's'}, ${fmt(c.pages)} pages)`,
  )
  row(
    'ratio catch-up / local',
    `${f.ratio.toFixed(2).padStart(6)}  (goal ≥ ${GOAL.toFixed(2)}: ${f.met ? 'met' : 'NOT met'})`,
  )
  console.log('  where catch-up time goes:')
  row(
    '  fetching pages (GET, the source answering, JSON.parse)',
    `${c.fetchSeconds.toFixed(1).padStart(6)} s  ${pct(c.fetchSeconds)}, the source's CPU ${c.sourceCpuSeconds?.toFixed(1) ?? 'n/a'} s`,
  )
  row(
    '  applying them (hash check, ingest, cursor)',
    `${c.applySeconds.toFixed(1).padStart(6)} s  ${pct(c.applySeconds)}, of which:`,
  )
  row(
    '    ingest, at the local rate',
    `${f.local.seconds.toFixed(1).padStart(6)} s  ${pct(f.local.seconds)}`,
  )
  row(
    '    re-hashing each credential (timed apart)',
    `${c.rehashSeconds.toFixed(1).padStart(6)} s  ${pct(c.rehashSeconds)}`,
  )
  row('    the rest, by difference', `${other.toFixed(1).padStart(6)} s  ${pct(other)}`)
  // CPU time per credential moves less than wall time when other jobs share the cores
  row(
    'CPU time, local / catch-up (follower + source)',
    `${f.cpuRatio.toFixed(2).padStart(6)}  (${f.local.cpuSeconds.toFixed(1)} s / ${c.cpuSeconds.toFixed(1)} + ${c.sourceCpuSeconds?.toFixed(1) ?? 'n/a'} s)`,
  )
  row(
    'cores used by this process, local | catch-up',
    `${(f.local.cpuSeconds / f.local.seconds).toFixed(2).padStart(6)} | ${(c.cpuSeconds / c.seconds).toFixed(2)}`,
  )
  row(
    'load average (1 min) after the slices, min–max',
    `${Math.min(...f.load)
      .toFixed(1)
      .padStart(6)}–${Math.max(...f.load).toFixed(1)}`,
  )
}

/** A node's configuration as the entry reads it from its environment. */
function nodeConfig(dataDir: string, port: number, env: Record<string, string>): Config {
  mkdirSync(dataDir, { recursive: true })
  return parseConfig({
    GXC_HOST: '127.0.0.1',
    GXC_PORT: String(port),
    GXC_DATA_DIR: dataDir,
    GXC_SEED: 'false',
    GXC_RATE_LIMIT: 'off',
    GXC_LOG_LEVEL: 'warn',
    ...env,
  })
}

/**
 * A status line on stderr while a phase runs: redrawn in place on a terminal, else a line every
 * few seconds so a CI log shows the run is alive without filling up.
 */
function progress(status: () => string | Promise<string>): { stop(): void } {
  const tty = process.stderr.isTTY
  let busy = false
  const timer = setInterval(
    () => {
      if (busy) return
      busy = true
      void Promise.resolve(status())
        .then((line) => process.stderr.write(tty ? `\r\x1b[2K${line}` : `${line}\n`))
        .catch(() => undefined)
        .finally(() => (busy = false))
    },
    tty ? PROGRESS_TTY_MS : PROGRESS_LOG_MS,
  )
  return {
    stop() {
      clearInterval(timer)
      if (tty) process.stderr.write('\r\x1b[2K')
    },
  }
}

type CpuProfile = {
  nodes: {
    id: number
    callFrame: { functionName: string; url: string }
    children?: number[]
  }[]
  samples?: number[]
  timeDeltas?: number[]
}
type Profiler = {
  start(): Promise<void>
  stop(name: string): Promise<void>
  print(): Promise<void>
}

/**
 * V8's sampling profiler over each phase (inspector, this process). Both phases handle the same
 * credentials through the same pipeline, so the places where catch-up spends more than local
 * ingest are its overhead.
 */
async function startProfiler(dir: string): Promise<Profiler> {
  mkdirSync(dir, { recursive: true })
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.setSamplingInterval', { interval: 1000 })
  const phases = new Map<string, Analysis>()
  const files = new Map<string, number>()
  return {
    start: () => session.post('Profiler.start'),
    async stop(name) {
      const { profile } = await session.post('Profiler.stop')
      const k = (files.get(name) ?? 0) + 1
      files.set(name, k)
      writeFileSync(join(dir, `${name}-${k}.cpuprofile`), JSON.stringify(profile))
      const slice = analyse(profile as CpuProfile)
      const phase = phases.get(name) ?? { self: new Map(), inclusive: new Map() }
      for (const key of ['self', 'inclusive'] as const) {
        for (const [row, us] of slice[key]) phase[key].set(row, (phase[key].get(row) ?? 0) + us)
      }
      phases.set(name, phase)
    },
    async print() {
      session.disconnect()
      const names = [...phases.keys()]
      for (const [title, pick] of [
        ['self time by place', (a: Analysis) => a.self],
        ['inclusive time of src/ functions', (a: Analysis) => a.inclusive],
      ] as const) {
        const rows = new Set(names.flatMap((name) => [...pick(phases.get(name)!).keys()]))
        const seconds = (name: string, row: string) => (pick(phases.get(name)!).get(row) ?? 0) / 1e6
        const sorted = [...rows]
          .map((row) => ({ row, s: names.map((name) => seconds(name, row)) }))
          .sort((a, b) => Math.max(...b.s) - Math.max(...a.s))
          .slice(0, 25)
        console.log()
        console.log(`  profile, ${title}, seconds: ${names.join(', ')}, difference  (${dir})`)
        for (const { row, s } of sorted) {
          const diff = (s.at(-1)! - s[0]!).toFixed(1)
          console.log(
            `    ${[...s.map((v) => v.toFixed(1)), diff].map((v) => v.padStart(7)).join('')}  ${row}`,
          )
        }
      }
    },
  }
}

type Analysis = { self: Map<string, number>; inclusive: Map<string, number> }

/** Microseconds per place (package, src file, V8 state) and per src/ function on the stack. */
function analyse(profile: CpuProfile): Analysis {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id)
  const frames = new Map<number, string[]>()
  const srcFrames = (id: number): string[] => {
    const known = frames.get(id)
    if (known) return known
    const node = byId.get(id)!
    const up = parent.has(id) ? srcFrames(parent.get(id)!) : []
    const place = placeOf(node.callFrame.url)
    const here = place.startsWith('src/')
      ? `${place} ${node.callFrame.functionName || '(anonymous)'}`
      : undefined
    const list = here && !up.includes(here) ? [...up, here] : up
    frames.set(id, list)
    return list
  }
  const self = new Map<string, number>()
  const inclusive = new Map<string, number>()
  const samples = profile.samples ?? []
  const deltas = profile.timeDeltas ?? []
  for (let i = 0; i < samples.length; i++) {
    // a delta is the time since the previous sample: the next one measures this sample
    const us = deltas[i + 1] ?? 0
    const node = byId.get(samples[i]!)!
    const { functionName, url } = node.callFrame
    // V8's states are parenthesised already; other frames without a URL are native functions
    const place = url
      ? placeOf(url)
      : functionName.startsWith('(')
        ? functionName
        : `(native) ${functionName || '(anonymous)'}`
    self.set(place, (self.get(place) ?? 0) + us)
    for (const frame of srcFrames(node.id)) inclusive.set(frame, (inclusive.get(frame) ?? 0) + us)
  }
  return { self, inclusive }
}

/** An npm package, a file of this repository, or a node: built-in. */
function placeOf(url: string): string {
  const path = url.startsWith('file://') ? fileURLToPath(url) : url
  const modules = path.lastIndexOf('/node_modules/')
  if (modules >= 0) {
    const [scope, name] = path.slice(modules + '/node_modules/'.length).split('/')
    return `npm ${scope?.startsWith('@') ? `${scope}/${name}` : scope}`
  }
  return path.startsWith(ROOT) ? relative(ROOT, path) : path
}

/** User + system CPU of another process from /proc (Linux), in seconds; null elsewhere. */
function processCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) / clockTicks()
  } catch {
    return null
  }
}

let ticks: number | undefined
function clockTicks(): number {
  if (ticks === undefined) {
    try {
      ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
    } catch {
      ticks = 100
    }
  }
  return ticks
}

function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1e6
}

function splitLines(buffer: Buffer): Buffer[] {
  const lines: Buffer[] = []
  let from = 0
  for (let at = buffer.indexOf(10); at >= 0; at = buffer.indexOf(10, from)) {
    if (at > from) lines.push(buffer.subarray(from, at))
    from = at + 1
  }
  if (from < buffer.length) lines.push(buffer.subarray(from))
  return lines
}

function slices(credentials: number, slice: number): number {
  return Math.max(1, Math.floor(credentials / slice))
}

function perSecond(count: number, seconds: number): string {
  return seconds > 0 ? `${fmt(count / seconds)}/s` : '–/s'
}

function since(start: number): number {
  return (performance.now() - start) / 1000
}

function cores(): number {
  return availableParallelism()
}

function fmt(value: number): string {
  return Math.round(value).toLocaleString('en-US')
}

if (values.shard) await runShard()
else await main()
