import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  checkRemoteUrl,
  createRemoteFetch,
  didWebDocumentUrl,
  type RemoteFetchPolicy,
} from './remote-fetch.js'

type Handler = (req: IncomingMessage, res: ServerResponse) => void
const routes = new Map<string, Handler>()
const hits: string[] = []
let server: Server
let origin: string

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '')
    const handler = routes.get(req.url ?? '')
    if (handler) handler(req, res)
    else res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  origin = `https://127.0.0.1:${port}`
  policy = { allowHosts: [`127.0.0.1:${port}`], timeoutMs: 500, maxBytes: 1024 }
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

beforeEach(() => {
  hits.length = 0
  routes.clear()
})

let policy: RemoteFetchPolicy
// the policy sees https URLs; only the socket speaks plain HTTP, as a 127.0.0.1 server has no
// certificate (the test guard allows nothing else)
const overLoopback: typeof fetch = (input, init) =>
  fetch(String(input).replace(/^https:/, 'http:'), init)
const fetchRemote = (p: Partial<RemoteFetchPolicy> = {}) =>
  createRemoteFetch({ ...policy, ...p }, overLoopback)

const JSON_TYPES = ['application/did+json', 'application/json']

function serve(path: string, body: string, type = 'application/did+json'): void {
  routes.set(path, (_, res) => res.writeHead(200, { 'Content-Type': type }).end(body))
}

describe('createRemoteFetch', () => {
  it('fetches an allow-listed https URL of an accepted media type', async () => {
    serve('/did.json', '{"id":"did:web:x"}', 'application/did+json; charset=utf-8')
    const result = await fetchRemote()(`${origin}/did.json`, JSON_TYPES)
    expect(result).toEqual({ ok: true, url: `${origin}/did.json`, text: '{"id":"did:web:x"}' })
  })

  it('fetches nothing when no host is allow-listed, and nothing from other hosts', async () => {
    serve('/did.json', '{}')
    const off = await fetchRemote({ allowHosts: [] })(`${origin}/did.json`, JSON_TYPES)
    const other = await fetchRemote({ allowHosts: ['gaia-x.eu'] })(`${origin}/did.json`, JSON_TYPES)
    expect([off, other]).toMatchObject([
      { ok: false, reason: 'fetch-disabled' },
      { ok: false, reason: 'host-not-allowed' },
    ])
    expect(hits).toEqual([])
  })

  it('refuses plain http and URLs with credentials', () => {
    expect(checkRemoteUrl(`${origin.replace('https', 'http')}/did.json`, policy)).toBe(
      'insecure-url',
    )
    expect(checkRemoteUrl(origin.replace('//', '//u:p@'), policy)).toBe('insecure-url')
    expect(checkRemoteUrl(`${origin}/did.json`, policy)).toBeUndefined()
    expect(checkRemoteUrl('https://127.0.0.1.evil.example/', policy)).toBe('host-not-allowed')
  })

  it('allows an entry’s own port only: 443 when it names none', () => {
    const plain = { ...policy, allowHosts: ['gaia-x.eu', 'registry.example:8443'] }
    expect(checkRemoteUrl('https://gaia-x.eu/did.json', plain)).toBeUndefined()
    expect(checkRemoteUrl('https://gaia-x.eu:443/did.json', plain)).toBeUndefined()
    expect(checkRemoteUrl('https://gaia-x.eu:8443/did.json', plain)).toBe('host-not-allowed')
    expect(checkRemoteUrl('https://gaia-x.eu:22/did.json', plain)).toBe('host-not-allowed')
    expect(checkRemoteUrl('https://registry.example:8443/x.pem', plain)).toBeUndefined()
    expect(checkRemoteUrl('https://registry.example/x.pem', plain)).toBe('host-not-allowed')
    expect(checkRemoteUrl('https://registry.example:9443/x.pem', plain)).toBe('host-not-allowed')
    const explicit = { ...policy, allowHosts: ['gaia-x.eu:443'] }
    expect(checkRemoteUrl('https://gaia-x.eu/did.json', explicit)).toBeUndefined()
  })

  it('gives up after the timeout', async () => {
    routes.set('/slow', (_, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.write('{')
      setTimeout(() => res.end('}'), 2000).unref()
    })
    const started = Date.now()
    const result = await fetchRemote({ timeoutMs: 200 })(`${origin}/slow`, JSON_TYPES)
    expect(result).toMatchObject({ ok: false, reason: 'timeout' })
    expect(Date.now() - started).toBeLessThan(1500)
  })

  it('stops reading past the size cap, declared or not', async () => {
    routes.set('/declared', (_, res) =>
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('x'.repeat(4096)),
    )
    routes.set('/streamed', (_, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' }) // chunked: no Content-Length
      for (let i = 0; i < 8; i++) res.write('y'.repeat(512))
      res.end()
    })
    for (const path of ['/declared', '/streamed']) {
      expect(await fetchRemote()(`${origin}${path}`, JSON_TYPES)).toMatchObject({
        ok: false,
        reason: 'too-large',
      })
    }
  })

  it('follows a redirect within the origin and refuses one to another host', async () => {
    serve('/final.json', '{"ok":true}')
    routes.set('/moved', (_, res) => res.writeHead(302, { Location: '/final.json' }).end())
    const port = new URL(origin).port
    routes.set('/away', (_, res) =>
      res.writeHead(301, { Location: `https://localhost:${port}/final.json` }).end(),
    )
    expect(await fetchRemote()(`${origin}/moved`, JSON_TYPES)).toMatchObject({
      ok: true,
      text: '{"ok":true}',
    })
    hits.length = 0
    const away = await fetchRemote({ allowHosts: [`127.0.0.1:${port}`, `localhost:${port}`] })(
      `${origin}/away`,
      JSON_TYPES,
    )
    expect(away).toMatchObject({ ok: false, reason: 'redirect-refused' })
    expect(hits).toEqual(['/away'])
  })

  it('refuses an unexpected media type and an error status', async () => {
    serve('/page', '<html></html>', 'text/html')
    expect(await fetchRemote()(`${origin}/page`, JSON_TYPES)).toMatchObject({
      reason: 'bad-content-type',
    })
    expect(await fetchRemote()(`${origin}/missing`, JSON_TYPES)).toMatchObject({
      reason: 'bad-status',
    })
  })
})

