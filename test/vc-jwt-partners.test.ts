import * as vc from '@digitalbazaar/vc'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { onboardParticipant, revokeOffering, submitCredentials } from '../src/catalogue/partners.js'
import { signCredential } from '../src/credentials/data-integrity/sign.js'
import { signingSuite } from '../src/credentials/data-integrity/suites.js'
import { participantCredentials, partnerBase, partnerOffering } from './helpers/credentials.js'
import { TEST_NOW } from './helpers/test-node.js'
import {
  didJwkSigner,
  didKeySigner,
  didWebSigner,
  enveloped,
  jwtNode,
  nodeChallenge,
  presentationPayload,
  signJwt,
  vcJwt,
  vpJwt,
  type JwtSigner,
} from './helpers/vc-jwt.js'

type Node = Awaited<ReturnType<typeof jwtNode>>

let node: Node
let assertOnly: Awaited<ReturnType<typeof didWebSigner>>

beforeAll(async () => {
  assertOnly = await didWebSigner('ES256', 'assert-only.example.eu', ['assertionMethod'])
  node = await jwtNode([assertOnly.document])
})
afterAll(() => node.close())

/** The participant credentials of `signer`, each a VC-JWT in an EnvelopedVerifiableCredential. */
async function participantEnvelopes(signer: JwtSigner) {
  const credentials = participantCredentials(signer.did, partnerBase(signer.did))
  return Promise.all(credentials.map(async (c) => enveloped(await vcJwt(signer, c))))
}

/** Rejects with an AppError of this code whose findings include `finding` (code and path). */
async function refused(promise: Promise<unknown>, code: string, finding: string) {
  const error = (await promise.then(
    () => expect.fail('the presentation was accepted'),
    (e: unknown) => e,
  )) as { code: string; errors?: { code: string; path: string }[] }
  expect(error.code).toBe(code)
  expect((error.errors ?? []).map((f) => `${f.code} ${f.path}`)).toContain(finding)
}

