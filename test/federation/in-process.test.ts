// The feed, the CES form of it and the peer sync between nodes in one process: each node's peer
// client goes through the other's `app.request` (test/federation/network.test.ts runs the same
// with real processes on 127.0.0.1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SigningKey } from '../../src/credentials/did/keys.js'
import { partnerOffering } from '../helpers/credentials.js'
import {
  adminHeaders,
  expectProblem,
  newPartner,
  offeringPath,
  onboard,
  presentFor,
  OPEN_NODE_ENV,
  revoke,
  sign,
  storedCredential,
  submit,
  type Json,
  type TestNode,
} from '../helpers/partner.js'
import { createTestNode } from '../helpers/test-node.js'

/** Nodes that reach each other by URL through `app.request`: a network in one process. */
function network() {
  const nodes = new Map<string, TestNode>()
  const fakes = new Map<string, (path: string) => Response>()
  const fetchPeer: typeof fetch = async (input, init) => {
    const url = new URL(String(input))
    const fake = fakes.get(url.origin)
    if (fake) return fake(url.pathname)
    const node = nodes.get(url.origin)
    if (!node) throw new TypeError(`fetch failed: ${url.origin}`)
    return node.app.request(`${url.pathname}${url.search}`, init)
  }
  return {
    async node(origin: string, env: Record<string, string> = {}) {
      const node = await createTestNode({
        env: { ...OPEN_NODE_ENV, GXC_PUBLIC_URL: origin, ...env },
        fetchPeer,
      })
      nodes.set(origin, node)
      return node
    },
    /** A host that answers `path` as `answer` says, and nothing else. */
    fake(origin: string, answer: (path: string) => Response) {
      fakes.set(origin, answer)
    },
    close: () => [...nodes.values()].forEach((n) => n.close()),
  }
}

const net = network()
let a: TestNode
let b: TestNode
let partner: SigningKey
let offering: Json

beforeAll(async () => {
  a = await net.node('https://a.example')
  b = await net.node('https://b.example')
  partner = await newPartner()
  expect((await onboard(a, partner)).status).toBe(201)
  offering = await sign(a, partner, partnerOffering(partner.did, 'federated'))
  expect((await submit(a, partner, [offering])).status).toBe(201)
})
afterAll(() => net.close())

