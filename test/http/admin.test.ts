import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SigningKey } from '../../src/credentials/did/keys.js'
import { partnerOffering } from '../helpers/credentials.js'
import {
  ADMIN_TOKEN,
  adminHeaders,
  adminParticipantPath,
  adminPost,
  expectProblem,
  newPartner,
  offeringPath,
  onboard,
  participantPath,
  presentFor,
  revoke,
  sign,
  storeState,
  submit,
  JSON_TYPE,
  type Json,
  type TestNode,
} from '../helpers/partner.js'
import { createTestNode } from '../helpers/test-node.js'

// the default onboarding policy: newcomers wait for the operator's approval
let node: TestNode
let waiting: SigningKey
beforeAll(async () => {
  node = await createTestNode({
    env: { GXC_PUBLIC_URL: 'https://catalogue.bleu.fr', GXC_ADMIN_TOKEN: ADMIN_TOKEN },
  })
  waiting = await newPartner()
  expect((await onboard(node, waiting)).status).toBe(201)
})
afterAll(() => node.close())

/** A participant onboarded (pending) and approved by the operator. */
async function approved(): Promise<SigningKey> {
  const key = await newPartner()
  expect((await onboard(node, key)).status).toBe(201)
  expect((await adminPost(node, adminParticipantPath(key.did, 'approve'))).status).toBe(200)
  return key
}

async function submitOffering(key: SigningKey, slug: string): Promise<Response> {
  return submit(node, key, [await sign(node, key, partnerOffering(key.did, slug))])
}

async function statusOf(key: SigningKey): Promise<string> {
  return (await (await node.app.request(participantPath(key.did))).json()).participant.status
}

describe('POST /api/v1/admin/participants/{id}/approve', () => {
  it('approves a pending participant, who can then submit', async () => {
    const key = await newPartner()
    expect((await onboard(node, key)).status).toBe(201)
    expect((await submitOffering(key, 'before-approval')).status).toBe(403)
    const res = await adminPost(node, adminParticipantPath(key.did, 'approve'))
    expect(res.status).toBe(200)
    expect((await res.json()).participant).toMatchObject({ id: key.did, status: 'active' })
    expect(await statusOf(key)).toBe('active')
    expect((await submitOffering(key, 'after-approval')).status).toBe(201)
  })

  it('answers 404 for a participant the node does not hold', async () => {
    const stranger = await newPartner()
    const res = await adminPost(node, adminParticipantPath(stranger.did, 'approve'))
    await expectProblem(res, 404, 'not-found')
  })
})

describe('POST /api/v1/admin/participants/{id}/suspend', () => {
  it('suspends a participant, who can then no longer submit', async () => {
    const key = await approved()
    expect((await submitOffering(key, 'before-suspension')).status).toBe(201)
    const res = await adminPost(node, adminParticipantPath(key.did, 'suspend'))
    expect(res.status).toBe(200)
    expect((await res.json()).participant).toMatchObject({ id: key.did, status: 'suspended' })
    expect(await statusOf(key)).toBe('suspended')
    const before = await storeState(node)
    await expectProblem(await submitOffering(key, 'after-suspension'), 403, 'forbidden')
    expect(await storeState(node)).toEqual(before)
  })
})

describe('POST /api/v1/admin/reindex', () => {
  it('rebuilds the index from the stored credentials, leaving the catalogue as it was', async () => {
    const key = await approved()
    for (const slug of ['reindex-a', 'reindex-b', 'reindex-revoked'])
      expect((await submitOffering(key, slug)).status).toBe(201)
    const revoked = partnerOffering(key.did, 'reindex-revoked').credentialSubject.id
    expect((await revoke(node, key, revoked)).status).toBe(200)

    const catalogue = async () => ({
      active: await (await node.app.request('/api/v1/offerings?limit=100')).json(),
      revoked: await (await node.app.request('/api/v1/offerings?status=revoked&limit=100')).json(),
      participants: await (await node.app.request('/api/v1/participants?limit=100')).json(),
      store: await storeState(node),
    })
    const before = await catalogue()

    const res = await adminPost(node, '/api/v1/admin/reindex')
    expect(res.status).toBe(200)
    const summary = await res.json()
    expect(summary).toEqual({
      credentials: before.store.counts.credentials,
      participants: before.store.counts.participants,
      offerings: before.active.items.length,
      resources: 0,
    })
    expect(await catalogue()).toEqual(before)
    expect(before.revoked.items.map((item: Json) => item.id)).toEqual([revoked])
    expect(before.participants.items.map((item: Json) => item.status)).toContain('pending')
  })
})

