// npm run bench:pages, or: tsx bench/pages.ts [--n 100000] [--rounds 100] [--keep] [--db <file>]
//   [--weights-only]
// Latency of the search page (GET /recherche?q=…, HTML) on the Node entry (@hono/node-server over
// loopback, one request at a time) at 100,000 generated offerings, against the target of a p99
// within 50 ms; and the weight of every kind of page (its HTML, stylesheet inline, no image), in
// French and English, at that size and over the seeded catalogue, against the limit of 60 KB.
// Weights are measured and compared, never timed. The catalogue is generated as bench/search.ts generates its own (a Zipf
// vocabulary of French and English words, the facet values the pages filter on), written with the
// index triggers on, as ingest would leave it. Each search is timed twice: "cold" on a store that
// keeps no answer (what the first search after a write costs), "warm" on the node's store.
//
// Generated offerings have no stored credential, so a results page reads no claim; the same page
// over the seeded catalogue, whose 20 results each read their signed credential, is timed too.
import { serve } from '@hono/node-server'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { createApp } from '../src/app.js'
import { searchOfferings } from '../src/catalogue/search.js'
import { offeringConcepts, offeringSynonyms } from '../src/catalogue/search-terms.js'
import { parseConfig } from '../src/config.js'
import { createContext } from '../src/context.js'
import { createNodeIdentity } from '../src/credentials/did/identity.js'
import { generateKeyMaterial, type KeyMaterial } from '../src/credentials/did/keys.js'
import { openDatabase, type NodeDatabase } from '../src/entry/node-runtime.js'
import { createLogger } from '../src/logger.js'
import type { Store } from '../src/store/sqlite-store.js'
import { schema } from '../src/store/schema.js'
import { searchStore } from '../src/store/search-store.js'
import { seedCatalogue } from '../seed/seed.js'
import { mulberry32, ms, pct, pick, pickOne, zipf } from './sampling.js'

const { values: args } = parseArgs({
  options: {
    n: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '100' },
    keep: { type: 'boolean', default: false },
    db: { type: 'string' },
    'weights-only': { type: 'boolean', default: false },
  },
})
const TARGET_P99_MS = 50
const WEIGHT_LIMIT = 60 * 1024
const ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'

const config = parseConfig({ GXC_LOG_LEVEL: 'silent', GXC_SEED: 'false', GXC_RATE_LIMIT: 'off' })
const logger = createLogger('bench', 'silent')

