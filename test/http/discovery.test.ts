import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestNode } from '../helpers/test-node.js'

let node: Awaited<ReturnType<typeof createTestNode>>
beforeAll(async () => {
  node = await createTestNode({ env: { GXC_PUBLIC_URL: 'https://catalogue.bleu.fr' } })
})
afterAll(() => node.close())

describe('GET /.well-known/did.json', () => {
  it('serves the did:web document with one Ed25519 key for assertion and authentication', async () => {
    const res = await node.app.request('/.well-known/did.json')
    expect(res.status).toBe(200)
    const doc = await res.json()
    expect(doc.id).toBe('did:web:catalogue.bleu.fr')
    expect(doc.verificationMethod).toHaveLength(1)
    const [method] = doc.verificationMethod
    expect(method).toMatchObject({ type: 'Multikey', controller: doc.id })
    expect(method.publicKeyMultibase).toMatch(/^z6Mk/)
    expect(doc.assertionMethod).toEqual([method.id])
    expect(doc.authentication).toEqual([method.id])
    expect(doc.alsoKnownAs).toEqual([`did:key:${method.publicKeyMultibase}`])
  })
})

describe('GET /.well-known/gaia-x-catalogue', () => {
  it('describes the node, its DIDs, counts and every pinned context with its digest', async () => {
    const res = await node.app.request('/.well-known/gaia-x-catalogue')
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body).toMatchObject({
      did: 'did:web:catalogue.bleu.fr',
      publicUrl: 'https://catalogue.bleu.fr',
      apiVersion: '1',
      counts: { participants: 0, offerings: 0, credentials: 0 },
    })
    expect(body.didKey).toMatch(/^did:key:z6Mk/)
    expect(body.trustFrameworks.length).toBeGreaterThan(0)
    const urls = body.contexts.map((c: { url: string }) => c.url)
    expect(urls).toContain('https://www.w3.org/ns/credentials/v2')
    expect(urls).toContain('https://w3id.org/gaia-x/2511#')
    for (const context of body.contexts) expect(context.sha256).toMatch(/^[0-9a-f]{64}$/)
  })
})

describe('GET /api/v1/contexts', () => {
  it('serves a pinned context', async () => {
    const url = encodeURIComponent('https://w3id.org/gaia-x/2511#')
    const res = await node.app.request(`/api/v1/contexts?url=${url}`)
    expect(res.status).toBe(200)
    expect((await res.json())['@context']).toBeTypeOf('object')
  })

  it('answers 404 for a context the node does not pin', async () => {
    const res = await node.app.request('/api/v1/contexts?url=https%3A%2F%2Fexample.org%2Fctx')
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
  })

  it('answers 400 naming the missing url parameter', async () => {
    const res = await node.app.request('/api/v1/contexts')
    expect(res.status).toBe(400)
    const problem = await res.json()
    expect(problem.errors[0].path).toBe('/query/url')
  })
})

describe('health', () => {
  it('is live and ready once migrations are applied', async () => {
    expect((await node.app.request('/healthz')).status).toBe(200)
    const ready = await node.app.request('/readyz')
    expect(ready.status).toBe(200)
    expect(await ready.json()).toEqual({ status: 'ready' })
  })
})

describe('unknown routes', () => {
  it('answers an RFC 9457 problem with a request id', async () => {
    const res = await node.app.request('/api/v1/nothing-here')
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    const problem = await res.json()
    expect(problem).toMatchObject({
      status: 404,
      title: 'Not found',
      instance: '/api/v1/nothing-here',
    })
    expect(problem.type).toBe('https://catalogue.bleu.fr/problems/not-found')
    expect(problem.requestId).toBeTruthy()
    expect(res.headers.get('x-request-id')).toBe(problem.requestId)
  })
})

describe('GET /.well-known/gaia-x-catalogue links', () => {
  it('only to URLs that answer, the feeds included', async () => {
    const node = await createTestNode()
    const { endpoints } = await (await node.app.request('/.well-known/gaia-x-catalogue')).json()
    expect(Object.keys(endpoints)).toEqual(expect.arrayContaining(['events', 'credentialsEvents']))
    for (const url of Object.values(endpoints) as string[]) {
      const res = await node.app.request(url.replace(node.ctx.config.publicUrl, ''))
      expect(res.status, url).toBe(200)
    }
    node.close()
  })
})