describe('didWebDocumentUrl', () => {
  it('maps did:web DIDs to their document URLs (did:web §3.2)', () => {
    expect(didWebDocumentUrl('did:web:gaia-x.eu')).toBe('https://gaia-x.eu/.well-known/did.json')
    expect(didWebDocumentUrl('did:web:registration.lab.gaia-x.eu:v1')).toBe(
      'https://registration.lab.gaia-x.eu/v1/did.json',
    )
    expect(didWebDocumentUrl('did:web:127.0.0.1%3A8443:a:b#key')).toBe(
      'https://127.0.0.1:8443/a/b/did.json',
    )
  })

  it('answers undefined for other methods and impossible hosts', () => {
    expect(didWebDocumentUrl('did:key:z6Mk')).toBeUndefined()
    expect(didWebDocumentUrl('did:web:')).toBeUndefined()
    expect(didWebDocumentUrl('did:web:evil.example%2Fx%40y')).toBeUndefined()
    expect(didWebDocumentUrl('did:web:bad%E0')).toBeUndefined()
  })

  it('answers undefined for path segments that would name another path of the host', () => {
    for (const did of [
      'did:web:partner.example:..:admin',
      'did:web:partner.example:users:..:..:admin',
      'did:web:partner.example:%2E%2E:admin',
      'did:web:partner.example:.:x',
      'did:web:partner.example::x',
    ]) {
      expect(didWebDocumentUrl(did), did).toBeUndefined()
    }
    expect(didWebDocumentUrl('did:web:partner.example:a..b')).toBe(
      'https://partner.example/a..b/did.json',
    )
  })
})
