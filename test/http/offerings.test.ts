import jsonld from 'jsonld'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestCredentials } from '../../src/catalogue/ingest.js'
import { signCredential } from '../../src/credentials/data-integrity/sign.js'
import type { SigningKey } from '../../src/credentials/did/keys.js'
import { newDidKey, offeringCredential, participantCredentials } from '../helpers/credentials.js'
import { createTestNode, TEST_NOW } from '../helpers/test-node.js'

let node: Awaited<ReturnType<typeof createTestNode>>
let key: SigningKey
let signed: Awaited<ReturnType<typeof signOffering>>

function signOffering(n: number) {
  const credential = offeringCredential(key.did, {
    id: `https://partner.example.eu/credentials/offerings/o${n}`,
  })
  credential.credentialSubject = {
    ...credential.credentialSubject,
    id: `https://partner.example.eu/offerings/o${n}`,
    'schema:name': `Offre ${String(n).padStart(2, '0')}`,
  }
  return signCredential(credential, { key, loader: node.ctx.loader, date: TEST_NOW })
}

beforeAll(async () => {
  node = await createTestNode()
  key = await newDidKey()
  const participant = []
  for (const credential of participantCredentials(key.did)) {
    participant.push(
      await signCredential(credential, { key, loader: node.ctx.loader, date: TEST_NOW }),
    )
  }
  const onboarded = await ingestCredentials(
    node.ctx,
    { type: ['VerifiablePresentation'], verifiableCredential: participant },
    { origin: 'local' },
  )
  expect(onboarded.ok).toBe(true)
  for (let n = 1; n <= 25; n++) {
    const credential = await signOffering(n)
    if (n === 1) signed = credential
    const result = await ingestCredentials(node.ctx, credential, { origin: 'local' })
    expect(result.ok).toBe(true)
  }
})
afterAll(() => node.close())

describe('GET /api/v1/offerings', () => {
  it('pages through every offering once, in name order, with an opaque cursor', async () => {
    const seen: string[] = []
    let cursor: string | null = null
    let pages = 0
    do {
      const query: string = cursor ? `?limit=10&cursor=${cursor}` : '?limit=10'
      const res = await node.app.request(`/api/v1/offerings${query}`)
      expect(res.status).toBe(200)
      const body = await res.json()
      seen.push(...body.items.map((i: { name: string }) => i.name))
      cursor = body.next
      pages++
    } while (cursor)
    expect(pages).toBe(3)
    expect(seen).toHaveLength(25)
    expect(new Set(seen).size).toBe(25)
    expect(seen).toEqual([...seen].sort())
  })

  it('returns OfferingSummary items as API.md defines them', async () => {
    const res = await node.app.request('/api/v1/offerings?limit=1')
    const [item] = (await res.json()).items
    expect(item).toMatchObject({
      id: 'https://partner.example.eu/offerings/o1',
      credentialId: 'https://partner.example.eu/credentials/offerings/o1',
      name: 'Offre 01',
      types: ['gx:ServiceOffering'],
      provider: { id: key.did, name: 'Partenaire Exemple SAS', did: key.did },
      keywords: ['analytique', 'analytics'],
      status: 'active',
      issuedAt: '2026-01-01T00:00:00.000Z',
      validUntil: '2027-06-01T00:00:00.000Z',
      origin: 'local',
    })
    expect(item.hash).toMatch(/^sha256-[0-9a-f]{64}$/)
  })

  it.each([
    ['limit=0', '/query/limit'],
    ['limit=101', '/query/limit'],
    ['limit=ten', '/query/limit'],
    ['status=gone', '/query/status'],
    ['cursor=not-a-cursor', '/query/cursor'],
  ])('answers 400 naming the parameter for %s', async (query, path) => {
    const res = await node.app.request(`/api/v1/offerings?${query}`)
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    const problem = await res.json()
    expect(problem.type).toMatch(/\/problems\/bad-request$/)
    expect(problem.errors.map((e: { path: string }) => e.path)).toContain(path)
  })
})

