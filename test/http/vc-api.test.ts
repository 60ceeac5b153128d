import { DataIntegrityProof } from '@digitalbazaar/data-integrity'
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
import * as vc from '@digitalbazaar/vc'
import jsigs from 'jsonld-signatures'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SigningKey } from '../../src/credentials/did/keys.js'
import { signCredential } from '../../src/credentials/data-integrity/sign.js'
import { newDidKey } from '../helpers/credentials.js'
import { ADMIN_TOKEN, codes, expectProblem, type Json } from '../helpers/partner.js'
import { createTestNode } from '../helpers/test-node.js'

const V1 = 'https://www.w3.org/2018/credentials/v1'
const V2 = 'https://www.w3.org/ns/credentials/v2'
const EXAMPLES = 'https://www.w3.org/ns/credentials/examples/v2'
const DOMAIN = 'https://verifier.example'
const CHALLENGE = 'u6hq0Ky7Pw7cAy6yZ4Jr2Ng'

let node: Awaited<ReturnType<typeof createTestNode>>
let stranger: SigningKey
let holder: SigningKey
beforeAll(async () => {
  node = await createTestNode({
    env: { GXC_PUBLIC_URL: 'https://catalogue.bleu.fr', GXC_ADMIN_TOKEN: ADMIN_TOKEN },
  })
  ;[stranger, holder] = await Promise.all([newDidKey(), newDidKey()])
})
afterAll(() => node.close())

/** A VC 2.0 credential as the W3C suites write them (examples context, did:key issuer). */
function credentialV2(issuer: unknown, overrides: Json = {}): Json {
  return {
    '@context': [V2, EXAMPLES],
    id: 'urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33',
    type: ['VerifiableCredential', 'ExampleAlumniCredential'],
    issuer,
    validFrom: '2026-01-01T00:00:00Z',
    credentialSubject: { id: 'did:example:abcdefgh', alumniOf: 'The School of Examples' },
    ...overrides,
  }
}

function credentialV1(issuer: string): Json {
  return {
    '@context': [V1, EXAMPLES],
    id: 'urn:uuid:86294362-4254-4f36-854f-3952fe42555d',
    type: ['VerifiableCredential'],
    issuer,
    credentialSubject: { id: 'did:example:abcdefgh', alumniOf: 'The School of Examples' },
  }
}

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return node.app.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
}

const admin = { Authorization: `Bearer ${ADMIN_TOKEN}` }
const issue = (credential: unknown, options?: Json) =>
  post('/credentials/issue', { credential, ...(options ? { options } : {}) }, admin)

async function issued(credential: Json, options?: Json): Promise<Json> {
  const res = await issue(credential, options)
  expect(res.status).toBe(201)
  return ((await res.json()) as Json).verifiableCredential
}

async function verify(verifiableCredential: unknown, options?: Json) {
  const res = await post('/credentials/verify', { verifiableCredential, options })
  return { status: res.status, body: (await res.json()) as Json }
}

async function verifyVp(verifiablePresentation: unknown, options?: Json) {
  const res = await post('/presentations/verify', { verifiablePresentation, options })
  return { status: res.status, body: (await res.json()) as Json }
}

function suiteOf(key: SigningKey, proof?: Json, name = 'eddsa-rdfc-2022') {
  const suite = new DataIntegrityProof({
    signer: key.keyPair.signer(),
    cryptosuite: { ...(eddsaRdfc2022 as Json), name },
  }) as DataIntegrityProof & { proof?: Json; createProof(o: object): Promise<Json> }
  if (proof) suite.proof = proof
  return suite
}

async function presentation(credentials: Json[], key = holder, name?: string): Promise<Json> {
  const unsigned = vc.createPresentation({ verifiableCredential: credentials, holder: key.did })
  return vc.signPresentation({
    presentation: unsigned,
    suite: suiteOf(key, undefined, name),
    documentLoader: node.ctx.loader,
    challenge: CHALLENGE,
    domain: DOMAIN,
  })
}

/** Adds to `document` a proof by `key` that endorses (previousProof) the proof with `previousId`. */
async function endorse(
  document: Json,
  key: SigningKey,
  previousId: string,
  purpose: object,
): Promise<Json> {
  const proofs = [document.proof].flat() as Json[]
  const { proof: _all, ...unsecured } = document
  const input = { ...unsecured, proof: proofs.find((p) => p.id === previousId) }
  const proof = await suiteOf(key, { previousProof: previousId }).createProof({
    document: input,
    purpose,
    proofSet: proofs,
    documentLoader: node.ctx.loader,
  })
  return { ...document, proof: [...proofs, proof] }
}

