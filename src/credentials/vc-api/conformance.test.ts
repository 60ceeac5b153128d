import { describe, expect, it } from 'vitest'
import { checkCredential, checkPresentation, isDateTimeStamp, isUrl } from './conformance.js'
import { checkProofs } from '../data-integrity/proof-set.js'

const V2 = 'https://www.w3.org/ns/credentials/v2'
const codes = (findings: { code: string }[]) => findings.map((f) => f.code)
const credential = () => ({
  '@context': [V2, { ex: 'https://example.org/#' }],
  type: ['VerifiableCredential'],
  issuer: { id: 'did:example:issuer', name: [{ '@value': 'Chien', '@language': 'fr' }] },
  validFrom: '2026-01-01T00:00:00+01:00',
  credentialSubject: [{ id: 'did:example:subject' }, { 'ex:claim': true }],
})

describe('isUrl', () => {
  it('accepts absolute URLs, DIDs and URNs, and nothing with a space or without a scheme', () => {
    expect(['https://x.example/a', 'did:example:1', 'urn:uuid:1'].every(isUrl)).toBe(true)
    expect(['https ://x.example', 'relative/path', 42, null, ['did:a']].some(isUrl)).toBe(false)
  })
})

describe('isDateTimeStamp', () => {
  it('wants a time zone and a real instant', () => {
    expect(isDateTimeStamp('2026-01-01T00:00:00.123Z')).toBe(true)
    expect(isDateTimeStamp('2026-01-01T00:00:00-05:00')).toBe(true)
    expect(isDateTimeStamp('2026-01-01T00:00:00')).toBe(false)
    expect(isDateTimeStamp('2026-02-30T00:00:00Z T')).toBe(false)
  })
})

describe('checkCredential', () => {
  it('finds nothing wrong with a conforming VC 2.0 credential', () => {
    expect(checkCredential(credential(), { issuing: false })).toEqual([])
  })

  it('reports every broken rule at once, each with its JSON pointer', () => {
    const broken = { ...credential(), id: 7, issuer: 'no url', credentialStatus: [{}] }
    expect(checkCredential(broken, { issuing: true })).toEqual([
      expect.objectContaining({ code: 'id-not-url', path: '/id' }),
      expect.objectContaining({ code: 'issuer-invalid', path: '/issuer' }),
      expect.objectContaining({ code: 'type-missing', path: '/credentialStatus/0/type' }),
    ])
  })

  it('wants an issuanceDate on a VC 1.1 credential only when verifying', () => {
    const v1 = { ...credential(), '@context': ['https://www.w3.org/2018/credentials/v1'] }
    delete (v1 as { validFrom?: string }).validFrom
    expect(checkCredential(v1, { issuing: true })).toEqual([])
    expect(codes(checkCredential(v1, { issuing: false }))).toEqual(['date-invalid'])
  })
})

describe('checkPresentation', () => {
  it('rejects a document that is no presentation', () => {
    expect(codes(checkPresentation({ type: ['NonconformingDocument'] }))).toEqual([
      'context-missing',
      'type-required-missing',
    ])
  })
})

describe('checkProofs', () => {
  it('checks each proof of a set at its own path', () => {
    const proof = {
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      verificationMethod: 'did:key:z6Mk#z6Mk',
      proofPurpose: 'assertionMethod',
      proofValue: `z${'2'.repeat(87)}`,
    }
    const findings = checkProofs(
      { proof: [proof, { ...proof, previousProof: 3, proofValue: 'u1' }] },
      { cryptosuites: ['eddsa-rdfc-2022'] },
    )
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      ['proof-value-invalid', '/proof/0/proofValue'],
      ['proof-value-invalid', '/proof/1/proofValue'],
      ['previous-proof-invalid', '/proof/1/previousProof'],
    ])
  })
})
