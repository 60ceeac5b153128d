// "Who says so?": the attacks of the trust review (docs/trust-model.md), each through the doors
// the node has. A victim and an attacker are both active participants of an open node, each with
// a fresh did:key; the attacker holds only its own key and what the node serves publicly.
import jsigs from 'jsonld-signatures'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SigningKey } from '../../src/credentials/did/keys.js'
import { signingSuite } from '../../src/credentials/data-integrity/suites.js'
import { participantCredentials, partnerBase, partnerOffering } from '../helpers/credentials.js'
import {
  adminParticipantPath,
  adminPost,
  challenge,
  codes,
  expectProblem,
  newPartner,
  offeringPath,
  onboard,
  OPEN_NODE_ENV,
  participantPath,
  post,
  presentation,
  presentFor,
  sign,
  signEach,
  storeState,
  storedCredential,
  submit,
  type Json,
  type TestNode,
} from '../helpers/partner.js'
import { createTestNode, TEST_NOW } from '../helpers/test-node.js'

let node: TestNode
let victim: SigningKey
let attacker: SigningKey
/** The victim's stored offering. */
let target: { id: string; hash: string }

beforeAll(async () => {
  node = await createTestNode({ env: OPEN_NODE_ENV })
  victim = await newPartner()
  attacker = await newPartner()
  expect((await onboard(node, victim)).status).toBe(201)
  expect((await onboard(node, attacker)).status).toBe(201)
  const res = await submit(node, victim, [
    await sign(node, victim, partnerOffering(victim.did, 'victim-offering')),
  ])
  expect(res.status).toBe(201)
  target = (await res.json()).accepted[0]
})
afterAll(() => node.close())

/** A different signature of the same length: still multibase, still 64 bytes, never valid. */
function bogus(proofValue: string): string {
  const chars = [...proofValue]
  chars[chars.length - 2] = chars.at(-2) === 'A' ? 'B' : 'A'
  return chars.join('')
}

/**
 * The attacker's presentation naming the victim as holder, signed by the attacker, with a forged
 * proof "by" the victim's key put first: what jsonld-signatures alone accepts, since one proof of
 * the set verifies.
 */
async function impersonation(credentials: object[]): Promise<Json> {
  const vp = await presentation(attacker, credentials, await challenge(node.app), {
    loader: node.ctx.loader,
    holder: victim.did,
  })
  const forged = { ...vp.proof, verificationMethod: victim.verificationMethod }
  forged.proofValue = bogus(forged.proofValue)
  return { ...vp, proof: [forged, vp.proof] }
}

async function statusOf(id: string): Promise<string> {
  return (await (await node.app.request(offeringPath(id))).json()).offering.status
}

async function searchIds(query: string): Promise<string[]> {
  const res = await node.app.request(`/api/v1/offerings?${query}&limit=100`)
  return (await res.json()).items.map((item: Json) => item.id)
}

describe('a presentation speaks for one holder, through one proof of that holder', () => {
  it('refuses a forged proof of the victim beside the attacker’s own: revocation', async () => {
    const before = await storeState(node)
    const vp = await impersonation([(await storedCredential(node, target.id))!])
    const res = await post(node, `${offeringPath(target.id)}/revoke`, vp)
    const problem = await expectProblem(res, 401, 'unauthorized')
    expect(codes(problem.errors)).toEqual(['presentation-proof-set'])
    expect(await statusOf(target.id)).toBe('active')
    expect(await storeState(node)).toEqual(before)
  })

  it('refuses the same impersonation on submissions and onboarding', async () => {
    const signedByVictim = await sign(node, victim, partnerOffering(victim.did, 'not-yet-sent'))
    const before = await storeState(node)
    for (const [path, held] of [
      ['/api/v1/submissions', [signedByVictim]],
      ['/api/v1/participants', await signEach(node, victim, participantCredentials(victim.did))],
    ] as [string, Json[]][]) {
      const problem = await expectProblem(
        await post(node, path, await impersonation(held)),
        401,
        'unauthorized',
      )
      expect(codes(problem.errors)).toEqual(['presentation-proof-set'])
    }
    expect(await storeState(node)).toEqual(before)
  })

  it('refuses a set of two proofs even when both are the holder’s own', async () => {
    const vp = await presentFor(node, victim, [])
    const problem = await expectProblem(
      await post(node, '/api/v1/submissions', { ...vp, proof: [vp.proof, vp.proof] }),
      401,
      'unauthorized',
    )
    expect(codes(problem.errors)).toEqual(['presentation-proof-set'])
  })

  it('refuses a presentation naming several holders, or a holder that is not a DID', async () => {
    for (const holder of [
      [attacker.did, victim.did],
      { id: `${attacker.did}#${attacker.did.slice(8)}` },
      'https://attacker.example/me',
    ]) {
      const vp = await presentation(
        attacker,
        [],
        await challenge(node.app),
        // the proof library needs a string holder to sign; the list is set afterwards
        { loader: node.ctx.loader },
      )
      const problem = await expectProblem(
        await post(node, '/api/v1/submissions', { ...vp, holder }),
        401,
        'unauthorized',
      )
      expect(codes(problem.errors)).toEqual(['holder-invalid'])
    }
  })
})