const { AuthenticationProofPurpose, AssertionProofPurpose } = jsigs.purposes
const authentication = () =>
  new AuthenticationProofPurpose({ challenge: CHALLENGE, domain: DOMAIN })

describe('POST /credentials/issue', () => {
  it('signs a VC 2.0 credential as the node did:key with eddsa-rdfc-2022 by default', async () => {
    const signed = await issued(credentialV2(node.ctx.identity.didKey))
    expect(signed['@context'][0]).toBe(V2)
    expect(signed.proof).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      proofPurpose: 'assertionMethod',
      verificationMethod: `${node.ctx.identity.didKey}#${node.ctx.identity.publicKeyMultibase}`,
      proofValue: expect.stringMatching(/^z/),
    })
    expect(await verify(signed)).toEqual({
      status: 200,
      body: { verified: true, checks: ['proof', 'validity'], warnings: [], errors: [] },
    })
  })

  it('signs as the node did:web when the issuer object names it', async () => {
    const issuer = { id: node.ctx.identity.did, name: { '@value': 'Bleu', '@language': 'fr' } }
    const signed = await issued(credentialV2(issuer))
    expect(signed.proof.verificationMethod).toBe(`${node.ctx.identity.did}#key-1`)
    expect((await verify(signed)).body.verified).toBe(true)
  })

  it('signs a VC 1.1 credential with Ed25519Signature2020 on request', async () => {
    const signed = await issued(credentialV1(node.ctx.identity.didKey), {
      type: 'Ed25519Signature2020',
    })
    expect(signed.proof.type).toBe('Ed25519Signature2020')
    expect(signed.issuanceDate).toBe('2026-11-28T12:00:00Z')
    expect((await verify(signed)).status).toBe(200)
  })

  it('signs a VC 1.1 credential with eddsa-rdfc-2022 and options.created', async () => {
    const signed = await issued(credentialV1(node.ctx.identity.didKey), {
      cryptosuite: 'eddsa-rdfc-2022',
      created: '2026-11-01T00:00:00Z',
    })
    expect(signed.proof.created).toBe('2026-11-01T00:00:00Z')
    expect((await verify(signed)).status).toBe(200)
  })

  it('adds its proof to a proof the credential already carries', async () => {
    const credential = credentialV2(node.ctx.identity.didKey, {
      proof: { type: 'ExampleProof', proofValue: 'z1' },
    })
    const signed = await issued(credential)
    expect(signed.proof).toHaveLength(2)
  })

  const did = 'did:key:z6MkhWqdDBPojHA7cprTGTt5yHv5yUi1B8cnXn8ReLumkw6E'
  const bad: [string, string, (c: Json) => unknown][] = [
    ['no @context', 'context-missing', ({ '@context': _, ...c }) => c],
    [
      'a first context that is not the VC base',
      'context-base-missing',
      (c) => ({ ...c, '@context': [EXAMPLES, V2] }),
    ],
    [
      'a number in @context',
      'context-entry-invalid',
      (c) => ({ ...c, '@context': [V2, 123192875] }),
    ],
    [
      'a malformed context URL',
      'context-entry-invalid',
      (c) => ({ ...c, '@context': [V2, 'https ://not-a-url/v1'] }),
    ],
    [
      'a context the node does not pin',
      'context-unknown',
      (c) => ({ ...c, '@context': [V2, 'https://example.org/cool.json'] }),
    ],
    ['a null id', 'id-not-url', (c) => ({ ...c, id: null })],
    ['an id that is not a URL', 'id-not-url', (c) => ({ ...c, id: 'https ://not-a-url/vcs/1' })],
    ['no type', 'type-missing', ({ type: _, ...c }) => c],
    [
      'a type without VerifiableCredential',
      'type-required-missing',
      (c) => ({ ...c, type: ['ExampleAlumniCredential'] }),
    ],
    ['an unmapped type', 'jsonld-invalid', (c) => ({ ...c, '@context': [V2, { '@vocab': null }] })],
    [
      'a type mapped to a non-URL',
      'jsonld-invalid',
      (c) => ({ ...c, '@context': [V2, EXAMPLES, { ExampleAlumniCredential: 'https ://x#A' }] }),
    ],
    [
      'a redefined protected term',
      'jsonld-invalid',
      (c) => ({
        ...c,
        '@context': [V2, EXAMPLES, { VerifiableCredential: 'https://example.org/#Bad' }],
      }),
    ],
    ['no credentialSubject', 'credential-subject-missing', ({ credentialSubject: _, ...c }) => c],
    [
      'an empty credentialSubject',
      'credential-subject-invalid',
      (c) => ({ ...c, credentialSubject: {} }),
    ],
    [
      'an empty subject among others',
      'credential-subject-invalid',
      (c) => ({ ...c, credentialSubject: [{ id: 'did:example:1' }, {}] }),
    ],
    [
      'a subject with several ids',
      'id-not-url',
      (c) => ({ ...c, credentialSubject: { id: ['did:example:1', 'did:example:2'] } }),
    ],
    ['no issuer', 'issuer-missing', ({ issuer: _, ...c }) => c],
    ['a numeric issuer', 'issuer-invalid', (c) => ({ ...c, issuer: 42 })],
    ['an issuer object without id', 'issuer-invalid', (c) => ({ ...c, issuer: {} })],
    [
      'an issuer id that is not a URL',
      'issuer-invalid',
      (c) => ({ ...c, issuer: { id: 'not a url' } }),
    ],
    ['an issuer that is not the node', 'issuer-not-node', (c) => ({ ...c, issuer: did })],
    [
      'a validFrom that is not a dateTime',
      'date-invalid',
      (c) => ({ ...c, validFrom: 'Sat 25 Feb 2023 07:16:31 PM CST' }),
    ],
    [
      'a validUntil without time zone',
      'date-invalid',
      (c) => ({ ...c, validUntil: '2027-01-01T00:00:00' }),
    ],
    [
      'validFrom after validUntil',
      'validity-period-inverted',
      (c) => ({ ...c, validUntil: '2025-01-01T00:00:00Z' }),
    ],
    [
      'credentialStatus without type',
      'type-missing',
      (c) => ({ ...c, credentialStatus: { id: 'https://example.org/status/1' } }),
    ],
    [
      'credentialStatus with a numeric type',
      'type-invalid',
      (c) => ({ ...c, credentialStatus: { type: 2 } }),
    ],
    [
      'credentialStatus with a non-URL id',
      'id-not-url',
      (c) => ({ ...c, credentialStatus: { id: 'not a url', type: 'BitstringStatusListEntry' } }),
    ],
    [
      'credentialSchema without type',
      'type-missing',
      (c) => ({ ...c, credentialSchema: { id: 'https://example.org/schema.json' } }),
    ],
    [
      'credentialSchema without id',
      'id-not-url',
      (c) => ({ ...c, credentialSchema: { type: 'JsonSchema' } }),
    ],
    [
      'evidence without type',
      'type-missing',
      (c) => ({ ...c, evidence: [{ id: 'https://example.org/evidence/1' }] }),
    ],
    [
      'refreshService without type',
      'type-missing',
      (c) => ({ ...c, refreshService: { id: 'https://example.org/refresh' } }),
    ],
    [
      'termsOfUse without type',
      'type-missing',
      (c) => ({ ...c, termsOfUse: { id: 'https://example.org/tou' } }),
    ],
    [
      'a name language object with an extra key',
      'language-value-invalid',
      (c) => ({ ...c, name: { '@value': 'x', '@language': 'en', url: did } }),
    ],
    [
      'an issuer description with an extra key',
      'language-value-invalid',
      (c) => ({ ...c, issuer: { id: c.issuer, description: { '@value': 'x', extra: 1 } } }),
    ],
    [
      'an existing proof without type',
      'proof-type-missing',
      (c) => ({ ...c, proof: { proofValue: 'z1' } }),
    ],
    ['a credential that is not an object', 'credential-not-object', () => 'a string'],
  ]
  it.each(bad)('refuses %s (400 %s)', async (_, code, mutate) => {
    const res = await issue(mutate(credentialV2(node.ctx.identity.didKey)))
    const problem = await expectProblem(res, 400, 'bad-request')
    expect(codes(problem.errors)).toContain(code)
  })

  it('refuses a VC 1.1 issuanceDate that is not a dateTime', async () => {
    const credential = { ...credentialV1(node.ctx.identity.didKey), issuanceDate: '2026-13-01' }
    const problem = await expectProblem(await issue(credential), 400, 'bad-request')
    expect(codes(problem.errors)).toEqual(['date-invalid'])
  })

  it('refuses a proof format it does not sign with', async () => {
    const res = await issue(credentialV2(node.ctx.identity.didKey), {
      cryptosuite: 'ecdsa-rdfc-2019',
    })
    expect(codes((await expectProblem(res, 400, 'bad-request')).errors)).toEqual([
      'proof-format-unsupported',
    ])
  })

  it('answers 401 without the admin token, or with a wrong one, and never echoes it', async () => {
    const body = { credential: credentialV2(node.ctx.identity.didKey) }
    await expectProblem(await post('/credentials/issue', body), 401, 'unauthorized')
    const wrong = await post('/credentials/issue', body, { Authorization: 'Bearer not-the-token' })
    const text = await wrong.clone().text()
    await expectProblem(wrong, 401, 'unauthorized')
    expect(text).not.toContain('not-the-token')
    expect(text).not.toContain(ADMIN_TOKEN)
  })
})