describe('GET /api/v1/offerings/{id}', () => {
  const path = () =>
    `/api/v1/offerings/${encodeURIComponent('https://partner.example.eu/offerings/o1')}`

  it('returns the offering, its signed credential and how it was verified', async () => {
    const res = await node.app.request(path())
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.offering.name).toBe('Offre 01')
    expect(body.credential).toEqual(signed)
    expect(body.verification).toMatchObject({ verified: true, proofType: 'eddsa-rdfc-2022' })
  })

  it('returns the stored signed credential alone for Accept: application/ld+json', async () => {
    const res = await node.app.request(path(), { headers: { Accept: 'application/ld+json' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('application/ld+json')
    expect(await res.json()).toEqual(signed)
  })

  it('answers 404 for an unknown id', async () => {
    const res = await node.app.request(
      `/api/v1/offerings/${encodeURIComponent('https://nope.example/x')}`,
    )
    expect(res.status).toBe(404)
    expect((await res.json()).type).toMatch(/\/problems\/not-found$/)
  })
})

describe('GET /api/v1/offerings/{id}: content negotiation', () => {
  const path = `/api/v1/offerings/${encodeURIComponent('https://partner.example.eu/offerings/o1')}`
  const get = (accept?: string) =>
    node.app.request(path, accept === undefined ? {} : { headers: { Accept: accept } })

  /** The credential as the node stored it, byte for byte. */
  async function storedDocument(): Promise<string> {
    const row = await node.ctx.store.getOffering('https://partner.example.eu/offerings/o1')
    const stored = row && (await node.ctx.store.getCredential(row.credentialHash))
    expect(stored).toBeDefined()
    return stored!.document
  }

  it('answers the RDFC-1.0 canonical N-Quads of the stored credential for application/n-quads', async () => {
    const res = await get('application/n-quads')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/n-quads\b/)
    expect(res.headers.get('vary')).toMatch(/\bAccept\b/)
    const expected = await jsonld.canonize(JSON.parse(await storedDocument()), {
      algorithm: 'RDFC-1.0',
      format: 'application/n-quads',
      documentLoader: node.ctx.loader,
      safe: true,
    })
    expect(await res.text()).toBe(expected)
  })

  it('includes the proof as its own blank-node graph', async () => {
    const quads = (await (await get('application/n-quads')).text()).trimEnd().split('\n')
    const proofValue = quads.filter((q) => q.includes('<https://w3id.org/security#proofValue>'))
    expect(proofValue).toHaveLength(1)
    expect(proofValue[0]).toMatch(/ _:c14n\d+ \.$/)
    // and the claims themselves sit in the default graph
    expect(quads.some((q) => q.includes('<https://schema.org/name> "Offre 01" .'))).toBe(true)
  })

  it('answers the same N-Quads on every request and on another node holding the credential', async () => {
    const first = await (await get('application/n-quads')).text()
    expect(await (await get('application/n-quads')).text()).toBe(first)

    const other = await createTestNode()
    try {
      const participant = []
      for (const credential of participantCredentials(key.did)) {
        participant.push(
          await signCredential(credential, { key, loader: other.ctx.loader, date: TEST_NOW }),
        )
      }
      const onboarded = await ingestCredentials(
        other.ctx,
        { type: ['VerifiablePresentation'], verifiableCredential: participant },
        { origin: 'local' },
      )
      expect(onboarded.ok).toBe(true)
      expect((await ingestCredentials(other.ctx, signed, { origin: 'local' })).ok).toBe(true)
      const res = await other.app.request(path, { headers: { Accept: 'application/n-quads' } })
      expect(res.status).toBe(200)
      expect(await res.text()).toBe(first)
    } finally {
      other.close()
    }
  })

  it('returns the stored credential byte for byte for application/ld+json', async () => {
    const res = await get('application/ld+json')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/ld\+json\b/)
    expect(res.headers.get('vary')).toMatch(/\bAccept\b/)
    expect(await res.text()).toBe(await storedDocument())
  })

  it.each([
    ['application/n-quads;q=0.5, application/ld+json', 'application/ld+json'],
    ['application/ld+json;q=0.2, application/n-quads;q=0.9', 'application/n-quads'],
    ['application/n-quads;q=0, application/ld+json;q=0.1', 'application/ld+json'],
  ])('honours q-values: %s gives %s', async (accept, type) => {
    const res = await get(accept)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(new RegExp(`^${type.replace('+', '\\+')}\\b`))
  })

  it.each([
    ['no Accept header', undefined],
    ['*/*', '*/*'],
    ['application/json', 'application/json'],
    ['a type it does not serve', 'text/turtle'],
  ])('answers the JSON detail for %s', async (_what, accept) => {
    const res = await get(accept)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/json\b/)
    expect(res.headers.get('vary')).toMatch(/\bAccept\b/)
    const body = await res.json()
    expect(body.credential).toEqual(signed)
    expect(body.sovereignty).toEqual(expect.objectContaining({ overall: expect.any(Object) }))
  })

  it('answers 404 for an unknown id whatever the representation asked', async () => {
    for (const accept of ['application/n-quads', 'application/ld+json']) {
      const res = await node.app.request(
        `/api/v1/offerings/${encodeURIComponent('https://nope.example/x')}`,
        { headers: { Accept: accept } },
      )
      expect(res.status).toBe(404)
      expect(res.headers.get('content-type')).toContain('application/problem+json')
    }
  })
})

describe('GET /api/v1/credentials/{hash}', () => {
  it('returns the credential exactly as it was stored', async () => {
    const list = await (await node.app.request('/api/v1/offerings?limit=1')).json()
    const res = await node.app.request(`/api/v1/credentials/${list.items[0].hash}`)
    expect(res.status).toBe(200)
    expect(await res.text()).toBe(JSON.stringify(signed))
  })

  it('answers 404 for an unknown hash', async () => {
    const res = await node.app.request(`/api/v1/credentials/sha256-${'0'.repeat(64)}`)
    expect(res.status).toBe(404)
  })
})

describe('ingestCredential', () => {
  it('stores the same content once, with one put event per credential', async () => {
    const again = await ingestCredentials(node.ctx, signed, { origin: 'local' })
    expect(again).toMatchObject({ ok: true, accepted: [{ created: false }] })
    expect((await node.ctx.store.counts()).credentials).toBe(27)
    const events = await node.ctx.store.eventsAfter(0, 100)
    expect(events).toHaveLength(27)
    expect(events.every((e) => e.kind === 'put')).toBe(true)
    expect(events.map((e) => e.seq)).toEqual([...events.map((e) => e.seq)].sort((a, b) => a - b))
  })

  it('stores nothing for a credential that fails verification', async () => {
    const tampered = structuredClone(signed)
    tampered.credentialSubject['schema:name'] = 'Offre modifiée'
    const result = await ingestCredentials(node.ctx, tampered, { origin: 'local' })
    expect(result.ok).toBe(false)
    expect((await node.ctx.store.counts()).credentials).toBe(27)
    expect(await node.ctx.store.eventsAfter(0, 100)).toHaveLength(27)
  })
})
