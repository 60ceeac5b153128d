// gxc export and gxc import: a node's signed snapshot, checked offline before anything is
// stored, imported into an empty data folder and into a running node; one byte changed and the
// whole snapshot is refused.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { manifestClaims, unsignedManifest } from '../../src/cli/snapshot.js'
import { starter } from '../../src/cli/starters.js'
import { openDatabase } from '../../src/entry/node-runtime.js'
import { fetchOf, gxc, scratch, type GxcOptions } from '../helpers/cli.js'
import { ADMIN_TOKEN } from '../helpers/partner.js'
import { createTestNode } from '../helpers/test-node.js'

type Json = Record<string, any>
const A = 'https://catalogue.bleu.fr'
const B = 'https://mirror.example.eu'
const TERMS = { termsUrl: 'https://example.eu/terms.pdf', termsHash: 'ef'.repeat(32) }

let source: Awaited<ReturnType<typeof createTestNode>>
let dir: string
let remove: () => void
let did: string
let snapshotFile: string
let exported: Json
const at = (name: string) => join(dir, name)
const env = { GXC_ADMIN_TOKEN: ADMIN_TOKEN }
const onA: () => GxcOptions = () => ({ fetch: fetchOf(source), env })

beforeAll(async () => {
  source = await createTestNode({
    env: { GXC_PUBLIC_URL: A, GXC_ONBOARDING: 'open', GXC_ADMIN_TOKEN: ADMIN_TOKEN },
    now: new Date(),
  })
  ;({ dir, remove } = scratch())
  const key = at('key.json')
  did = (await gxc(['keys', 'new', '--out', key])).stdout.trim()
  const participant = starter('participant', {
    did,
    name: 'Exemple SAS',
    vatId: 'FR44732829320',
    country: 'FR',
  })
  writeFileSync(at('participant.json'), JSON.stringify(participant))
  expect(
    (await gxc(['onboard', at('participant.json'), '--key', key, '--node', A], onA())).code,
  ).toBe(0)
  const offerings = ['Analytique', 'Sauvegarde', 'Messagerie'].map((name) =>
    starter('offering', { did, name, description: `${name} hébergée en France`, ...TERMS }),
  )
  writeFileSync(at('offerings.json'), JSON.stringify(offerings))
  expect((await gxc(['submit', at('offerings.json'), '--key', key, '--node', A], onA())).code).toBe(
    0,
  )
  const revoked = await gxc(
    ['revoke', `${did}#offering-messagerie`, '--key', key, '--node', A],
    onA(),
  )
  expect(revoked.code).toBe(0)

  snapshotFile = at('a.snapshot.json')
  const run = await gxc(['export', snapshotFile, '--node', A, '--json'], onA())
  expect(run.code, run.stderr).toBe(0)
  exported = JSON.parse(run.stdout)
})
afterAll(() => {
  source.close()
  remove()
})

describe('gxc export', () => {
  it('writes every event with its credential, the node’s DID document and contexts, and a manifest the node signed', () => {
    // the participant's 3 credentials, 3 offerings, 1 revocation
    expect(exported).toMatchObject({ events: 7, credentials: 6, lastSeq: 7 })
    const snapshot = JSON.parse(readFileSync(snapshotFile, 'utf8'))
    expect(snapshot.format).toBe('gxc-snapshot/1')
    expect(Object.keys(snapshot.didDocuments)).toEqual(['did:web:catalogue.bleu.fr'])
    expect(Object.keys(snapshot.contexts)).toContain('https://www.w3.org/ns/credentials/v2')
    expect(snapshot.manifest.issuer).toBe('did:web:catalogue.bleu.fr')
    expect(snapshot.manifest.proof.cryptosuite).toBe('eddsa-rdfc-2022')
    expect(snapshot.events.at(-1)).toMatchObject({ kind: 'revoke' })
  })

  it('needs the admin token to have the node sign (exit 2 without one)', async () => {
    const run = await gxc(['export', at('x.json'), '--node', A, '--data-dir', at('nothing')], {
      fetch: fetchOf(source),
    })
    expect(run.code).toBe(2)
    expect(existsSync(at('x.json'))).toBe(false)
  })
})

