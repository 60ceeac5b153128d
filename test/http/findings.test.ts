// Issue "Standards" item 2, findings that help: each finding names what is at fault and where
// (a JSON Pointer into the document as sent), says what to do, and a malformed entry does not
// hide what else can be said about it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { partnerOffering } from '../helpers/credentials.js'
import {
  newPartner,
  OPEN_NODE_ENV,
  post,
  sign,
  type Json,
  type TestNode,
} from '../helpers/partner.js'
import { createTestNode } from '../helpers/test-node.js'
import type { SigningKey } from '../../src/credentials/did/keys.js'

let node: TestNode
let key: SigningKey

beforeAll(async () => {
  node = await createTestNode({ env: OPEN_NODE_ENV })
  key = await newPartner()
})
afterAll(() => node.close())

async function findingsOf(body: unknown): Promise<Json[]> {
  const res = await post(node, '/api/v1/validate', body)
  expect(res.status).toBe(200)
  const report = await res.json()
  expect(report.conforms).toBe(false)
  return report.errors
}

const finding = (code: string, path: string) => expect.objectContaining({ code, path })

describe('a JSON-LD error', () => {
  it('names a term the contexts do not define, and points at it', async () => {
    const credential = {
      '@context': ['https://www.w3.org/2018/credentials/v1'],
      type: ['VerifiableCredential'],
      issuer: key.did,
      issuanceDate: '2026-01-01T00:00:00Z',
      credentialSubject: { id: key.did, nom: 'Bleu' },
    }
    const errors = await findingsOf(credential)
    const malformed = errors.find((e) => e.code === 'credential-malformed')
    expect(malformed).toMatchObject({ path: '/credentialSubject/nom' })
    expect(malformed!.message.en).toContain('"nom"')
    expect(malformed!.message.fr).toContain('« nom »')
  })

  it('names a relative id and a type the contexts do not define, inside a presentation', async () => {
    const offering = partnerOffering(key.did, 'relative') as Json
    offering.credentialSubject.id = 'offres/1'
    // the VC 1.1 context has no @vocab (VC 2.0's and Gaia-X Loire's do, and would expand the term)
    const typed = {
      '@context': ['https://www.w3.org/2018/credentials/v1'],
      type: ['VerifiableCredential', 'ServiceOfferingX'],
      issuer: key.did,
      issuanceDate: '2026-01-01T00:00:00Z',
      credentialSubject: { id: key.did },
    }
    const errors = await findingsOf({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiablePresentation'],
      verifiableCredential: [offering, typed],
    })
    const relative = errors.find((e) => e.path === '/verifiableCredential/0/credentialSubject/id')
    expect(relative).toMatchObject({ code: 'credential-malformed' })
    expect(relative!.message.en).toContain('"offres/1" is a relative IRI')
    const type = errors.find((e) => e.path === '/verifiableCredential/1/type/1')
    expect(type).toMatchObject({ code: 'credential-malformed' })
    expect(type!.message.en).toContain('"ServiceOfferingX"')
  })

  it('still lets the shapes and rules speak about what did expand', async () => {
    const offering = partnerOffering(key.did, 'half-broken') as Json
    offering.credentialSubject.id = 'offres/2'
    delete offering.credentialSubject['gx:serviceOfferingTermsAndConditions']
    const errors = await findingsOf(offering)
    expect(errors).toContainEqual(finding('credential-malformed', '/credentialSubject/id'))
    expect(errors.map((e) => e.code)).toContain('shape-min-count')
  })
})

