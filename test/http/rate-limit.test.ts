import type { Context } from 'hono'
import { afterAll, describe, expect, it } from 'vitest'
import { parseConfig } from '../../src/config.js'
import { ConfigError } from '../../src/errors.js'
import { clientKey, createRateLimiter } from '../../src/http/rate-limit.js'
import { partnerOffering } from '../helpers/credentials.js'
import {
  expectProblem,
  newPartner,
  onboard,
  OPEN_NODE_ENV,
  post,
  presentation,
  challenge,
  sign,
  signedParticipant,
  submit,
  unsignedPresentation,
  type TestNode,
} from '../helpers/partner.js'
import { createTestNode } from '../helpers/test-node.js'

const nodes: TestNode[] = []
afterAll(() => nodes.forEach((node) => node.close()))

/** A node whose clients are told apart by an `X-Test-Client` header, as an entry tells sockets. */
async function limitedNode(limits: string, env: Record<string, string> = {}): Promise<TestNode> {
  const node = await createTestNode({ env: { ...env, GXC_RATE_LIMIT: limits } })
  node.ctx.clientAddress = (c: Context) => c.req.header('X-Test-Client')
  nodes.push(node)
  return node
}

async function challengeFrom(node: TestNode, client = '192.0.2.1'): Promise<Response> {
  return node.app.request('/api/v1/challenges', {
    method: 'POST',
    headers: { 'X-Test-Client': client },
  })
}

describe('GXC_RATE_LIMIT', () => {
  it('meters writes, searches, validation and participants by default, and when on', () => {
    const defaults = {
      writes: { limit: 60, windowSeconds: 60 },
      reads: { limit: 600, windowSeconds: 60 },
      validate: { limit: 30, windowSeconds: 60 },
      participant: { limit: 30, windowSeconds: 60 },
    }
    expect(parseConfig({}).rateLimits).toEqual(defaults)
    expect(parseConfig({ GXC_RATE_LIMIT: 'on' }).rateLimits).toEqual(defaults)
  })

  it('meters nothing when off', () => {
    expect(parseConfig({ GXC_RATE_LIMIT: 'off' }).rateLimits).toEqual({
      writes: undefined,
      reads: undefined,
      validate: undefined,
      participant: undefined,
    })
  })

  it('reads explicit policies, keeping the defaults of the others', () => {
    expect(
      parseConfig({ GXC_RATE_LIMIT: 'writes=5/10s, reads=100/m,validate=off,participant=2/1h' })
        .rateLimits,
    ).toEqual({
      writes: { limit: 5, windowSeconds: 10 },
      reads: { limit: 100, windowSeconds: 60 },
      validate: undefined,
      participant: { limit: 2, windowSeconds: 3600 },
    })
  })

  it.each([
    'sometimes',
    'writes',
    'writes=10',
    'writes=0/60s',
    'writes=10/0s',
    'writes=10/25h',
    'writes=10/60d',
    'writes=-1/60s',
    'bogus=1/s',
    'toString=1/s',
    'writes=1/s,',
  ])('refuses %j as a configuration error naming GXC_RATE_LIMIT', (value) => {
    expect(() => parseConfig({ GXC_RATE_LIMIT: value })).toThrow(ConfigError)
    expect(() => parseConfig({ GXC_RATE_LIMIT: value })).toThrow(/GXC_RATE_LIMIT/)
  })
})

