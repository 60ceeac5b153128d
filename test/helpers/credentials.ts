import {
  didKeyOf,
  generateKeyMaterial,
  signingKey,
  type SigningKey,
} from '../../src/credentials/did/keys.js'

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

/**
 * A French participant as Loire 25.11 wants it: a gx:LegalPerson and the gx:VatID it links to,
 * both issued by the participant's own DID. Unsigned, built fresh for every call.
 */
export function participantCredentials(did: string, base = 'https://partner.example.eu') {
  const address = {
    type: 'gx:Address',
    'gx:countryCode': 'FR',
    'vcard:locality': 'Lyon',
    'vcard:postal-code': '69002',
    'vcard:street-address': '10 quai Perrache',
  }
  const context = ['https://www.w3.org/ns/credentials/v2', 'https://w3id.org/gaia-x/2511#']
  return [
    {
      '@context': context,
      id: `${base}/credentials/legal-person`,
      type: ['VerifiableCredential', 'gx:LegalPerson'],
      issuer: did,
      validFrom: '2026-01-01T00:00:00Z',
      validUntil: '2027-06-01T00:00:00Z',
      credentialSubject: {
        id: did,
        type: 'gx:LegalPerson',
        'schema:name': 'Partenaire Exemple SAS',
        'gx:registrationNumber': { id: `${base}/registration/vat` },
        'gx:headquartersAddress': address,
        'gx:legalAddress': address,
      },
    },
    {
      '@context': context,
      id: `${base}/credentials/vat`,
      type: ['VerifiableCredential', 'gx:VatID'],
      issuer: did,
      validFrom: '2026-01-01T00:00:00Z',
      validUntil: '2027-06-01T00:00:00Z',
      // SIREN 732 829 320 (Luhn-valid) with its VAT key 44
      credentialSubject: {
        id: `${base}/registration/vat`,
        type: 'gx:VatID',
        'gx:vatID': 'FR44732829320',
      },
    },
  ]
}

/** Where a partner's credentials and subjects live: one base per DID, so partners never collide. */
export function partnerBase(did: string): string {
  return `https://partners.example.eu/${did.replace(/^did:key:/, '')}`
}

export type OfferingOverrides = {
  /** Envelope fields (`id`, `validFrom`, `validUntil`, …) */
  credential?: Record<string, unknown>
  /** Claims merged into `credentialSubject`. */
  subject?: Record<string, unknown>
}

/**
 * A partner's own offering `slug`: the minimal Loire 25.11 offering with a credential id and a
 * subject id under the partner's base. Unsigned, built fresh for every call.
 */
export function partnerOffering(
  issuer: string,
  slug: string,
  overrides: OfferingOverrides = {},
): Record<string, any> {
  const base = partnerBase(issuer)
  const credential: Record<string, any> = offeringCredential(issuer, {
    id: `${base}/credentials/offerings/${slug}`,
    ...overrides.credential,
  })
  credential.credentialSubject = {
    ...credential.credentialSubject,
    id: `${base}/offerings/${slug}`,
    'schema:name': `Offre ${slug}`,
    ...overrides.subject,
  }
  return credential
}
