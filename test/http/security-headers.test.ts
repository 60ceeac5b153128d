import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ADMIN_TOKEN,
  OPEN_NODE_ENV,
  unsignedPresentation,
  type TestNode,
} from '../helpers/partner.js'
import { createTestNode } from '../helpers/test-node.js'

const API_CSP = "default-src 'none'; frame-ancestors 'none'"
const ORIGIN = 'https://app.example'

let node: TestNode
let plain: TestNode
beforeAll(async () => {
  node = await createTestNode({ env: { ...OPEN_NODE_ENV, GXC_BODY_LIMIT: '4096' } })
  plain = await createTestNode({ env: { GXC_PUBLIC_URL: 'http://127.0.0.1:8787' } })
})
afterAll(() => {
  node.close()
  plain.close()
})

function expectSecurityHeaders(res: Response, label: string): void {
  expect(res.headers.get('X-Content-Type-Options'), label).toBe('nosniff')
  expect(res.headers.get('Referrer-Policy'), label).toBe('no-referrer')
  expect(res.headers.get('X-Frame-Options'), label).toBe('DENY')
  expect(res.headers.get('Content-Security-Policy'), label).toContain("frame-ancestors 'none'")
  expect(res.headers.get('Cross-Origin-Resource-Policy'), label).toMatch(/^(same|cross)-origin$/)
}

describe('security headers', () => {
  it('are on JSON answers, problems and metrics, with a policy that allows nothing', async () => {
    const answers: [string, Response][] = [
      ['json', await node.app.request('/healthz')],
      ['not found', await node.app.request('/nowhere')],
      ['unsupported media type', await node.app.request('/api/v1/validate', { method: 'POST' })],
      [
        'too large',
        await node.app.request('/api/v1/validate', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ padding: 'x'.repeat(8192) }),
        }),
      ],
      [
        'unauthorized',
        await node.app.request('/api/v1/admin/reindex', {
          method: 'POST',
          headers: { Authorization: 'Bearer wrong' },
        }),
      ],
      ['metrics', await node.app.request('/metrics')],
    ]
    expect(answers.map(([label, res]) => [label, res.status])).toEqual([
      ['json', 200],
      ['not found', 404],
      ['unsupported media type', 415],
      ['too large', 413],
      ['unauthorized', 401],
      ['metrics', 200],
    ])
    for (const [label, res] of answers) {
      expectSecurityHeaders(res, label)
      expect(res.headers.get('Content-Security-Policy'), label).toBe(API_CSP)
    }
  })

  it('keep the stricter policy of /docs', async () => {
    const res = await node.app.request('/docs')
    expectSecurityHeaders(res, '/docs')
    const policy = res.headers.get('Content-Security-Policy') ?? ''
    expect(policy).toMatch(/^default-src 'none'; style-src 'sha256-[^']+'; base-uri 'none'/)
  })

  it('let a route set its own Content-Security-Policy', async () => {
    const own = "default-src 'self'; frame-ancestors 'none'"
    // as a page of the web UI will: registered before the node answers its first request
    const pages = await createTestNode()
    pages.app.get('/own-policy', (c) =>
      c.html('<p>hello</p>', 200, { 'Content-Security-Policy': own }),
    )
    const res = await pages.app.request('/own-policy')
    expect(res.headers.get('Content-Security-Policy')).toBe(own)
    expectSecurityHeaders(res, '/own-policy')
    pages.close()
  })

  it('include Strict-Transport-Security only when the public URL is https', async () => {
    expect((await node.app.request('/healthz')).headers.get('Strict-Transport-Security')).toMatch(
      /^max-age=\d{7,}/,
    )
    expect(
      (await plain.app.request('/healthz')).headers.get('Strict-Transport-Security'),
    ).toBeNull()
  })
})

describe('CORS', () => {
  const publicReads = [
    '/api/v1/offerings',
    '/api/v1/offerings?q=storage',
    '/api/v1/offerings/unknown',
    '/api/v1/participants',
    '/api/v1/participants/unknown',
    '/api/v1/credentials/sha256-unknown',
    '/api/v1/catalogue/dcat',
    '/api/v1/federation/events',
    '/api/v1/contexts?url=https%3A%2F%2Fwww.w3.org%2Fns%2Fcredentials%2Fv2',
    '/credentials-events',
    '/.well-known/did.json',
    '/.well-known/gaia-x-catalogue',
    '/openapi.json',
  ]

  it.each(publicReads)('lets any origin read GET %s', async (path) => {
    for (const method of ['GET', 'HEAD']) {
      const res = await node.app.request(path, { method, headers: { Origin: ORIGIN } })
      expect(res.headers.get('Access-Control-Allow-Origin'), method).toBe('*')
      expect(res.headers.get('Access-Control-Allow-Credentials'), method).toBeNull()
      expect(res.headers.get('Cross-Origin-Resource-Policy'), method).toBe('cross-origin')
    }
  })

  it('answers the preflight of a public read', async () => {
    const res = await node.app.request('/api/v1/offerings?q=storage', {
      method: 'OPTIONS',
      headers: {
        Origin: ORIGIN,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'accept-language',
      },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect(res.headers.get('Access-Control-Allow-Methods')).toBe('GET,HEAD')
    expect(res.headers.get('Access-Control-Allow-Headers')).toBe('accept-language')
    expect(res.headers.get('Access-Control-Max-Age')).toBe('86400')
  })

  it.each([
    ['POST', '/api/v1/participants'],
    ['POST', '/api/v1/submissions'],
    ['POST', '/api/v1/offerings/unknown/revoke'],
    ['POST', '/api/v1/challenges'],
    ['POST', '/api/v1/validate'],
    ['POST', '/credentials/verify'],
    ['POST', '/api/v1/admin/reindex'],
    ['PUT', '/api/v1/admin/did-documents/did%3Aweb%3Aexample.eu'],
    ['GET', '/api/v1/admin/reindex'],
  ])('gives no CORS headers to %s %s, nor to its preflight', async (method, path) => {
    const res = await node.app.request(path, {
      method,
      headers: { Origin: ORIGIN, Authorization: `Bearer ${ADMIN_TOKEN}` },
    })
    expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull()
    const preflight = await node.app.request(path, {
      method: 'OPTIONS',
      headers: { Origin: ORIGIN, 'Access-Control-Request-Method': method },
    })
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBeNull()
    expect(preflight.headers.get('Access-Control-Allow-Methods')).toBeNull()
  })

  it.each(['/healthz', '/readyz', '/metrics', '/docs'])(
    'gives no CORS headers to the operational route %s',
    async (path) => {
      const res = await node.app.request(path, { headers: { Origin: ORIGIN } })
      expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull()
      expect(res.headers.get('Cross-Origin-Resource-Policy')).toBe('same-origin')
    },
  )
})
