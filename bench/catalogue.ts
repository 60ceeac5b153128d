// The generated catalogue the search benches run on (bench/search.ts on Node, bench/d1.ts on
// workerd's D1): written straight into an SQLite file, index rows included, so that a bench
// measures search and not ingest.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import {
  offeringConcepts,
  offeringSynonyms,
  schemeMentions,
} from '../src/catalogue/search-terms.js'
import { MIGRATIONS_FOLDER, openDatabase } from '../src/entry/node-runtime.js'
import { mulberry32, pick, pickOne, zipf } from './sampling.js'

/** Words of three frequencies in the generated text: a few dozen rows, 4 %, 35 %. */
export type Terms = { selective: string; medium: string; broad: string }

// ------------------------------------------------------------------------------------------------
// Generation: a deterministic catalogue with French and English words (accents included), a
// Zipf-distributed vocabulary so that terms range from a few dozen rows to a third of them, and
// the facet values the API filters on.

const HEAD =
  `cloud souverain sécurité données hébergement sauvegarde stockage réseau chiffrement calcul
machine virtuelle conteneurs kubernetes base postgresql messagerie qualifiée santé archivage supervision
identité accès conformité résilience disponibilité haute performance migration analyse intelligence
artificielle public privé hybride managé service plateforme infrastructure gestion clés journalisation
sécurisé européen français région zone centre réplication instantané reprise activité sinistre charge
sovereign security data hosting backup storage network encryption compute virtual containers database
email health archive monitoring identity access compliance resilience availability high managed
platform keys logging secure european french datacenter replication snapshot recovery disaster
workload analytics streaming queue cache serverless function gateway firewall vpn dns edge gpu
training inference model search index catalogue collectivité hôpital mairie état agence opéré
qualifié certifié hébergé localisé interopérable ouvert libre élastique redondant isolé dédié
mutualisé facturation usage tarif abonnement support assistance astreinte niveau engagement contrat`
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
  ['PT', 2],
  ['FI', 1],
  ['DK', 1],
  ['LU', 1],
  ['CZ', 1],
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
  ['gx:InterconnectionServiceOffering', 2],
  ['gx:DataProduct', 5],
  ['gx:DataProductCatalogue', 1],
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
const ELIGIBLE: [string | null, number][] = [
  [null, 15],
  ['SC', 20],
  ['L1', 35],
  ['L2', 25],
  ['L3', 5],
]
const STATUSES: [string, number][] = [
  ['active', 90],
  ['deprecated', 5],
  ['revoked', 3],
  ['expired', 2],
]
const SUFFIXES = ['SAS', 'GmbH', 'B.V.', 'S.p.A.', 'SRL', 'AB', 'Oy', 'SA']

