// npm run bench, or: tsx bench/search.ts [--n 100000] [--million] [--seconds 5] [--concurrency 16]
//   [--rounds 200] [--keep] [--db <kept catalogue.db>]
// Search latency through searchOfferings over generated catalogues (100k, and 1M with
// --million), for a fixed mix, against a LIKE-scan baseline on the same database in the same run;
// then HTTP throughput of GET /api/v1/offerings for the same mix on @hono/node-server, driven by
// autocannon from a process of its own over loopback. Generation writes the index rows directly
// (one transaction, the search triggers replaced by one bulk rebuild): the bench measures search,
// not ingest.
//
// A second mix searches in the buyer's words (certifications and kinds of service by their usual
// names, a provider by name, an eligible label level, a misspelt query answered with suggestions),
// measured the same way and reported apart, so that its cost is visible without moving the figures
// of the first mix.
//
// Search keeps answers per catalogue version (search-store.ts), so every figure comes twice:
// "cold" is a store that keeps nothing, which is what any search costs the first time after a
// write; "warm" is the node's store, answering the same searches again. The targets are judged on
// the cold figures; the LIKE baseline keeps nothing either.
import { serve } from '@hono/node-server'
import type Database from 'better-sqlite3'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { availableParallelism, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import { createApp } from '../src/app.js'
import { searchOfferings, type SearchQuery, type SearchSource } from '../src/catalogue/search.js'
import { parseConfig } from '../src/config.js'
import { createContext } from '../src/context.js'
import { createNodeIdentity } from '../src/credentials/did/identity.js'
import { generateKeyMaterial } from '../src/credentials/did/keys.js'
import type { NodeDatabase } from '../src/entry/node-runtime.js'
import { hardenIntrinsics } from '../src/harden.js'
import { createLogger } from '../src/logger.js'
import { schema } from '../src/store/schema.js'
import { searchStore } from '../src/store/search-store.js'
import { generate, reopen, type Terms } from './catalogue.js'
import { startEntry } from './entry.js'
import { benchFigures } from './figures.js'
import { ms, pct } from './sampling.js'

// as the entries run the node (src/harden.ts)
hardenIntrinsics()

const { values: args } = parseArgs({
  options: {
    n: { type: 'string', default: '100000' },
    million: { type: 'boolean', default: false },
    seconds: { type: 'string', default: '5' },
    concurrency: { type: 'string', default: '16' },
    rounds: { type: 'string', default: '200' },
    keep: { type: 'boolean', default: false },
    db: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
})
const TARGET_P99_MS: Record<number, number> = { 100_000: 10, 1_000_000: 50 }
const TARGET_RATIO = 10
const TARGET_RPS = 3000
/** The first search after a write computes every answer: the issue asks a third of the rate. */
const TARGET_COLD_RPS = 1000

type MixItem = { name: string; query: SearchQuery; likeAfter?: { name: string; id: string } }

async function main() {
  const sizes = [Number(args.n), ...(args.million ? [1_000_000] : [])]
  console.log(`search bench: ${availableParallelism()} cores, Node ${process.version}`)
  const run = benchFigures('search')
  for (const size of sizes) await benchSize(size, run)
  run.write()
}

async function benchSize(requested: number, run: ReturnType<typeof benchFigures>) {
  const dir = args.db ? dirname(args.db) : mkdtempSync(join(tmpdir(), 'gxc-search-bench-'))
  const { database, terms, seconds } = args.db
    ? reopen(args.db)
    : generate(requested, join(dir, 'catalogue.db'))
  // a reopened catalogue is as large as it was generated, whatever --n says
  const size = args.db
    ? (database.sqlite.prepare('SELECT count(*) AS n FROM offering').get() as { n: number }).n
    : requested
  writeFileSync(join(dir, 'terms.json'), JSON.stringify(terms))
  console.log()
  console.log(
    `${fmt(size)} offerings ${args.db ? 'reopened' : 'generated'} in ${seconds.toFixed(1)} s; terms: ${JSON.stringify(terms)}`,
  )
  // as the entry does once it listens: until then, facets are counted in SQLite
  const loadStart = performance.now()
  await database.facetMirror?.load()
  console.log(
    `  the facet mirror loaded in ${((performance.now() - loadStart) / 1000).toFixed(2)} s`,
  )
  const mix = await mixFor(database, terms)
  const cold = uncached(database)

  const rounds = Math.max(5, Math.round(Number(args.rounds) * (100_000 / size)))
  const coldTimes = await measure(mix, rounds, (item) => searchOfferings(cold, item.query))
  const warmTimes = await measure(mix, rounds, (item) =>
    searchOfferings(database.store, item.query),
  )
  const baseline = await measure(mix, Math.max(3, Math.round(rounds / 20)), (item) =>
    likeSearch(database.sqlite, item.query, item.likeAfter),
  )

  console.log()
  console.log(`latency at ${fmt(size)} (ms); cold = computed, warm = kept answer`)
  console.log(
    `  ${''.padEnd(24)}  cold p50  cold p99 | warm p50  warm p99 | LIKE p50  LIKE p99 | LIKE÷cold p50  p99`,
  )
  const row = (name: string, a: number[], w: number[], b: number[]) =>
    console.log(
      `  ${name.padEnd(24)} ${ms(pct(a, 50))}  ${ms(pct(a, 99))} | ${ms(pct(w, 50))}  ${ms(pct(w, 99))} | ${ms(pct(b, 50))}  ${ms(pct(b, 99))} | ${ratio(pct(b, 50), pct(a, 50)).padStart(12)} ${ratio(pct(b, 99), pct(a, 99)).padStart(5)}`,
    )
  for (const item of mix) {
    row(item.name, coldTimes.get(item.name)!, warmTimes.get(item.name)!, baseline.get(item.name)!)
  }
  const all = [...coldTimes.values()].flat()
  const allWarm = [...warmTimes.values()].flat()
  const allBaseline = [...baseline.values()].flat()
  row('whole mix', all, allWarm, allBaseline)

  const words = wordsMixFor(database)
  const wordsCold = await measure(words, rounds, (item) => searchOfferings(cold, item.query))
  const wordsWarm = await measure(words, rounds, (item) =>
    searchOfferings(database.store, item.query),
  )
  console.log()
  console.log(`the buyer's words at ${fmt(size)} (ms): cold = computed, warm = kept answer`)
  console.log(`  ${''.padEnd(44)}  cold p50  cold p99 | warm p50  warm p99 | found`)
  for (const item of words) {
    const c = wordsCold.get(item.name)!
    const w = wordsWarm.get(item.name)!
    const found = await searchOfferings(database.store, item.query)
    const total = `${found.totalExact ? '' : '≥'}${fmt(found.total)}${found.suggestions.length ? ` (+${found.suggestions.length} suggestions)` : ''}`
    console.log(
      `  ${item.name.padEnd(44)} ${ms(pct(c, 50))}  ${ms(pct(c, 99))} | ${ms(pct(w, 50))}  ${ms(pct(w, 99))} | ${total}`,
    )
  }

  const http = await throughput(database, mix)
  http.push(...(await entryThroughput(dir, mix)))
  const target = TARGET_P99_MS[size] ?? 10
  const p99 = pct(all, 99)
  const p50Ratio = pct(allBaseline, 50) / pct(all, 50)
  const p99Ratio = pct(allBaseline, 99) / p99
  const met = (ok: boolean) => (ok ? 'met' : 'NOT met')
  const at = `at ${fmt(size)}`
  const latency = (name: string, value: number) =>
    run.add({ name: `${name} ${at}, cold p99`, value, unit: 'ms', better: 'lower', target })
  console.log()
  console.log(`targets ${at} (judged cold, i.e. the first search after a write):`)
  console.log(
    `  p99 of the mix ≤ ${target} ms: ${p99.toFixed(1)} ms, ${met(latency('whole mix', p99))} (warm: ${pct(allWarm, 99).toFixed(2)} ms)`,
  )
  for (const item of mix) {
    const itemP99 = pct(coldTimes.get(item.name)!, 99)
    console.log(
      `    ${item.name.padEnd(24)} ${itemP99.toFixed(1).padStart(7)} ms  ${met(latency(item.name, itemP99))}`,
    )
  }
  const ratioMet = (name: string, value: number) =>
    run.add({ name: `${name} ${at}`, value, unit: '×', better: 'higher', target: TARGET_RATIO })
  console.log(
    `  ≥ ${TARGET_RATIO}× the LIKE baseline of this run: p50 ${p50Ratio.toFixed(1)}× ${met(ratioMet('LIKE ÷ cold, p50', p50Ratio))}, p99 ${p99Ratio.toFixed(1)}× ${met(ratioMet('LIKE ÷ cold, p99', p99Ratio))}`,
  )
  const wordsP99 = pct([...wordsCold.values()].flat(), 99)
  console.log(
    `  the buyer's words, p99 ≤ ${target} ms (not part of the mix above): ${wordsP99.toFixed(1)} ms, ${met(latency("the buyer's words", wordsP99))}`,
  )
  const ceiling = http.find(([label]) => label.startsWith('GET /healthz'))?.[1] ?? NaN
  for (const [label, rps] of http) {
    const harness = label.startsWith('GET /healthz')
    const wanted = label.includes('cold') ? TARGET_COLD_RPS : TARGET_RPS
    const rate = run.add({
      name: `${label} ${at}`,
      value: rps,
      unit: 'requests/s',
      better: 'higher',
      ...(harness ? {} : { target: wanted }),
    })
    const status = harness ? 'the ceiling of this harness' : met(rate)
    console.log(
      `  ${harness ? '' : `≥ ${fmt(wanted)} requests/s, `}${label}: ${fmt(Math.round(rps))} (${((100 * rps) / ceiling).toFixed(0)}% of /healthz)  ${status}`,
    )
  }
  database.close()
  if (args.keep || args.db) console.log(`  database kept at ${join(dir, 'catalogue.db')}`)
  else rmSync(dir, { recursive: true, force: true })
}

/** The same search, on a store that keeps no answer: what each search costs after a write. */
function uncached(database: NodeDatabase): SearchSource {
  const store = searchStore(drizzle(database.sqlite, { schema }), {
    cacheSize: 0,
    facetMirror: database.facetMirror,
  })
  return {
    findOfferings: (plan) => store.findOfferings(plan),
    participantsByIds: (ids) => database.store.participantsByIds(ids),
    termsNear: (word) => store.termsNear(word),
  }
}

/** The fixed mix; the paged item continues from the first page of the same search. */
async function mixFor(database: NodeDatabase, terms: Terms): Promise<MixItem[]> {
  const paged: SearchQuery = { q: terms.medium, limit: 20, facets: [] }
  const first = await searchOfferings(database.store, paged)
  return [
    {
      name: `selective "${terms.selective}"`,
      query: { q: terms.selective, limit: 20, facets: [] },
    },
    { name: `broad "${terms.broad}"`, query: { q: terms.broad, limit: 20, facets: [] } },
    { name: `faceted "${terms.medium}"`, query: { q: terms.medium, limit: 20 } },
    {
      name: 'filtered DE+C5+compute',
      query: {
        country: ['DE'],
        certification: ['C5'],
        type: ['gx:ComputeServiceOffering'],
        limit: 20,
        facets: [],
      },
    },
    {
      name: `paged "${terms.medium}" p2`,
      query: { ...paged, cursor: first.next ?? undefined },
      likeAfter: likeSearch(database.sqlite, paged).items.at(19) as { name: string; id: string },
    },
  ]
}

/**
 * Searches as buyers type them (issue 12): a certification by its name and by its French
 * phrasing, a kind of service, a provider by name, an eligible label level, and a misspelt query
 * that finds nothing and so is answered with suggestions (each of them run too).
 */
function wordsMixFor(database: NodeDatabase): MixItem[] {
  const provider = (
    database.sqlite.prepare('SELECT name FROM participant ORDER BY id LIMIT 1').get() as {
      name: string
    }
  ).name
  const page: Pick<SearchQuery, 'limit' | 'facets'> = { limit: 20, facets: [] }
  return [
    { name: 'q "HDS"', query: { q: 'HDS', ...page } },
    {
      name: 'q "hébergement de données de santé"',
      query: { q: 'hébergement de données de santé', ...page },
    },
    { name: 'q "machine virtuelle"', query: { q: 'machine virtuelle', ...page } },
    { name: 'q "machine virtuelle", six facets', query: { q: 'machine virtuelle', limit: 20 } },
    {
      name: `provider by name "${provider}"`,
      query: { provider: [provider.toLowerCase()], ...page },
    },
    { name: 'label=eligible:L2', query: { label: ['eligible:L2'], ...page } },
    { name: 'label=eligible:L2, six facets', query: { label: ['eligible:L2'], limit: 20 } },
    {
      name: 'q "HDS" + country=FR + label=any:L2',
      query: { q: 'HDS', country: ['FR'], label: ['any:L2'], ...page },
    },
    { name: 'q "machine virtuele" (none: suggestions)', query: { q: 'machine virtuele', ...page } },
  ]
}

async function measure(
  mix: MixItem[],
  rounds: number,
  run: (item: MixItem) => Promise<unknown> | unknown,
): Promise<Map<string, number[]>> {
  const times = new Map(mix.map((item) => [item.name, [] as number[]]))
  // warms the OS page cache and the statement cache (and, on the node's store, its answers)
  for (const item of mix) await run(item)
  for (let round = 0; round < rounds; round++) {
    for (const item of mix) {
      const start = performance.now()
      await run(item)
      times.get(item.name)!.push(performance.now() - start)
    }
  }
  return times
}

/**
 * What a first implementation would write: LIKE on name and description, json_each for filters
 * and facets, name order, the same page size, total and facets.
 */
function likeSearch(
  sqlite: Database.Database,
  query: SearchQuery,
  after?: { name: string; id: string },
) {
  const where = [`o.status = 'active'`]
  const params: unknown[] = []
  if (query.q) {
    where.push(`(o.name LIKE ? OR o.description LIKE ?)`)
    params.push(`%${query.q}%`, `%${query.q}%`)
  }
  const json = (column: string, path: string | null, values: string[] | undefined) => {
    if (!values?.length) return
    const value = path ? `j.value ->> '${path}'` : 'j.value'
    where.push(
      `EXISTS (SELECT 1 FROM json_each(o.${column}) j WHERE ${value} IN (${values.map(() => '?').join(', ')}))`,
    )
    params.push(...values)
  }
  json('locations', '$.countryCode', query.country)
  json('certifications', '$.scheme', query.certification)
  // a first implementation lists the subclasses it knows by hand
  if (query.type?.includes('gx:ComputeServiceOffering')) {
    json('types', null, [
      'gx:ComputeServiceOffering',
      'gx:VirtualMachineServiceOffering',
      'gx:BareMetalServiceOffering',
      'gx:ContainerServiceOffering',
      'gx:ComputeFunctionServiceOffering',
    ])
  }
  const keyset = after ? ` AND (o.name > ? OR (o.name = ? AND o.id > ?))` : ''
  const pageParams = after ? [...params, after.name, after.name, after.id] : params
  const filter = where.join(' AND ')
  const items = sqlite
    .prepare(`SELECT o.* FROM offering o WHERE ${filter}${keyset} ORDER BY o.name, o.id LIMIT 21`)
    .all(...pageParams)
  const total = sqlite
    .prepare(`SELECT count(*) AS n FROM offering o WHERE ${filter}`)
    .get(...params)
  if (query.facets?.length === 0) return { items, total }
  const facet = (sql: string) => sqlite.prepare(sql.replace('FILTER', filter)).all(...params)
  return {
    items,
    total,
    facets: [
      facet(`SELECT o.provider_id AS value, count(*) AS n FROM offering o WHERE FILTER GROUP BY 1`),
      facet(
        `SELECT c AS value, count(*) AS n FROM (SELECT DISTINCT o.pk, j.value ->> '$.countryCode' AS c FROM offering o, json_each(o.locations) j WHERE FILTER) GROUP BY 1`,
      ),
      facet(
        `SELECT j.value AS value, count(*) AS n FROM offering o, json_each(o.types) j WHERE FILTER GROUP BY 1`,
      ),
      facet(
        `SELECT j.value ->> '$.scheme' AS value, count(*) AS n FROM offering o, json_each(o.certifications) j WHERE FILTER GROUP BY 1`,
      ),
      facet(
        `SELECT o.label_level AS value, count(*) AS n FROM offering o WHERE FILTER AND o.label_level IS NOT NULL GROUP BY 1`,
      ),
      facet(
        `SELECT j.value AS value, count(*) AS n FROM offering o, json_each(o.data_protection_regimes) j WHERE FILTER GROUP BY 1`,
      ),
    ],
  }
}

/**
 * Requests/s of the Node entry for the mix's URLs, each connection cycling through them, with
 * autocannon in a process of its own (a core of its own, as a remote client would have). The
 * same searches run on a node that keeps answers (warm) and on one that keeps none (cold), and
 * /healthz, which does nothing, gives the ceiling of this harness on this machine.
 */
async function throughput(database: NodeDatabase, mix: MixItem[]): Promise<[string, number][]> {
  const config = parseConfig({ GXC_LOG_LEVEL: 'silent', GXC_SEED: 'false', GXC_RATE_LIMIT: 'off' })
  const identity = await createNodeIdentity(await generateKeyMaterial(), config.publicUrl)
  const logger = createLogger('bench', 'silent')
  const paths = mix.map((item) => `/api/v1/offerings?${searchParams(item.query)}`)
  // cold: as if every search followed a write, so neither the store's answers nor the HTTP
  // layer's serialised ones (kept per catalogue version) are ever reused
  let writes = 0
  const nodes = {
    warm: database.store,
    cold: {
      ...database.store,
      findOfferings: uncached(database).findOfferings,
      catalogueVersion: async () => ++writes,
    },
  }
  const runs: [string, keyof typeof nodes, string[], boolean?][] = [
    ['GET /healthz (the harness ceiling)', 'warm', ['/healthz']],
    ['search mix, cold', 'cold', paths],
    ['search mix, warm', 'warm', paths],
    ['search mix, revalidated (304)', 'warm', paths, true],
    [`"${mix[0]!.query.q}" alone, cold`, 'cold', [paths[0]!]],
  ]
  const seconds = Number(args.seconds)
  const connections = Number(args.concurrency)
  console.log()
  console.log(
    `HTTP (autocannon): ${connections} keep-alive loopback connections for ${seconds} s each`,
  )
  const results: [string, number][] = []
  for (const [label, node, urls, revalidated] of runs) {
    const app = createApp(createContext(config, { store: nodes[node], identity, logger }))
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 })
    await new Promise((resolve) => server.once('listening', resolve))
    const port = (server.address() as AddressInfo).port
    // a client revalidating what it holds: each URL with the ETag its last answer had
    const requests = await Promise.all(
      urls.map(async (path) => {
        if (!revalidated) return { method: 'GET', path }
        const etag = (await app.request(path)).headers.get('ETag')
        return { method: 'GET', path, headers: { 'If-None-Match': etag ?? '' } }
      }),
    )
    const result = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections,
      duration: seconds,
      requests,
    })
    await new Promise((resolve) => server.close(resolve))
    // a revalidated answer is a 304 (not 2xx to autocannon), and nothing else is
    const unexpected = revalidated ? result.requests.total - result['3xx'] : result.non2xx
    const failed = unexpected + result.errors + result.timeouts
    if (failed > 0) throw new Error(`${label}: ${failed} requests did not answer 200`)
    console.log(
      `  ${label.padEnd(36)} ${fmt(Math.round(result.requests.average)).padStart(6)} requests/s, latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`,
    )
    results.push([label, result.requests.average])
  }
  return results
}