describe('a credential is verified only when every proof on it is its issuer’s and verifies', () => {
  let offering: Json
  beforeAll(async () => {
    offering = await sign(node, attacker, partnerOffering(attacker.did, 'two-proofs'))
  })

  it('refuses an offering carrying a forged proof beside its issuer’s, as the dry run and the VC-API do', async () => {
    const forged = structuredClone(offering)
    forged.proof = [
      offering.proof,
      {
        ...offering.proof,
        verificationMethod: victim.verificationMethod,
        proofValue: bogus(offering.proof.proofValue),
      },
    ]
    const before = await storeState(node)
    const problem = await expectProblem(
      await submit(node, attacker, [forged]),
      422,
      'credential-rejected',
    )
    expect(problem.errors).toContainEqual(
      expect.objectContaining({
        code: 'signature-invalid',
        path: '/verifiableCredential/0/proof/1',
      }),
    )
    expect(await storeState(node)).toEqual(before)

    const dryRun = await (await post(node, '/api/v1/validate', forged)).json()
    expect(dryRun.verified).toBe(false)
    const vcApi = await post(node, '/credentials/verify', { verifiableCredential: forged })
    expect(vcApi.status).toBe(422)
    expect((await vcApi.json()).verified).toBe(false)
  })

  it('refuses an offering endorsed by a valid proof of another participant', async () => {
    // an endorsement: the victim's valid assertion proof added to the attacker's credential
    const endorsement = (await jsigs.sign(structuredClone(offering), {
      suite: signingSuite(victim, 'eddsa-rdfc-2022', TEST_NOW),
      purpose: new jsigs.purposes.AssertionProofPurpose(),
      documentLoader: node.ctx.loader,
    })) as Json
    expect(endorsement.proof).toHaveLength(2)
    const problem = await expectProblem(
      await submit(node, attacker, [endorsement]),
      422,
      'credential-rejected',
    )
    expect(problem.errors).toEqual([
      expect.objectContaining({
        code: 'proof-not-by-issuer',
        path: '/verifiableCredential/0/proof/1/verificationMethod',
      }),
    ])
    const dryRun = await (await post(node, '/api/v1/validate', endorsement)).json()
    expect(codes(dryRun.errors)).toContain('proof-not-by-issuer')
  })

  it('stores an offering whose two proofs are both its issuer’s', async () => {
    const twice = await sign(node, attacker, offering)
    const res = await submit(node, attacker, [twice])
    expect(res.status).toBe(201)
    const [{ hash }] = (await res.json()).accepted
    expect(JSON.parse((await node.ctx.store.getCredential(hash))!.document).proof).toHaveLength(2)
  })
})

