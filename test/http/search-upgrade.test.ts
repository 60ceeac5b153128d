// A node upgraded to migrations 0009 and 0010 (search in the buyer's words), and to 0013 (their
// concept tokens): a database file as an older migration left it, holding the seeded catalogue,
// opened by this version. The migrations apply to what it holds, search answers as before until a
// reindex (the Node entry runs it on the start that upgrades; on Workers the operator does), and
// then as a node seeded on this version.
import Database from 'better-sqlite3'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateKeyMaterial, type KeyMaterial } from '../../src/credentials/did/keys.js'
import {
  MIGRATIONS_FOLDER,
  openDatabase,
  reindexAfterUpgrade,
  type NodeDatabase,
} from '../../src/entry/node-runtime.js'
import { seedCatalogue } from '../../seed/seed.js'
import { adminPost, OPEN_NODE_ENV, type TestNode } from '../helpers/partner.js'
import { createTestNode } from '../helpers/test-node.js'
import { reindexCatalogue } from '../../src/catalogue/reindex.js'

type Answer = {
  items: { id: string; eligibleLabelLevel?: string }[]
  total: number
  facets: Record<string, { value: string; count: number }[]>
}

const LAST_OLD_MIGRATION = '0008_federation'
const env = { ...OPEN_NODE_ENV, GXC_PUBLIC_URL: 'https://catalogue.bleu.fr' }

let dir: string
let freshDatabase: NodeDatabase
let fresh: TestNode
let upgraded: TestNode
let oldFile: string

/** The migrations folder as it was up to `last`: its SQL files and its journal, cut there. */
function oldMigrations(last: string): string {
  const folder = join(dir, 'migrations')
  mkdirSync(join(folder, 'meta'), { recursive: true })
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8'))
  const end = journal.entries.findIndex((e: { tag: string }) => e.tag === last)
  expect(end).toBeGreaterThan(0)
  journal.entries = journal.entries.slice(0, end + 1)
  writeFileSync(join(folder, 'meta/_journal.json'), JSON.stringify(journal))
  for (const { tag } of journal.entries as { tag: string }[]) {
    copyFileSync(join(MIGRATIONS_FOLDER, `${tag}.sql`), join(folder, `${tag}.sql`))
  }
  return folder
}

/** The stored tables of `from` copied into `to`, in the columns both have (derived ones by triggers). */
function copyTables(from: Database.Database, to: Database.Database): void {
  const tables = [
    'credential',
    'participant',
    'resource',
    'offering',
    'event',
    'did_doc',
    'peer',
    'revocation',
  ]
  for (const table of tables) {
    const columnsOf = (db: Database.Database) =>
      (
        db.prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as { name: string }[]
      ).map((c) => c.name)
    const old = new Set(columnsOf(to))
    const columns = columnsOf(from).filter((c) => old.has(c))
    const list = columns.map((c) => `"${c}"`).join(', ')
    const insert = to.prepare(
      `INSERT INTO "${table}" (${list}) VALUES (${columns.map(() => '?').join(', ')})`,
    )
    for (const row of from.prepare(`SELECT ${list} FROM "${table}"`).raw().all()) {
      insert.run(...(row as unknown[]))
    }
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gxc-upgrade-'))
  freshDatabase = openDatabase(':memory:')
  fresh = await createTestNode({ env, database: freshDatabase })
  const keys = new Map<string, KeyMaterial>()
  await seedCatalogue(fresh.ctx, {
    partnerKeys: async (slug) => {
      if (!keys.has(slug)) keys.set(slug, await generateKeyMaterial())
      return keys.get(slug)!
    },
  })

  // the same catalogue in a file as migration 0008 left it
  const file = join(dir, 'catalogue.db')
  const old = new Database(file)
  migrate(drizzle(old), { migrationsFolder: oldMigrations(LAST_OLD_MIGRATION) })
  expect(old.prepare(`SELECT name FROM pragma_table_info('offering')`).all()).not.toContainEqual({
    name: 'synonyms',
  })
  copyTables(freshDatabase.sqlite, old)
  old.close()
  oldFile = join(dir, 'catalogue-0008.db')
  copyFileSync(file, oldFile)

  upgraded = await createTestNode({ env, database: openDatabase(file) })
}, 120_000)

