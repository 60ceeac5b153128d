import {
  didKeyOf,
  generateKeyMaterial,
  signingKey,
  type SigningKey,
} from '../../src/credentials/keys.js'

/** A fresh did:key signer, as a partner would hold. */
export async function newDidKey(): Promise<SigningKey> {
  const material = await generateKeyMaterial()
  return signingKey(material, didKeyOf(material.publicKeyMultibase))
}

/** A minimal Loire 25.11 service offering (VC 2.0), unsigned, built fresh for every call. */
export function offeringCredential(issuer: string, overrides: Record<string, unknown> = {}) {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://w3id.org/gaia-x/2511#'],
    id: 'https://partner.example.eu/credentials/offerings/analytics',
    type: ['VerifiableCredential', 'gx:ServiceOffering'],
    issuer,
    validFrom: '2026-01-01T00:00:00Z',
    validUntil: '2027-06-01T00:00:00Z',
    credentialSubject: {
      id: 'https://partner.example.eu/offerings/analytics',
      type: 'gx:ServiceOffering',
      'schema:name': 'Analytique souveraine',
      'schema:description': 'Tableaux de bord hébergés en France.',
      'gx:providedBy': { id: issuer },
      'gx:keyword': ['analytique', 'analytics'],
      'gx:serviceOfferingTermsAndConditions': {
        type: 'gx:TermsAndConditions',
        'gx:url': 'https://partner.example.eu/terms',
        'gx:hash': 'a'.repeat(64),
      },
    },
    ...overrides,
  }
}

/** The same claims as a VC 1.1 credential (Ed25519Signature2020 era). */
export function offeringCredentialV1(issuer: string) {
  const { validFrom: _from, validUntil: _until, ...v2 } = offeringCredential(issuer)
  return {
    ...v2,
    '@context': [
      'https://www.w3.org/2018/credentials/v1',
      'https://w3id.org/security/suites/ed25519-2020/v1',
      'https://w3id.org/gaia-x/2511#',
    ],
    issuanceDate: '2026-01-01T00:00:00Z',
    expirationDate: '2027-06-01T00:00:00Z',
  }
}
