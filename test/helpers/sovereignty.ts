// Small catalogues where a test controls every fact the sovereignty profile reads: a provider's
// headquarters, where its offerings are hosted, their legal documents, data export, measures and
// gx:dependsOn links. Everything goes through the node's own write path (onboard, submit).
import { expect } from 'vitest'
import type { SigningKey } from '../../src/credentials/did/keys.js'
import { participantCredentials, partnerBase, partnerOffering } from './credentials.js'
import {
  newPartner,
  offeringPath,
  onboard,
  signEach,
  submit,
  type Json,
  type TestNode,
} from './partner.js'

const CONTEXT = ['https://www.w3.org/ns/credentials/v2', 'https://w3id.org/gaia-x/2511#']
const VALIDITY = { validFrom: '2026-01-01T00:00:00Z', validUntil: '2027-06-01T00:00:00Z' }

/** A measure stating a certification in words, backed by one evidence document. */
export type MeasureSpec = { description: string; file: string }

export const ISO27001_GRANTED: MeasureSpec = {
  description:
    'ISO/IEC 27001 certified information security management system; certificate in the attached document.',
  file: 'iso-27001-certificate.pdf',
}
export const SECNUMCLOUD_GRANTED: MeasureSpec = {
  description: 'Qualification SecNumCloud 3.2 délivrée par l’ANSSI ; attestation jointe.',
  file: 'secnumcloud-qualification.pdf',
}
export const SECNUMCLOUD_IN_PROGRESS_FR: MeasureSpec = {
  description: 'ANSSI SecNumCloud 3.2 : qualification en cours ; jalon J0 franchi.',
  file: 'secnumcloud-status.pdf',
}
export const SECNUMCLOUD_IN_PROGRESS_EN: MeasureSpec = {
  description: 'ANSSI SecNumCloud 3.2: qualification in progress, not yet granted.',
  file: 'secnumcloud-status.pdf',
}

/**
 * What an offering states. Every field defaults to what reaches Label Level 3 on declarable
 * criteria: hosted in France, GDPR, data processing terms and government access rules under
 * French law, data export, ISO 27001 and SecNumCloud granted.
 */
export type SovereignSpec = {
  /** Countries of the provider's datacenters (see `hosting`) the offering is hosted on. */
  hostedIn?: string[]
  regimes?: string[]
  /** Governing law of the gx:CustomerDataProcessingTerms document; null: no such document. */
  processingTermsLaw?: string[] | null
  /** Governing law of the gx:GovernmentInvestigationManagement document; null: none. */
  governmentAccessLaw?: string[] | null
  dataExport?: boolean
  measures?: MeasureSpec[]
  /** Subject ids of the offerings it depends on. */
  dependsOn?: string[]
  /** Envelope overrides (`validUntil`…). */
  credential?: Record<string, unknown>
}

/** Onboards a new partner whose headquarters (and legal address) are in `country`. */
export async function onboardProvider(node: TestNode, country: string): Promise<SigningKey> {
  const key = await newPartner()
  const [legalPerson, vat]: Json[] = participantCredentials(key.did, partnerBase(key.did))
  const address = { type: 'gx:Address', 'gx:countryCode': country }
  legalPerson!.credentialSubject = {
    ...legalPerson!.credentialSubject,
    'schema:name': `Provider ${country}`,
    'gx:headquartersAddress': address,
    'gx:legalAddress': { ...address },
  }
  const res = await onboard(node, key, await signEach(node, key, [legalPerson!, vat!]))
  expect(res.status, await res.clone().text()).toBe(201)
  return key
}

/** The id of `key`'s datacenter in `country`, as `hosting` describes it. */
export function siteId(key: SigningKey, country: string): string {
  return `${partnerBase(key.did)}/resources/datacenters/${country.toLowerCase()}`
}

/** One availability zone and the datacenter aggregating it per country, addressed in it. */
export function hosting(key: SigningKey, countries: string[]): Json[] {
  const base = partnerBase(key.did)
  return countries.flatMap((country) => {
    const slug = country.toLowerCase()
    const address = { type: 'gx:Address', 'gx:countryCode': country }
    const zone = `${base}/resources/zones/${slug}`
    return [
      resource(key, `resources/zones/${slug}`, {
        id: zone,
        type: 'gx:AvailabilityZone',
        'schema:name': `Zone ${country}`,
        'gx:address': address,
      }),
      resource(key, `resources/datacenters/${slug}`, {
        id: siteId(key, country),
        type: 'gx:Datacenter',
        'schema:name': `Datacenter ${country}`,
        'gx:maintainedBy': [{ id: key.did }],
        'gx:aggregationOfResources': [{ id: zone }],
        'gx:location': [address],
      }),
    ]
  })
}

function resource(key: SigningKey, path: string, subject: Json): Json {
  return {
    '@context': CONTEXT,
    id: `${partnerBase(key.did)}/credentials/${path}`,
    type: ['VerifiableCredential', subject.type],
    issuer: key.did,
    ...VALIDITY,
    credentialSubject: subject,
  }
}

/** The subject id of `key`'s offering `slug`. */
export function offeringId(key: SigningKey, slug: string): string {
  return `${partnerBase(key.did)}/offerings/${slug}`
}