afterAll(() => {
  fresh?.close()
  upgraded?.close()
  rmSync(dir, { recursive: true, force: true })
})

async function search(node: TestNode, query: string): Promise<Answer> {
  const res = await node.app.request(`/api/v1/offerings?${query}&limit=100`)
  expect(res.status, await res.clone().text()).toBe(200)
  return (await res.json()) as Answer
}

const QUERIES = [
  '',
  'q=cloud',
  'q=stockage',
  'q=s%C3%A9curit%C3%A9',
  'q=HDS',
  'q=SecNumCloud',
  'q=machine%20virtuelle',
  'certification=HDS',
  'country=FR',
  'label=eligible%3AL2',
  'provider=Bleu',
]

describe('migrations 0009 and 0010 on a database migration 0008 left', () => {
  it('apply to what it holds: search by name, keyword, description and every filter as before', async () => {
    for (const query of [
      '',
      'q=cloud',
      'q=s%C3%A9curit%C3%A9',
      'certification=HDS',
      'country=FR',
    ]) {
      const [a, b] = await Promise.all([search(fresh, query), search(upgraded, query)])
      expect(a.total, query).toBeGreaterThan(0)
      expect(b.items.map((i) => i.id).sort(), query).toEqual(a.items.map((i) => i.id).sort())
      expect(b.facets.certification, query).toEqual(a.facets.certification)
    }
    // what the rows do not hold yet: the usual names, the eligible levels
    expect((await search(upgraded, 'q=HDS')).total).toBe(0)
    expect((await search(upgraded, 'label=eligible%3AL2')).total).toBe(0)
  })

  it('answer as a node seeded on this version once the operator reindexes', async () => {
    expect((await adminPost(upgraded, '/api/v1/admin/reindex')).status).toBe(200)
    for (const query of QUERIES) {
      const [a, b] = await Promise.all([search(fresh, query), search(upgraded, query)])
      expect(b.total, query).toBe(a.total)
      expect(b.items.map((i) => [i.id, i.eligibleLabelLevel]).sort(), query).toEqual(
        a.items.map((i) => [i.id, i.eligibleLabelLevel]).sort(),
      )
      expect(b.facets.label, query).toEqual(a.facets.label)
    }
    expect((await search(upgraded, 'q=HDS')).total).toBe(13)
  })

  it('answer as a node seeded on this version after the Node entry’s start, which reindexes once', async () => {
    const file = join(dir, 'started.db')
    copyFileSync(oldFile, file)
    const database = openDatabase(file)
    // 0009 and 0010, and every migration since
    const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8'))
    const since = journal.entries.findIndex((e: { tag: string }) => e.tag === LAST_OLD_MIGRATION)
    expect(database.upgradedBy).toBe(journal.entries.length - since - 1)
    expect(database.upgradedBy).toBeGreaterThanOrEqual(2)
    const started = await createTestNode({ env, database })
    try {
      expect(await reindexAfterUpgrade(database, started.ctx)).toMatchObject({ offerings: 28 })
      for (const query of QUERIES) {
        const [a, b] = await Promise.all([search(fresh, query), search(started, query)])
        expect(b.total, query).toBe(a.total)
      }
    } finally {
      started.close()
    }
    // the next start has nothing to upgrade, and reindexes nothing
    const reopened = openDatabase(file)
    expect(reopened.upgradedBy).toBe(0)
    expect(await reindexAfterUpgrade(reopened, started.ctx)).toBeUndefined()
    reopened.close()
  })
})