async function main() {
  console.log(`pages bench: ${availableParallelism()} cores, Node ${process.version}`)
  const dir = mkdtempSync(join(tmpdir(), 'gxc-pages-bench-'))
  const path = args.db ?? join(dir, 'catalogue.db')
  const start = performance.now()
  const database = openDatabase(path)
  const words = args.db ? wordsOf(database) : generate(database, Number(args.n))
  const size = (
    database.sqlite.prepare('SELECT count(*) AS n FROM offering').get() as { n: number }
  ).n
  console.log(
    `${size.toLocaleString('en-US')} offerings ${args.db ? 'reopened' : 'generated'} in ${((performance.now() - start) / 1000).toFixed(1)} s`,
  )
  const q = (word: string) => encodeURIComponent(word)
  const mix = [
    `/recherche?q=${q(words.selective)}`,
    `/recherche?q=${q(words.medium)}`,
    `/recherche?q=${q(words.broad)}`,
    `/recherche?q=${q(words.medium)}&country=DE&certification=C5`,
    `/recherche?q=${q('machine virtuelle')}`,
    `/recherche?q=${q(words.medium)}&sort=-updated&lang=en`,
    '/recherche',
  ]
  const identity = await createNodeIdentity(await generateKeyMaterial(), config.publicUrl)
  const cold = { ...database.store, findOfferings: uncached(database).findOfferings }
  const rounds = Number(args.rounds)
  const weightsOnly = args['weights-only']
  if (!weightsOnly) {
    const results: Record<string, Map<string, number[]>> = {}
    for (const [label, store] of [
      ['cold', cold],
      ['warm', database.store],
    ] as const) {
      results[label] = await timePages(store, identity, mix, rounds)
    }
    report(`search page at ${size.toLocaleString('en-US')} offerings (ms)`, mix, results)
    // the same searches through the JSON API, on the same machine now: what the page adds is the rest
    const apiMix = mix.map((path) =>
      path.replace('/recherche', '/api/v1/offerings').replace(/[?&]lang=en/, ''),
    )
    report(
      `the same searches, GET /api/v1/offerings (ms)`,
      apiMix,
      {
        cold: await timePages(cold, identity, apiMix, rounds),
        warm: await timePages(database.store, identity, apiMix, rounds),
      },
      false,
    )
  }
  // the longest lists a search page can show: every facet opened, each in turn
  const opened = ['provider', 'type', 'country', 'certification', 'label'].map(
    (facet) => `/recherche?more=${facet}`,
  )
  const atScale = [
    ...mix.filter((path) => !path.includes('lang=')),
    '/recherche?limit=100',
    ...opened,
    '/',
  ]
  const scaleApp = createApp(createContext(config, { store: database.store, identity, logger }))
  weights(
    `page weights at ${size.toLocaleString('en-US')} offerings`,
    await weigh(scaleApp, atScale),
  )
  database.close()
  if (args.keep || args.db) console.log(`  database kept at ${path}`)
  else rmSync(dir, { recursive: true, force: true })

  // the seeded catalogue: each result reads its signed credential for its claims in progress
  const seeded = openDatabase(':memory:')
  const seedIdentity = await createNodeIdentity(await generateKeyMaterial(), config.publicUrl)
  const ctx = createContext(config, { store: seeded.store, identity: seedIdentity, logger })
  const keys = new Map<string, KeyMaterial>()
  await seedCatalogue(ctx, {
    partnerKeys: async (slug) =>
      keys.get(slug) ?? keys.set(slug, await generateKeyMaterial()).get(slug)!,
  })
  const seededMix = ['/recherche', '/recherche?q=stockage', '/recherche?certification=HDS', '/']
  const seededCold = { ...seeded.store, findOfferings: uncached(seeded).findOfferings }
  if (!weightsOnly) {
    report('seeded catalogue, 28 offerings with their signed credentials (ms)', seededMix, {
      cold: await timePages(seededCold, seedIdentity, seededMix, rounds),
      warm: await timePages(seeded.store, seedIdentity, seededMix, rounds),
    })
  }
  const app = createApp(ctx)
  weights('page weights, seeded catalogue (every offering and provider page)', [
    ...(await weigh(app, await seededPages(ctx))),
    ...(await weighValidation(app, ctx)),
  ])
  seeded.close()
}

type Weight = { path: string; lang: string; status: number; bytes: number; gzip: number }

