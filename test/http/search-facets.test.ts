// Facet counts read from the packed rows (offering_facet_pack, migration 0006), in SQLite and from
// their mirror in memory (facet-mirror.ts), against the same counts taken straight from
// offering_tag with GROUP BY, as search counted them before, on a random catalogue that is then
// partly rewritten and deleted, so the triggers that keep the packed rows are exercised too. The store is driven with plans directly: the HTTP layer adds
// nothing to the counts, and the reference needs the database the store reads.
import { sql } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type NodeDatabase } from '../../src/entry/node-runtime.js'
import { facetMirror } from '../../src/entry/facet-mirror.js'
import { schema } from '../../src/store/schema.js'
import {
  FACET_NAMES,
  searchStore,
  type FacetName,
  type FilterName,
  type SearchPlan,
} from '../../src/store/search-store.js'
import type { NewOffering } from '../../src/store/store.js'

// enough for a few searches whose matches are too many for one string of packs (search-facets.ts)
const COUNT = 12_000
const WORDS = ['stockage', 'calcul', 'sauvegarde', 'réseau', 'archive', 'base', 'cloud', 'edge']
const VALUES: Record<Exclude<FilterName, 'provider'>, string[]> = {
  country: ['FR', 'DE', 'NL', 'IT', 'ES', 'BE'],
  type: ['gx:ServiceOffering', 'gx:ComputeServiceOffering', 'gx:StorageServiceOffering'],
  certification: ['ISO27001', 'SecNumCloud', 'HDS', 'C5'],
  label: ['SC', 'L1', 'L2', 'L3'],
  regime: ['GDPR2016', 'LGPD2019'],
  keyword: ['souverain', 'hds', 'iaas', 'paas'],
}
const PROVIDERS = Array.from({ length: 12 }, (_, i) => `did:web:p${i}.example.eu`)
const STATUSES = ['active', 'deprecated', 'revoked', 'expired'] as const

let database: NodeDatabase
let random: () => number

function some<T>(values: readonly T[], chance: number): T[] {
  return values.filter(() => random() < chance)
}

function pickOne<T>(values: readonly T[]): T {
  return values[Math.floor(random() * values.length)]!
}

function offering(i: number): NewOffering {
  return {
    id: `https://example.eu/offerings/${i}`,
    credentialHash: `sha256-${i}-${random()}`,
    credentialId: `https://example.eu/credentials/${i}`,
    providerId: random() < 0.05 ? '' : pickOne(PROVIDERS),
    name: `${pickOne(WORDS)} ${i}`,
    description: some(WORDS, 0.3).join(' '),
    types: some(VALUES.type, 0.4),
    keywords: some(VALUES.keyword, 0.3),
    locations: some(VALUES.country, 0.3).map((countryCode) => ({ countryCode })),
    certifications: some(VALUES.certification, 0.3).map((scheme) => ({ scheme })),
    dataProtectionRegimes: some(VALUES.regime, 0.6),
    dependsOn: [],
    labelLevel: random() < 0.5 ? null : pickOne(VALUES.label),
    status: pickOne(STATUSES),
    issuedAt: 0,
    validUntil: null,
    origin: 'local',
    updatedAt: i,
  } as NewOffering
}

function randomPlan(): SearchPlan {
  const filters: SearchPlan['filters'] = {}
  for (const name of some(['provider', ...Object.keys(VALUES)] as FilterName[], 0.3)) {
    const values = name === 'provider' ? PROVIDERS : VALUES[name]
    filters[name] = [...new Set([pickOne(values), ...some(values, 0.2)])]
  }
  const status = some(STATUSES, 0.5)
  return {
    terms: random() < 0.6 ? [`"${pickOne(WORDS)}"`] : [],
    filters,
    status: status.length ? status : ['active'],
    sort: 'name',
    limit: 20,
    facets: [...FACET_NAMES],
  }
}

/** The count of each value of `facet` on the plan's matches, all filters but its own applied. */
function referenceCounts(plan: SearchPlan, facet: FacetName): { value: string; count: number }[] {
  const where = [`t.facet = ?`, `t.status IN (SELECT value FROM json_each(?))`]
  const params: unknown[] = [facet, JSON.stringify(plan.status)]
  if (plan.terms.length) {
    where.push(`t.pk IN (SELECT rowid FROM offering_fts WHERE offering_fts MATCH ?)`)
    params.push(plan.terms.join(' '))
  }
  for (const [name, values] of Object.entries(plan.filters)) {
    if (name === facet) continue
    where.push(`t.pk IN (SELECT pk FROM offering_tag WHERE facet = ?
      AND value IN (SELECT value FROM json_each(?)))`)
    params.push(name, JSON.stringify(values))
  }
  const rows = database.sqlite
    .prepare(
      `SELECT t.value AS value, count(*) AS count FROM offering_tag t
      WHERE ${where.join(' AND ')} GROUP BY t.value`,
    )
    .all(...params) as { value: string; count: number }[]
  return sorted(rows)
}

function sorted(counts: { value: string; count: number }[]) {
  return [...counts].sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
}

