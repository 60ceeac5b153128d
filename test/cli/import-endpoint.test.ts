// POST /api/v1/admin/import, what `gxc import --node` sends: another node's feed events, applied
// as a sync of that node would apply them, by the operator only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { partnerOffering } from '../helpers/credentials.js'
import {
  adminHeaders,
  expectProblem,
  JSON_TYPE,
  newPartner,
  onboard,
  OPEN_NODE_ENV,
  revoke,
  sign,
  storeState,
  submit,
  type Json,
  type TestNode,
} from '../helpers/partner.js'
import { createTestNode } from '../helpers/test-node.js'

const ORIGIN = 'did:web:catalogue.bleu.fr'

let source: TestNode
let events: Json[]
beforeAll(async () => {
  source = await createTestNode({ env: OPEN_NODE_ENV })
  const alice = await newPartner()
  expect((await onboard(source, alice)).status).toBe(201)
  const offerings = await Promise.all(
    ['kept', 'revoked'].map((slug) => sign(source, alice, partnerOffering(alice.did, slug))),
  )
  const res = await submit(source, alice, offerings)
  expect(res.status).toBe(201)
  const [, gone] = ((await res.json()) as Json).accepted
  expect((await revoke(source, alice, gone.id)).status).toBe(200)
  const feed = await source.app.request('/api/v1/federation/events?limit=100')
  events = ((await feed.json()) as Json).events
})
afterAll(() => source.close())

async function mirror(): Promise<TestNode> {
  return createTestNode({
    env: { ...OPEN_NODE_ENV, GXC_PUBLIC_URL: 'https://mirror.example.eu' },
  })
}

async function importRequest(node: TestNode, body: unknown, token?: string): Promise<Response> {
  return await node.app.request('/api/v1/admin/import', {
    method: 'POST',
    headers: { ...JSON_TYPE, ...(token === undefined ? adminHeaders() : adminHeaders(token)) },
    body: JSON.stringify(body),
  })
}

describe('POST /api/v1/admin/import', () => {
  it('applies a node’s feed events as a sync would, with that node as origin, revocations included', async () => {
    const node = await mirror()
    try {
      const res = await importRequest(node, { origin: ORIGIN, events })
      expect(res.status).toBe(200)
      expect(await res.json()).toEqual({
        accepted: events.length,
        rejected: 0,
        unchanged: 0,
        refused: [],
      })
      const offerings = await node.app.request('/api/v1/offerings?status=active&status=revoked')
      const items = ((await offerings.json()) as Json).items as Json[]
      expect(items.map((i) => [i.status, i.origin]).sort()).toEqual([
        ['active', ORIGIN],
        ['revoked', ORIGIN],
      ])
      const again = await importRequest(node, { origin: ORIGIN, events })
      expect(await again.json()).toMatchObject({ accepted: 0, rejected: 0 })
    } finally {
      node.close()
    }
  })

  it('refuses a credential that does not verify, reporting it, and stores the rest', async () => {
    const node = await mirror()
    try {
      const tampered = structuredClone(events)
      const offering = tampered.find((e) => e.kind === 'put' && /offering/.test(e.subjectId))!
      offering.credential.credentialSubject['schema:name'] = 'Autre chose'
      const res = await importRequest(node, { origin: ORIGIN, events: tampered })
      expect(res.status).toBe(200)
      const outcome = (await res.json()) as Json
      expect(outcome.rejected).toBeGreaterThanOrEqual(1)
      expect(outcome.refused[0]).toMatchObject({ reason: expect.any(String) })
      expect(outcome.accepted).toBeGreaterThan(0)
    } finally {
      node.close()
    }
  })

  it('refuses events out of order, and a body that is not an import, storing nothing', async () => {
    const node = await mirror()
    try {
      const before = await storeState(node)
      const reversed = [...events].reverse()
      const problem = await expectProblem(
        await importRequest(node, { origin: ORIGIN, events: reversed }),
        400,
        'bad-request',
      )
      expect(problem.errors?.map((f) => f.code)).toEqual(['events-out-of-order'])
      for (const body of [
        { origin: ORIGIN, events: [] },
        { origin: 'not a did', events },
        { events },
        [],
      ]) {
        expect((await importRequest(node, body)).status).toBe(400)
      }
      expect(await storeState(node)).toEqual(before)
    } finally {
      node.close()
    }
  })

  it('is the operator’s only: no token or a wrong one is a 401, and nothing is stored', async () => {
    const node = await mirror()
    try {
      const before = await storeState(node)
      const none = await node.app.request('/api/v1/admin/import', {
        method: 'POST',
        headers: JSON_TYPE,
        body: JSON.stringify({ origin: ORIGIN, events }),
      })
      await expectProblem(none, 401, 'unauthorized')
      await expectProblem(
        await importRequest(node, { origin: ORIGIN, events }, 'w'.repeat(48)),
        401,
        'unauthorized',
      )
      expect(await storeState(node)).toEqual(before)
    } finally {
      node.close()
    }
  })
})
