// npm run bench:load [-- --clients 50 --seconds 60 --offerings 3000]
// The Node entry under mixed load: a child process on a temp data dir, seeded with Bleu's
// catalogue plus bulk partner offerings so search has work, then concurrent clients for a while,
// each a partner of its own, mixing search, offering detail, dry-run validation and submissions
// (a fresh challenge each). Reports per kind count, errors, 5xx, p50/p99 latency and requests/s,
// and the node's RSS; exits non-zero on any 5xx or error. Plain fetch (undici's keep-alive pool).
import { rmSync, mkdtempSync, readFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import {
  newHttpPartner,
  offeringIdOf,
  onboardOverHttp,
  presentOverHttp,
  signedOffering,
  type JwtSigner,
  type Reply,
} from '../test/helpers/http-partner.js'
import { killAllNodes, startNode, type NodeProcess } from '../test/helpers/node-process.js'
import { vpJwt } from '../test/helpers/vc-jwt.js'

const USAGE = `usage: npx tsx bench/load.ts [--clients 50] [--seconds 60] [--offerings 3000]
  --clients    concurrent clients, each a partner of its own (default 50)
  --seconds    how long the mixed load runs (default 60)
  --offerings  bulk offerings ingested before the load, besides the seed (default 3000)`

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '60' },
    offerings: { type: 'string', default: '3000' },
    help: { type: 'boolean', short: 'h', default: false },
  },
})
if (values.help) {
  console.log(USAGE)
  process.exit(0)
}
const CLIENTS = Number(values.clients)
const SECONDS = Number(values.seconds)
const OFFERINGS = Number(values.offerings)
const ADMIN_TOKEN = `load-${crypto.randomUUID()}-${crypto.randomUUID()}`
const BULK_PARTNERS = 10
const PER_PRESENTATION = 50
const RSS_SAMPLE_MS = 250

// Each client draws its next request from this mix (weights): mostly buyers, some partners.
const MIX = { search: 55, detail: 20, validate: 10, submit: 15 } as const
type Kind = keyof typeof MIX | 'challenge'
const EXPECTED: Record<Kind, number> = {
  search: 200,
  detail: 200,
  validate: 200,
  submit: 201,
  challenge: 201,
}

