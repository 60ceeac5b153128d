import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SigningKey } from '../../src/credentials/did/keys.js'
import { partnerOffering, type OfferingOverrides } from '../helpers/credentials.js'
import {
  ADMIN_TOKEN,
  adminParticipantPath,
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
  submit,
  type Json,
  type TestNode,
} from '../helpers/partner.js'
import { createTestNode } from '../helpers/test-node.js'

const GX = 'https://w3id.org/gaia-x/2511#'

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

function offering(key: SigningKey, slug: string, overrides?: OfferingOverrides): Promise<Json> {
  return sign(node, key, partnerOffering(key.did, slug, overrides))
}

async function read(id: string): Promise<Json> {
  const res = await node.app.request(offeringPath(id))
  expect(res.status).toBe(200)
  return res.json()
}

describe('POST /api/v1/submissions', () => {
  it('stores an active participant’s offering and answers 201 with its entry', async () => {
    const signed = await offering(alice, 'alpha')
    const before = await storeState(node)
    const res = await submit(node, alice, [signed])
    expect(res.status).toBe(201)
    const body = await res.json()
    expect(body).toEqual({
      accepted: [
        {
          id: signed.credentialSubject.id,
          hash: expect.stringMatching(/^sha256-[0-9a-f]{64}$/),
          status: 'active',
        },
      ],
    })
    const { hash } = body.accepted[0]
    const stored = await read(signed.credentialSubject.id)
    expect(stored.offering).toMatchObject({
      id: signed.credentialSubject.id,
      credentialId: signed.id,
      hash,
      status: 'active',
      provider: { did: alice.did },
    })
    expect(stored.credential).toEqual(signed)
    const after = await storeState(node)
    expect(after.counts).toEqual({
      ...before.counts,
      offerings: before.counts.offerings + 1,
      credentials: before.counts.credentials + 1,
    })
    expect(after.events.slice(before.events.length)).toEqual([
      expect.objectContaining({ kind: 'put', hash, subjectId: signed.credentialSubject.id }),
    ])
  })

  it('answers 200 with the same entries when the same content comes again', async () => {
    const signed = await offering(alice, 'again')
    const first = await submit(node, alice, [signed])
    expect(first.status).toBe(201)
    const before = await storeState(node)
    const again = await submit(node, alice, [signed])
    expect(again.status).toBe(200)
    expect(await again.json()).toEqual(await first.json())
    expect(await storeState(node)).toEqual(before)
  })

  it('answers 200 with the stored status when a revoked credential comes again', async () => {
    const signed = await offering(alice, 'revoked-again')
    expect((await submit(node, alice, [signed])).status).toBe(201)
    expect((await revoke(node, alice, signed.credentialSubject.id)).status).toBe(200)
    const before = await storeState(node)
    const again = await submit(node, alice, [signed])
    expect(again.status).toBe(200)
    expect((await again.json()).accepted).toEqual([
      expect.objectContaining({ id: signed.credentialSubject.id, status: 'revoked' }),
    ])
    expect((await read(signed.credentialSubject.id)).offering.status).toBe('revoked')
    expect(await storeState(node)).toEqual(before)
  })

  it('stores several credentials at once, appending one put event for each', async () => {
    const base = await offering(alice, 'storage')
    const dependent = await offering(alice, 'backup', {
      subject: { 'gx:dependsOn': { id: base.credentialSubject.id } },
    })
    const before = await storeState(node)
    const res = await submit(node, alice, [base, dependent])
    expect(res.status).toBe(201)
    const { accepted } = await res.json()
    expect(accepted.map((a: Json) => a.id)).toEqual([
      base.credentialSubject.id,
      dependent.credentialSubject.id,
    ])
    const events = (await storeState(node)).events.slice(before.events.length)
    expect(events.map((e) => [e.kind, e.hash])).toEqual(accepted.map((a: Json) => ['put', a.hash]))
  })

  it('accepts a dependency on an offering the node already holds', async () => {
    const held = await offering(alice, 'network')
    expect((await submit(node, alice, [held])).status).toBe(201)
    const dependent = await offering(alice, 'vpn', {
      subject: { 'gx:dependsOn': { id: held.credentialSubject.id } },
    })
    expect((await submit(node, alice, [dependent])).status).toBe(201)
  })

  it('supersedes a stored credential with a newer version of the same id', async () => {
    const v1 = await offering(alice, 'versioned')
    const first = await submit(node, alice, [v1])
    expect(first.status).toBe(201)
    const [{ hash: oldHash }] = (await first.json()).accepted
    const v2 = await offering(alice, 'versioned', {
      credential: { validFrom: '2026-06-01T00:00:00Z' },
      subject: { 'schema:description': 'Nouvelle version : sauvegardes incluses.' },
    })
    const before = await storeState(node)
    const second = await submit(node, alice, [v2])
    expect(second.status).toBe(201)
    const [{ hash: newHash }] = (await second.json()).accepted
    expect(newHash).not.toBe(oldHash)

    expect((await node.ctx.store.getCredential(oldHash))?.status).toBe('deprecated')
    expect((await node.ctx.store.getCredential(newHash))?.status).toBe('active')
    const old = await node.app.request(`/api/v1/credentials/${oldHash}`)
    expect(old.status).toBe(200)
    expect(await old.json()).toEqual(v1)
    const stored = await read(v2.credentialSubject.id)
    expect(stored.offering).toMatchObject({ hash: newHash, status: 'active' })
    expect(stored.credential).toEqual(v2)
    const after = await storeState(node)
    expect(after.counts.offerings).toBe(before.counts.offerings)
    expect(after.events.slice(before.events.length).map((e) => [e.kind, e.hash])).toEqual([
      ['put', newHash],
    ])
  })

  it('refuses an older version of a stored credential with 409, storing nothing', async () => {
    const current = await offering(alice, 'current', {
      credential: { validFrom: '2026-06-01T00:00:00Z' },
    })
    const first = await submit(node, alice, [current])
    expect(first.status).toBe(201)
    const [{ hash }] = (await first.json()).accepted
    const older = await offering(alice, 'current', {
      credential: { validFrom: '2026-02-01T00:00:00Z' },
      subject: { 'schema:description': 'Ancienne version.' },
    })
    const before = await storeState(node)
    const problem = await expectProblem(await submit(node, alice, [older]), 409, 'conflict')
    expect(problem.errors).toEqual([
      expect.objectContaining({ code: 'older-version', path: '/verifiableCredential/0/validFrom' }),
    ])
    expect(await storeState(node)).toEqual(before)
    expect((await read(current.credentialSubject.id)).offering.hash).toBe(hash)
  })

  it('refuses a submission holding two versions of one credential, whichever comes first', async () => {
    const newer = await offering(alice, 'twice', {
      credential: { validFrom: '2026-06-01T00:00:00Z' },
    })
    // the same claims: two descriptions of one subject would merge and fail the shapes first
    const older = await offering(alice, 'twice', {
      credential: { validFrom: '2026-02-01T00:00:00Z' },
    })
    const before = await storeState(node)
    for (const [pair, olderAt] of [
      [[newer, older], 1],
      [[older, newer], 0],
    ] as const) {
      const problem = await expectProblem(await submit(node, alice, [...pair]), 409, 'conflict')
      expect(problem.errors).toEqual([
        expect.objectContaining({
          code: 'older-version',
          path: `/verifiableCredential/${olderAt}/validFrom`,
        }),
      ])
    }
    expect(await storeState(node)).toEqual(before)
  })

  it('refuses a presentation mixing a valid and an invalid credential, storing nothing', async () => {
    const valid = await offering(alice, 'mixed-valid')
    const tampered = await offering(alice, 'mixed-tampered')
    tampered.credentialSubject['schema:name'] = 'Offre modifiée après signature'
    const before = await storeState(node)
    const res = await submit(node, alice, [valid, tampered])
    const problem = await expectProblem(res, 422, 'credential-rejected')
    expect(problem.errors).toContainEqual(
      expect.objectContaining({ code: 'signature-invalid', path: '/verifiableCredential/1/proof' }),
    )
    expect(await storeState(node)).toEqual(before)
    expect((await node.app.request(offeringPath(valid.credentialSubject.id))).status).toBe(404)
  })

  it('refuses an offering that fails its shapes, pointing at what is wrong', async () => {
    const unsigned = partnerOffering(alice.did, 'no-terms')
    delete unsigned.credentialSubject['gx:serviceOfferingTermsAndConditions']
    const before = await storeState(node)
    const res = await submit(node, alice, [await sign(node, alice, unsigned)])
    const problem = await expectProblem(res, 422, 'credential-rejected')
    expect(problem.errors).toContainEqual(
      expect.objectContaining({
        code: 'shape-min-count',
        property: `${GX}serviceOfferingTermsAndConditions`,
        path: '/verifiableCredential/0/credentialSubject',
      }),
    )
    expect(await storeState(node)).toEqual(before)
  })

  it('refuses a credential issued by someone else than the holder', async () => {
    const bobs = await offering(bob, 'bobs')
    const before = await storeState(node)
    const problem = await expectProblem(
      await submit(node, alice, [bobs]),
      422,
      'credential-rejected',
    )
    expect(problem.errors).toEqual([
      expect.objectContaining({
        code: 'issuer-not-holder',
        path: '/verifiableCredential/0/issuer',
      }),
    ])
    expect(await storeState(node)).toEqual(before)
  })

  it('refuses an offering that names another participant as its provider', async () => {
    const signed = await offering(alice, 'on-behalf', {
      subject: { 'gx:providedBy': { id: bob.did } },
    })
    const before = await storeState(node)
    const problem = await expectProblem(
      await submit(node, alice, [signed]),
      422,
      'credential-rejected',
    )
    expect(codes(problem.errors)).toContain('issuer-not-provider')
    expect(await storeState(node)).toEqual(before)
  })

  // shown, `…/stor<RLO>gare` reads `…/storerag`: the id would read as another offering's
  it('refuses an offering whose id holds a bidi override, showing it as its code', async () => {
    const signed = await offering(alice, 'storage', {
      subject: { id: `https://partners.example.eu/offerings/stor\u202egare` },
    })
    const before = await storeState(node)
    const problem = await expectProblem(
      await submit(node, alice, [signed]),
      422,
      'credential-rejected',
    )
    const refused = problem.errors?.find((e) => e.code === 'id-bidi-control')
    expect(refused).toMatchObject({ path: '/verifiableCredential/0/credentialSubject/id' })
    expect(JSON.stringify(refused)).toContain('stor\\\\u202egare')
    expect(await storeState(node)).toEqual(before)
  })

  it('refuses a dependency on an offering the node does not know', async () => {
    const signed = await offering(alice, 'orphan', {
      subject: { 'gx:dependsOn': { id: 'https://nowhere.example.eu/offerings/unknown' } },
    })
    const before = await storeState(node)
    const problem = await expectProblem(
      await submit(node, alice, [signed]),
      422,
      'credential-rejected',
    )
    expect(problem.errors).toContainEqual(
      expect.objectContaining({
        code: 'depends-on-unknown',
        path: expect.stringMatching(/^\/verifiableCredential\/0\/credentialSubject\/gx:dependsOn/),
        property: `${GX}dependsOn`,
      }),
    )
    expect(await storeState(node)).toEqual(before)
  })

  it('refuses an offering that would replace another participant’s offering of the same id', async () => {
    const original = await offering(alice, 'flagship')
    const first = await submit(node, alice, [original])
    expect(first.status).toBe(201)
    const [{ hash }] = (await first.json()).accepted
    const impostor = await offering(bob, 'impostor', {
      subject: { id: original.credentialSubject.id, 'schema:name': 'Offre usurpée' },
    })
    const before = await storeState(node)
    const problem = await expectProblem(await submit(node, bob, [impostor]), 403, 'forbidden')
    expect(problem.errors).toEqual([
      expect.objectContaining({
        code: 'subject-owned-by-another-issuer',
        path: '/verifiableCredential/0/credentialSubject/id',
      }),
    ])
    expect(await storeState(node)).toEqual(before)
    const stored = await read(original.credentialSubject.id)
    expect(stored.offering).toMatchObject({ hash, name: 'Offre flagship' })
    expect(stored.offering.provider.did).toBe(alice.did)
  })

  it('refuses a holder that is not a participant of the node', async () => {
    const stranger = await newPartner()
    const signed = await offering(stranger, 'stranger')
    const before = await storeState(node)
    await expectProblem(await submit(node, stranger, [signed]), 403, 'forbidden')
    expect(await storeState(node)).toEqual(before)
  })

  it('refuses a participant still pending approval', async () => {
    const approval = await createTestNode({
      env: { GXC_PUBLIC_URL: 'https://catalogue.bleu.fr', GXC_ADMIN_TOKEN: ADMIN_TOKEN },
    })
    try {
      const newcomer = await newPartner()
      expect((await onboard(approval, newcomer)).status).toBe(201)
      const signed = await sign(approval, newcomer, partnerOffering(newcomer.did, 'pending'))
      const before = await storeState(approval)
      await expectProblem(await submit(approval, newcomer, [signed]), 403, 'forbidden')
      expect(await storeState(approval)).toEqual(before)
    } finally {
      approval.close()
    }
  })

  it('refuses a suspended participant', async () => {
    const suspended = await newPartner()
    expect((await onboard(node, suspended)).status).toBe(201)
    const suspend = await adminPost(node, adminParticipantPath(suspended.did, 'suspend'))
    expect(suspend.status).toBe(200)
    const signed = await offering(suspended, 'suspended')
    const before = await storeState(node)
    await expectProblem(await submit(node, suspended, [signed]), 403, 'forbidden')
    expect(await storeState(node)).toEqual(before)
  })

  it('refuses a replayed challenge', async () => {
    const signed = await offering(alice, 'replayed')
    const vp = await presentation(alice, [signed], await challenge(node.app), {
      loader: node.ctx.loader,
    })
    expect((await post(node, '/api/v1/submissions', vp)).status).toBe(201)
    const problem = await expectProblem(
      await post(node, '/api/v1/submissions', vp),
      401,
      'unauthorized',
    )
    expect(codes(problem.errors)).toEqual(['challenge-invalid'])
  })

  it('refuses a presentation bound to another domain', async () => {
    const signed = await offering(alice, 'elsewhere')
    const { challenge: issued } = await challenge(node.app)
    const vp = await presentation(
      alice,
      [signed],
      { challenge: issued, domain: 'https://catalogue.other.example' },
      { loader: node.ctx.loader },
    )
    const before = await storeState(node)
    const problem = await expectProblem(
      await post(node, '/api/v1/submissions', vp),
      401,
      'unauthorized',
    )
    expect(codes(problem.errors)).toEqual(['domain-mismatch'])
    expect(await storeState(node)).toEqual(before)
  })
})

describe('the expiry sweep', () => {
  it('marks an offering expired once its validUntil has passed, with an expire event', async () => {
    const short = await offering(alice, 'short-lived', {
      credential: { validUntil: '2026-12-31T00:00:00Z' },
    })
    const res = await submit(node, alice, [short])
    expect(res.status).toBe(201)
    const [{ id, hash }] = (await res.json()).accepted
    const before = await storeState(node)

    const expired = await node.ctx.store.expireCredentials(Date.parse('2027-01-01T00:00:00Z'))
    expect(expired).toBe(1)

    expect((await read(id)).offering.status).toBe('expired')
    expect((await node.ctx.store.getCredential(hash))?.status).toBe('expired')
    expect((await storeState(node)).events.slice(before.events.length)).toEqual([
      expect.objectContaining({ kind: 'expire', hash, subjectId: id }),
    ])
    const listed = async (query: string) =>
      (await (await node.app.request(`/api/v1/offerings${query}`)).json()).items.map(
        (item: Json) => item.id,
      )
    expect(await listed('?status=expired&limit=100')).toContain(id)
    expect(await listed('?limit=100')).not.toContain(id)
  })
})