type AutocannonResult = {
  requests: { average: number; total: number }
  '3xx': number
  latency: { p50: number; p99: number }
  non2xx: number
  errors: number
  timeouts: number
}

/**
 * The Node entry itself (the bundle `npm start` runs) on the generated file, serving from one
 * process and then from one per core (GXC_PROCESSES): the mix warm, and cold as distinct URLs
 * (the page size moves) too many for any process to keep their answers.
 */
async function entryThroughput(dir: string, mix: MixItem[]): Promise<[string, number][]> {
  const paths = mix.map((item) => `/api/v1/offerings?${searchParams(item.query)}`)
  const distinct = paths.flatMap((path) =>
    Array.from({ length: 80 }, (_, i) => path.replace(/limit=\d+/, `limit=${21 + i}`)),
  )
  const seconds = Number(args.seconds)
  const connections = Number(args.concurrency)
  const results: [string, number][] = []
  for (const processes of [1, availableParallelism()]) {
    const entry = await startEntry(dir, { GXC_PROCESSES: String(processes) })
    try {
      // not measured: the first seconds after a start load the facet mirror (1–2 s at 1M) and
      // the pages searches read (at 1M, a first 4 s of warm searches ran at a third of the rate)
      await autocannon({
        url: entry.url,
        connections,
        duration: 3,
        requests: paths.map((path) => ({ method: 'GET', path })),
      })
      console.log(`  the Node entry, GXC_PROCESSES=${processes} (after 3 s of warm-up):`)
      for (const [label, urls] of [
        ['search mix, warm', paths],
        ['search mix, cold (distinct URLs)', distinct],
      ] as const) {
        const result = await autocannon({
          url: entry.url,
          connections,
          duration: seconds,
          requests: urls.map((path) => ({ method: 'GET', path })),
        })
        const failed = result.non2xx + result.errors + result.timeouts
        if (failed > 0) throw new Error(`${label}: ${failed} requests did not answer 200`)
        const name = `${label}, npm start with ${processes} process${processes > 1 ? 'es' : ''}`
        console.log(
          `    ${label.padEnd(34)} ${fmt(Math.round(result.requests.average)).padStart(6)} requests/s, latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`,
        )
        results.push([name, result.requests.average])
      }
    } finally {
      await entry.stop()
    }
  }
  return results
}

