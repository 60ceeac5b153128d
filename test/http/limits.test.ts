import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SigningKey } from '../../src/credentials/did/keys.js'
import { partnerOffering, type OfferingOverrides } from '../helpers/credentials.js'
import {
  challenge,
  codes,
  expectProblem,
  newPartner,
  onboard,
  OPEN_NODE_ENV,
  post,
  presentFor,
  sign,
  storeState,
  submit,
  unsignedPresentation,
  JSON_TYPE,
  type Json,
  type TestNode,
} from '../helpers/partner.js'
import { bleuCatalogue } from '../../seed/catalogue-data.js'
import { checkJsonLimits, jsonBudget } from '../../src/validation/limits.js'
import { createTestNode } from '../helpers/test-node.js'
import { didKeySigner, enveloped, vcJwt, vpJwt } from '../helpers/vc-jwt.js'

let small: TestNode
let strict: TestNode
let partner: SigningKey
beforeAll(async () => {
  small = await createTestNode({ env: { ...OPEN_NODE_ENV, GXC_BODY_LIMIT: '4096' } })
  strict = await createTestNode({
    env: {
      ...OPEN_NODE_ENV,
      GXC_MAX_JSON_DEPTH: '8',
      GXC_MAX_CREDENTIALS: '3',
      GXC_MAX_STRING_LENGTH: '512',
      GXC_MAX_QUADS: '20',
    },
  })
  partner = await newPartner()
  expect((await onboard(strict, partner)).status).toBe(201)
})
afterAll(() => {
  small.close()
  strict.close()
})

function offering(slug: string, overrides?: OfferingOverrides): Promise<Json> {
  return sign(strict, partner, partnerOffering(partner.did, slug, overrides))
}

/** `{ 'schema:name': 'level 1', 'schema:about': { 'schema:name': 'level 2', … } }`, `levels` deep. */
function nested(levels: number): Json {
  let value: Json = { 'schema:name': `level ${levels}` }
  for (let i = levels - 1; i > 0; i--)
    value = { 'schema:name': `level ${i}`, 'schema:about': value }
  return value
}

/** Submits `credentials` as the partner and expects a 400 limit-exceeded that stored nothing. */
async function expectLimit(
  credentials: Json[],
  path: string | RegExp,
  node: TestNode = strict,
): Promise<void> {
  const before = await storeState(node)
  const problem = await expectProblem(await submit(node, partner, credentials), 400, 'bad-request')
  expect(problem.errors).toEqual([
    expect.objectContaining({
      code: 'limit-exceeded',
      path: typeof path === 'string' ? path : expect.stringMatching(path),
    }),
  ])
  expect(await storeState(node)).toEqual(before)
}