describe('migration 0013 on a database migration 0012 left', () => {
  it('finds by words as before, in the buyer’s words once the start reindexes, as a node seeded on this version', async () => {
    const file = join(dir, 'catalogue-0012.db')
    const old = new Database(file)
    migrate(drizzle(old), { migrationsFolder: oldMigrations('0012_search_facet_pack_seq') })
    copyTables(freshDatabase.sqlite, old)
    old.close()
    const database = openDatabase(file)
    const started = await createTestNode({ env, database })
    try {
      expect(database.upgradedWith).toEqual([
        '0013_search_concepts',
        '0014_credential_write_rules',
        '0015_attestation_subjects',
      ])
      for (const query of ['q=cloud', 'q=s%C3%A9curit%C3%A9', 'certification=HDS']) {
        const [a, b] = await Promise.all([search(fresh, query), search(started, query)])
        expect(a.total, query).toBeGreaterThan(0)
        expect(b.items.map((i) => i.id).sort(), query).toEqual(a.items.map((i) => i.id).sort())
      }
      // the rows hold no concepts yet
      expect((await search(started, 'q=machine%20virtuelle')).total).toBe(0)

      expect(await reindexAfterUpgrade(database, started.ctx)).toMatchObject({ offerings: 28 })
      for (const query of QUERIES) {
        const [a, b] = await Promise.all([search(fresh, query), search(started, query)])
        expect(b.total, query).toBe(a.total)
        expect(b.facets, query).toEqual(a.facets)
      }
      expect((await search(started, 'q=machine%20virtuelle')).total).toBeGreaterThan(0)
      // the full-text indexes hold what their view reads, concepts included
      for (const table of ['offering_fts', 'offering_fields_fts']) {
        database.sqlite.exec(`INSERT INTO ${table}(${table}) VALUES ('integrity-check')`)
      }
    } finally {
      started.close()
    }
  })

  it('gives the offerings no longer active their concepts too, from their rows', async () => {
    const file = join(dir, 'catalogue-0012-revoked.db')
    const old = new Database(file)
    migrate(drizzle(old), { migrationsFolder: oldMigrations('0012_search_facet_pack_seq') })
    copyTables(freshDatabase.sqlite, old)
    // an offering whose certification is HDS, revoked before the upgrade
    const revoked = old
      .prepare(`SELECT id, credential_hash AS hash FROM offering WHERE synonyms LIKE '%HDS%'`)
      .get() as { id: string; hash: string }
    old.prepare(`UPDATE offering SET status = 'revoked' WHERE id = ?`).run(revoked.id)
    old.prepare(`UPDATE credential SET status = 'revoked' WHERE hash = ?`).run(revoked.hash)
    old.close()
    const database = openDatabase(file)
    const started = await createTestNode({ env, database })
    try {
      expect((await search(started, 'q=HDS&status=revoked')).total).toBe(0)
      await reindexAfterUpgrade(database, started.ctx)
      const found = await search(started, 'q=HDS&status=revoked')
      expect(found.items.map((i) => i.id)).toEqual([revoked.id])
    } finally {
      started.close()
    }
  })

  it('leaves a start that applies migration 0012 alone nothing to reindex', async () => {
    // 0012 writes its facet packs' order itself (search and facets answered as a node seeded on
    // it before 0013 existed); a file holding credentials, as the seeded node's
    const only0012 = { ...freshDatabase, upgradedWith: ['0012_search_facet_pack_seq'] }
    expect((await freshDatabase.store.counts()).credentials).toBeGreaterThan(0)
    expect(await reindexAfterUpgrade(only0012, fresh.ctx)).toBeUndefined()
  })

  it('leaves a start that applies migrations 0014 and 0015 alone nothing to reindex', async () => {
    // triggers that refuse writes, and attestations filed under no subject: no index entry is
    // written from an attestation, so nothing the index derives from the credentials moves
    const rules = {
      ...freshDatabase,
      upgradedWith: ['0014_credential_write_rules', '0015_attestation_subjects'],
    }
    expect((await freshDatabase.store.counts()).credentials).toBeGreaterThan(0)
    expect(await reindexAfterUpgrade(rules, fresh.ctx)).toBeUndefined()
  })
})

