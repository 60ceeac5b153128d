import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pinnedContexts } from '../../src/credentials/contexts.js'
import { createDocumentLoader } from '../../src/credentials/document-loader.js'
import type { SigningKey } from '../../src/credentials/did/keys.js'
import { signCredential } from '../../src/credentials/data-integrity/sign.js'
import { partnerOffering } from '../helpers/credentials.js'
import {
  codes,
  expectProblem,
  newPartner,
  OPEN_NODE_ENV,
  post,
  sign,
  signedParticipant,
  storeState,
  unsignedPresentation,
  type Json,
  type TestNode,
} from '../helpers/partner.js'
import { createTestNode, TEST_NOW } from '../helpers/test-node.js'

const GX = 'https://w3id.org/gaia-x/2511#'

let node: TestNode
let key: SigningKey
let participant: Json[]

beforeAll(async () => {
  node = await createTestNode({ env: OPEN_NODE_ENV })
  key = await newPartner()
  participant = await signedParticipant(node, key)
})
afterAll(() => node.close())

/** The partner's participant credentials and `offering`, in one unsigned presentation. */
function withParticipant(offering: Json): Json {
  return unsignedPresentation([...participant, offering])
}

function validate(body: unknown) {
  return post(node, '/api/v1/validate', body)
}

const EMPTY = { counts: { participants: 0, offerings: 0, credentials: 0 }, events: [] }