describe('POST /credentials/verify', () => {
  let foreign: Json
  beforeAll(async () => {
    foreign = await signCredential(credentialV2(stranger.did), {
      key: stranger,
      loader: node.ctx.loader,
    })
  })

  it('verifies a credential some other did:key issued', async () => {
    expect(await verify(foreign)).toMatchObject({ status: 200, body: { verified: true } })
  })

  const tampered: [string, number, string, (c: Json) => void][] = [
    [
      'a changed subject',
      422,
      'signature-invalid',
      (c) => (c.credentialSubject.alumniOf = 'Elsewhere'),
    ],
    [
      'changed proof options',
      422,
      'signature-invalid',
      (c) => (c.proof.created = '2020-01-01T00:00:00Z'),
    ],
    [
      'another valid-looking signature',
      422,
      'signature-invalid',
      (c) => (c.proof.proofValue = swapSignature(c.proof.proofValue)),
    ],
    [
      'a 96-byte proofValue',
      400,
      'proof-value-invalid',
      (c) =>
        (c.proof.proofValue = c.proof.proofValue + '2222222222222222222222222222222222222222222'),
    ],
    [
      'a proofValue without multibase header',
      400,
      'proof-value-invalid',
      (c) => (c.proof.proofValue = c.proof.proofValue.slice(1)),
    ],
    ['a null proofValue', 400, 'proof-value-invalid', (c) => (c.proof.proofValue = null)],
    ['no proofValue', 400, 'proof-value-invalid', (c) => delete c.proof.proofValue],
    [
      'an unknown cryptosuite',
      400,
      'proof-cryptosuite-unsupported',
      (c) => (c.proof.cryptosuite = 'unknown-cryptosuite-2017'),
    ],
    [
      'an unknown proof type',
      400,
      'proof-type-unsupported',
      (c) => (c.proof.type = 'UnknownProofType'),
    ],
    ['no proof type', 400, 'proof-type-missing', (c) => delete c.proof.type],
    ['no proof', 400, 'proof-missing', (c) => delete c.proof],
    ['a null proof', 400, 'proof-invalid', (c) => (c.proof = null)],
    [
      'no verificationMethod',
      400,
      'proof-verification-method-invalid',
      (c) => delete c.proof.verificationMethod,
    ],
    [
      'an unresolvable verificationMethod',
      422,
      'verification-method-unresolvable',
      (c) => (c.proof.verificationMethod = 'did:key:invalidVm'),
    ],
    [
      'another key as verificationMethod',
      422,
      'signature-invalid',
      (c) => (c.proof.verificationMethod = `${holder.did}#${holder.did.slice(8)}`),
    ],
    ['no proofPurpose', 400, 'proof-purpose-missing', (c) => delete c.proof.proofPurpose],
    [
      'another proofPurpose',
      422,
      'proof-purpose-mismatch',
      (c) => (c.proof.proofPurpose = 'invalidPurpose'),
    ],
    ['an invalid created', 400, 'proof-date-invalid', (c) => (c.proof.created = 'invalidDate')],
    [
      'a created without offset',
      400,
      'proof-date-invalid',
      (c) => (c.proof.created = '2026-01-01T00:00:00'),
    ],
    ['an expired proof', 422, 'proof-expired', (c) => (c.proof.expires = '2026-01-01T00:00:00Z')],
    [
      'an expired credential',
      422,
      'credential-expired',
      (c) => (c.validUntil = '2026-06-01T00:00:00Z'),
    ],
    [
      'a credential not valid yet',
      422,
      'credential-not-yet-valid',
      (c) => (c.validFrom = '2027-01-01T00:00:00Z'),
    ],
  ]
  it.each(tampered)('does not verify %s (%i %s)', async (_, status, code, mutate) => {
    const credential = structuredClone(foreign)
    mutate(credential)
    const { status: actual, body } = await verify(credential)
    expect(actual).toBe(status)
    expect(body).toMatchObject({ verified: false, warnings: expect.any(Array) })
    expect(codes(body.errors)).toContain(code)
  })

  it('does not verify a proof whose purpose is not options.expectedProofPurpose', async () => {
    const { status, body } = await verify(foreign, { expectedProofPurpose: 'authentication' })
    expect(status).toBe(422)
    expect(codes(body.errors)).toContain('proof-purpose-mismatch')
  })

  it('answers 400 for a document that is no credential at all', async () => {
    const { status, body } = await verify({ type: ['NonconformingDocument'] })
    expect(status).toBe(400)
    expect(body.verified).toBe(false)
    expect(codes(body.errors)).toEqual(
      expect.arrayContaining(['context-missing', 'type-required-missing', 'issuer-missing']),
    )
  })

  it('needs every proof of a set to verify, not just one', async () => {
    const second = await signCredential(foreign, { key: stranger, loader: node.ctx.loader })
    expect(second.proof).toHaveLength(2)
    expect((await verify(second)).status).toBe(200)
    ;(second.proof as unknown as Json[])[1]!.proofValue = swapSignature(foreign.proof.proofValue)
    expect((await verify(second)).status).toBe(422)
  })

  it('verifies a previousProof chain and refuses it once broken', async () => {
    const first = await vc.issue({
      credential: credentialV2(stranger.did),
      suite: suiteOf(stranger, { id: 'urn:uuid:first-proof' }),
      documentLoader: node.ctx.loader,
    })
    const chained = await endorse(
      first,
      stranger,
      'urn:uuid:first-proof',
      new AssertionProofPurpose(),
    )
    expect((await verify(chained)).body).toMatchObject({ verified: true, errors: [] })

    const broken = { ...chained, proof: [chained.proof[1]] }
    const { status, body } = await verify(broken)
    expect(status).toBe(422)
    expect(codes(body.errors)).toContain('previous-proof-missing')
  })

  it('does not verify a credential whose only proof is not by its issuer', async () => {
    const signed = await (vc.issue as (o: object) => Promise<Json>)({
      credential: credentialV2(stranger.did),
      suite: suiteOf(holder),
      purpose: new AssertionProofPurpose(),
      documentLoader: node.ctx.loader,
    })
    const { status, body } = await verify(signed)
    expect({ status, codes: codes(body.errors) }).toEqual({
      status: 422,
      codes: ['proof-not-by-issuer'],
    })
  })

  it('does not verify a credential endorsed by a key its issuer does not control', async () => {
    const first = await vc.issue({
      credential: credentialV2(stranger.did),
      suite: suiteOf(stranger, { id: 'urn:uuid:issuer-proof' }),
      documentLoader: node.ctx.loader,
    })
    const endorsed = await endorse(
      first,
      holder,
      'urn:uuid:issuer-proof',
      new AssertionProofPurpose(),
    )
    const { status, body } = await verify(endorsed)
    expect(status).toBe(422)
    expect(body.errors).toEqual([
      expect.objectContaining({
        code: 'proof-not-by-issuer',
        path: '/proof/1/verificationMethod',
      }),
    ])
  })

  it('does not verify a credential carrying a forged proof beside the issuer’s', async () => {
    const forged = structuredClone(foreign)
    forged.proof = [
      foreign.proof,
      {
        ...foreign.proof,
        verificationMethod: holder.verificationMethod,
        proofValue: swapSignature(foreign.proof.proofValue),
      },
    ]
    const { status, body } = await verify(forged)
    expect(status).toBe(422)
    expect(body.verified).toBe(false)
  })

  it('warns that a credential status is not checked', async () => {
    const credential = credentialV2(stranger.did, {
      credentialStatus: { id: 'https://example.org/status#1', type: 'ExampleStatusEntry' },
    })
    const signed = await signCredential(credential, { key: stranger, loader: node.ctx.loader })
    const { status, body } = await verify(signed)
    expect(status).toBe(200)
    expect(codes(body.warnings)).toEqual(['status-not-checked'])
  })
})