describe('migration 0015 on a database migration 0014 left', () => {
  it('files the attestations stored before under no subject, and leaves descriptions theirs', async () => {
    const file = join(dir, 'catalogue-0014.db')
    const old = new Database(file)
    migrate(drizzle(old), { migrationsFolder: oldMigrations('0014_credential_write_rules') })
    copyTables(freshDatabase.sqlite, old)
    // as the version before stored a Tagus onboarding whose compliance credential came first: filed
    // under the notary's registration credential it covers, whose id is its subject's
    const registration = 'https://partner.example.eu/lrn.json'
    const columns = (
      old.prepare(`SELECT name FROM pragma_table_info('credential')`).all() as { name: string }[]
    ).map((c) => c.name)
    const overridden = ['hash', 'credential_id', 'issuer_did', 'subject_id', 'types', 'status']
    const copy = old.prepare(
      `INSERT INTO credential (${columns.join(', ')}) SELECT ${columns
        .map((c) => (overridden.includes(c) ? `@${c}` : c))
        .join(', ')} FROM credential WHERE hash = @from`,
    )
    /** A credential row as the version before stored it, the rest copied from row `from`. */
    const stored = (
      from: string,
      row: { hash: string; issuer: string; subjectId: string; types: string[]; status: string },
    ) =>
      copy.run({
        from,
        hash: row.hash,
        credential_id: `${row.subjectId}#${row.hash}`,
        issuer_did: row.issuer,
        subject_id: row.subjectId,
        types: JSON.stringify(row.types),
        status: row.status,
      })
    const anOffering = old
      .prepare(`SELECT hash FROM credential WHERE types LIKE '%ServiceOffering%' LIMIT 1`)
      .pluck()
      .get() as string
    // their documents borrowed from an offering: expired, so that a reindex reads neither
    const tagus = { subjectId: registration, status: 'expired' }
    stored(anOffering, {
      ...tagus,
      hash: 'sha256-attestation',
      issuer: 'did:key:zCompliance',
      types: ['VerifiableCredential', 'gx:compliance'],
    })
    stored(anOffering, {
      ...tagus,
      hash: 'sha256-registration',
      issuer: 'did:key:zNotary',
      types: ['VerifiableCredential', 'gx:legalRegistrationNumber'],
    })
    // a description typed as an attestation, which the version before let through: it backs an
    // offering's index entry
    const hybrid = old
      .prepare(
        `SELECT c.hash, c.subject_id AS subjectId, c.issuer_did AS issuer FROM credential c
         JOIN offering o ON o.credential_hash = c.hash LIMIT 1`,
      )
      .get() as { hash: string; subjectId: string; issuer: string }
    const asLabel = ['VerifiableCredential', 'gx:ServiceOffering', 'gx:LabelCredential']
    old
      .prepare(`UPDATE credential SET types = ? WHERE hash = ?`)
      .run(JSON.stringify(asLabel), hybrid.hash)
    // another issuer's such description of the same subject, from before the database held
    // subjects to their first issuer (migration 0014): it backs no entry
    stored(hybrid.hash, {
      hash: 'sha256-other-description',
      issuer: 'did:key:zOther',
      subjectId: hybrid.subjectId,
      types: asLabel,
      status: 'active',
    })
    // the first issuer of the notary's subject, as migration 0014's triggers read it
    const firstIssuer = old.prepare(
      'SELECT issuer_did FROM credential WHERE subject_id = ? ORDER BY rowid LIMIT 1',
    )
    expect(firstIssuer.pluck().get(registration)).toBe('did:key:zCompliance')
    old.close()

    const database = openDatabase(file)
    try {
      expect(database.upgradedWith).toEqual(['0015_attestation_subjects'])
      const subjects = database.sqlite
        .prepare(`SELECT hash, subject_id AS subjectId FROM credential WHERE hash IN (?, ?, ?, ?)`)
        .all('sha256-attestation', 'sha256-registration', 'sha256-other-description', hybrid.hash)
      expect(subjects).toEqual(
        expect.arrayContaining([
          { hash: 'sha256-attestation', subjectId: null },
          { hash: 'sha256-registration', subjectId: registration },
          { hash: 'sha256-other-description', subjectId: null },
          { hash: hybrid.hash, subjectId: hybrid.subjectId },
        ]),
      )
      expect(await database.store.subjectIssuers([registration, hybrid.subjectId])).toEqual(
        new Map([
          [registration, 'did:key:zNotary'],
          [hybrid.subjectId, hybrid.issuer],
        ]),
      )
      // a reindex leaves the entry to the description it was written from
      const node = await createTestNode({ env, database })
      await reindexCatalogue(node.ctx)
      expect((await database.store.getOffering(hybrid.subjectId))?.credentialHash).toBe(hybrid.hash)
    } finally {
      database.close()
    }
  })
})
