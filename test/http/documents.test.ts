// No dead link (issue 12): every evidence, legal, terms and contact document the seeded
// catalogue's credentials link to is served by the node, as the PDF the link promises, and the
// terms and conditions are the very bytes whose sha256 their credential states.
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateKeyMaterial, type KeyMaterial } from '../../src/credentials/did/keys.js'
import { seedDocumentPaths } from '../../seed/documents/documents.js'
import { seedCatalogue } from '../../seed/seed.js'
import { expectProblem, type TestNode } from '../helpers/partner.js'
import { createTestNode } from '../helpers/test-node.js'

const PUBLIC_URL = 'https://catalogue.bleu.fr'
let node: TestNode
/** Every `gx:url` of every credential the node holds, with the node holding it. */
let links: { url: string; node: Record<string, unknown> }[] = []

function collect(value: unknown, found: { url: string; node: Record<string, unknown> }[]) {
  if (Array.isArray(value)) for (const v of value) collect(v, found)
  else if (value && typeof value === 'object') {
    const node = value as Record<string, unknown>
    if (typeof node['gx:url'] === 'string') found.push({ url: node['gx:url'], node })
    for (const v of Object.values(node)) collect(v, found)
  }
}

beforeAll(async () => {
  node = await createTestNode({ env: { GXC_PUBLIC_URL: PUBLIC_URL } })
  const keys = new Map<string, KeyMaterial>()
  await seedCatalogue(node.ctx, {
    partnerKeys: async (slug) => {
      if (!keys.has(slug)) keys.set(slug, await generateKeyMaterial())
      return keys.get(slug)!
    },
  })
  for (const event of await node.ctx.store.eventsAfter(0, 10_000)) {
    const stored = await node.ctx.store.getCredential(event.hash)
    collect(JSON.parse(stored!.document), links)
  }
}, 120_000)
afterAll(() => node.close())

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest()

async function fetchDocument(url: string) {
  expect(url.startsWith(`${PUBLIC_URL}/`), url).toBe(true)
  const res = await node.app.request(url.slice(PUBLIC_URL.length))
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) }
}

describe('GET the documents of the seeded catalogue', () => {
  it('links every legal document, evidence, terms and contact to a document the node serves', async () => {
    const urls = [...new Set(links.map((l) => l.url))]
    // evidence (3 Bleu, 2 + 1 + 1 + 1 partners), legal documents, terms of 28 offerings, contact
    expect(urls.length).toBeGreaterThan(40)
    for (const url of urls) {
      const { res, bytes } = await fetchDocument(url)
      expect(res.status, url).toBe(200)
      expect(res.headers.get('content-type'), url).toBe('application/pdf')
      expect(new TextDecoder().decode(bytes.slice(0, 5)), url).toBe('%PDF-')
      expect(res.headers.get('repr-digest')).toBe(`sha-256=:${sha256(bytes).toString('base64')}:`)
    }
  })

  it('serves the evidence of every certification a search result shows', async () => {
    const res = await node.app.request('/api/v1/offerings?limit=100&facets=')
    const { items } = (await res.json()) as {
      items: { name: string; certifications: { scheme: string; evidence?: string }[] }[]
    }
    const evidence = items.flatMap((i) => i.certifications.map((c) => c.evidence))
    expect(evidence.length).toBeGreaterThan(30)
    for (const url of new Set(evidence)) {
      expect(url).toBeDefined()
      expect((await fetchDocument(url!)).res.status, url).toBe(200)
    }
  })

  it('serves terms and conditions whose sha256 is the gx:hash of their credential', async () => {
    const terms = links.filter((l) => l.node.type === 'gx:TermsAndConditions')
    expect(terms.length).toBe(28)
    for (const { url, node: claim } of terms) {
      const { res, bytes } = await fetchDocument(url)
      expect(res.status).toBe(200)
      expect(sha256(bytes).toString('hex'), url).toBe(claim['gx:hash'])
    }
  })

  it('answers a matching If-None-Match with 304, and a HEAD without a body', async () => {
    const path = '/evidence/hds-certificate.pdf'
    const first = await node.app.request(path)
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^"sha256-[0-9a-f]{64}"$/)
    const again = await node.app.request(path, { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
    const head = await node.app.request(path, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })

  it('lets a browser show the PDF but nothing frame it', async () => {
    const res = await node.app.request('/legal/data-processing-agreement.pdf')
    expect(res.headers.get('content-security-policy')).toBe("frame-ancestors 'none'")
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('content-disposition')).toBe(
      'inline; filename="data-processing-agreement.pdf"',
    )
  })

  it('answers 404 for a document the seed does not hold', async () => {
    for (const path of [
      '/evidence/nothing.pdf',
      '/legal/offerings/unknown/terms.pdf',
      '/partners/unknown/contact',
      '/evidence/hds-certificate.pdf/x',
    ]) {
      await expectProblem(await node.app.request(path), 404, 'not-found')
    }
  })

  it('serves the same bytes on every request, with no date or id that would change them', async () => {
    for (const path of seedDocumentPaths().slice(0, 5)) {
      const [a, b] = await Promise.all([node.app.request(path), node.app.request(path)])
      expect(sha256(new Uint8Array(await a.arrayBuffer()))).toEqual(
        sha256(new Uint8Array(await b.arrayBuffer())),
      )
    }
  })
})
