import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SigningKey } from '../../src/credentials/did/keys.js'
import { partnerOffering } from '../helpers/credentials.js'
import {
  adminHeaders,
  adminPost,
  challenge,
  codes,
  expectProblem,
  newPartner,
  offeringPath,
  onboard,
  OPEN_NODE_ENV,
  post,
  presentation,
  revoke,
  sign,
  storeState,
  storedCredential,
  submit,
  type Json,
  type TestNode,
} from '../helpers/partner.js'
import { createTestNode } from '../helpers/test-node.js'

let node: TestNode
let alice: SigningKey
let bob: SigningKey
beforeAll(async () => {
  node = await createTestNode({ env: OPEN_NODE_ENV })
  alice = await newPartner()
  bob = await newPartner()
  expect((await onboard(node, alice)).status).toBe(201)
  expect((await onboard(node, bob)).status).toBe(201)
})
afterAll(() => node.close())

/** Alice's offering `slug`, stored: its subject id and credential hash. */
async function stored(slug: string): Promise<{ id: string; hash: string }> {
  const signed = await sign(node, alice, partnerOffering(alice.did, slug))
  const res = await submit(node, alice, [signed])
  expect(res.status).toBe(201)
  const [{ id, hash }] = (await res.json()).accepted
  return { id, hash }
}

async function statusOf(id: string): Promise<string> {
  return (await (await node.app.request(offeringPath(id))).json()).offering.status
}

describe('POST /api/v1/offerings/{id}/revoke', () => {
  it('revokes an offering at the request of its issuer, with a revoke event', async () => {
    const { id, hash } = await stored('revoked-by-issuer')
    const before = await storeState(node)
    const res = await revoke(node, alice, id)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ id, status: 'revoked' })
    expect(await statusOf(id)).toBe('revoked')
    expect((await node.ctx.store.getCredential(hash))?.status).toBe('revoked')
    expect((await storeState(node)).events.slice(before.events.length)).toEqual([
      expect.objectContaining({ kind: 'revoke', hash, subjectId: id }),
    ])
    const list = async (query: string) =>
      (await (await node.app.request(`/api/v1/offerings${query}`)).json()).items.map(
        (item: Json) => item.id,
      )
    expect(await list('?limit=100')).not.toContain(id)
    expect(await list('?status=revoked&limit=100')).toContain(id)
  })

  it('revokes an offering with the admin token and no body', async () => {
    const { id, hash } = await stored('revoked-by-operator')
    const res = await adminPost(node, `${offeringPath(id)}/revoke`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ id, status: 'revoked' })
    expect(await statusOf(id)).toBe('revoked')
    expect(await node.ctx.store.eventsAfter(0, 100_000)).toContainEqual(
      expect.objectContaining({ kind: 'revoke', hash }),
    )
  })

  it('answers 404 for an offering the node does not hold', async () => {
    const unknown = offeringPath('https://nowhere.example.eu/offerings/unknown')
    const vp = await presentation(alice, [], await challenge(node.app), { loader: node.ctx.loader })
    await expectProblem(await post(node, `${unknown}/revoke`, vp), 404, 'not-found')
    await expectProblem(await adminPost(node, `${unknown}/revoke`), 404, 'not-found')
  })

  it('refuses a revocation by another participant', async () => {
    const { id } = await stored('not-bobs')
    const before = await storeState(node)
    await expectProblem(await revoke(node, bob, id), 403, 'forbidden')
    expect(await statusOf(id)).toBe('active')
    expect(await storeState(node)).toEqual(before)
  })

  it('refuses a replayed challenge', async () => {
    const first = await stored('replay-first')
    const second = await stored('replay-second')
    const held = await storedCredential(node, first.id)
    const vp = await presentation(alice, [held!], await challenge(node.app), {
      loader: node.ctx.loader,
    })
    expect((await post(node, `${offeringPath(first.id)}/revoke`, vp)).status).toBe(200)
    const before = await storeState(node)
    const problem = await expectProblem(
      await post(node, `${offeringPath(second.id)}/revoke`, vp),
      401,
      'unauthorized',
    )
    expect(codes(problem.errors)).toEqual(['challenge-invalid'])
    expect(await statusOf(second.id)).toBe('active')
    expect(await storeState(node)).toEqual(before)
  })

  it('refuses an unused revocation of one offering sent against another of the same issuer', async () => {
    const target = await stored('intercepted-target')
    const victim = await stored('intercepted-victim')
    const held = await storedCredential(node, target.id)
    const intercepted = await presentation(alice, [held!], await challenge(node.app), {
      loader: node.ctx.loader,
    })
    const before = await storeState(node)
    const problem = await expectProblem(
      await post(node, `${offeringPath(victim.id)}/revoke`, intercepted),
      422,
      'credential-rejected',
    )
    expect(codes(problem.errors)).toEqual(['revocation-target-mismatch'])
    expect(await statusOf(victim.id)).toBe('active')
    expect(await statusOf(target.id)).toBe('active')
    expect(await storeState(node)).toEqual(before)
  })

  it('refuses a revocation that names no credential, or more than one', async () => {
    const { id } = await stored('named-nothing')
    const other = await stored('named-twice')
    for (const held of [
      [],
      [await storedCredential(node, id), await storedCredential(node, other.id)],
    ]) {
      const vp = await presentation(alice, held as Json[], await challenge(node.app), {
        loader: node.ctx.loader,
      })
      const problem = await expectProblem(
        await post(node, `${offeringPath(id)}/revoke`, vp),
        422,
        'credential-rejected',
      )
      expect(codes(problem.errors)).toEqual(['revocation-target-mismatch'])
    }
    expect(await statusOf(id)).toBe('active')
  })

  it('refuses a revocation holding an earlier version of the offering', async () => {
    const { id } = await stored('superseded')
    const earlier = await storedCredential(node, id)
    const newer = await sign(
      node,
      alice,
      partnerOffering(alice.did, 'superseded', {
        credential: { validFrom: '2026-02-01T00:00:00Z' },
      }),
    )
    expect((await submit(node, alice, [newer])).status).toBe(201)
    const vp = await presentation(alice, [earlier!], await challenge(node.app), {
      loader: node.ctx.loader,
    })
    const problem = await expectProblem(
      await post(node, `${offeringPath(id)}/revoke`, vp),
      422,
      'credential-rejected',
    )
    expect(codes(problem.errors)).toEqual(['revocation-target-mismatch'])
    expect(await statusOf(id)).toBe('active')
  })

  it('refuses a wrong admin token', async () => {
    const { id } = await stored('wrong-token')
    const res = await node.app.request(`${offeringPath(id)}/revoke`, {
      method: 'POST',
      headers: adminHeaders('not-the-admin-token-but-long-enough-0123456789'),
    })
    await expectProblem(res, 401, 'unauthorized')
    expect(await statusOf(id)).toBe('active')
  })
})
