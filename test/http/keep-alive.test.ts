// Over real sockets: what a refusal leaves on a keep-alive connection is only visible there.
import { serve, type ServerType } from '@hono/node-server'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestNode } from '../helpers/test-node.js'

type TestNode = Awaited<ReturnType<typeof createTestNode>>
type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string; reused: boolean }

const servers: { node: TestNode; server: ServerType }[] = []

async function listen(env: Record<string, string> = {}): Promise<number> {
  const node = await createTestNode({ env })
  const server = await new Promise<ServerType>((resolve) => {
    const started = serve({ fetch: node.app.fetch, hostname: '127.0.0.1', port: 0 }, () =>
      resolve(started),
    )
  })
  servers.push({ node, server })
  return (server.address() as AddressInfo).port
}

let port: number
beforeAll(async () => {
  port = await listen()
})
afterAll(async () => {
  for (const { node, server } of servers) {
    await new Promise<void>((resolve) => server.close(() => resolve()))
    node.close()
  }
})

function send(
  agent: http.Agent,
  method: string,
  path: string,
  options: { body?: Buffer; chunked?: boolean; headers?: Record<string, string>; to?: number } = {},
): Promise<Reply> {
  const { body, chunked = false, headers = {}, to = port } = options
  return new Promise((resolve, reject) => {
    let answered = false
    const request = http.request(
      {
        host: '127.0.0.1',
        port: to,
        method,
        path,
        agent,
        headers: {
          ...(body && !chunked ? { 'Content-Length': String(body.length) } : {}),
          ...headers,
        },
      },
      (res) => {
        answered = true
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('error', reject)
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
            reused: request.reusedSocket,
          }),
        )
      },
    )
    // the server may answer and close before the whole body is sent: that is not this request's error
    request.on('error', (error) => (answered ? undefined : reject(error)))
    if (body && chunked) {
      // several chunks, so the body is not one write that Node frames with a Content-Length
      for (let at = 0; at < body.length; at += 64 * 1024)
        request.write(body.subarray(at, at + 64 * 1024))
      request.end()
    } else request.end(body)
  })
}

async function expectHealthy(agent: http.Agent, to = port): Promise<Reply> {
  const next = await send(agent, 'GET', '/healthz', { to })
  expect(next.status).toBe(200)
  expect(JSON.parse(next.body)).toEqual({ status: 'ok' })
  return next
}

const JSON_HEADERS = { 'Content-Type': 'application/json' }

describe('a keep-alive connection after an answer that left the body unread', () => {
  let agent: http.Agent
  beforeAll(() => {
    agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
  })
  afterAll(() => agent.destroy())

  it('carries the next request after a 413 for a 2 MB body', async () => {
    await expectHealthy(agent)
    const refused = await send(agent, 'POST', '/api/v1/validate', {
      body: Buffer.alloc(2 * 1024 * 1024, 0x20),
      headers: JSON_HEADERS,
    })
    expect(refused.status).toBe(413)
    expect(refused.headers.connection).toBe('keep-alive')
    expect(JSON.parse(refused.body)).toMatchObject({ status: 413 })
    expect(refused.reused).toBe(true)
    expect((await expectHealthy(agent)).reused).toBe(true)
  })

  it('carries the next request after a 413 for a chunked body over the limit', async () => {
    const refused = await send(agent, 'POST', '/api/v1/validate', {
      body: Buffer.alloc(2 * 1024 * 1024, 0x20),
      chunked: true,
      headers: JSON_HEADERS,
    })
    expect(refused.status).toBe(413)
    expect(refused.headers.connection).toBe('keep-alive')
    expect((await expectHealthy(agent)).reused).toBe(true)
  })

  it('closes after a 413 for a body too large to discard, and the next request goes through', async () => {
    const refused = await send(agent, 'POST', '/api/v1/validate', {
      body: Buffer.alloc(20 * 1024 * 1024, 0x20),
      headers: JSON_HEADERS,
    })
    expect(refused.status).toBe(413)
    expect(refused.headers.connection).toBe('close')
    expect((await expectHealthy(agent)).reused).toBe(false)
  })

  it('carries the next request after a 415 refused before reading the body', async () => {
    for (const size of [30_000, 512 * 1024]) {
      const refused = await send(agent, 'POST', '/api/v1/validate', {
        body: Buffer.alloc(size, 0x20),
        headers: { 'Content-Type': 'text/plain' },
      })
      expect(refused.status).toBe(415)
      expect(refused.headers.connection).toBe('keep-alive')
      expect((await expectHealthy(agent)).reused).toBe(true)
    }
  })

  it('carries the next request after a 404 to a POST with a body', async () => {
    const refused = await send(agent, 'POST', '/nowhere', {
      body: Buffer.from('{}'),
      headers: JSON_HEADERS,
    })
    expect(refused.status).toBe(404)
    expect(refused.headers.connection).toBe('keep-alive')
    expect((await expectHealthy(agent)).reused).toBe(true)
  })

  it('carries the next request after a 429 refused before reading the body', async () => {
    const limited = await listen({ GXC_RATE_LIMIT: 'validate=1/60s' })
    const validate = () =>
      send(agent, 'POST', '/api/v1/validate', {
        body: Buffer.from('{}'),
        headers: JSON_HEADERS,
        to: limited,
      })
    expect((await validate()).status).toBe(200)
    const refused = await validate()
    expect(refused.status).toBe(429)
    expect(refused.headers.connection).toBe('keep-alive')
    expect((await expectHealthy(agent, limited)).reused).toBe(true)
  })

  it('carries the next request after a write that read its body', async () => {
    await expectHealthy(agent)
    const read = await send(agent, 'POST', '/api/v1/validate', {
      body: Buffer.from('{}'),
      headers: JSON_HEADERS,
    })
    expect(read.status).toBe(200)
    expect(read.headers.connection).toBe('keep-alive')
    expect((await expectHealthy(agent)).reused).toBe(true)
  })
})

describe('fetch (undici) after a refusal', () => {
  it('gets the 413 for a 2 MB body, then the next answer', async () => {
    for (let i = 0; i < 3; i++) {
      const refused = await fetch(`http://127.0.0.1:${port}/api/v1/validate`, {
        method: 'POST',
        headers: JSON_HEADERS,
        body: JSON.stringify({ big: 'x'.repeat(2 * 1024 * 1024) }),
      })
      expect(refused.status).toBe(413)
      await refused.text()
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200)
    }
  })
})
