import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SigningKey } from '../../src/credentials/keys.js'
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
import { createTestNode } from '../helpers/test-node.js'

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
async function expectLimit(credentials: Json[], path: string | RegExp): Promise<void> {
  const before = await storeState(strict)
  const problem = await expectProblem(
    await submit(strict, partner, credentials),
    400,
    'bad-request',
  )
  expect(problem.errors).toEqual([
    expect.objectContaining({
      code: 'limit-exceeded',
      path: typeof path === 'string' ? path : expect.stringMatching(path),
    }),
  ])
  expect(await storeState(strict)).toEqual(before)
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
