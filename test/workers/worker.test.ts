// The Node app, unchanged, on workerd with a real (local) D1: the worker entry serves it, and
// credentials are signed, verified and stored inside the isolate.
import { env, exports } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import { ingestCredentials } from '../../src/catalogue/ingest.js'
import type { AppContext } from '../../src/context.js'
import { createDidResolver } from '../../src/credentials/did/did.js'
import { createDocumentLoader } from '../../src/credentials/document-loader.js'
import { signCredential } from '../../src/credentials/data-integrity/sign.js'
import { createWorkerContext } from '../../src/entry/worker.js'
import { createLogger } from '../../src/logger.js'
import { newDidKey, offeringCredential, participantCredentials } from '../helpers/credentials.js'

const NOW = new Date('2026-11-28T12:00:00Z')
const BASE = 'https://catalogue.test'

function get(path: string, headers: Record<string, string> = {}) {
  return exports.default.fetch(new Request(`${BASE}${path}`, { headers }))
}

describe('worker entry on workerd + D1', () => {
  it('answers /healthz', async () => {
    const res = await get('/healthz')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'ok' })
  })

  it('is ready once the migrations are applied', async () => {
    const res = await get('/readyz')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'ready' })
  })

  it('serves its did:web DID document', async () => {
    const res = await get('/.well-known/did.json')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toMatch(/^application\/did\+json/)
    const document = (await res.json()) as { id: string; verificationMethod: unknown[] }
    expect(document.id).toBe('did:web:catalogue.test')
    expect(document.verificationMethod).toHaveLength(1)
  })
})

describe('createWorkerContext', () => {
  it('refuses to start without the GXC_NODE_KEY secret', async () => {
    await expect(createWorkerContext({ DB: env.DB, GXC_PUBLIC_URL: BASE })).rejects.toMatchObject({
      name: 'ConfigError',
      code: 'bad-config',
    })
  })
})

describe('GET /api/v1/offerings on D1', () => {
  const offeringId = 'https://partner.example.eu/offerings/analytics'
  let ctx: AppContext
  let signed: Record<string, unknown>
  let raw: string

  beforeAll(async () => {
    ctx = await createWorkerContext(env, {
      clock: () => NOW,
      logger: createLogger('test', 'silent'),
    })
    const key = await newDidKey()
    const loader = createDocumentLoader({ resolveDid: createDidResolver(async () => undefined) })
    signed = await signCredential(offeringCredential(key.did), {
      key,
      loader,
      date: new Date('2026-11-28T11:00:00Z'),
    })
    const participant = []
    for (const credential of participantCredentials(key.did)) {
      participant.push(await signCredential(credential, { key, loader, date: NOW }))
    }
    const onboarded = await ingestCredentials(
      ctx,
      { type: ['VerifiablePresentation'], verifiableCredential: participant },
      { origin: 'local' },
    )
    expect(onboarded.ok).toBe(true)
    // indented on purpose: the node must serve the bytes it received, not a re-serialisation
    raw = JSON.stringify(signed, null, 2)
    const result = await ingestCredentials(ctx, signed, { origin: 'local', raw })
    expect(result).toMatchObject({ ok: true, accepted: [{ created: true }] })
  })

  it('returns a stored offering with its credential', async () => {
    const res = await get(`/api/v1/offerings/${encodeURIComponent(offeringId)}`)
    expect(res.status).toBe(200)
    const body = (await res.json()) as Record<string, any>
    expect(body.offering).toMatchObject({
      id: offeringId,
      name: 'Analytique souveraine',
      origin: 'local',
      status: 'active',
    })
    expect(body.credential).toEqual(signed)
    expect(body.verification).toMatchObject({ verified: true, proofType: 'eddsa-rdfc-2022' })
  })

  it('lists the offering', async () => {
    const res = await get('/api/v1/offerings')
    expect(res.status).toBe(200)
    const body = (await res.json()) as { items: { id: string }[]; next: string | null }
    // the worker's D1 is shared with the other files of test/workers (vc-jwt.test.ts stores its
    // own offerings there), whichever runs first
    expect(body.items.map((item) => item.id)).toContain(offeringId)
  })

  it('searches the text and counts facets from the packed rows on D1', async () => {
    const res = await get('/api/v1/offerings?q=analytique&facets=provider,type')
    expect(res.status).toBe(200)
    const body = (await res.json()) as {
      items: { id: string }[]
      total: number
      facets: Record<string, { value: string; count: number }[]>
    }
    expect(body.items.map((item) => item.id)).toEqual([offeringId])
    expect(body.total).toBe(1)
    expect(body.facets.provider).toHaveLength(1)
    expect(body.facets.provider![0]!.count).toBe(1)
    expect(body.facets.type).toContainEqual(
      expect.objectContaining({ value: 'gx:ServiceOffering', count: 1 }),
    )
  })

  it('returns the signed credential byte for byte to a JSON-LD client', async () => {
    const res = await get(`/api/v1/offerings/${encodeURIComponent(offeringId)}`, {
      Accept: 'application/ld+json',
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toMatch(/^application\/ld\+json/)
    expect(await res.text()).toBe(raw)
  })

  it('answers 404 with a problem for an unknown offering', async () => {
    const res = await get(`/api/v1/offerings/${encodeURIComponent('https://nowhere.example/o')}`)
    expect(res.status).toBe(404)
    expect(res.headers.get('Content-Type')).toMatch(/^application\/problem\+json/)
    expect(await res.json()).toMatchObject({ status: 404, type: `${BASE}/problems/not-found` })
  })

  it('rejects a tampered credential inside workerd and stores nothing', async () => {
    const subject = signed.credentialSubject as Record<string, unknown>
    const tampered = {
      ...signed,
      credentialSubject: { ...subject, id: 'https://partner.example.eu/offerings/forged' },
    }
    const result = await ingestCredentials(ctx, tampered, { origin: 'local' })
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.errors.map((e: { code: string }) => e.code)).toContain('signature-invalid')
    const res = await get(
      `/api/v1/offerings/${encodeURIComponent('https://partner.example.eu/offerings/forged')}`,
    )
    expect(res.status).toBe(404)
  })
})