beforeAll(async () => {
  let seed = 7
  random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  database = openDatabase(':memory:')
  await database.store.writeIndex(
    Array.from({ length: COUNT }, (_, i) => ({ offering: offering(i) })),
  )
  // rewrites (new tags, new status) and deletions go through the triggers that keep the packs
  await database.store.writeIndex(
    Array.from({ length: 300 }, () => ({ offering: offering(Math.floor(random() * COUNT)) })),
  )
  database.sqlite.prepare(`DELETE FROM offering WHERE pk % 29 = 0`).run()
})
afterAll(() => database.close())

describe('facet counts from packed rows', () => {
  it('equal the GROUP BY counts over offering_tag for random searches', async () => {
    const store = searchStore(drizzle(database.sqlite, { schema }), { cacheSize: 0 })
    let counted = 0
    for (let i = 0; i < 80; i++) {
      const plan = randomPlan()
      const { facets } = await store.findOfferings(plan)
      for (const facet of FACET_NAMES) {
        const expected = referenceCounts(plan, facet)
        counted += expected.length
        expect(sorted(facets[facet] ?? []), `${JSON.stringify(plan)} ${facet}`).toEqual(expected)
      }
    }
    // the searches are not all empty: most facets have values to count
    expect(counted).toBeGreaterThan(500)
  })

  it('pages a one-filter search in sort order whichever way it is read, with its total', async () => {
    const store = searchStore(drizzle(database.sqlite, { schema }), { cacheSize: 0 })
    // broad filters walk the sort index (search-sql.ts walksSortIndex), narrow ones build their set
    const filters: SearchPlan['filters'][] = [
      { regime: ['GDPR2016'] },
      { country: ['FR'] },
      { type: ['gx:ComputeServiceOffering', 'gx:StorageServiceOffering'] },
      { provider: [PROVIDERS[3]!] },
      { keyword: ['souverain'] },
      { certification: ['HDS'] },
    ]
    for (const filter of filters) {
      for (const sort of ['name', '-updated'] as const) {
        const [facet, values] = Object.entries(filter)[0] as [string, string[]]
        const order = sort === 'name' ? 'o.name ASC, o.id ASC' : 'o.updated_at DESC, o.id DESC'
        const expected = database.sqlite
          .prepare(
            `SELECT o.pk AS pk FROM offering o WHERE o.status = 'active' AND o.pk IN
              (SELECT pk FROM offering_tag WHERE facet = ? AND value IN (SELECT value FROM json_each(?)))
            ORDER BY ${order}`,
          )
          .all(facet, JSON.stringify(values))
          .map((row) => (row as { pk: number }).pk)
        expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(40)
        const plan: SearchPlan = {
          terms: [],
          filters: filter,
          status: ['active'],
          sort,
          limit: 20,
          facets: [],
        }
        const first = await store.findOfferings(plan)
        expect(
          first.rows.map((r) => r.pk),
          `${JSON.stringify(filter)} ${sort}`,
        ).toEqual(expected.slice(0, 21))
        expect(first).toMatchObject({ total: expected.length, totalExact: true })
        const last = first.rows[19]!
        const second = await store.findOfferings({
          ...plan,
          after: { key: last.sortKey, id: last.id, pk: last.pk },
        })
        expect(second.rows.map((r) => r.pk)).toEqual(expected.slice(20, 41))
      }
    }
  })

  it('keeps one packed row per offering with a facet value, with its status', () => {
    const stale = database.sqlite
      .prepare(
        `SELECT count(*) AS n FROM offering_facet_pack f LEFT JOIN offering o ON o.pk = f.pk
        WHERE o.pk IS NULL OR o.status <> f.status`,
      )
      .get() as { n: number }
    expect(stale.n).toBe(0)
  })
})