/** `key`'s offering `slug` stating what `spec` says (unsigned). */
export function sovereignOffering(key: SigningKey, slug: string, spec: SovereignSpec = {}): Json {
  const base = partnerBase(key.did)
  const document = (type: string, file: string, law: string[]) => ({
    type,
    'gx:url': `${base}/legal/${file}`,
    'gx:mimeTypes': ['application/pdf'],
    'gx:governingLawCountries': law,
    'gx:involvedParties': [{ id: key.did }],
  })
  const measures = spec.measures ?? [ISO27001_GRANTED, SECNUMCLOUD_GRANTED]
  const evidence = measures.map((m) => document('gx:ComplianceAssurance', m.file, ['FR']))
  const processingTerms = spec.processingTermsLaw === undefined ? ['FR'] : spec.processingTermsLaw
  const governmentAccess =
    spec.governmentAccessLaw === undefined ? ['FR'] : spec.governmentAccessLaw
  const legalDocuments = [
    ...(processingTerms
      ? [document('gx:CustomerDataProcessingTerms', 'dpa.pdf', processingTerms)]
      : []),
    ...(governmentAccess
      ? [document('gx:GovernmentInvestigationManagement', 'gov-access.pdf', governmentAccess)]
      : []),
    // as the seed does: a measure's evidence is also listed among the offering's documents
    ...evidence,
  ]
  const hostedIn = spec.hostedIn ?? ['FR']
  const dependsOn = spec.dependsOn ?? []
  return partnerOffering(key.did, slug, {
    credential: spec.credential,
    subject: {
      'gx:dataProtectionRegime': spec.regimes ?? ['GDPR2016'],
      ...(spec.dataExport === false
        ? {}
        : {
            'gx:dataAccountExport': [
              {
                type: 'gx:DataAccountExport',
                'gx:requestType': 'API',
                'gx:accessType': 'digital',
                'gx:formatType': 'application/json',
              },
            ],
          }),
      ...(legalDocuments.length > 0 ? { 'gx:legalDocuments': legalDocuments } : {}),
      ...(measures.length > 0
        ? {
            'gx:requiredMeasures': measures.map((m, i) => ({
              type: 'gx:Measure',
              'schema:description': m.description,
              'gx:legalDocuments': [evidence[i]],
            })),
          }
        : {}),
      ...(hostedIn.length > 0
        ? { 'gx:hostedOn': hostedIn.map((country) => ({ id: siteId(key, country) })) }
        : {}),
      ...(dependsOn.length > 0 ? { 'gx:dependsOn': dependsOn.map((id) => ({ id })) } : {}),
    },
  })
}

/** Signs `credentials` as `key` and submits them in one presentation; expects them stored. */
export async function publish(node: TestNode, key: SigningKey, credentials: Json[]): Promise<void> {
  const res = await submit(node, key, await signEach(node, key, credentials))
  expect(res.status, await res.clone().text()).toBe(201)
}

export type Verdict = 'yes' | 'no' | 'unknown'
export type Text = { en: string; fr: string }
export type Criterion = { id: string; level: string; title: Text; verdict: Verdict; reason: Text }
export type Assessed = {
  id: string
  held: boolean
  via: string
  name?: string
  level?: string | null
  basis?: string
  headquartersInEuEea?: Verdict
  locationsInEu?: Verdict
  locationsInFrance?: Verdict
  reason?: Text
}
export type Profile = {
  headquarters: { countryCode: string | null; inEuEea: Verdict; reason: Text }
  locations: {
    declared: { countryCode: string }[]
    inEu: Verdict
    inFrance: Verdict
    reason: Text
  }
  certifications: {
    scheme: string
    status: 'claimed' | 'in-progress'
    evidence?: string
    claimValidUntil?: string
  }[]
  label: {
    attestedLevel: string | null
    eligibleLevel: string | null
    criteria: Criterion[]
    notDeclarable: Text
  }
  dependencies: Assessed[]
  overall: {
    headquartersInEuEea: Verdict
    locationsInEu: Verdict
    locationsInFrance: Verdict
    level: string | null
    basis: string
  }
  weakestLink: { id: string; name: string | null; level: string | null; reason: Text } | null
}
export type Detail = { offering: Json; credential: Json; sovereignty: Profile }

/** GET /api/v1/offerings/{id} as JSON. */
export async function detail(node: TestNode, id: string): Promise<Detail> {
  const res = await node.app.request(offeringPath(id))
  expect(res.status, await res.clone().text()).toBe(200)
  return (await res.json()) as Detail
}

export async function profileOf(node: TestNode, id: string): Promise<Profile> {
  return (await detail(node, id)).sovereignty
}

/** Asserts a reason (or title) is given in both languages. */
export function expectBilingual(text: Text | undefined): void {
  expect(text).toEqual({ en: expect.any(String), fr: expect.any(String) })
  expect(text!.en.trim()).not.toBe('')
  expect(text!.fr.trim()).not.toBe('')
}

/** One criterion of a profile, by id. */
export function criterion(profile: Profile, id: string): Criterion {
  const found = profile.label.criteria.find((c) => c.id === id)
  expect(found, `criterion ${id}`).toBeDefined()
  return found!
}

/** The ids of the criteria a profile does not meet. */
export function unmet(profile: Profile): string[] {
  return profile.label.criteria.filter((c) => c.verdict !== 'yes').map((c) => c.id)
}