/** The bytes of each page as a browser gets it (HTML, stylesheet inline), in French and English. */
async function weigh(app: ReturnType<typeof createApp>, paths: string[]): Promise<Weight[]> {
  const found: Weight[] = []
  for (const path of paths) {
    for (const lang of ['fr', 'en']) {
      const res = await app.request(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`, {
        headers: { Accept: ACCEPT },
      })
      const body = new Uint8Array(await res.arrayBuffer())
      found.push({
        path,
        lang,
        status: res.status,
        bytes: body.length,
        gzip: gzipSync(body).length,
      })
    }
  }
  return found
}

/** Every page of the seeded catalogue worth weighing: each offering, each provider, the rest. */
async function seededPages(ctx: ReturnType<typeof createContext>): Promise<string[]> {
  const offerings = await searchOfferings(ctx.store, { limit: 100, facets: [] })
  const ids = offerings.items.map((item) => item.id)
  const providers = [...new Set(offerings.items.map((item) => item.provider.id))]
  const encode = (id: string) => encodeURIComponent(id)
  return [
    '/',
    '/recherche',
    '/recherche?q=stockage',
    '/recherche?q=stokage',
    '/recherche?certification=HDS&country=FR',
    '/recherche?limit=100',
    ...['provider', 'type', 'certification'].map((facet) => `/recherche?more=${facet}`),
    '/recherche?page=2',
    ...ids.map((id) => `/offres/${encode(id)}`),
    ...providers.map((id) => `/fournisseurs/${encode(id)}`),
    `/comparer?${ids
      .slice(0, 4)
      .map((id) => `id=${encode(id)}`)
      .join('&')}`,
    '/comparer',
    '/valider',
    '/nulle-part',
  ]
}

/** The check page's report of the largest seeded credential, altered after signing. */
async function weighValidation(
  app: ReturnType<typeof createApp>,
  ctx: ReturnType<typeof createContext>,
): Promise<Weight[]> {
  const offerings = await searchOfferings(ctx.store, { limit: 100, facets: [] })
  const documents = await Promise.all(
    offerings.items.map(async (item) => (await ctx.store.getCredential(item.hash))!.document),
  )
  const largest = JSON.parse(documents.sort((a, b) => b.length - a.length)[0]!)
  largest.credentialSubject['schema:name'] = 'altered after signing'
  const found: Weight[] = []
  for (const lang of ['fr', 'en']) {
    const form = new FormData()
    form.set('document', JSON.stringify(largest, null, 2))
    const res = await app.request(`/valider?lang=${lang}`, {
      method: 'POST',
      body: form,
      headers: { Accept: ACCEPT },
    })
    const body = new Uint8Array(await res.arrayBuffer())
    const path = 'POST /valider (the largest credential, altered)'
    found.push({ path, lang, status: res.status, bytes: body.length, gzip: gzipSync(body).length })
  }
  return found
}

function weights(title: string, found: Weight[]) {
  console.log()
  console.log(
    `${title} (KB; HTML with its stylesheet inline, no image; limit ${WEIGHT_LIMIT / 1024} KB)`,
  )
  console.log(`  ${''.padEnd(70)} status    fr KB    en KB  gzip KB`)
  const paths = [...new Set(found.map((w) => w.path))]
  for (const path of paths) {
    const [fr, en] = ['fr', 'en'].map((lang) =>
      found.find((w) => w.path === path && w.lang === lang)!,
    )
    const shown = path.length > 70 ? `${path.slice(0, 67)}…` : path
    console.log(
      `  ${shown.padEnd(70)} ${String(fr!.status).padStart(6)} ${kb(fr!.bytes)} ${kb(en!.bytes)} ${kb(Math.max(fr!.gzip, en!.gzip))}`,
    )
  }
  const heaviest = found.reduce((a, b) => (b.bytes > a.bytes ? b : a))
  const over = found.filter((w) => w.bytes > WEIGHT_LIMIT)
  console.log(
    `  heaviest: ${heaviest.path} (${heaviest.lang}) ${kb(heaviest.bytes).trim()} KB; ${over.length === 0 ? `every page within ${WEIGHT_LIMIT / 1024} KB` : `OVER ${WEIGHT_LIMIT / 1024} KB: ${over.map((w) => `${w.path} (${w.lang})`).join(', ')}`}`,
  )
}

function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1).padStart(8)
}

/** Serves the app on loopback and times each page, one request at a time. */
async function timePages(
  store: Store,
  identity: Awaited<ReturnType<typeof createNodeIdentity>>,
  paths: string[],
  rounds: number,
): Promise<Map<string, number[]>> {
  const app = createApp(createContext(config, { store, identity, logger }))
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 })
  await new Promise((resolve) => server.once('listening', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const times = new Map(paths.map((p) => [p, [] as number[]]))
  const get = async (path: string) => {
    const res = await fetch(`${base}${path}`, { headers: { Accept: ACCEPT } })
    const body = await res.text()
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${body.slice(0, 200)}`)
    return body
  }
  for (const path of paths) await get(path) // warms the statement and page caches
  for (let round = 0; round < rounds; round++) {
    for (const path of paths) {
      const start = performance.now()
      await get(path)
      times.get(path)!.push(performance.now() - start)
    }
  }
  await new Promise((resolve) => server.close(resolve))
  return times
}

function report(
  title: string,
  paths: string[],
  results: Record<string, Map<string, number[]>>,
  judged = true,
) {
  console.log()
  console.log(title)
  console.log(`  ${''.padEnd(56)} cold p50  cold p99 | warm p50  warm p99`)
  const line = (name: string, cold: number[], warm: number[]) =>
    console.log(
      `  ${name.slice(0, 56).padEnd(56)} ${ms(pct(cold, 50))}  ${ms(pct(cold, 99))} | ${ms(pct(warm, 50))}  ${ms(pct(warm, 99))}`,
    )
  for (const path of paths) line(path, results.cold!.get(path)!, results.warm!.get(path)!)
  const cold = [...results.cold!.values()].flat()
  const warm = [...results.warm!.values()].flat()
  line('all pages', cold, warm)
  if (!judged) return
  const p99 = pct(cold, 99)
  console.log(
    `  target: p99 ≤ ${TARGET_P99_MS} ms (cold): ${p99.toFixed(1)} ms, ${p99 <= TARGET_P99_MS ? 'met' : 'NOT met'}`,
  )
}

function uncached(database: NodeDatabase) {
  return searchStore(drizzle(database.sqlite, { schema }), { cacheSize: 0 })
}

// ------------------------------------------------------------------------------------------------
// Generation: a deterministic catalogue, as bench/search.ts makes one, written through the index
// triggers of the migrations (full text, tags, facet counts) as ingest would leave it.

type Words = { selective: string; medium: string; broad: string }

const HEAD =
  `cloud souverain sécurité données hébergement sauvegarde stockage réseau chiffrement calcul
machine virtuelle conteneurs kubernetes base postgresql messagerie qualifiée santé archivage supervision
identité accès conformité résilience disponibilité haute performance migration analyse intelligence
artificielle public privé hybride managé service plateforme infrastructure gestion clés journalisation
sovereign security data hosting backup storage network encryption compute virtual containers database
email health archive monitoring identity access compliance resilience availability high managed
platform keys logging secure european french datacenter replication snapshot recovery disaster`
    .split(/\s+/)
    .filter(Boolean)
const SYLLABLES =
  `ba be bi bo bu da de di do du fa fe fi fo ka ke ki ko la le li lo lu ma me mi mo mu na
ne ni no nu pa pe pi po ra re ri ro ru sa se si so ta te ti to tu va ve vi vo za zo ré lé mé né té`.split(
    /\s+/,
  )
const COUNTRIES: [string, number][] = [
  ['FR', 40],
  ['DE', 15],
  ['NL', 8],
  ['BE', 6],
  ['IT', 6],
  ['ES', 6],
  ['IE', 4],
  ['PL', 3],
  ['SE', 3],
  ['AT', 3],
]
const TYPES: [string, number][] = [
  ['gx:ServiceOffering', 40],
  ['gx:VirtualMachineServiceOffering', 10],
  ['gx:ObjectStorageServiceOffering', 8],
  ['gx:BlockStorageServiceOffering', 5],
  ['gx:FileStorageServiceOffering', 5],
  ['gx:ContainerServiceOffering', 5],
  ['gx:BareMetalServiceOffering', 3],
  ['gx:ComputeFunctionServiceOffering', 3],
  ['gx:NetworkConnectivityServiceOffering', 3],
  ['gx:DataProduct', 5],
]
const SCHEMES: [string, number][] = [
  ['ISO27001', 0.5],
  ['SecNumCloud', 0.08],
  ['HDS', 0.1],
  ['C5', 0.06],
  ['EUCS-high', 0.03],
  ['ISO27017', 0.15],
  ['SOC2', 0.12],
]
const LABELS: [string | null, number][] = [
  [null, 60],
  ['SC', 10],
  ['L1', 15],
  ['L2', 10],
  ['L3', 5],
]
const STATUSES: [string, number][] = [
  ['active', 90],
  ['deprecated', 5],
  ['revoked', 3],
  ['expired', 2],
]

function generate(database: NodeDatabase, n: number): Words {
  const { sqlite } = database
  const random = mulberry32(42)
  const synthetic = new Set<string>()
  while (synthetic.size < 20_000) {
    let word = ''
    for (let i = 2 + Math.floor(random() * 3); i > 0; i--) word += pickOne(random, SYLLABLES)
    if (!HEAD.includes(word)) synthetic.add(word)
  }
  const tail = [...synthetic]
  const word = zipf([...HEAD, ...tail], 1.0, random)
  const nameWord = zipf([...HEAD.slice(0, 80), ...tail.slice(0, 3000)], 0.9, random)
  const df = new Map<string, number>()
  const providers = Math.max(20, Math.round(n / 200))
  const insertParticipant = sqlite.prepare(
    `INSERT INTO participant (id, did, name, country_code, registration_numbers, credential_hash, status, origin, updated_at)
     VALUES (?, ?, ?, ?, '[]', ?, 'active', 'local', 0)`,
  )
  const insertOffering = sqlite.prepare(
    `INSERT INTO offering (id, credential_hash, credential_id, provider_id, name, description, types, keywords,
       locations, certifications, data_protection_regimes, depends_on, label_level, synonyms, concepts,
       eligible_level, status, issued_at, valid_until, origin, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '["GDPR2016"]', '[]', ?, ?, ?, ?, ?, ?, NULL, 'local', ?)`,
  )
  sqlite.transaction(() => {
    for (let p = 0; p < providers; p++) {
      let brand = ''
      for (let i = 0; i < 3; i++) brand += pickOne(random, SYLLABLES)
      const did = `did:web:p${p}.bench.example.eu`
      insertParticipant.run(
        did,
        did,
        `${brand[0]!.toUpperCase()}${brand.slice(1)} SAS`,
        pick(random, COUNTRIES),
        `sha256-p${p}`,
      )
    }
    const epoch = Date.UTC(2025, 0, 1)
    for (let i = 0; i < n; i++) {
      const p = Math.floor(random() * providers)
      const names = [nameWord(), nameWord(), ...(random() < 0.5 ? [nameWord()] : [])]
      const description = Array.from({ length: 20 + Math.floor(random() * 30) }, word)
      for (const w of new Set([...names, ...description].map((w) => w.toLowerCase()))) {
        df.set(w, (df.get(w) ?? 0) + 1)
      }
      const countries = new Set(
        Array.from({ length: 1 + Math.floor(random() * 2) }, () => pick(random, COUNTRIES)),
      )
      const certifications = SCHEMES.filter(([, chance]) => random() < chance).map(([scheme]) => ({
        scheme,
        evidence: `https://p${p}.bench.example.eu/evidence/${scheme}.pdf`,
      }))
      const types = [pick(random, TYPES)]
      const updated = epoch + Math.floor(random() * 700 * 86_400_000)
      const text = {
        name: names.join(' '),
        keywords: Array.from({ length: 3 }, nameWord),
        description: description.join(' '),
        synonyms: offeringSynonyms(
          types,
          certifications.map((c) => c.scheme),
        ),
        mentions: '',
      }
      insertOffering.run(
        `https://p${p}.bench.example.eu/offerings/${i}`,
        `sha256-${i}`,
        `https://p${p}.bench.example.eu/credentials/offerings/${i}`,
        `did:web:p${p}.bench.example.eu`,
        text.name,
        text.description,
        JSON.stringify(types),
        JSON.stringify(text.keywords),
        JSON.stringify([...countries].map((countryCode) => ({ countryCode }))),
        JSON.stringify(certifications),
        pick(random, LABELS),
        text.synonyms,
        JSON.stringify(offeringConcepts(text)),
        pick(random, LABELS),
        pick(random, STATUSES),
        updated - 86_400_000,
        updated,
      )
    }
  })()
  sqlite.exec('ANALYZE')
  const near = (target: number, from: string[]) =>
    from.reduce((best, w) =>
      Math.abs((df.get(w) ?? 0) - target) < Math.abs((df.get(best) ?? 0) - target) ? w : best,
    )
  const words = {
    selective: near(n * 0.0005, tail),
    medium: near(n * 0.04, HEAD),
    broad: near(n * 0.35, HEAD),
  }
  sqlite.prepare('CREATE TABLE IF NOT EXISTS bench_words (json TEXT)').run()
  sqlite.prepare('INSERT INTO bench_words VALUES (?)').run(JSON.stringify(words))
  return words
}

function wordsOf(database: NodeDatabase): Words {
  const row = database.sqlite.prepare('SELECT json FROM bench_words').get() as { json: string }
  return JSON.parse(row.json) as Words
}

await main()