describe('partners: VP-JWT presentations', () => {
  it('onboards a participant, then takes its offerings, from VP-JWTs bound to this node', async () => {
    const signer = await didJwkSigner('ES256')
    const vp = await vpJwt(
      signer,
      await participantEnvelopes(signer),
      await nodeChallenge(node.ctx),
    )
    const { created, participant } = await onboardParticipant(node.ctx, vp)
    expect(created).toBe(true)
    expect(participant).toMatchObject({ did: signer.did, status: 'active' })

    const offering = await vcJwt(signer, partnerOffering(signer.did, 'vp-jwt'))
    const submission = await vpJwt(signer, [enveloped(offering)], await nodeChallenge(node.ctx))
    const { accepted } = await submitCredentials(node.ctx, submission)
    expect(accepted).toEqual([expect.objectContaining({ status: 'active', created: true })])
    const row = await node.ctx.store.getCredential(accepted[0]!.hash)
    expect(row).toMatchObject({ format: 'jwt_vc', document: offering, proofType: 'vc+jwt/ES256' })

    const subjectId = accepted[0]!.subjectId!
    const other = await vcJwt(signer, partnerOffering(signer.did, 'vp-jwt-kept'))
    await submitCredentials(
      node.ctx,
      await vpJwt(signer, [enveloped(other)], await nodeChallenge(node.ctx)),
    )
    // a revocation names the credential it revokes: the other offering's does not revoke this one
    const misdirected = await vpJwt(signer, [enveloped(other)], await nodeChallenge(node.ctx))
    await refused(
      revokeOffering(node.ctx, subjectId, { presentation: misdirected }),
      'credential-rejected',
      'revocation-target-mismatch /verifiableCredential/0',
    )
    const revocation = await vpJwt(signer, [enveloped(offering)], await nodeChallenge(node.ctx))
    await revokeOffering(node.ctx, subjectId, { presentation: revocation })
    expect((await node.ctx.store.getOffering(subjectId))?.status).toBe('revoked')
  })

  it('stores Data Integrity and VC-JWT credentials of one VP-JWT each in its own format', async () => {
    const signer = await didKeySigner()
    const [legal, vat] = participantCredentials(signer.did, partnerBase(signer.did))
    const signedLegal = await signCredential(legal!, {
      key: signer.dataIntegrity!,
      loader: node.ctx.loader,
      date: TEST_NOW,
    })
    const vp = await vpJwt(
      signer,
      [signedLegal, enveloped(await vcJwt(signer, vat!))],
      await nodeChallenge(node.ctx),
    )
    await onboardParticipant(node.ctx, vp)
    const participant = await node.ctx.store.getParticipant(signer.did)
    const rows = await node.ctx.store.participantCredentials(participant!)
    expect(rows.map((r) => r.format).sort()).toEqual(['jwt_vc', 'ldp_vc'])
  })

  it('onboards from a Data Integrity presentation that envelopes VC-JWTs', async () => {
    const signer = await didKeySigner()
    // built by hand: @digitalbazaar/vc's createPresentation wants embedded credentials only
    const vp = await vc.signPresentation({
      presentation: presentationPayload(signer.did, await participantEnvelopes(signer)),
      suite: signingSuite(signer.dataIntegrity!, 'eddsa-rdfc-2022', TEST_NOW),
      documentLoader: node.ctx.loader,
      ...(await nodeChallenge(node.ctx)),
    })
    const { participant } = await onboardParticipant(node.ctx, vp)
    expect(participant.did).toBe(signer.did)
  })

  it('refuses a VP-JWT bound to another domain', async () => {
    const signer = await didJwkSigner('ES256')
    const { challenge } = await nodeChallenge(node.ctx)
    const vp = await vpJwt(signer, await participantEnvelopes(signer), {
      challenge,
      domain: 'https://elsewhere.example.eu',
    })
    await refused(onboardParticipant(node.ctx, vp), 'unauthorized', 'domain-mismatch /aud')
  })

  it('refuses a replayed or unknown nonce', async () => {
    const signer = await didJwkSigner('EdDSA')
    const binding = await nodeChallenge(node.ctx)
    const vp = await vpJwt(signer, await participantEnvelopes(signer), binding)
    await onboardParticipant(node.ctx, vp)
    await refused(onboardParticipant(node.ctx, vp), 'unauthorized', 'challenge-invalid /nonce')
    const unknown = await vpJwt(signer, [], { challenge: 'never-issued', domain: binding.domain })
    await refused(onboardParticipant(node.ctx, unknown), 'unauthorized', 'challenge-invalid /nonce')
  })

  it('refuses a VP-JWT signed by another DID than its holder', async () => {
    const holder = await didJwkSigner('ES256')
    const intruder = await didJwkSigner('ES256')
    const { challenge, domain } = await nodeChallenge(node.ctx)
    const vp = await signJwt(
      intruder,
      {
        '@context': ['https://www.w3.org/ns/credentials/v2'],
        type: ['VerifiablePresentation'],
        holder: holder.did,
        verifiableCredential: await participantEnvelopes(holder),
        nonce: challenge,
        aud: domain,
      },
      { typ: 'vp+jwt', cty: 'vp' },
    )
    await refused(onboardParticipant(node.ctx, vp), 'unauthorized', 'holder-not-signer /holder')
  })

  it('refuses a key the holder lists for assertions but not for authentication', async () => {
    const { signer } = assertOnly
    const vp = await vpJwt(signer, [], await nodeChallenge(node.ctx))
    await refused(onboardParticipant(node.ctx, vp), 'unauthorized', 'proof-purpose-invalid ')
  })

  it('refuses a VC-JWT where a VP-JWT is expected, and an expired VP-JWT', async () => {
    const signer = await didJwkSigner('ES256')
    const [legal] = participantCredentials(signer.did, partnerBase(signer.did))
    await refused(
      onboardParticipant(node.ctx, await vcJwt(signer, legal!)),
      'unauthorized',
      'jwt-type-invalid ',
    )
    const { challenge, domain } = await nodeChallenge(node.ctx)
    const expired = await signJwt(
      signer,
      {
        '@context': ['https://www.w3.org/ns/credentials/v2'],
        type: ['VerifiablePresentation'],
        holder: signer.did,
        nonce: challenge,
        aud: domain,
        exp: TEST_NOW.getTime() / 1000 - 3600,
      },
      { typ: 'vp+jwt', cty: 'vp' },
    )
    await refused(onboardParticipant(node.ctx, expired), 'unauthorized', 'credential-expired /exp')
  })
})