describe('an offering is only ever its provider’s', () => {
  it('refuses an offering published in the victim’s name through a second subject', async () => {
    const credential = partnerOffering(attacker.did, 'in-victims-name', {
      subject: { 'gx:providedBy': { id: victim.did } },
    })
    credential.credentialSubject = [
      credential.credentialSubject,
      { ...participantCredentials(attacker.did)[0]!.credentialSubject, id: victim.did },
    ]
    const signed = await sign(node, attacker, credential)
    const before = await storeState(node)
    const problem = await expectProblem(
      await submit(node, attacker, [signed]),
      422,
      'credential-rejected',
    )
    expect(codes(problem.errors)).toEqual(
      expect.arrayContaining(['credential-subjects-multiple', 'subject-id-not-issuer']),
    )
    expect(await storeState(node)).toEqual(before)
    expect(await searchIds(`provider=${encodeURIComponent(victim.did)}`)).toEqual([target.id])

    const dryRun = await (await post(node, '/api/v1/validate', signed)).json()
    expect(codes(dryRun.errors)).toEqual(expect.arrayContaining(['credential-subjects-multiple']))
  })

  it('does not let a submitted LegalPerson vouch for a participant the node holds', async () => {
    // the victim onboarded under an https subject id; the attacker claims it in its own credential
    const owner = await newPartner()
    const subject = `${partnerBase(owner.did)}/participant`
    const ownCredentials = participantCredentials(owner.did, partnerBase(owner.did))
    ownCredentials[0]!.credentialSubject.id = subject
    expect((await onboard(node, owner, await signEach(node, owner, ownCredentials))).status).toBe(
      201,
    )
    const [legalPerson] = participantCredentials(attacker.did, partnerBase(attacker.did))
    legalPerson!.credentialSubject.id = subject
    const offering = partnerOffering(attacker.did, 'vouched', {
      subject: { 'gx:providedBy': { id: subject } },
    })
    const held = await signEach(node, attacker, [legalPerson!, offering])
    const before = await storeState(node)
    const problem = await expectProblem(
      await submit(node, attacker, held),
      422,
      'credential-rejected',
    )
    expect(codes(problem.errors)).toEqual(
      expect.arrayContaining(['issuer-not-provider', 'participant-in-submission']),
    )
    expect(await storeState(node)).toEqual(before)
    const dryRun = await (await post(node, '/api/v1/validate', held[1])).json()
    expect(codes(dryRun.errors)).toEqual(['issuer-not-provider'])
  })
})

describe('a participant is its DID', () => {
  it('does not let a stranger lock out a participant by onboarding its DID', async () => {
    const stranger = await newPartner()
    const [legalPerson, vat] = participantCredentials(stranger.did, partnerBase(stranger.did))
    legalPerson!.credentialSubject.id = victim.did
    const res = await onboard(node, stranger, await signEach(node, stranger, [legalPerson!, vat!]))
    await expectProblem(res, 422, 'credential-rejected')
    const { participant } = await (await node.app.request(participantPath(victim.did))).json()
    expect(participant).toMatchObject({ id: victim.did, did: victim.did, status: 'active' })
    const next = await submit(node, victim, [
      await sign(node, victim, partnerOffering(victim.did, 'after-the-stranger')),
    ])
    expect(next.status).toBe(201)
  })

  it('does not make a second key a participant through a submission, nor through a new subject id', async () => {
    const second = await newPartner()
    const [legalPerson] = participantCredentials(attacker.did, partnerBase(attacker.did))
    legalPerson!.credentialSubject.id = second.did
    const viaSubmission = await expectProblem(
      await submit(node, attacker, [await sign(node, attacker, legalPerson!)]),
      422,
      'credential-rejected',
    )
    expect(codes(viaSubmission.errors)).toEqual(
      expect.arrayContaining(['subject-id-not-issuer', 'participant-in-submission']),
    )
    expect((await node.app.request(participantPath(second.did))).status).toBe(404)
    const secondSubmits = await submit(node, second, [
      await sign(node, second, partnerOffering(second.did, 'second-key')),
    ])
    await expectProblem(secondSubmits, 403, 'forbidden')

    const renamed = participantCredentials(attacker.did, partnerBase(attacker.did))
    renamed[0]!.credentialSubject.id = `${partnerBase(attacker.did)}/another-me`
    const again = await onboard(node, attacker, await signEach(node, attacker, renamed))
    const problem = await expectProblem(again, 409, 'conflict')
    expect(codes(problem.errors)).toEqual(['participant-id-changed'])
  })

  it('suspends the DID: a suspended participant neither submits nor onboards again', async () => {
    const suspended = await newPartner()
    expect((await onboard(node, suspended)).status).toBe(201)
    expect((await adminPost(node, adminParticipantPath(suspended.did, 'suspend'))).status).toBe(200)
    const offering = await sign(node, suspended, partnerOffering(suspended.did, 'while-suspended'))
    await expectProblem(await submit(node, suspended, [offering]), 403, 'forbidden')
    await expectProblem(await onboard(node, suspended), 403, 'forbidden')
    const { participant } = await (await node.app.request(participantPath(suspended.did))).json()
    expect(participant.status).toBe('suspended')
    await expectProblem(await submit(node, suspended, [offering]), 403, 'forbidden')
  })
})