describe('gxc import', () => {
  it('checks a snapshot offline with --verify alone, storing nothing', async () => {
    const run = await gxc(['import', snapshotFile, '--verify'], {
      fetch: () => {
        throw new Error('no request expected')
      },
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(
      /verified: 7 events of did:web:catalogue\.bleu\.fr \(key did:key:z6Mk/,
    )
  })

  it('refuses a snapshot with one byte changed, whole, before storing anything (exit 1)', async () => {
    const text = readFileSync(snapshotFile, 'utf8')
    const cases = {
      credential: text.replace('Sauvegarde hébergée', 'Sauvegarde hébergeé'),
      manifest: text.replace('"events":7', '"events":8'),
      revocation: text.replace(
        /("revocation":\{.{40})(.)/,
        (_, head, c) => head + (c === 'a' ? 'b' : 'a'),
      ),
    }
    for (const [what, tampered] of Object.entries(cases)) {
      expect(tampered, what).not.toBe(text)
      const file = at(`tampered-${what}.json`)
      writeFileSync(file, tampered)
      const target = at(`target-${what}`)
      const run = await gxc(['import', file, '--data-dir', target, '--verify'])
      expect(run.code, what).toBe(1)
      expect(run.stderr, what).toMatch(/is refused whole: nothing was stored/)
      expect(existsSync(join(target, 'catalogue.db')), what).toBe(false)
    }
    const both = await gxc(['import', snapshotFile, '--node', B, '--data-dir', at('x')])
    expect(both.code).toBe(2)
    expect(both.stderr).toContain('give --node or --data-dir, not both')
    const notJson = at('not-a-snapshot.json')
    writeFileSync(notJson, text.slice(0, -10))
    expect((await gxc(['import', notJson, '--verify'])).code).toBe(1)
    expect((await gxc(['import', at('missing.json'), '--verify'])).code).toBe(2)
  })

  it('imports into an empty data folder through the core, with origin the exported node', async () => {
    const target = at('empty-node')
    const run = await gxc(['import', snapshotFile, '--data-dir', target, '--verify', '--json'])
    expect(run.code, run.stdout).toBe(0)
    expect(JSON.parse(run.stdout).stored).toMatchObject({ accepted: 7, rejected: 0 })
    const database = openDatabase(join(target, 'catalogue.db'))
    try {
      expect((await database.store.counts()).offerings).toBe(3)
      const revoked = await database.store.getOffering(`${did}#offering-messagerie`)
      expect(revoked).toMatchObject({ status: 'revoked', origin: 'did:web:catalogue.bleu.fr' })
      // imported participants are known, not onboarded: they onboard here before they write
      expect(await database.store.participantByDid(did)).toMatchObject({ onboardedAt: null })
    } finally {
      database.close()
    }
    const again = await gxc(['import', snapshotFile, '--data-dir', target, '--json'])
    expect(JSON.parse(again.stdout).stored).toMatchObject({ accepted: 0, rejected: 0 })
  })

  it('files the node’s own DID document only when the operator vouches for its key', async () => {
    const { node } = JSON.parse(readFileSync(snapshotFile, 'utf8'))
    const filed = async (target: string) => {
      const database = openDatabase(join(target, 'catalogue.db'))
      try {
        return await database.store.getDidDocument(node.did)
      } finally {
        database.close()
      }
    }
    const unvouched = await gxc(['import', snapshotFile, '--data-dir', at('unvouched')])
    expect(unvouched.code, unvouched.stderr).toBe(0)
    expect(unvouched.stderr).toContain(`--trust-node-key ${node.didKey}`)
    expect(await filed(at('unvouched'))).toBeUndefined()

    const wrong = at('wrong-key')
    const other = 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK'
    const refused = await gxc([
      'import',
      snapshotFile,
      '--data-dir',
      wrong,
      '--trust-node-key',
      other,
    ])
    expect(refused.code).toBe(1)
    expect(existsSync(join(wrong, 'catalogue.db'))).toBe(false)

    const vouched = at('vouched')
    const run = await gxc([
      'import',
      snapshotFile,
      '--data-dir',
      vouched,
      '--trust-node-key',
      node.didKey,
    ])
    expect(run.code, run.stderr).toBe(0)
    expect(await filed(vouched)).toMatchObject({ id: node.did })
  })

  it('never files another DID’s document a snapshot carries, even one its node signed', async () => {
    // an attacker's own node signs a snapshot that also carries a document naming Bleu's DID
    // with the attacker's key: the signature holds, and must give that document no weight
    const evil = await createTestNode({
      env: { GXC_PUBLIC_URL: 'https://evil.example', GXC_ADMIN_TOKEN: ADMIN_TOKEN },
      now: new Date(),
    })
    try {
      const file = at('forged.snapshot.json')
      const exportRun = await gxc(['export', file, '--node', 'https://evil.example'], {
        fetch: fetchOf(evil),
        env,
      })
      expect(exportRun.code, exportRun.stderr).toBe(0)
      const forged = JSON.parse(readFileSync(file, 'utf8'))
      const victim = 'did:web:catalogue.bleu.fr'
      forged.didDocuments[victim] = { ...forged.didDocuments[forged.node.did], id: victim }
      const credential = unsignedManifest(
        forged.node,
        await manifestClaims(forged),
        forged.createdAt,
      )
      const signed = await evil.app.request('/credentials/issue', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${ADMIN_TOKEN}` },
        body: JSON.stringify({ credential }),
      })
      expect(signed.status).toBe(201)
      forged.manifest = (await signed.json()).verifiableCredential
      writeFileSync(file, JSON.stringify(forged))

      const target = at('forged-target')
      const args = ['import', file, '--data-dir', target, '--trust-node-key', forged.node.didKey]
      const run = await gxc(args)
      expect(run.code, run.stderr).toBe(0)
      expect(run.stderr).toContain(`(${victim})`)
      const database = openDatabase(join(target, 'catalogue.db'))
      try {
        expect(await database.store.getDidDocument(victim)).toBeUndefined()
        expect(await database.store.getDidDocument(forged.node.did)).toBeDefined()
      } finally {
        database.close()
      }
    } finally {
      evil.close()
    }
  })

  it('imports into a running node through its admin API, where the offerings are searchable', async () => {
    const mirror = await createTestNode({
      env: { GXC_PUBLIC_URL: B, GXC_ADMIN_TOKEN: ADMIN_TOKEN },
      now: new Date(),
    })
    try {
      const run = await gxc(['import', snapshotFile, '--node', B, '--verify'], {
        fetch: fetchOf(mirror),
        env,
      })
      expect(run.code, run.stdout + run.stderr).toBe(0)
      const res = await mirror.app.request('/api/v1/offerings?q=hébergée')
      const found = (await res.json()) as Json
      expect(found.items.map((i: Json) => i.origin)).toEqual([
        'did:web:catalogue.bleu.fr',
        'did:web:catalogue.bleu.fr',
      ])
      const wrongToken = await gxc(['import', snapshotFile, '--node', B], {
        fetch: fetchOf(mirror),
        env: { GXC_ADMIN_TOKEN: 'y'.repeat(40) },
      })
      expect(wrongToken.code).toBe(1)
      expect(wrongToken.stderr).toContain('the token of GXC_ADMIN_TOKEN is not this node’s')
      // no token at all: said before any work, exit 2
      const none = await gxc(['import', snapshotFile, '--node', B], {
        fetch: fetchOf(mirror),
        env: { GXC_DATA_DIR: at('no-such-data') },
      })
      expect(none.code).toBe(2)
      expect(none.stderr).toContain(join(at('no-such-data'), 'admin-token'))
    } finally {
      mirror.close()
    }
  })
})