/** Generates `n` offerings into a new SQLite file at `path` (deterministic: the same seed each run). */
export function generate(n: number, path: string) {
  const start = performance.now()
  const database = openDatabase(path)
  const { sqlite } = database
  const random = mulberry32(42)
  const synthetic = new Set<string>()
  while (synthetic.size < 30_000) {
    let word = ''
    for (let i = 2 + Math.floor(random() * 3); i > 0; i--) word += pickOne(random, SYLLABLES)
    if (!HEAD.includes(word)) synthetic.add(word)
  }
  const tail = [...synthetic]
  const word = zipf([...HEAD, ...tail], 1.0, random)
  const nameWord = zipf([...HEAD.slice(0, 120), ...tail.slice(0, 3000)], 0.9, random)
  const keyword = zipf([...HEAD.slice(20, 200), ...tail.slice(3000, 3400)], 1.0, random)

  // the search triggers fire per row; one bulk rebuild after the load is what a restore would do
  const triggers = sqlite
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'offering'`)
    .all() as { name: string; sql: string }[]
  for (const t of triggers) sqlite.exec(`DROP TRIGGER ${t.name}`)
  const insertParticipant = sqlite.prepare(
    `INSERT INTO participant (id, did, name, country_code, registration_numbers, credential_hash, status, origin, updated_at)
     VALUES (?, ?, ?, ?, '[]', ?, 'active', 'local', 0)`,
  )
  const insertOffering = sqlite.prepare(
    `INSERT INTO offering (id, credential_hash, credential_id, provider_id, name, description, types, keywords,
       locations, certifications, data_protection_regimes, depends_on, label_level, status, issued_at,
       valid_until, origin, updated_at, synonyms, mentions, concepts, eligible_level)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', ?, ?, ?, NULL, 'local', ?, ?, ?, ?, ?)`,
  )
  // the search fields ingest writes (catalogue/search-index.ts), drawn from a stream of their own
  // so that the rest of the catalogue is the one earlier runs generated
  const searchRandom = mulberry32(7)
  const df = new Map<string, number>()
  const providers = Math.max(20, Math.round(n / 200))
  const brands: string[] = []
  sqlite.transaction(() => {
    for (let p = 0; p < providers; p++) {
      let brand = ''
      for (let i = 0; i < 3; i++) brand += pickOne(random, SYLLABLES)
      brands.push(brand[0]!.toUpperCase() + brand.slice(1))
      const did = `did:web:p${p}.bench.example.eu`
      insertParticipant.run(
        did,
        did,
        `${brands[p]} ${SUFFIXES[p % SUFFIXES.length]}`,
        pick(random, COUNTRIES),
        `sha256-p${p}`,
      )
    }
    const epoch = Date.UTC(2025, 0, 1)
    for (let i = 0; i < n; i++) {
      const p = Math.floor(random() * providers)
      const names = [brands[p]!, nameWord()]
      if (random() < 0.6) names.push(nameWord())
      if (random() < 0.3) names.push(nameWord())
      const description = Array.from({ length: 20 + Math.floor(random() * 30) }, word)
      const keywords = [...new Set(Array.from({ length: 3 + Math.floor(random() * 4) }, keyword))]
      for (const w of new Set(
        [...names, ...description, ...keywords].map((w) => w.toLowerCase()),
      )) {
        df.set(w, (df.get(w) ?? 0) + 1)
      }
      const countries = new Set(
        Array.from({ length: 1 + Math.floor(random() * 2.5) }, () => pick(random, COUNTRIES)),
      )
      const certifications = SCHEMES.filter(([, p]) => random() < p).map(([scheme]) => ({
        scheme,
        evidence: `https://p${p}.bench.example.eu/evidence/${scheme}.pdf`,
      }))
      const regimes = random() < 0.95 ? ['GDPR2016'] : []
      if (random() < 0.05)
        regimes.push(pickOne(random, ['LGPD2019', 'PDPA2012', 'CCPA2018', 'VCDPA2021']))
      const updated = epoch + Math.floor(random() * 700 * 86_400_000)
      const type = pick(random, TYPES)
      const schemes = certifications.map((c) => c.scheme)
      const pending =
        !schemes.includes('SecNumCloud') && searchRandom() < 0.05 ? ['SecNumCloud'] : []
      const text = {
        name: names.join(' '),
        keywords,
        description: description.join(' '),
        synonyms: offeringSynonyms([type], schemes),
        mentions: schemeMentions(pending),
      }
      insertOffering.run(
        `https://p${p}.bench.example.eu/offerings/${i}`,
        `sha256-${i}`,
        `https://p${p}.bench.example.eu/credentials/offerings/${i}`,
        `did:web:p${p}.bench.example.eu`,
        text.name,
        text.description,
        JSON.stringify([type]),
        JSON.stringify(keywords),
        JSON.stringify([...countries].map((countryCode) => ({ countryCode }))),
        JSON.stringify(certifications),
        JSON.stringify(regimes),
        pick(random, LABELS),
        pick(random, STATUSES),
        updated - 86_400_000,
        updated,
        text.synonyms,
        text.mentions,
        JSON.stringify(offeringConcepts(text)),
        pick(searchRandom, ELIGIBLE),
      )
    }
  })()
  sqlite.exec(`INSERT INTO offering_fts(offering_fts) VALUES ('rebuild')`)
  sqlite.exec(`INSERT INTO offering_fields_fts(offering_fields_fts) VALUES ('rebuild')`)
  // the same rows migration 0004 backfills and its triggers keep
  sqlite.exec(`DELETE FROM offering_tag; DELETE FROM offering_tag_count`)
  sqlite.exec(`DELETE FROM offering_facet_pack; DELETE FROM facet_value`)
  const countTriggers = sqlite
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'offering_tag'`,
    )
    .all() as { name: string; sql: string }[]
  for (const t of countTriggers) sqlite.exec(`DROP TRIGGER ${t.name}`)
  // the backfill statements of the migrations that created the tags and their packed rows
  const backfills: [string, RegExp][] = [
    ['0004_search_tags.sql', /^INSERT INTO `offering_tag` /],
    // the eligible label levels, before the facet packs that hold them
    ['0010_search_vocabulary.sql', /^INSERT INTO `offering_tag` /],
    ['0006_search_facet_pack.sql', /^INSERT INTO `(facet_value|offering_facet_pack)` /],
  ]
  for (const [file, insert] of backfills) {
    const migration = readFileSync(join(MIGRATIONS_FOLDER, file), 'utf8')
    for (const statement of migration.split('--> statement-breakpoint')) {
      const body = statement.replace(/^\s*(--.*\n)*/g, '').trim()
      if (insert.test(body)) sqlite.exec(body)
    }
  }
  sqlite.exec(`INSERT INTO offering_tag_count (facet, value, status, n)
    SELECT facet, value, status, count(*) FROM offering_tag GROUP BY facet, value, status`)
  for (const t of [...countTriggers, ...triggers]) sqlite.exec(t.sql)
  sqlite.exec('ANALYZE')
  sqlite.pragma('wal_checkpoint(TRUNCATE)')

  const near = (target: number, from: string[]) =>
    from.reduce((best, w) =>
      Math.abs((df.get(w) ?? 0) - target) < Math.abs((df.get(best) ?? 0) - target) ? w : best,
    )
  const terms = {
    selective: near(n * 0.0005, tail),
    medium: near(n * 0.04, HEAD),
    broad: near(n * 0.35, HEAD),
  }
  return { database, terms, seconds: (performance.now() - start) / 1000 }
}

/** A database kept by an earlier --keep run, with the terms it was generated with. */
export function reopen(path: string) {
  const start = performance.now()
  const database = openDatabase(path)
  const terms = JSON.parse(readFileSync(join(dirname(path), 'terms.json'), 'utf8')) as Terms
  return { database, terms, seconds: (performance.now() - start) / 1000 }
}