async function addPeer(node: TestNode, body: Json) {
  return node.app.request('/api/v1/admin/peers', {
    method: 'POST',
    headers: { ...adminHeaders(), 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
}

async function syncNow(node: TestNode, id: string) {
  const res = await node.app.request(`/api/v1/admin/peers/${id}/sync`, {
    method: 'POST',
    headers: adminHeaders(),
  })
  expect(res.status).toBe(200)
  return res.json()
}

describe('the change feed', () => {
  it('lists every change in order with the credential inline, and pages by `next`', async () => {
    const first = await (await a.app.request('/api/v1/federation/events?limit=2')).json()
    expect(first.events.map((e: Json) => e.seq)).toEqual([1, 2])
    expect(first.next).toBe('2')
    expect(first.events[0]).toMatchObject({ kind: 'put', credential: expect.any(Object) })
    const rest = await (await a.app.request(`/api/v1/federation/events?after=${first.next}`)).json()
    expect(rest.events[0].seq).toBe(3)
    expect(rest.latest).toBe(rest.events.at(-1).seq)
    const done = await (
      await a.app.request(`/api/v1/federation/events?after=${rest.latest}`)
    ).json()
    expect(done).toMatchObject({ events: [], next: String(rest.latest) })
  })

  it('filters by type and refuses a bad cursor', async () => {
    const offers = await (
      await a.app.request('/api/v1/federation/events?type=gx:ServiceOffering')
    ).json()
    expect(offers.events.map((e: Json) => e.subjectId)).toEqual([offering.credentialSubject.id])
    await expectProblem(
      await a.app.request('/api/v1/federation/events?after=-1'),
      400,
      'bad-request',
    )
  })

  it('is served as a Credential Event Service: CloudEvents with the credential and its hash', async () => {
    const events = (await (await a.app.request('/credentials-events?size=100')).json()) as Json[]
    const put = events.find((e) => e.subject === offering.credentialSubject.id)!
    expect(put).toMatchObject({
      specversion: '1.0',
      type: 'eu.gaia-x.credential',
      source: 'https://a.example',
      datacontenttype: 'application/json',
      data: offering,
    })
    const after = (await (
      await a.app.request(`/credentials-events?lastReceivedID=${events[0]!.id}&size=1`)
    ).json()) as Json[]
    expect(after.map((e) => e.id)).toEqual([events[1]!.id])
  })
})

describe('a peer', () => {
  let peerId: string
  it('is registered after reading its description and DID document, and refused under another DID', async () => {
    const wrong = await addPeer(b, { url: 'https://a.example', did: 'did:web:elsewhere.example' })
    await expectProblem(wrong, 422, 'credential-rejected')
    const res = await addPeer(b, { url: 'https://a.example/' })
    expect(res.status).toBe(201)
    const { peer } = await res.json()
    expect(peer).toMatchObject({ url: 'https://a.example', did: a.ctx.identity.did, kind: 'node' })
    peerId = peer.id
    expect((await addPeer(b, { url: 'https://a.example' })).status).toBe(200)
  })

  it('is refused when it names another node’s did:web, unless the operator vouches, and never replaces the DID document held', async () => {
    // an impostor at its own URL, whose description and did.json name A's DID with its own key
    const { keyPair } = await newPartner()
    const didDocument = {
      ...(await (await a.app.request('/.well-known/did.json')).json()),
      verificationMethod: [
        {
          id: `${a.ctx.identity.did}#impostor`,
          type: 'Multikey',
          controller: a.ctx.identity.did,
          publicKeyMultibase: keyPair.publicKeyMultibase,
        },
      ],
      assertionMethod: [`${a.ctx.identity.did}#impostor`],
      authentication: [`${a.ctx.identity.did}#impostor`],
    }
    net.fake('https://impostor.example', (path) =>
      path === '/.well-known/did.json'
        ? Response.json(didDocument)
        : Response.json({ did: a.ctx.identity.did }),
    )
    const named = await addPeer(b, { url: 'https://impostor.example' })
    const problem = await expectProblem(named, 422, 'credential-rejected')
    expect(problem.errors).toEqual([
      expect.objectContaining({ code: 'peer-did-mismatch', path: '/url' }),
    ])
    const held = await b.ctx.store.getDidDocument(a.ctx.identity.did)
    // even vouched for by the operator, its key does not replace the one held for A
    const vouched = await addPeer(b, { url: 'https://impostor.example', did: a.ctx.identity.did })
    const conflict = await expectProblem(vouched, 409, 'conflict')
    expect(conflict.errors).toEqual([expect.objectContaining({ code: 'peer-did-document-held' })])
    expect(await b.ctx.store.getDidDocument(a.ctx.identity.did)).toEqual(held)
    const peers = await (
      await b.app.request('/api/v1/admin/peers', { headers: adminHeaders() })
    ).json()
    expect(JSON.stringify(peers)).not.toContain('impostor.example')
  })

  it('is pulled: its participants and offerings verified and stored here with their origin', async () => {
    const summary = await syncNow(b, peerId)
    expect(summary).toMatchObject({ rejected: 0, error: null, lag: 0 })
    expect(summary.accepted).toBeGreaterThan(0)
    const detail = await (
      await b.app.request(`/api/v1/offerings/${encodeURIComponent(offering.credentialSubject.id)}`)
    ).json()
    expect(detail.offering).toMatchObject({ origin: a.ctx.identity.did, hash: expect.any(String) })
    expect(detail.credential).toEqual(offering)
    const again = await syncNow(b, peerId)
    expect(again).toMatchObject({ accepted: 0, rejected: 0 })
  })

  it('does not let a participant only known through a peer submit here', async () => {
    const late = await sign(b, partner, partnerOffering(partner.did, 'direct-to-b'))
    await expectProblem(await submit(b, partner, [late]), 403, 'forbidden')
  })

  it('carries the issuer’s revocation, which the follower checks and applies', async () => {
    expect((await revoke(a, partner, offering.credentialSubject.id)).status).toBe(200)
    const summary = await syncNow(b, peerId)
    expect(summary).toMatchObject({ accepted: 1, rejected: 0 })
    const detail = await (
      await b.app.request(`/api/v1/offerings/${encodeURIComponent(offering.credentialSubject.id)}`)
    ).json()
    expect(detail.offering.status).toBe('revoked')
  })

  it('keeps to the origin a revocation whose issuer did not type it as one, and says so', async () => {
    // untyped, it reads like the presentation that submitted the credential: a peer relaying
    // such a submission could otherwise revoke the offering everywhere
    const second = await sign(a, partner, partnerOffering(partner.did, 'revoked-here-only'))
    expect((await submit(a, partner, [second])).status).toBe(201)
    expect((await syncNow(b, peerId)).accepted).toBe(1)
    const id = second.credentialSubject.id
    const held = await storedCredential(a, id)
    const res = await a.app.request(`${offeringPath(id)}/revoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/ld+json' },
      body: JSON.stringify(await presentFor(a, partner, [held!])),
    })
    expect(res.status).toBe(200)
    expect((await res.json()).warnings).toEqual([
      expect.objectContaining({ code: 'revocation-local-only', severity: 'warning' }),
    ])
    expect(await syncNow(b, peerId)).toMatchObject({ accepted: 0, rejected: 0, unchanged: 1 })
    const detail = await (await b.app.request(offeringPath(id))).json()
    expect(detail.offering.status).toBe('active')
  })

  it('is listed with its sync state, and removed leaving what was mirrored', async () => {
    const { peers } = await (
      await b.app.request('/api/v1/admin/peers', { headers: adminHeaders() })
    ).json()
    expect(peers).toEqual([
      expect.objectContaining({ id: peerId, cursor: expect.any(String), lastError: null }),
    ])
    expect(peers[0].accepted).toBeGreaterThan(0)
    const gone = await b.app.request(`/api/v1/admin/peers/${peerId}`, {
      method: 'DELETE',
      headers: adminHeaders(),
    })
    expect(gone.status).toBe(204)
    const detail = await b.app.request(
      `/api/v1/offerings/${encodeURIComponent(offering.credentialSubject.id)}`,
    )
    expect(detail.status).toBe(200)
  })
})
