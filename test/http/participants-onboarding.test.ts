import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateKeyMaterial, signingKey, type SigningKey } from '../../src/credentials/did/keys.js'
import { participantCredentials, partnerBase, partnerOffering } from '../helpers/credentials.js'
import {
  ADMIN_TOKEN,
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
  sign,
  signedParticipant,
  signEach,
  storeState,
  type Json,
  type TestNode,
} from '../helpers/partner.js'
import { createTestNode } from '../helpers/test-node.js'

let open: TestNode
let approval: TestNode
beforeAll(async () => {
  open = await createTestNode({ env: OPEN_NODE_ENV })
  approval = await createTestNode({
    env: { GXC_PUBLIC_URL: 'https://catalogue.bleu.fr', GXC_ADMIN_TOKEN: ADMIN_TOKEN },
  })
})
afterAll(() => {
  open.close()
  approval.close()
})

async function participantOf(node: TestNode, id: string): Promise<Response> {
  return node.app.request(participantPath(id))
}

/** `key`'s participant credentials with another VAT number, signed. */
async function withVat(node: TestNode, key: SigningKey, vatID: string): Promise<Json[]> {
  const [legalPerson, vat] = participantCredentials(key.did, partnerBase(key.did))
  vat!.credentialSubject['gx:vatID'] = vatID
  return signEach(node, key, [legalPerson!, vat!])
}