type Endpoint = { method: string; label: string; path: () => string }
const ENDPOINTS: Endpoint[] = [
  {
    method: 'POST',
    label: 'participants/{id}/approve',
    path: () => adminParticipantPath(waiting.did, 'approve'),
  },
  {
    method: 'POST',
    label: 'participants/{id}/suspend',
    path: () => adminParticipantPath(waiting.did, 'suspend'),
  },
  { method: 'POST', label: 'reindex', path: () => '/api/v1/admin/reindex' },
  { method: 'GET', label: 'peers', path: () => '/api/v1/admin/peers' },
  { method: 'POST', label: 'peers', path: () => '/api/v1/admin/peers' },
  { method: 'DELETE', label: 'peers/{id}', path: () => '/api/v1/admin/peers/peer-1' },
]

describe('operator authentication', () => {
  it.each(ENDPOINTS)('answers 401 to $method $label without a token', async ({ method, path }) => {
    const res = await node.app.request(path(), { method })
    await expectProblem(res, 401, 'unauthorized')
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/)
    expect(await statusOf(waiting)).toBe('pending')
  })

  it.each(ENDPOINTS)(
    'answers 401 to $method $label with a wrong token',
    async ({ method, path }) => {
      for (const token of [
        'wrong-admin-token-of-the-same-kind-0123456789abcdef',
        ADMIN_TOKEN.slice(0, -1),
        `${ADMIN_TOKEN}x`,
      ]) {
        const res = await node.app.request(path(), { method, headers: adminHeaders(token) })
        await expectProblem(res, 401, 'unauthorized')
      }
      expect(await statusOf(waiting)).toBe('pending')
    },
  )

  it.each(ENDPOINTS.filter((e) => e.method !== 'GET'))(
    'answers 401 to $method $label with a partner’s signed presentation as its body',
    async ({ method, path }) => {
      const partner = await approved()
      const body = JSON.stringify(await presentFor(node, partner, []))
      const res = await node.app.request(path(), { method, headers: JSON_TYPE, body })
      await expectProblem(res, 401, 'unauthorized')
      expect(await statusOf(waiting)).toBe('pending')
    },
  )

  it('never returns the admin token in a response', async () => {
    const key = await approved()
    const responses = [
      await adminPost(node, adminParticipantPath(key.did, 'suspend')),
      await adminPost(node, adminParticipantPath('did:key:z6MkUnknown', 'approve')),
      await adminPost(node, '/api/v1/admin/reindex'),
      await adminPost(node, '/api/v1/admin/nothing-here'),
      await adminPost(node, `${offeringPath('https://nowhere.example.eu/o')}/revoke`),
      await node.app.request('/api/v1/admin/reindex', {
        method: 'POST',
        headers: adminHeaders(`${ADMIN_TOKEN}x`),
      }),
      await node.app.request('/api/v1/admin/reindex', {
        method: 'POST',
        headers: { Authorization: ADMIN_TOKEN },
      }),
      await node.app.request('/.well-known/gaia-x-catalogue'),
      await node.app.request('/api/v1/participants?limit=100'),
    ]
    for (const res of responses) {
      expect(await res.text()).not.toContain(ADMIN_TOKEN)
      expect([...res.headers.values()].join('\n')).not.toContain(ADMIN_TOKEN)
    }
  })
})
