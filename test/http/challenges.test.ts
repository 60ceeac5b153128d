import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SigningKey } from '../../src/credentials/did/keys.js'
import {
  challenge,
  expectProblem,
  newPartner,
  OPEN_NODE_ENV,
  post,
  presentation,
  signedParticipant,
  storeState,
  type TestNode,
} from '../helpers/partner.js'
import { createTestNode, TEST_NOW } from '../helpers/test-node.js'

let node: TestNode
let key: SigningKey
beforeAll(async () => {
  node = await createTestNode({ env: OPEN_NODE_ENV })
  key = await newPartner()
})
afterAll(() => node.close())

describe('POST /api/v1/challenges', () => {
  it('issues a short-lived challenge bound to the node’s public URL', async () => {
    const res = await node.app.request('/api/v1/challenges', { method: 'POST' })
    expect(res.status).toBe(201)
    const body = await res.json()
    expect(body.challenge).toBeTypeOf('string')
    expect(body.challenge.length).toBeGreaterThanOrEqual(16)
    expect(body.domain).toBe('https://catalogue.bleu.fr')
    const expiresAt = Date.parse(body.expiresAt)
    expect(expiresAt).toBeGreaterThan(TEST_NOW.getTime())
    expect(expiresAt).toBeLessThanOrEqual(TEST_NOW.getTime() + 3600_000)
  })

  it('gives a different challenge on every call', async () => {
    const first = await challenge(node.app)
    const second = await challenge(node.app)
    expect(first.challenge).not.toBe(second.challenge)
  })

  it('accepts a challenge it issued for one signed request only', async () => {
    const issued = await challenge(node.app)
    const vp = await presentation(key, await signedParticipant(node, key), issued, {
      loader: node.ctx.loader,
    })
    expect((await post(node, '/api/v1/participants', vp)).status).toBe(201)
    const replay = await post(node, '/api/v1/participants', vp)
    const problem = await expectProblem(replay, 401, 'unauthorized')
    expect(problem.errors).toEqual([
      expect.objectContaining({ code: 'challenge-invalid', path: '/proof/challenge' }),
    ])
  })

  it('refuses a challenge once it has expired', async () => {
    const late = await createTestNode({ env: OPEN_NODE_ENV })
    try {
      const answer = await late.app.request('/api/v1/challenges', { method: 'POST' })
      const issued = await answer.json()
      const expiresAt = Date.parse(issued.expiresAt)
      // the node's clock moves past the challenge's expiry before the partner answers
      late.ctx.clock = () => new Date(expiresAt + 1000)
      const vp = await presentation(key, await signedParticipant(late, key), issued, {
        loader: late.ctx.loader,
      })
      const res = await post(late, '/api/v1/participants', vp)
      const problem = await expectProblem(res, 401, 'unauthorized')
      expect(problem.errors).toEqual([expect.objectContaining({ code: 'challenge-invalid' })])
      expect((await storeState(late)).counts).toEqual({
        participants: 0,
        offerings: 0,
        credentials: 0,
      })
    } finally {
      late.close()
    }
  })
})