describe('POST /api/v1/participants', () => {
  it('onboards a participant as active on a node open to newcomers', async () => {
    const key = await newPartner()
    const before = await storeState(open)
    const res = await onboard(open, key)
    expect(res.status).toBe(201)
    const { participant } = await res.json()
    expect(participant).toMatchObject({
      id: key.did,
      did: key.did,
      name: 'Partenaire Exemple SAS',
      countryCode: 'FR',
      status: 'active',
      origin: 'local',
    })
    const read = await participantOf(open, key.did)
    expect(read.status).toBe(200)
    expect((await read.json()).participant.status).toBe('active')
    const after = await storeState(open)
    expect(after.counts.participants).toBe(before.counts.participants + 1)
    expect(after.events.slice(before.events.length).map((e) => e.kind)).toEqual(['put', 'put'])
  })

  it('onboards a participant as pending where the operator approves newcomers', async () => {
    const key = await newPartner()
    const res = await onboard(approval, key)
    expect(res.status).toBe(201)
    expect((await res.json()).participant).toMatchObject({ id: key.did, status: 'pending' })
    expect((await (await participantOf(approval, key.did)).json()).participant.status).toBe(
      'pending',
    )
  })

  it('answers 200 with the stored participant when the same credentials come again with a new challenge', async () => {
    const key = await newPartner()
    const credentials = await signedParticipant(open, key)
    const first = await onboard(open, key, credentials)
    expect(first.status).toBe(201)
    const before = await storeState(open)
    const again = await onboard(open, key, credentials)
    expect(again.status).toBe(200)
    expect((await again.json()).participant).toEqual((await first.json()).participant)
    expect(await storeState(open)).toEqual(before)
  })

  it('refuses a registration number whose check digits are wrong, storing nothing', async () => {
    const key = await newPartner()
    const before = await storeState(open)
    const res = await onboard(open, key, await withVat(open, key, 'FR45732829320'))
    const problem = await expectProblem(res, 422, 'credential-rejected')
    expect(problem.errors).toContainEqual(
      expect.objectContaining({
        code: 'registration-number-invalid',
        path: '/verifiableCredential/1/credentialSubject/gx:vatID',
      }),
    )
    expect(await storeState(open)).toEqual(before)
    expect((await participantOf(open, key.did)).status).toBe(404)
  })

  it('refuses a presentation without a LegalPerson, storing nothing', async () => {
    const key = await newPartner()
    const [, vat] = await signedParticipant(open, key)
    const before = await storeState(open)
    const res = await onboard(open, key, [vat!])
    const problem = await expectProblem(res, 422, 'credential-rejected')
    expect(problem.errors).toContainEqual(
      expect.objectContaining({ code: 'participant-missing', path: '/verifiableCredential' }),
    )
    expect(await storeState(open)).toEqual(before)
  })

  it('refuses offering credentials slipped into an onboarding, storing nothing', async () => {
    const key = await newPartner()
    const offering = await sign(approval, key, partnerOffering(key.did, 'early'))
    const before = await storeState(approval)
    const res = await onboard(approval, key, [
      ...(await signedParticipant(approval, key)),
      offering,
    ])
    const problem = await expectProblem(res, 422, 'credential-rejected')
    expect(problem.errors).toContainEqual(
      expect.objectContaining({
        code: 'onboarding-offering',
        path: '/verifiableCredential/2/type',
      }),
    )
    expect(await storeState(approval)).toEqual(before)
    expect((await approval.app.request(offeringPath(offering.credentialSubject.id))).status).toBe(
      404,
    )
  })

  it('refuses a LegalPerson issued by another DID than the holder, storing nothing', async () => {
    const owner = await newPartner()
    const holder = await newPartner()
    // the owner's own, genuinely signed credentials, presented by someone else
    const borrowed = await signedParticipant(open, owner)
    const before = await storeState(open)
    const res = await onboard(open, holder, borrowed)
    const problem = await expectProblem(res, 422, 'credential-rejected')
    expect(problem.errors).toContainEqual(
      expect.objectContaining({
        code: 'issuer-not-holder',
        path: '/verifiableCredential/0/issuer',
      }),
    )
    expect(await storeState(open)).toEqual(before)
    expect((await participantOf(open, owner.did)).status).toBe(404)
  })

  it('refuses a LegalPerson whose subject is another participant’s DID', async () => {
    const owner = await newPartner()
    expect((await onboard(open, owner)).status).toBe(201)
    const intruder = await newPartner()
    const [legalPerson, vat] = participantCredentials(intruder.did, partnerBase(intruder.did))
    legalPerson!.credentialSubject.id = owner.did
    legalPerson!.credentialSubject['schema:name'] = 'Intrus SARL'
    const before = await storeState(open)
    const res = await onboard(open, intruder, await signEach(open, intruder, [legalPerson!, vat!]))
    const problem = await expectProblem(res, 422, 'credential-rejected')
    expect(problem.errors).toEqual([
      expect.objectContaining({
        code: 'subject-id-not-issuer',
        path: '/verifiableCredential/0/credentialSubject/id',
      }),
    ])
    expect(await storeState(open)).toEqual(before)
    const { participant } = await (await participantOf(open, owner.did)).json()
    expect(participant).toMatchObject({ did: owner.did, name: 'Partenaire Exemple SAS' })
  })

  it('refuses a LegalPerson that claims the subject id of a participant onboarded under another DID', async () => {
    const owner = await newPartner()
    const subject = `${partnerBase(owner.did)}/participant`
    const credentials = participantCredentials(owner.did, partnerBase(owner.did))
    credentials[0]!.credentialSubject.id = subject
    expect((await onboard(open, owner, await signEach(open, owner, credentials))).status).toBe(201)
    const intruder = await newPartner()
    const [legalPerson, vat] = participantCredentials(intruder.did, partnerBase(intruder.did))
    legalPerson!.credentialSubject.id = subject
    const before = await storeState(open)
    const res = await onboard(open, intruder, await signEach(open, intruder, [legalPerson!, vat!]))
    const problem = await expectProblem(res, 403, 'forbidden')
    expect(codes(problem.errors)).toEqual(['subject-owned-by-another-issuer'])
    expect(await storeState(open)).toEqual(before)
    const { participant } = await (await participantOf(open, subject)).json()
    expect(participant).toMatchObject({ did: owner.did, status: 'active' })
    expect((await (await participantOf(open, intruder.did)).json()).status).toBe(404)
  })

  it('refuses a replayed challenge', async () => {
    const key = await newPartner()
    const vp = await presentation(
      key,
      await signedParticipant(open, key),
      await challenge(open.app),
      {
        loader: open.ctx.loader,
      },
    )
    expect((await post(open, '/api/v1/participants', vp)).status).toBe(201)
    const before = await storeState(open)
    const problem = await expectProblem(
      await post(open, '/api/v1/participants', vp),
      401,
      'unauthorized',
    )
    expect(problem.errors).toEqual([
      expect.objectContaining({ code: 'challenge-invalid', path: '/proof/challenge' }),
    ])
    expect(await storeState(open)).toEqual(before)
  })

  it('refuses a challenge the node never issued', async () => {
    const key = await newPartner()
    const vp = await presentation(
      key,
      await signedParticipant(open, key),
      { challenge: crypto.randomUUID(), domain: 'https://catalogue.bleu.fr' },
      { loader: open.ctx.loader },
    )
    const problem = await expectProblem(
      await post(open, '/api/v1/participants', vp),
      401,
      'unauthorized',
    )
    expect(codes(problem.errors)).toEqual(['challenge-invalid'])
    expect((await participantOf(open, key.did)).status).toBe(404)
  })

  it('refuses a presentation bound to another domain', async () => {
    const key = await newPartner()
    const { challenge: issued } = await challenge(open.app)
    const vp = await presentation(
      key,
      await signedParticipant(open, key),
      { challenge: issued, domain: 'https://catalogue.other.example' },
      { loader: open.ctx.loader },
    )
    const problem = await expectProblem(
      await post(open, '/api/v1/participants', vp),
      401,
      'unauthorized',
    )
    expect(problem.errors).toEqual([
      expect.objectContaining({ code: 'domain-mismatch', path: '/proof/domain' }),
    ])
    expect((await participantOf(open, key.did)).status).toBe(404)
  })

  it('refuses a presentation signed by a key that is not the holder’s', async () => {
    const holder = await newPartner()
    const credentials = await signedParticipant(open, holder)
    // another key that names the holder's verification method in its proof
    const forger = await signingKey(
      await generateKeyMaterial(),
      holder.did,
      holder.verificationMethod.split('#')[1],
    )
    const before = await storeState(open)
    const vp = await presentation(forger, credentials, await challenge(open.app), {
      loader: open.ctx.loader,
    })
    const problem = await expectProblem(
      await post(open, '/api/v1/participants', vp),
      401,
      'unauthorized',
    )
    expect(codes(problem.errors)).toEqual(['presentation-proof-invalid'])
    expect(await storeState(open)).toEqual(before)
  })

  it('refuses a presentation signed by another DID than its holder', async () => {
    const holder = await newPartner()
    const signer = await newPartner()
    const credentials = await signedParticipant(open, holder)
    const vp = await presentation(signer, credentials, await challenge(open.app), {
      loader: open.ctx.loader,
      holder: holder.did,
    })
    const problem = await expectProblem(
      await post(open, '/api/v1/participants', vp),
      401,
      'unauthorized',
    )
    expect(problem.errors).toEqual([
      expect.objectContaining({ code: 'holder-not-signer', path: '/proof/verificationMethod' }),
    ])
    expect((await participantOf(open, holder.did)).status).toBe(404)
  })

  it('refuses an unsigned presentation', async () => {
    const key = await newPartner()
    const credentials = await signedParticipant(open, key)
    const vp = await presentation(key, credentials, await challenge(open.app), {
      loader: open.ctx.loader,
    })
    delete vp.proof
    const problem = await expectProblem(
      await post(open, '/api/v1/participants', vp),
      401,
      'unauthorized',
    )
    expect(codes(problem.errors)).toEqual(['presentation-proof-missing'])
    expect((await participantOf(open, key.did)).status).toBe(404)
  })
})
