// The VC-API issuer instances, one per proof format, as implementations register in the W3C
// suites: each signs as the node, and the node's own verifier accepts what each one signs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { IssueResponseSchema } from '../../src/http/openapi/vc-api-schemas.js'
import { ADMIN_TOKEN, codes, expectProblem, type Json } from '../helpers/partner.js'
import { createTestNode } from '../helpers/test-node.js'
import { payloadOf, withPayload } from '../helpers/vc-jwt.js'

const V1 = 'https://www.w3.org/2018/credentials/v1'
const V2 = 'https://www.w3.org/ns/credentials/v2'
const EXAMPLES = 'https://www.w3.org/ns/credentials/examples/v2'

let node: Awaited<ReturnType<typeof createTestNode>>
beforeAll(async () => {
  node = await createTestNode({
    env: { GXC_PUBLIC_URL: 'https://catalogue.bleu.fr', GXC_ADMIN_TOKEN: ADMIN_TOKEN },
  })
})
afterAll(() => node.close())

/** A credential as the W3C suites write them (examples context, the node's did:key as issuer). */
function credential(version: 1 | 2 = 2, overrides: Json = {}): Json {
  return {
    '@context': [version === 2 ? V2 : V1, EXAMPLES],
    id: 'urn:uuid:2f4c3e0a-5a43-4a4e-9b5e-1f5d6c7b8a90',
    type: ['VerifiableCredential', 'ExampleAlumniCredential'],
    issuer: node.ctx.identity.didKey,
    ...(version === 2 ? { validFrom: '2026-01-01T00:00:00Z' } : {}),
    credentialSubject: { id: 'did:example:abcdefgh', alumniOf: 'The School of Examples' },
    ...overrides,
  }
}

const admin = { Authorization: `Bearer ${ADMIN_TOKEN}` }

function post(path: string, body: unknown, headers: Record<string, string> = admin) {
  return node.app.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
}

const issueAs = (profile: string, body: Json, headers?: Record<string, string>) =>
  post(`/issuers/${profile}/credentials/issue`, body, headers)

async function issued(profile: string, body: Json): Promise<Json> {
  const res = await issueAs(profile, body)
  expect(res.status).toBe(201)
  return IssueResponseSchema.parse(await res.json()).verifiableCredential
}

async function verify(verifiableCredential: unknown) {
  const res = await post('/credentials/verify', { verifiableCredential }, {})
  return { status: res.status, body: (await res.json()) as Json }
}

const VERIFIED = { status: 200, body: { verified: true, errors: [] } }

/** The JWT an EnvelopedVerifiableCredential carries. */
function jwtOf(envelope: Json): string {
  return (envelope.id as string).slice('data:application/vc+jwt,'.length)
}