describe('an entry that is not a credential, or lacks what every credential has', () => {
  it('says that a bare JSON-LD graph is not a credential, and nothing else', async () => {
    const errors = await findingsOf({
      '@context': { '@vocab': 'https://example.org/' },
      '@graph': [{ '@id': 'https://example.org/a', name: 'Bleu' }],
    })
    expect(errors).toEqual([finding('not-a-credential', '')])
    expect(errors[0]!.message.en).toContain('@graph')
  })

  it('recognises a Gaia-X 2022 self-description wrapper and says what to send', async () => {
    const errors = await findingsOf({
      selfDescriptionCredential: { type: ['VerifiablePresentation'], verifiableCredential: [] },
      complianceCredential: { type: ['VerifiableCredential'] },
    })
    expect(errors).toEqual([finding('not-a-credential', '')])
    expect(errors[0]!.message.en).toContain('selfDescriptionCredential')
  })

  it('reports a missing issuer beside the rule findings it does not hide', async () => {
    const offering = partnerOffering(key.did, 'no-issuer') as Json
    delete offering.issuer
    offering.credentialSubject.id = 'offres/3'
    const errors = await findingsOf(offering)
    expect(errors).toContainEqual(finding('issuer-missing', '/issuer'))
    expect(errors).toContainEqual(finding('credential-malformed', '/credentialSubject/id'))
  })

  it('reports a missing type and subject where they belong', async () => {
    const errors = await findingsOf({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiableCredential'],
      issuer: key.did,
    })
    expect(errors).toContainEqual(finding('credential-subject-missing', '/credentialSubject'))
    const untyped = partnerOffering(key.did, 'untyped') as Json
    untyped.type = ['gx:ServiceOffering']
    expect(await findingsOf(untyped)).toContainEqual(finding('type-required-missing', '/type'))
  })
})

describe('related resources (VC 2.0 §5.3), in a submission as through the VC-API', () => {
  const V2 = 'https://www.w3.org/ns/credentials/v2'
  const V2_SHA256 = '59955ced6697d61e03f2b2556febe5308ab16842846f5b586d7f1f7adec92734'
  const withRelated = (relatedResource: unknown) => ({
    ...(partnerOffering(key.did, 'related') as Json),
    relatedResource,
  })
  const codesOf = async (credential: Json) =>
    (await findingsOf(credential)).filter((e) => e.code.startsWith('related-resource'))

  it('names a bare URL, an entry without an id and a resource listed twice', async () => {
    expect(await codesOf(withRelated(V2))).toEqual([
      finding('related-resource-invalid', '/relatedResource'),
    ])
    const twice = {
      id: V2,
      digestSRI: `sha256-${Buffer.from(V2_SHA256, 'hex').toString('base64')}`,
    }
    const errors = await codesOf(withRelated([{ digestSRI: twice.digestSRI }, twice, twice]))
    expect(errors).toContainEqual(finding('related-resource-id-invalid', '/relatedResource/0/id'))
    expect(errors).toContainEqual(finding('related-resource-id-duplicate', '/relatedResource/2/id'))
  })

  it('refuses a digest of a context the node pins that does not match it, and accepts the true one', async () => {
    const wrong = `sha256-${Buffer.alloc(32, 7).toString('base64')}`
    const mismatched = await codesOf(withRelated([{ id: V2, digestSRI: wrong }]))
    expect(mismatched).toHaveLength(1)
    expect(mismatched[0]!.path).toBe('/relatedResource/0')
    const right = `sha256-${Buffer.from(V2_SHA256, 'hex').toString('base64')}`
    expect(await codesOf(withRelated([{ id: V2, digestSRI: right }]))).toEqual([])
  })
})

describe('a verification method the node cannot resolve', () => {
  it('says how to make it resolvable: the DID document filed, or its host allowed', async () => {
    const signed = (await sign(node, key, partnerOffering(key.did, 'elsewhere'))) as Json
    signed.proof.verificationMethod = 'did:web:partner.example#key-1'
    const errors = await findingsOf(signed)
    const unresolvable = errors.find((e) => e.code === 'verification-method-unresolvable')
    expect(unresolvable).toMatchObject({ path: '/proof/verificationMethod' })
    expect(unresolvable!.message.en).toContain(
      'PUT /api/v1/admin/did-documents/did%3Aweb%3Apartner.example',
    )
    expect(unresolvable!.message.en).toContain('adding partner.example to GXC_FETCH_ALLOW')
    expect(unresolvable!.message.fr).toContain('GXC_FETCH_ALLOW')
  })
})