describe('the token buckets', () => {
  it('refill continuously, a request every window/limit', () => {
    let now = 0
    const limiter = createRateLimiter(
      parseConfig({ GXC_RATE_LIMIT: 'writes=2/10s' }).rateLimits,
      () => now,
    )
    expect(limiter.take('writes', 'a')).toMatchObject({
      allowed: true,
      remaining: 1,
      resetSeconds: 5,
    })
    expect(limiter.take('writes', 'a')).toMatchObject({ allowed: true, remaining: 0 })
    expect(limiter.take('writes', 'a')).toMatchObject({ allowed: false, retryAfterSeconds: 5 })
    now = 5_000
    expect(limiter.take('writes', 'a')).toMatchObject({ allowed: true, remaining: 0 })
    expect(limiter.take('writes', 'b')).toMatchObject({ allowed: true, remaining: 1 })
  })

  it('say nothing for a policy that is off', () => {
    const limiter = createRateLimiter(parseConfig({ GXC_RATE_LIMIT: 'off' }).rateLimits)
    expect(limiter.take('writes', 'a')).toBeUndefined()
  })

  it('keep a bounded number of keys, forgetting the least recently seen first', () => {
    let now = 0
    const limits = parseConfig({ GXC_RATE_LIMIT: 'writes=1/1h' }).rateLimits
    const limiter = createRateLimiter(limits, () => now, 10)
    expect(limiter.take('writes', 'first')?.allowed).toBe(true)
    expect(limiter.take('writes', 'first')?.allowed).toBe(false)
    for (let i = 0; i < 10; i++) {
      now += 1
      limiter.take('writes', `other-${i}`)
    }
    // 'first' was evicted: it starts afresh, which is the price of bounded memory
    expect(limiter.take('writes', 'first')?.allowed).toBe(true)
    expect(limiter.take('writes', 'other-9')?.allowed).toBe(false)
  })

  it('key an IPv6 client by its /64 and an IPv4-mapped address by its IPv4', () => {
    expect(clientKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64')
    expect(clientKey('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64')
    expect(clientKey('2001:0db8::1')).toBe('2001:db8:0:0::/64')
    expect(clientKey('::1')).toBe('0:0:0:0::/64')
    expect(clientKey('::ffff:192.0.2.7')).toBe('192.0.2.7')
    expect(clientKey('192.0.2.7')).toBe('192.0.2.7')
    expect(clientKey(undefined)).toBe('unknown')
  })
})

describe('per-client limits', () => {
  it('answers 429 past the write budget, with Retry-After and the RateLimit headers', async () => {
    const node = await limitedNode('writes=3/60s')
    for (let i = 0; i < 3; i++) {
      const res = await challengeFrom(node)
      expect(res.status).toBe(201)
      expect(res.headers.get('RateLimit-Policy')).toBe('"writes";q=3;w=60')
      expect(res.headers.get('RateLimit')).toMatch(new RegExp(`^"writes";r=${2 - i};t=\\d+$`))
    }
    const refused = await challengeFrom(node)
    await expectProblem(refused, 429, 'too-many-requests')
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1)
    expect(Number(refused.headers.get('Retry-After'))).toBeLessThanOrEqual(20)
    expect(refused.headers.get('RateLimit-Policy')).toBe('"writes";q=3;w=60')
    expect(refused.headers.get('RateLimit')).toMatch(/^"writes";r=0;t=\d+$/)
  })

  it('keeps a budget for each client', async () => {
    const node = await limitedNode('writes=1/60s')
    expect((await challengeFrom(node, '192.0.2.1')).status).toBe(201)
    expect((await challengeFrom(node, '192.0.2.1')).status).toBe(429)
    expect((await challengeFrom(node, '192.0.2.2')).status).toBe(201)
    expect((await challengeFrom(node, '2001:db8::1')).status).toBe(201)
    // the same /64: the same subscriber
    expect((await challengeFrom(node, '2001:db8::2')).status).toBe(429)
  })

  it('does not limit /healthz or the public reads by the write budget', async () => {
    const node = await limitedNode('writes=1/60s')
    await challengeFrom(node)
    expect((await challengeFrom(node)).status).toBe(429)
    for (const path of [
      '/healthz',
      '/api/v1/offerings',
      '/api/v1/participants',
      '/.well-known/did.json',
    ]) {
      const res = await node.app.request(path, { headers: { 'X-Test-Client': '192.0.2.1' } })
      expect(res.status, path).toBe(200)
      expect(res.headers.get('RateLimit'), path).toBeNull()
    }
  })

  it('meters validation and verification under their own budget', async () => {
    const node = await limitedNode('validate=2/60s,writes=1/60s')
    const validate = () =>
      post(node, '/api/v1/validate', unsignedPresentation([]), { 'X-Test-Client': '192.0.2.1' })
    expect((await validate()).headers.get('RateLimit-Policy')).toBe('"validate";q=2;w=60')
    await validate()
    await expectProblem(await validate(), 429, 'too-many-requests')
    const verify = await post(
      node,
      '/credentials/verify',
      { verifiableCredential: {} },
      {
        'X-Test-Client': '192.0.2.1',
      },
    )
    await expectProblem(verify, 429, 'too-many-requests')
    // writes are another budget
    expect((await challengeFrom(node)).status).toBe(201)
  })

  it('meters full-text searches, not plain listings, and a page on another origin can read why', async () => {
    const node = await limitedNode('reads=2/60s')
    const search = (query: string) =>
      node.app.request(`/api/v1/offerings${query}`, {
        headers: { 'X-Test-Client': '192.0.2.1', Origin: 'https://app.example' },
      })
    expect((await search('?q=storage')).headers.get('RateLimit-Policy')).toBe('"reads";q=2;w=60')
    expect((await search('?q=storage')).status).toBe(200)
    const refused = await search('?q=storage')
    await expectProblem(refused, 429, 'too-many-requests')
    expect(refused.headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect(refused.headers.get('Access-Control-Expose-Headers')).toContain('Retry-After')
    expect((await search('')).status).toBe(200)
    expect((await search('?country=FR')).status).toBe(200)
  })

  it('meters nothing when GXC_RATE_LIMIT is off', async () => {
    const node = await limitedNode('off')
    for (let i = 0; i < 100; i++) {
      const res = await challengeFrom(node)
      expect(res.status).toBe(201)
      expect(res.headers.get('RateLimit')).toBeNull()
    }
  })
})

describe('per-participant limits', () => {
  it('answers 429 past a participant’s write budget, and not to another participant', async () => {
    const node = await limitedNode('participant=2/60s', OPEN_NODE_ENV)
    const partner = await newPartner()
    expect((await onboard(node, partner)).status).toBe(201)
    const offering = (slug: string) => sign(node, partner, partnerOffering(partner.did, slug))
    expect((await submit(node, partner, [await offering('first')])).status).toBe(201)
    const refused = await submit(node, partner, [await offering('second')])
    await expectProblem(refused, 429, 'too-many-requests')
    expect(refused.headers.get('RateLimit-Policy')).toContain('"participant";q=2;w=60')
    expect(refused.headers.get('RateLimit')).toMatch(/"participant";r=0;t=\d+/)
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1)
    // another participant has its own budget
    expect((await onboard(node, await newPartner())).status).toBe(201)
  })

  it('charges the holder a presentation proves, never one it merely names', async () => {
    const node = await limitedNode('participant=2/60s', OPEN_NODE_ENV)
    const victim = await newPartner()
    const attacker = await newPartner()
    const credentials = await signedParticipant(node, victim)
    for (let i = 0; i < 3; i++) {
      const forged = await presentation(attacker, credentials, await challenge(node.app), {
        holder: victim.did,
        loader: node.ctx.loader,
      })
      await expectProblem(await post(node, '/api/v1/participants', forged), 401, 'unauthorized')
    }
    expect((await onboard(node, victim)).status).toBe(201)
    const offering = await sign(node, victim, partnerOffering(victim.did, 'mine'))
    expect((await submit(node, victim, [offering])).status).toBe(201)
  })
})