describe('POST /api/v1/validate', () => {
  it('reports a signed offering with its participant as conforming and verified, storing nothing', async () => {
    const offering = await sign(node, key, partnerOffering(key.did, 'valid'))
    const res = await validate(withParticipant(offering))
    expect(res.status).toBe(200)
    const report = await res.json()
    expect(report).toMatchObject({ conforms: true, verified: true })
    expect(report.errors.filter((e: Json) => e.severity === 'violation')).toEqual([])
    expect(report.credentials).toHaveLength(3)
    expect(report.credentials[2]).toEqual({
      id: offering.id,
      types: expect.arrayContaining(['gx:ServiceOffering']),
      hash: expect.stringMatching(/^sha256-[0-9a-f]{64}$/),
      issuer: key.did,
    })
    expect(await storeState(node)).toEqual(EMPTY)
    const stored = await node.app.request(`/api/v1/credentials/${report.credentials[2].hash}`)
    expect(stored.status).toBe(404)
  })

  it('validates a lone credential', async () => {
    const [, vat] = participant
    const res = await validate(vat)
    expect(res.status).toBe(200)
    const report = await res.json()
    expect(report).toMatchObject({ conforms: true, verified: true })
    expect(report.credentials).toEqual([expect.objectContaining({ id: vat!.id, issuer: key.did })])
  })

  it('reports a credential changed after signing as not verified, at its proof', async () => {
    const offering = await sign(node, key, partnerOffering(key.did, 'tampered'))
    offering.credentialSubject['schema:name'] = 'Offre modifiée après signature'
    const res = await validate(withParticipant(offering))
    expect(res.status).toBe(200)
    const report = await res.json()
    expect(report.verified).toBe(false)
    expect(report.errors).toContainEqual(
      expect.objectContaining({ code: 'signature-invalid', path: '/verifiableCredential/2/proof' }),
    )
    expect(await storeState(node)).toEqual(EMPTY)
  })

  it('reports a missing required property with its IRI and a pointer to the node that lacks it', async () => {
    const unsigned = partnerOffering(key.did, 'no-terms')
    delete unsigned.credentialSubject['gx:serviceOfferingTermsAndConditions']
    const res = await validate(withParticipant(await sign(node, key, unsigned)))
    expect(res.status).toBe(200)
    const report = await res.json()
    expect(report).toMatchObject({ conforms: false, verified: true })
    expect(report.errors).toContainEqual(
      expect.objectContaining({
        code: 'shape-min-count',
        property: `${GX}serviceOfferingTermsAndConditions`,
        path: '/verifiableCredential/2/credentialSubject',
        severity: 'violation',
        message: { en: expect.any(String), fr: expect.any(String) },
      }),
    )
  })

  it('reports a value of the wrong datatype with a pointer to that value as submitted', async () => {
    const unsigned = partnerOffering(key.did, 'numeric-hash')
    unsigned.credentialSubject['gx:serviceOfferingTermsAndConditions']['gx:hash'] = 42
    const res = await validate(withParticipant(await sign(node, key, unsigned)))
    expect(res.status).toBe(200)
    const report = await res.json()
    expect(report.conforms).toBe(false)
    expect(report.errors).toContainEqual(
      expect.objectContaining({
        code: 'shape-datatype',
        property: `${GX}hash`,
        path: '/verifiableCredential/2/credentialSubject/gx:serviceOfferingTermsAndConditions/gx:hash',
      }),
    )
  })

  it('reports a VAT number whose check digits are wrong', async () => {
    const [legalPerson, vat] = participant
    const unsigned = structuredClone(vat!)
    delete unsigned.proof
    unsigned.credentialSubject['gx:vatID'] = 'FR45732829320'
    const res = await validate(
      unsignedPresentation([legalPerson!, await sign(node, key, unsigned)]),
    )
    expect(res.status).toBe(200)
    const report = await res.json()
    expect(report).toMatchObject({ conforms: false, verified: true })
    expect(report.errors).toContainEqual(
      expect.objectContaining({
        code: 'registration-number-invalid',
        path: '/verifiableCredential/1/credentialSubject/gx:vatID',
        property: `${GX}vatID`,
      }),
    )
  })

  it('reports a JSON-LD context the node does not pin', async () => {
    // the partner signed with a context of its own, which the node never fetches
    const url = 'https://contexts.partner.example.eu/catalogue/v1'
    const loader = createDocumentLoader({
      contexts: new Map([
        ...pinnedContexts,
        [url, { '@context': { tier: 'https://contexts.partner.example.eu/catalogue#tier' } }],
      ]),
    })
    const unsigned = partnerOffering(key.did, 'own-context', { subject: { tier: 'gold' } })
    unsigned['@context'] = [...unsigned['@context'], url]
    const signed = await signCredential(unsigned, { key, loader, date: TEST_NOW })
    const res = await validate(signed)
    expect(res.status).toBe(200)
    const report = await res.json()
    expect(report).toMatchObject({ conforms: false, verified: false })
    expect(report.errors).toContainEqual(
      expect.objectContaining({ code: 'context-unknown', path: '/@context' }),
    )
  })

  it('answers 400 to a body that is not well-formed JSON', async () => {
    const res = await node.app.request('/api/v1/validate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"type": ["VerifiablePresentation"',
    })
    const problem = await expectProblem(res, 400, 'bad-request')
    expect(codes(problem.errors)).toEqual(['json-invalid'])
  })

  it('answers 400 to a JSON array', async () => {
    const res = await validate([participant[0]])
    await expectProblem(res, 400, 'bad-request')
  })

  it('answers 415 to a body that is not JSON', async () => {
    const res = await node.app.request('/api/v1/validate', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify(participant[0]),
    })
    await expectProblem(res, 415, 'unsupported-media-type')
  })

  it('reports a VC-JWT that is no credential as unverified and non-conforming', async () => {
    const res = await node.app.request('/api/v1/validate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/vc+jwt' },
      body: 'eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJkaWQ6a2V5OnpFeGFtcGxlIn0.c2lnbmF0dXJl',
    })
    expect(res.status).toBe(200)
    const report = await res.json()
    expect(report).toMatchObject({ conforms: false, verified: false })
    expect(report.errors.length).toBeGreaterThan(0)
  })

  it('answers 415 to a body that is neither JSON nor a JWT', async () => {
    const res = await node.app.request('/api/v1/validate', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: 'hello',
    })
    await expectProblem(res, 415, 'unsupported-media-type')
  })
})