describe('POST /issuers/{profile}/credentials/issue', () => {
  it('signs a VC 2.0 credential with eddsa-rdfc-2022 that the node verifies', async () => {
    const signed = await issued('eddsa-rdfc-2022', { credential: credential() })
    expect(signed.proof).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      proofPurpose: 'assertionMethod',
      verificationMethod: `${node.ctx.identity.didKey}#${node.ctx.identity.publicKeyMultibase}`,
    })
    expect(await verify(signed)).toMatchObject(VERIFIED)
  })

  it('signs a VC 2.0 credential with eddsa-jcs-2022 that the node verifies', async () => {
    const signed = await issued('eddsa-jcs-2022', { credential: credential() })
    expect(signed.proof).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-jcs-2022',
      proofPurpose: 'assertionMethod',
      proofValue: expect.stringMatching(/^z/),
    })
    expect(await verify(signed)).toMatchObject(VERIFIED)
  })

  it('signs a VC 1.1 credential with eddsa-jcs-2022, as the EdDSA suite asks of both versions', async () => {
    const signed = await issued('eddsa-jcs-2022', { credential: credential(1) })
    expect(signed.issuanceDate).toBe('2026-11-28T12:00:00Z')
    expect(await verify(signed)).toMatchObject(VERIFIED)
  })

  it('signs a VC 1.1 credential with Ed25519Signature2020 that the node verifies', async () => {
    const signed = await issued('ed25519-signature-2020', { credential: credential(1) })
    expect(signed.proof).toMatchObject({
      type: 'Ed25519Signature2020',
      proofPurpose: 'assertionMethod',
    })
    expect(await verify(signed)).toMatchObject(VERIFIED)
  })

  it('envelopes a VC 2.0 credential as a VC-JWT that the node verifies', async () => {
    const unsigned = credential()
    const envelope = await issued('vc-jwt', { credential: unsigned })
    expect(envelope).toEqual({
      '@context': V2,
      type: 'EnvelopedVerifiableCredential',
      id: expect.stringMatching(/^data:application\/vc\+jwt,[\w-]+\.[\w-]+\.[\w-]+$/),
    })
    const jwt = jwtOf(envelope)
    const header = JSON.parse(Buffer.from(jwt.split('.')[0]!, 'base64url').toString())
    expect(header).toEqual({
      alg: 'EdDSA',
      typ: 'vc+jwt',
      cty: 'vc',
      kid: `${node.ctx.identity.didKey}#${node.ctx.identity.publicKeyMultibase}`,
    })
    // VC-JOSE-COSE §3.1.1: the payload is the credential itself, with no `vc` claim
    expect(payloadOf(jwt)).toEqual(unsigned)
    expect(await verify(envelope)).toMatchObject(VERIFIED)
  })

  it('signs under the node did:web when the credential names it', async () => {
    const issuer = node.ctx.identity.did
    for (const profile of ['eddsa-jcs-2022', 'vc-jwt']) {
      const signed = await issued(profile, { credential: credential(2, { issuer }) })
      expect(await verify(signed)).toMatchObject(VERIFIED)
    }
  })

  it('accepts options that name the profile’s own format', async () => {
    const cases: [string, Json][] = [
      ['eddsa-rdfc-2022', { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022' }],
      ['eddsa-jcs-2022', { cryptosuite: 'eddsa-jcs-2022', created: '2026-11-01T00:00:00Z' }],
      ['ed25519-signature-2020', { type: 'Ed25519Signature2020' }],
    ]
    for (const [profile, options] of cases) {
      const v = profile === 'ed25519-signature-2020' ? 1 : 2
      const signed = await issued(profile, { credential: credential(v), options })
      expect((await verify(signed)).body.verified).toBe(true)
    }
  })

  it('still verifies an eddsa-jcs-2022 credential whose keys are reordered', async () => {
    const signed = await issued('eddsa-jcs-2022', { credential: credential() })
    const reordered = Object.fromEntries(Object.entries(signed).reverse())
    expect(await verify(reordered)).toMatchObject(VERIFIED)
  })

  it('does not verify an eddsa-jcs-2022 credential changed after signing', async () => {
    const signed = await issued('eddsa-jcs-2022', { credential: credential() })
    const tampered: Json[] = [
      { ...signed, credentialSubject: { ...signed.credentialSubject, alumniOf: 'Another School' } },
      { ...signed, validFrom: '2025-01-01T00:00:00Z' },
      // JCS hashes the proof's own @context: changing it breaks the signature, too
      { ...signed, proof: { ...signed.proof, '@context': [V2] } },
    ]
    for (const document of tampered) {
      const { status, body } = await verify(document)
      expect({ status, verified: body.verified }).toEqual({ status: 422, verified: false })
      expect(codes(body.errors)).toContain('signature-invalid')
    }
  })

  it('does not verify a VC-JWT whose payload changed after signing', async () => {
    const envelope = await issued('vc-jwt', { credential: credential() })
    const jwt = jwtOf(envelope)
    const changed = { ...payloadOf(jwt), credentialSubject: { alumniOf: 'Another School' } }
    const { status, body } = await verify({
      ...envelope,
      id: `data:application/vc+jwt,${withPayload(jwt, changed)}`,
    })
    expect({ status, verified: body.verified }).toEqual({ status: 422, verified: false })
    expect(codes(body.errors)).toContain('signature-invalid')
  })

  it('answers 404 for an issuer instance it does not have', async () => {
    for (const profile of ['ecdsa-rdfc-2019', 'toString', '__proto__']) {
      const res = await issueAs(profile, { credential: credential() })
      await expectProblem(res, 404, 'not-found')
    }
  })

  it('refuses options that name another format than the profile’s (400)', async () => {
    const cases: [string, Json][] = [
      ['eddsa-jcs-2022', { cryptosuite: 'eddsa-rdfc-2022' }],
      ['eddsa-rdfc-2022', { cryptosuite: 'eddsa-jcs-2022' }],
      ['eddsa-rdfc-2022', { type: 'Ed25519Signature2020' }],
      ['ed25519-signature-2020', { type: 'DataIntegrityProof' }],
      ['vc-jwt', { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022' }],
    ]
    for (const [profile, options] of cases) {
      const res = await issueAs(profile, { credential: credential(), options })
      const problem = await expectProblem(res, 400, 'bad-request')
      expect(codes(problem.errors)).toEqual(['proof-format-unsupported'])
    }
  })

  it('refuses to envelope a VC 1.1 credential as a VC-JWT (400)', async () => {
    const res = await issueAs('vc-jwt', { credential: credential(1) })
    const problem = await expectProblem(res, 400, 'bad-request')
    expect(codes(problem.errors)).toEqual(['vc-version-unsupported'])
  })

  it('refuses a credential another issuer names, in every format (400)', async () => {
    const issuer = 'did:key:z6MkhWqdDBPojHA7cprTGTt5yHv5yUi1B8cnXn8ReLumkw6E'
    for (const profile of [
      'eddsa-rdfc-2022',
      'eddsa-jcs-2022',
      'ed25519-signature-2020',
      'vc-jwt',
    ]) {
      const res = await issueAs(profile, { credential: credential(2, { issuer }) })
      expect(codes((await expectProblem(res, 400, 'bad-request')).errors)).toEqual([
        'issuer-not-node',
      ])
    }
  })

  it('answers 401 without the admin token or with a wrong one, before looking at the profile', async () => {
    for (const profile of ['eddsa-jcs-2022', 'vc-jwt', 'no-such-profile']) {
      await expectProblem(
        await issueAs(profile, { credential: credential() }, {}),
        401,
        'unauthorized',
      )
      const wrong = await issueAs(
        profile,
        { credential: credential() },
        { Authorization: 'Bearer not-the-token' },
      )
      await expectProblem(wrong, 401, 'unauthorized')
    }
  })
})