describe('facet counts from the packs mirrored in memory', () => {
  /** A store counting from `mirror`, once it is loaded (the catalogue takes a few steps). */
  async function mirrored(mirror = facetMirror(database.sqlite)) {
    await mirror.load()
    return searchStore(drizzle(database.sqlite, { schema }), { cacheSize: 0, facetMirror: mirror })
  }

  /** The mirror's facet counts are the reference's, and the totals it counts are SQLite's. */
  async function expectReferenceCounts(
    store: Awaited<ReturnType<typeof mirrored>>,
    searches: number,
  ) {
    const inSqlite = searchStore(drizzle(database.sqlite, { schema }), { cacheSize: 0 })
    for (let i = 0; i < searches; i++) {
      const plan = randomPlan()
      const { facets, total, totalExact } = await store.findOfferings(plan)
      const expected = await inSqlite.findOfferings(plan)
      expect({ total, totalExact }, JSON.stringify(plan)).toEqual({
        total: expected.total,
        totalExact: expected.totalExact,
      })
      for (const facet of FACET_NAMES) {
        expect(sorted(facets[facet] ?? []), `${JSON.stringify(plan)} ${facet}`).toEqual(
          referenceCounts(plan, facet),
        )
      }
    }
  }

  /**
   * Rewrites (tags and statuses change, or every packed value goes), deletions, and a deleted
   * last pk taken again.
   */
  async function write(): Promise<void> {
    await database.store.writeIndex(
      Array.from({ length: 200 }, () => ({ offering: offering(Math.floor(random() * COUNT)) })),
    )
    const bare = { providerId: '', types: [], locations: [], certifications: [] }
    await database.store.writeIndex(
      Array.from({ length: 40 }, () => ({
        offering: {
          ...offering(Math.floor(random() * COUNT)),
          ...bare,
          dataProtectionRegimes: [],
          labelLevel: null,
        },
      })),
    )
    database.sqlite.prepare(`DELETE FROM offering WHERE pk % 31 = 5`).run()
    const { last } = database.sqlite.prepare('SELECT max(pk) AS last FROM offering').get() as {
      last: number
    }
    database.sqlite.prepare('DELETE FROM offering WHERE pk = ?').run(last)
    await database.store.writeIndex([{ offering: offering(COUNT + last) }])
  }

  it('answers from memory, as the count in SQLite does', async () => {
    const mirror = facetMirror(database.sqlite)
    await mirror.load()
    const everything = sql`SELECT pk FROM offering_facet_pack`
    const values = database.sqlite
      .prepare(
        `SELECT count(DISTINCT v.id) AS n FROM offering_tag t
        JOIN facet_value v ON v.facet = t.facet AND v.value = t.value WHERE t.status = 'active'`,
      )
      .get() as { n: number }
    expect(values.n).toBeGreaterThan(20)
    expect(mirror.tally(everything, ['active'], [])?.counts.size).toBe(values.n)
    await expectReferenceCounts(await mirrored(mirror), 60)
  })

  it('chooses the pages and totals of searches without text as SQLite does', async () => {
    const inSqlite = searchStore(drizzle(database.sqlite, { schema }), { cacheSize: 0 })
    const store = await mirrored()
    let read = 0
    for (let i = 0; i < 80; i++) {
      const plan: SearchPlan = {
        ...randomPlan(),
        terms: [],
        sort: random() < 0.5 ? 'name' : '-updated',
        facets: [],
      }
      const expected = await inSqlite.findOfferings(plan)
      const first = await store.findOfferings(plan)
      expect(
        first.rows.map((r) => r.pk),
        JSON.stringify(plan),
      ).toEqual(expected.rows.map((r) => r.pk))
      expect(first).toMatchObject({ total: expected.total, totalExact: expected.totalExact })
      read += first.rows.length
      const last = first.rows[19]
      if (!last) continue
      const after = { key: last.sortKey, id: last.id, pk: last.pk }
      const second = await store.findOfferings({ ...plan, after })
      const secondInSqlite = await inSqlite.findOfferings({ ...plan, after })
      expect(second.rows.map((r) => r.pk)).toEqual(secondInSqlite.rows.map((r) => r.pk))
    }
    // the searches are not all empty
    expect(read).toBeGreaterThan(400)
  })

  it('counts the matches of text searches without facets as SQLite does', async () => {
    // offerings without a pack among them, which the mirror cannot count
    await write()
    const inSqlite = searchStore(drizzle(database.sqlite, { schema }), { cacheSize: 0 })
    const mirror = facetMirror(database.sqlite)
    // the searches whose filters leave few of their hits are counted in the mirror
    let counted = 0
    const count = mirror.count
    mirror.count = (...args) => {
      counted++
      return count(...args)
    }
    const store = await mirrored(mirror)
    for (let i = 0; i < 80; i++) {
      const plan: SearchPlan = { ...randomPlan(), terms: [`"${pickOne(WORDS)}"`], facets: [] }
      const expected = await inSqlite.findOfferings(plan)
      const found = await store.findOfferings(plan)
      expect(
        found.rows.map((r) => r.pk),
        JSON.stringify(plan),
      ).toEqual(expected.rows.map((r) => r.pk))
      expect(found, JSON.stringify(plan)).toMatchObject({
        total: expected.total,
        totalExact: expected.totalExact,
      })
    }
    expect(counted).toBeGreaterThan(10)
  })

  it('follows what is written after it loaded, deletions and a reused pk included', async () => {
    const store = await mirrored()
    await expectReferenceCounts(store, 5)
    await write()
    await expectReferenceCounts(store, 40)
  })

  it('loads a step at a time, counting in SQLite meanwhile, and catches up on what was written', async () => {
    const mirror = facetMirror(database.sqlite, { step: 1000 })
    const loading = mirror.load()
    expect(mirror.tally(sql`SELECT pk FROM offering_facet_pack`, ['active'], [])).toBeUndefined()
    // a step has been read: what this writes lands before and after where the load is
    await write()
    await loading
    await expectReferenceCounts(await mirrored(mirror), 40)
  })

  it('reads every pack again when the version goes back (another file)', async () => {
    const store = await mirrored()
    await expectReferenceCounts(store, 5)
    await write()
    database.sqlite.prepare('UPDATE search_version SET n = 0').run()
    await expectReferenceCounts(store, 40)
  })
})