describe('request limits', () => {
  it('accepts a submission within every limit', async () => {
    expect((await submit(strict, partner, [await offering('within-limits')])).status).toBe(201)
  })

  it.each(['/api/v1/submissions', '/api/v1/participants', '/api/v1/validate'])(
    'answers 413 to a body over GXC_BODY_LIMIT on %s, storing nothing',
    async (path) => {
      const body = { type: ['VerifiablePresentation'], padding: 'x'.repeat(5000) }
      await expectProblem(await post(small, path, body), 413, 'payload-too-large')
      expect(await storeState(small)).toEqual({
        counts: { participants: 0, offerings: 0, credentials: 0 },
        events: [],
      })
    },
  )

  it('reads a body under GXC_BODY_LIMIT', async () => {
    const res = await post(small, '/api/v1/validate', { padding: 'x'.repeat(3000) })
    expect(res.status).toBe(200)
  })

  it('refuses JSON nested deeper than GXC_MAX_JSON_DEPTH', async () => {
    const deep = await offering('deep', { subject: { 'schema:about': nested(8) } })
    await expectLimit([deep], /^\/verifiableCredential\/0\/credentialSubject\/schema:about\//)
  })

  it('refuses more credentials than GXC_MAX_CREDENTIALS in one presentation', async () => {
    const many = []
    for (const n of [1, 2, 3, 4]) many.push(await offering(`many-${n}`))
    await expectLimit(many, '/verifiableCredential')
  })

  it('refuses a string longer than GXC_MAX_STRING_LENGTH', async () => {
    const long = await offering('long', { subject: { 'schema:description': 'x'.repeat(600) } })
    await expectLimit([long], '/verifiableCredential/0/credentialSubject/schema:description')
  })

  it('refuses a credential stating more quads than GXC_MAX_QUADS', async () => {
    const keywords = Array.from({ length: 15 }, (_, i) => `mot-clé-${i}`)
    const large = await offering('large', { subject: { 'gx:keyword': keywords } })
    await expectLimit([large], '/verifiableCredential/0/credentialSubject')
  })

  it('refuses a presentation whose first credential breaches a limit while the others are checked', async () => {
    // the checks of a long presentation hand the event loop over as they start: the first one's
    // failure must be answered, not left unhandled meanwhile (which ends a Node process)
    const node = await createTestNode({ env: { ...OPEN_NODE_ENV, GXC_MAX_QUADS: '20' } })
    try {
      expect((await onboard(node, partner)).status).toBe(201)
      const keywords = Array.from({ length: 15 }, (_, i) => `mot-clé-${i}`)
      const credentials = [
        await offering('first-too-large', { subject: { 'gx:keyword': keywords } }),
      ]
      for (let i = 0; i < 40; i++) credentials.push(await offering(`after-the-large-${i}`))
      await expectLimit(credentials, '/verifiableCredential/0/credentialSubject', node)
    } finally {
      node.close()
    }
  })

  it('applies the same limits to a dry run', async () => {
    const deep = await offering('deep-dry-run', { subject: { 'schema:about': nested(8) } })
    const res = await post(strict, '/api/v1/validate', unsignedPresentation([deep]))
    const problem = await expectProblem(res, 400, 'bad-request')
    expect(codes(problem.errors)).toEqual(['limit-exceeded'])
  })

  it('checks the limits of an unauthenticated document before any JSON-LD processing', async () => {
    // anyone can send this: a proof taken from another presentation of the partner, and a
    // credential nested 200 levels deep
    const { proof } = await presentFor(strict, partner, [])
    const envelope = {
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://w3id.org/gaia-x/2511#'],
      type: ['VerifiablePresentation'],
      holder: partner.did,
      verifiableCredential: [{ id: 'urn:uuid:hostile', 'schema:about': nested(200) }],
      proof: { ...proof, challenge: (await challenge(strict.app)).challenge },
    }
    const before = await storeState(strict)
    const res = await strict.app.request('/api/v1/submissions', {
      method: 'POST',
      headers: JSON_TYPE,
      body: JSON.stringify(envelope),
    })
    const problem = await expectProblem(res, 400, 'bad-request')
    expect(codes(problem.errors)).toEqual(['limit-exceeded'])
    expect(await storeState(strict)).toEqual(before)
  })
})

// The two stalls of the outside review, reproduced against a node with the default limits. A
// context the node does not pin would be refused by the loader at the first JSON-LD step
// (`context-unknown`); answering `limit-exceeded` instead shows the budget spoke first, before any
// expansion or canonicalisation.
describe('the request budget, before any JSON-LD work', () => {
  const UNPINNED = 'https://attacker.example/context.jsonld'
  const dummyProof = {
    type: 'DataIntegrityProof',
    cryptosuite: 'eddsa-rdfc-2022',
    created: '2026-01-01T00:00:00Z',
    verificationMethod:
      'did:key:z6MkhWqdDBPojHA7cprTGTt5yHv5yUi1B8cnXn8ReLumkw6E#z6MkhWqdDBPojHA7cprTGTt5yHv5yUi1B8cnXn8ReLumkw6E',
    proofPurpose: 'assertionMethod',
    proofValue:
      'z4TVsgUyowZ26aXAijJaUZHRWpZKtny2YVb75dodRGtyqMn1pB6qUqYGjczdaajnnKjwNiMocFBFG7SWkY2nmkpJz',
  }
  let node: TestNode
  beforeAll(async () => {
    node = await createTestNode({ env: OPEN_NODE_ENV })
  })
  afterAll(() => node.close())

  /** A 650 KB credential of `count` blank nodes, with a dummy proof. */
  function manyNodes(count: number): Json {
    return {
      '@context': ['https://www.w3.org/ns/credentials/v2', UNPINNED],
      type: ['VerifiableCredential'],
      issuer: 'did:key:z6MkhWqdDBPojHA7cprTGTt5yHv5yUi1B8cnXn8ReLumkw6E',
      validFrom: '2026-01-01T00:00:00Z',
      credentialSubject: {
        id: 'https://attacker.example/s',
        'schema:about': Array.from({ length: count }, (_, i) => ({ 'schema:name': `n${i}` })),
      },
      proof: dummyProof,
    }
  }

  /** 50 type-scoped contexts applied across 3,000 nodes. */
  function scopedContexts(contexts: number, count: number): Json {
    const definitions = Array.from({ length: contexts }, (_, i) => ({
      [`T${i}`]: {
        '@id': `https://attacker.example/T${i}`,
        '@context': { [`p${i}`]: `https://attacker.example/p${i}` },
      },
    }))
    const nodes = Array.from({ length: count }, (_, i) => ({
      type: `T${i % contexts}`,
      [`p${i % contexts}`]: `v${i}`,
    }))
    return {
      '@context': ['https://www.w3.org/ns/credentials/v2', UNPINNED, ...definitions],
      type: ['VerifiableCredential'],
      issuer: 'did:key:z6MkhWqdDBPojHA7cprTGTt5yHv5yUi1B8cnXn8ReLumkw6E',
      validFrom: '2026-01-01T00:00:00Z',
      credentialSubject: {
        id: 'https://attacker.example/s',
        'https://attacker.example/has': nodes,
      },
      proof: dummyProof,
    }
  }

  const doors: [string, (document: Json) => unknown][] = [
    ['/api/v1/validate', (document) => document],
    ['/credentials/verify', (document) => ({ verifiableCredential: document })],
    [
      '/presentations/verify',
      (document) => ({ verifiablePresentation: unsignedPresentation([document]) }),
    ],
  ]

  it.each(doors)('refuses 30,000 nodes on %s before expanding anything', async (path, body) => {
    const document = manyNodes(30_000)
    expect(JSON.stringify(document).length).toBeGreaterThan(600_000)
    const problem = await expectProblem(await post(node, path, body(document)), 400, 'bad-request')
    expect(problem.errors).toEqual([
      expect.objectContaining({
        code: 'limit-exceeded',
        path: expect.stringMatching(/schema:about\/\d+/),
      }),
    ])
  })

  it.each(doors)(
    'refuses 50 type-scoped contexts over 3,000 nodes on %s before expanding anything',
    async (path, body) => {
      const problem = await expectProblem(
        await post(node, path, body(scopedContexts(50, 3_000))),
        400,
        'bad-request',
      )
      expect(problem.errors).toEqual([
        expect.objectContaining({
          code: 'limit-exceeded',
          path: expect.stringMatching(/@context$/),
        }),
      ])
    },
  )

  it('charges the VC-JWTs a VP-JWT envelopes to the same budget as the presentation', async () => {
    const small = await createTestNode({ env: { ...OPEN_NODE_ENV, GXC_MAX_NODES: '40' } })
    const signer = await didKeySigner()
    // each payload fits the budget on its own; together they do not
    const credentials = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        vcJwt(
          signer,
          partnerOffering(signer.did, `jwt-${i}`, { subject: { 'schema:about': nested(6) } }),
        ),
      ),
    )
    const vp = await vpJwt(
      signer,
      credentials.map((jwt) => enveloped(jwt)),
    )
    const res = await small.app.request('/api/v1/validate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/vp+jwt' },
      body: vp,
    })
    const problem = await expectProblem(res, 400, 'bad-request')
    expect(codes(problem.errors)).toEqual(['limit-exceeded'])
    // the entries are checked at once, yet the one reported is the first to overdraw, in order:
    // the fourth, though the fifth and sixth would overdraw it too
    expect(problem.errors?.[0]?.path).toMatch(/^\/verifiableCredential\/3\/credentialSubject\//)
    small.close()
  })

  it('leaves room for a presentation of 50 of Bleu’s largest offerings', async () => {
    const bundle = bleuCatalogue(
      { did: node.ctx.identity.did, baseUrl: node.ctx.config.publicUrl },
      { validFrom: '2026-01-01T00:00:00Z', validUntil: '2027-01-01T00:00:00Z' },
    )
    const size = (credential: object) => JSON.stringify(credential).length
    const largest = bundle.offerings.reduce((a, b) => (size(b) > size(a) ? b : a))
    const presentation = unsignedPresentation(
      Array.from({ length: 50 }, (_, i) => ({
        ...largest,
        id: `${largest.id}-${i}`,
        proof: dummyProof,
      })),
    )
    const { limits } = node.ctx.config
    expect(checkJsonLimits(presentation, limits, jsonBudget(limits))).toBeUndefined()
  })
})