const WORDS = [
  'analytique',
  'stockage',
  'sauvegarde',
  'calcul',
  'conteneurs',
  'kubernetes',
  'données',
  'sécurité',
  'identité',
  'messagerie',
  'collaboration',
  'archivage',
  'santé',
  'réseau',
  'intelligence',
  'artificielle',
  'souverain',
  'hébergement',
  'supervision',
  'postgres',
  'analytics',
  'storage',
  'backup',
  'compute',
  'identity',
  'network',
  'monitoring',
  'secure',
]

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'gxc-load-'))
  let node: NodeProcess | undefined
  try {
    console.log(`load: ${CLIENTS} clients for ${SECONDS} s, ${availableParallelism()} cores`)
    let started = performance.now()
    node = await startNode({
      dataDir,
      readyTimeoutMs: 120_000,
      env: {
        GXC_SEED: 'true',
        GXC_LOG_LEVEL: 'warn',
        GXC_ONBOARDING: 'open',
        GXC_ADMIN_TOKEN: ADMIN_TOKEN,
        GXC_RATE_LIMIT: 'off',
      },
    })
    console.log(
      `  node started and seeded in ${seconds(started)} s, VmRSS ${mib(memory(node.pid).rss)} MiB`,
    )

    started = performance.now()
    const { ids: bulkIds, providers } = await ingestBulk(node.url)
    console.log(
      `  ${bulkIds.length} bulk offerings ingested in ${seconds(started)} s, VmRSS ${mib(memory(node.pid).rss)} MiB`,
    )
    const seeded = (await (await fetch(`${node.url}/api/v1/offerings?limit=100`)).json()) as {
      items: { id: string }[]
    }
    const offeringIds = [...seeded.items.map((i) => i.id), ...bulkIds]

    started = performance.now()
    const partners = await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        const partner = await newHttpPartner()
        const reply = await onboardOverHttp(node!.url, partner)
        if (reply.status !== 201) throw new Error(`onboarding answered ${reply.status}`)
        return partner
      }),
    )
    // what validation checks: Data Integrity credentials, canonicalised and verified by the node
    const samples = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        signedOffering(partners[i % partners.length]!, `sample-${i}`, 'data-integrity', {
          subject: { 'gx:keyword': pick(WORDS, 3) },
        }),
      ),
    )
    console.log(`  ${CLIENTS} partners onboarded in ${seconds(started)} s`)

    const stats = new Stats()
    const rss = { start: memory(node.pid), max: memory(node.pid), end: memory(node.pid) }
    const sampler = setInterval(() => {
      const now = memory(node!.pid)
      rss.max = { rss: Math.max(rss.max.rss, now.rss), anon: Math.max(rss.max.anon, now.anon) }
    }, RSS_SAMPLE_MS)
    const deadline = performance.now() + SECONDS * 1000
    started = performance.now()
    await Promise.all(
      partners.map((partner, c) =>
        runClient({
          url: node!.url,
          partner,
          client: c,
          deadline,
          stats,
          offeringIds,
          providers,
          samples,
        }),
      ),
    )
    const elapsed = (performance.now() - started) / 1000
    clearInterval(sampler)
    rss.end = memory(node.pid)
    rss.max = {
      rss: Math.max(rss.max.rss, rss.end.rss),
      anon: Math.max(rss.max.anon, rss.end.anon),
    }

    stats.print(elapsed)
    // VmRSS counts the database pages SQLite maps (mmap_size); RssAnon is the heap and stacks
    for (const [name, field] of [
      ['VmRSS', 'rss'],
      ['RssAnon', 'anon'],
    ] as const) {
      console.log(
        `  node ${name.padEnd(8)} start ${mib(rss.start[field])} MiB, end ${mib(rss.end[field])} MiB, max ${mib(rss.max[field])} MiB`,
      )
    }
    const warnings = node.stderr().trim()
    if (warnings) console.log(`  node stderr:\n${warnings.split('\n').slice(0, 20).join('\n')}`)
    const exit = await node.stop()
    node = undefined
    if (exit.code !== 0) console.log(`  node exited with ${JSON.stringify(exit)}`)
    if (stats.failed() || exit.code !== 0) process.exitCode = 1
  } finally {
    killAllNodes()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/** Offerings from a few bulk partners, with varied names, keywords and text, 50 a presentation. */
async function ingestBulk(url: string): Promise<{ ids: string[]; providers: string[] }> {
  const partners = await Promise.all(Array.from({ length: BULK_PARTNERS }, newHttpPartner))
  for (const partner of partners) {
    const reply = await onboardOverHttp(url, partner)
    if (reply.status !== 201) throw new Error(`bulk onboarding answered ${reply.status}`)
  }
  const batches: { partner: JwtSigner; slugs: string[] }[] = []
  for (let i = 0; i < OFFERINGS; i += PER_PRESENTATION) {
    const partner = partners[batches.length % BULK_PARTNERS]!
    const count = Math.min(PER_PRESENTATION, OFFERINGS - i)
    batches.push({ partner, slugs: Array.from({ length: count }, (_, j) => `bulk-${i + j}`) })
  }
  const ids: string[] = []
  const worker = async () => {
    for (let batch = batches.shift(); batch; batch = batches.shift()) {
      const credentials = await Promise.all(
        batch.slugs.map((slug) => signedOffering(batch!.partner, slug, 'vc-jwt', variety(slug))),
      )
      const reply = await presentOverHttp(url, '/api/v1/submissions', batch.partner, credentials)
      if (reply.status !== 201) throw new Error(`bulk submission answered ${reply.status}`)
      ids.push(...batch.slugs.map((slug) => offeringIdOf(batch!.partner, slug)))
    }
  }
  await Promise.all(Array.from({ length: 4 }, worker))
  return { ids, providers: partners.map((p) => p.did) }
}

function variety(slug: string) {
  const [a, b, c] = pick(WORDS, 3)
  return {
    subject: {
      'schema:name': `${capitalise(a!)} ${b} ${slug}`,
      'schema:description': `Service ${a} et ${b} hébergé en France, ${c} inclus. ${pick(WORDS, 6).join(' ')}.`,
      'gx:keyword': [a, b, c],
    },
  }
}

type ClientOptions = {
  url: string
  partner: JwtSigner
  client: number
  deadline: number
  stats: Stats
  offeringIds: string[]
  providers: string[]
  samples: object[]
}

async function runClient(o: ClientOptions): Promise<void> {
  let submitted = 0
  const kinds = Object.entries(MIX).flatMap(([kind, weight]) => Array(weight).fill(kind) as Kind[])
  while (performance.now() < o.deadline) {
    const kind = kinds[Math.floor(Math.random() * kinds.length)]!
    if (kind === 'search') {
      await o.stats.time('search', () => get(`${o.url}/api/v1/offerings?${searchQuery(o)}`))
    } else if (kind === 'detail') {
      const id = o.offeringIds[Math.floor(Math.random() * o.offeringIds.length)]!
      await o.stats.time('detail', () => get(`${o.url}/api/v1/offerings/${encodeURIComponent(id)}`))
    } else if (kind === 'validate') {
      const sample = o.samples[Math.floor(Math.random() * o.samples.length)]!
      await o.stats.time('validate', () =>
        send(`${o.url}/api/v1/validate`, 'application/json', JSON.stringify(sample)),
      )
    } else {
      // 1–3 new offerings, signed now, presented with a fresh challenge
      const slugs = Array.from(
        { length: 1 + (submitted % 3) },
        (_, i) => `c${o.client}-${submitted}-${i}`,
      )
      submitted++
      const credentials = await Promise.all(
        slugs.map((slug) => signedOffering(o.partner, slug, 'vc-jwt', variety(slug))),
      )
      const challenge = await o.stats.time('challenge', async () => {
        const res = await fetch(`${o.url}/api/v1/challenges`, { method: 'POST' })
        return { status: res.status, body: await res.json() }
      })
      if (challenge?.status !== 201) continue
      const reply = await o.stats.time('submit', () =>
        presentWith(o.url, o.partner, credentials, challenge.body),
      )
      if (reply?.status === 201) o.offeringIds.push(...slugs.map((s) => offeringIdOf(o.partner, s)))
    }
  }
}

async function presentWith(
  url: string,
  partner: JwtSigner,
  credentials: object[],
  challenge: { challenge: string; domain: string },
): Promise<Reply> {
  return send(
    `${url}/api/v1/submissions`,
    'application/vp+jwt',
    await vpJwt(partner, credentials, challenge),
  )
}

function searchQuery(o: ClientOptions): string {
  const params = new URLSearchParams()
  const roll = Math.random()
  if (roll < 0.5) params.set('q', pick(WORDS, 1)[0]!)
  else if (roll < 0.6) params.set('q', `${pick(WORDS, 1)[0]!.slice(0, 4)}*`)
  else if (roll < 0.7) params.set('q', `"${pick(WORDS, 2).join(' ')}"`)
  if (Math.random() < 0.3) params.append('keyword', pick(WORDS, 1)[0]!)
  if (Math.random() < 0.2) params.append('provider', pick(o.providers, 1)[0]!)
  if (Math.random() < 0.2) params.append('country', 'FR')
  if (Math.random() < 0.1) params.append('certification', 'SecNumCloud')
  if (Math.random() < 0.1) params.append('type', 'gx:ServiceOffering')
  if (Math.random() < 0.2) params.set('sort', Math.random() < 0.5 ? 'name' : '-updated')
  if (Math.random() < 0.2) params.set('facets', 'provider,type')
  params.set('limit', String([10, 20, 50][Math.floor(Math.random() * 3)]))
  return params.toString()
}

async function get(url: string): Promise<Reply> {
  const res = await fetch(url)
  return { status: res.status, body: await res.json() }
}

async function send(url: string, type: string, body: string): Promise<Reply> {
  const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': type }, body })
  return { status: res.status, body: await res.json() }
}

class Stats {
  private readonly latencies = new Map<Kind, number[]>()
  private readonly errors = new Map<Kind, number>()
  private readonly serverErrors = new Map<Kind, number>()
  private readonly samples: string[] = []

  /** Times one request; an unexpected status or a failed request counts as an error. */
  async time(kind: Kind, request: () => Promise<Reply>): Promise<Reply | undefined> {
    const start = performance.now()
    let reply: Reply | undefined
    try {
      reply = await request()
    } catch (error) {
      this.fail(kind, `${kind}: ${String(error)}`)
      return undefined
    }
    const list = this.latencies.get(kind) ?? []
    list.push(performance.now() - start)
    this.latencies.set(kind, list)
    if (reply.status >= 500) this.serverErrors.set(kind, (this.serverErrors.get(kind) ?? 0) + 1)
    if (reply.status !== EXPECTED[kind]) {
      this.fail(kind, `${kind}: ${reply.status} ${JSON.stringify(reply.body).slice(0, 300)}`)
    }
    return reply
  }

  failed(): boolean {
    return this.samples.length > 0
  }

  print(elapsed: number): void {
    const kinds = Object.keys(EXPECTED) as Kind[]
    const total = kinds.reduce((n, kind) => n + (this.latencies.get(kind)?.length ?? 0), 0)
    console.log()
    console.log('  kind        count  errors  5xx    p50 ms   p99 ms   req/s')
    for (const kind of kinds) {
      const list = (this.latencies.get(kind) ?? []).sort((a, b) => a - b)
      console.log(
        `  ${kind.padEnd(10)}${String(list.length).padStart(7)}${String(this.errors.get(kind) ?? 0).padStart(8)}` +
          `${String(this.serverErrors.get(kind) ?? 0).padStart(5)}${quantile(list, 0.5).padStart(10)}` +
          `${quantile(list, 0.99).padStart(9)}${(list.length / elapsed).toFixed(1).padStart(8)}`,
      )
    }
    console.log(
      `  all       ${String(total).padStart(7)} in ${elapsed.toFixed(1)} s: ${(total / elapsed).toFixed(1)} requests/s`,
    )
    if (this.samples.length)
      console.log(`  first errors:\n    ${this.samples.slice(0, 5).join('\n    ')}`)
  }

  private fail(kind: Kind, sample: string): void {
    this.errors.set(kind, (this.errors.get(kind) ?? 0) + 1)
    this.samples.push(sample)
  }
}

function quantile(sorted: number[], q: number): string {
  if (sorted.length === 0) return '-'
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1)
}

function pick<T>(list: T[], n: number): T[] {
  return Array.from({ length: n }, () => list[Math.floor(Math.random() * list.length)]!)
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/** The node's resident set and its anonymous part in KiB, from /proc (Linux); NaN elsewhere. */
function memory(pid: number): { rss: number; anon: number } {
  let status = ''
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8')
  } catch {
    // not Linux, or the node is gone
  }
  const field = (name: string) =>
    Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN)
  return { rss: field('VmRSS'), anon: field('RssAnon') }
}

function mib(kib: number): string {
  return Number.isNaN(kib) ? 'n/a' : (kib / 1024).toFixed(0)
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1)
}

await main()