/**
 * Runs autocannon in a child process, so the server keeps this process's core to itself. Each
 * connection starts at its own place in `requests`: autocannon starts them all at the first, and
 * connections asking for the same URL at the same moment let all but the first reuse its answer,
 * which made distinct URLs look cold when most were not.
 */
function autocannon(
  options: { requests: object[] } & Record<string, unknown>,
): Promise<AutocannonResult> {
  const entry = createRequire(import.meta.url).resolve('autocannon')
  const script = `const options = ${JSON.stringify(options)}
  const requests = options.requests
  let client = 0
  options.setupClient = (c) => {
    const start = Math.floor((client++ * requests.length) / options.connections) % requests.length
    c.setRequests([...requests.slice(start), ...requests.slice(0, start)])
  }
  require(${JSON.stringify(entry)})(options, (error, result) => {
    if (error) throw error
    process.stdout.write(JSON.stringify(result))
  })`
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.once('error', reject)
    child.once('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out) as AutocannonResult)
        : reject(new Error(`autocannon exited ${code}`)),
    )
  })
}

/** A mix item as the query string of GET /api/v1/offerings. */
function searchParams(query: SearchQuery): string {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(query)) {
    if (name === 'facets') params.set('facets', (value as string[]).join(','))
    else if (Array.isArray(value)) for (const v of value) params.append(name, String(v))
    else if (value !== undefined) params.set(name, String(value))
  }
  return params.toString()
}

function ratio(baseline: number, ours: number): string {
  return `${(baseline / ours).toFixed(1)}×`
}

function fmt(value: number): string {
  return value.toLocaleString('en-US')
}

await main()