describe('POST /presentations/verify', () => {
  let credential: Json
  beforeAll(async () => {
    credential = await issued(credentialV2(node.ctx.identity.didKey))
  })

  it('verifies a holder presentation bound to the challenge and domain, and its credentials', async () => {
    const vp = await presentation([credential])
    const { status, body } = await verifyVp(vp, { challenge: CHALLENGE, domain: DOMAIN })
    expect({ status, body }).toEqual({
      status: 200,
      body: {
        verified: true,
        checks: ['proof', 'challenge', 'domain', 'credentials'],
        warnings: [],
        errors: [],
      },
    })
  })

  it('accepts the draft cryptosuite name eddsa-2022 the VC DM 2.0 suite signs presentations with', async () => {
    const vp = await presentation([credential], holder, 'eddsa-2022')
    expect((await verifyVp(vp, { challenge: CHALLENGE })).status).toBe(200)
  })

  it('warns when no challenge is given to check against', async () => {
    const { status, body } = await verifyVp(await presentation([credential]))
    expect(status).toBe(200)
    expect(codes(body.warnings)).toEqual(['challenge-not-checked'])
  })

  it('refuses another challenge or domain', async () => {
    const vp = await presentation([credential])
    const challenge = await verifyVp(vp, { challenge: 'another', domain: DOMAIN })
    expect({ status: challenge.status, codes: codes(challenge.body.errors) }).toEqual({
      status: 422,
      codes: ['challenge-mismatch'],
    })
    const domain = await verifyVp(vp, { challenge: CHALLENGE, domain: 'https://evil.example' })
    expect({ status: domain.status, codes: codes(domain.body.errors) }).toEqual({
      status: 422,
      codes: ['domain-mismatch'],
    })
  })

  it('refuses a presentation without proof', async () => {
    const unsigned = vc.createPresentation({
      verifiableCredential: [credential],
      holder: holder.did,
    })
    const { status, body } = await verifyVp(unsigned, { challenge: CHALLENGE })
    expect(status).toBe(400)
    expect(codes(body.errors)).toEqual(['proof-missing'])
  })

  it('refuses a presentation whose embedded credential was tampered with', async () => {
    const changed = structuredClone(credential)
    changed.credentialSubject.alumniOf = 'Elsewhere'
    const { status, body } = await verifyVp(await presentation([changed]), { challenge: CHALLENGE })
    expect(status).toBe(422)
    expect(body.errors).toEqual([
      expect.objectContaining({ code: 'signature-invalid', path: '/verifiableCredential/0/proof' }),
    ])
  })

  it('refuses non-conforming presentations', async () => {
    const vp = await presentation([credential])
    for (const [mutate, code] of [
      [(p: Json) => (p.type = ['Presentation']), 'type-required-missing'],
      [
        (p: Json) => (p.verifiableCredential = ['https://example.org/vc/1']),
        'verifiable-credential-invalid',
      ],
      [(p: Json) => delete p['@context'], 'context-missing'],
    ] as const) {
      const copy = structuredClone(vp)
      mutate(copy)
      const { status, body } = await verifyVp(copy, { challenge: CHALLENGE })
      expect({ status, code: codes(body.errors) }).toEqual({
        status: 400,
        code: expect.arrayContaining([code]),
      })
    }
  })

  it('verifies a previousProof chain of presentation proofs and refuses it once broken', async () => {
    const unsigned = vc.createPresentation({
      verifiableCredential: [credential],
      holder: holder.did,
    })
    const first = await vc.signPresentation({
      presentation: unsigned,
      suite: suiteOf(holder, { id: 'urn:uuid:holder-proof' }),
      documentLoader: node.ctx.loader,
      challenge: CHALLENGE,
      domain: DOMAIN,
    })
    const chained = await endorse(first, stranger, 'urn:uuid:holder-proof', authentication())
    const options = { challenge: CHALLENGE, domain: DOMAIN }
    expect(await verifyVp(chained, options)).toMatchObject({
      status: 200,
      body: { verified: true },
    })

    const missing = { ...chained, proof: [chained.proof[1]] }
    expect(codes((await verifyVp(missing, options)).body.errors)).toEqual([
      'previous-proof-missing',
    ])
    const tamperedFirst = structuredClone(chained)
    tamperedFirst.proof[0].created = '2020-01-01T00:00:00Z'
    const { status, body } = await verifyVp(tamperedFirst, options)
    expect(status).toBe(422)
    expect(body.errors.map((e: Json) => e.path)).toEqual(['/proof/0', '/proof/1'])
  })
})

/** A different signature of the same length: still multibase, still 64 bytes, never valid. */
function swapSignature(proofValue: string): string {
  const chars = [...proofValue.slice(1)]
  const i = chars.length - 2
  chars[i] = chars.at(i) === 'A' ? 'B' : 'A'
  return `z${chars.join('')}`
}
