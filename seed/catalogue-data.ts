// Builders for the seeded catalogue: unsigned VC Data Model 2.0 credentials in the Gaia-X Loire
// (25.11) vocabulary. Signing, storage and the JSON-LD context live elsewhere; everything here is
// a pure function of its inputs, so re-seeding re-issues the same claims rather than new variants.
import { createHash } from 'node:crypto'
import { bleuProvider } from './bleu-offerings.js'
import { termsDocumentBytes, termsPath } from './documents/documents.js'
import { partnerProviders } from './partners.js'
import type {
  AddressSpec,
  LegalDocumentSpec,
  OfferingSpec,
  ProviderSpec,
  RegionSpec,
} from './catalogue-types.js'
import { registrationSubjects } from './registration-numbers.js'

export type { RegistrationSpec } from './registration-numbers.js'
export type {
  AddressSpec,
  DatacenterSpec,
  EvidenceSpec,
  ExportSpec,
  LegalDocumentClass,
  LegalDocumentSpec,
  OfferingClass,
  OfferingSpec,
  ProviderSpec,
  RegionSpec,
  StandardSpec,
  ZoneSpec,
} from './catalogue-types.js'

export type UnsignedCredential = {
  '@context': string[]
  id: string
  type: string[]
  issuer: string
  validFrom: string
  validUntil: string
  credentialSubject: Record<string, unknown> & { id: string; type: string }
}
/** baseUrl: http(s) URL without trailing slash, under which credential and subject ids are minted. */
export type IssuerInput = { did: string; baseUrl: string }
export type Validity = { validFrom: string; validUntil: string }
export type ParticipantBundle = {
  key: string
  participant: UnsignedCredential
  registrationNumbers: UnsignedCredential[]
  issuer: UnsignedCredential
  /** gx:AvailabilityZone, gx:Datacenter then gx:Region credentials, in link order; [] for partners. */
  resources: UnsignedCredential[]
  offerings: UnsignedCredential[]
  /** Offering slug → credentialSubject id, the targets other participants use for gx:dependsOn. */
  offeringIds: Record<string, string>
}

export const credentialContext = [
  'https://www.w3.org/ns/credentials/v2',
  'https://w3id.org/gaia-x/2511#',
] as const

// One of the two hashes gx:IssuerShape accepts (sh:in) for the Gaia-X terms and conditions.
export const gaiaxTermsAndConditionsHash =
  '067dcac5efd18c1927deb1ffed3feab6d0ad044c0a9a263e6d5d8bdc43224515'

export const partnerProfiles: readonly { key: string; name: string; country: string }[] =
  partnerProviders.map(({ key, name, country }) => ({ key, name, country }))

/**
 * Bleu's participant, registration numbers, Gaia-X issuer, French regions and offerings.
 * @example const bleu = bleuCatalogue({ did, baseUrl }, { validFrom, validUntil })
 */
export function bleuCatalogue(issuer: IssuerInput, validity: Validity): ParticipantBundle {
  return buildBundle(bleuProvider, issuer, validity, {})
}

/**
 * A partner's bundle; its gx:dependsOn links point at Bleu offerings by subject id.
 * @example partnerCatalogue('civitas-digital', partner, validity, { bleuOfferingIds: bleu.offeringIds })
 */
export function partnerCatalogue(
  key: string,
  issuer: IssuerInput,
  validity: Validity,
  dependencies: { bleuOfferingIds: Record<string, string> },
): ParticipantBundle {
  const spec = partnerProviders.find((p) => p.key === key)
  if (!spec) throw new Error(`unknown partner "${key}"`)
  return buildBundle(spec, issuer, validity, dependencies.bleuOfferingIds)
}

function buildBundle(
  spec: ProviderSpec,
  issuer: IssuerInput,
  validity: Validity,
  external: Record<string, string>,
): ParticipantBundle {
  if (!/^https?:\/\/[^/]+(\/.*[^/])?$/.test(issuer.baseUrl)) {
    throw new Error(`baseUrl must be an http(s) URL without trailing slash: ${issuer.baseUrl}`)
  }
  const base = issuer.baseUrl
  const issue = (path: string, subject: UnsignedCredential['credentialSubject']) =>
    credential(issuer, validity, path, subject)

  const registrationNumbers = spec.registrations.flatMap(registrationSubjects).map((r) => {
    const { slug, ...claims } = r
    return issue(`registration-numbers/${slug}`, {
      id: `${base}/registration-numbers/${slug}`,
      ...claims,
    })
  })
  const participant = issue('participant', {
    // The LegalPerson node is the DID itself, so gx:providedBy {id: did} resolves to it.
    id: issuer.did,
    type: 'gx:LegalPerson',
    'schema:name': spec.name,
    'schema:description': spec.description,
    'gx:legalAddress': address(spec.legalAddress ?? spec.headquarters),
    'gx:headquartersAddress': address(spec.headquarters),
    'gx:registrationNumber': registrationNumbers.map((c) => ({ id: c.credentialSubject.id })),
  })
  // Not the DID: gx:IssuerShape and gx:LegalPersonShape are both closed, so one node cannot be both.
  const issuerCredential = issue('issuer', {
    id: `${base}/issuer`,
    type: 'gx:Issuer',
    'gx:gaiaxTermsAndConditions': gaiaxTermsAndConditionsHash,
  })

  const { resources, datacentersByRegion } = buildResources(spec.regions ?? [], issuer, issue)
  const offeringIds = Object.fromEntries(
    spec.offerings.map((o) => [o.slug, `${base}/offerings/${o.slug}`]),
  )
  const resolve = (slug: string) => {
    const id = offeringIds[slug] ?? external[slug]
    if (!id) throw new Error(`${spec.key}: gx:dependsOn target "${slug}" is not a known offering`)
    return { id }
  }
  const offerings = spec.offerings.map((o) =>
    issue(`offerings/${o.slug}`, offeringSubject(spec, o, issuer, resolve, datacentersByRegion)),
  )
  return {
    key: spec.key,
    participant,
    registrationNumbers,
    issuer: issuerCredential,
    resources,
    offerings,
    offeringIds,
  }
}

function credential(
  issuer: IssuerInput,
  validity: Validity,
  path: string,
  subject: UnsignedCredential['credentialSubject'],
): UnsignedCredential {
  return {
    '@context': [...credentialContext],
    id: `${issuer.baseUrl}/credentials/${path}`,
    type: ['VerifiableCredential', subject.type],
    issuer: issuer.did,
    validFrom: validity.validFrom,
    validUntil: validity.validUntil,
    credentialSubject: subject,
  }
}

function offeringSubject(
  spec: ProviderSpec,
  o: OfferingSpec,
  issuer: IssuerInput,
  resolve: (slug: string) => { id: string },
  datacentersByRegion: Map<string, string[]>,
): UnsignedCredential['credentialSubject'] {
  const termsUrl = `${issuer.baseUrl}${termsPath(o.slug)}`
  const evidence = o.evidence.map((key) => {
    const e = spec.evidence[key]
    if (!e) throw new Error(`${spec.key}/${o.slug}: no evidence "${key}"`)
    return e
  })
  const hostedOn = (o.regions ?? []).flatMap((r) => {
    const ids = datacentersByRegion.get(r)
    if (!ids) throw new Error(`${spec.key}/${o.slug}: no region "${r}"`)
    return ids.map((id) => ({ id }))
  })
  return withoutEmpty({
    id: `${issuer.baseUrl}/offerings/${o.slug}`,
    type: o.type,
    'schema:name': o.name,
    'schema:description': o.description,
    'gx:keyword': [...new Set([...o.keywords.fr, ...o.keywords.en])],
    'gx:providedBy': { id: issuer.did },
    'gx:serviceOfferingTermsAndConditions': {
      type: 'gx:TermsAndConditions',
      'gx:url': termsUrl,
      // the document the node serves at that URL (documents/), byte for byte
      'gx:hash': sha256Hex(termsDocumentBytes(spec, o)),
    },
    'gx:dataAccountExport': o.exports.map((e) => ({
      type: 'gx:DataAccountExport',
      'gx:requestType': e.requestType,
      'gx:accessType': e.accessType,
      'gx:formatType': e.formatType,
    })),
    'gx:dataProtectionRegime': ['GDPR2016'],
    'gx:endpoint': {
      type: 'gx:Endpoint',
      'gx:endpointURL': o.endpoint.url,
      'gx:standardConformity': o.endpoint.standards.map((s) =>
        withoutEmpty({
          type: 'gx:StandardConformity',
          'dcterms:title': s.title,
          'gx:standardReference': s.reference,
          'gx:publisher': s.publisher,
        }),
      ),
    },
    'gx:provisionType': o.provisionType ?? 'public',
    'gx:cryptographicSecurityStandards': o.cryptographicSecurityStandards ?? ['RFC8446'],
    'gx:providerContactInformation': {
      type: 'gx:ContactInformation',
      'gx:url': `${issuer.baseUrl}/contact`,
    },
    // Loire has no certificate class: a claim is a gx:Measure (its status in words) backed by a
    // gx:ComplianceAssurance document, also listed with the offering's other legal documents.
    'gx:legalDocuments': [...spec.legalDocuments, ...evidence.map((e) => e.document)].map((d) =>
      legalDocument(d, issuer),
    ),
    'gx:requiredMeasures': evidence.map((e) => ({
      type: 'gx:Measure',
      'schema:description': e.description,
      'gx:legalDocuments': [legalDocument(e.document, issuer)],
    })),
    'gx:hostedOn': hostedOn,
    'gx:dependsOn': (o.dependsOn ?? []).map(resolve),
    ...o.claims,
  }) as UnsignedCredential['credentialSubject']
}

function buildResources(
  regions: RegionSpec[],
  issuer: IssuerInput,
  issue: (path: string, subject: UnsignedCredential['credentialSubject']) => UnsignedCredential,
) {
  const zones: UnsignedCredential[] = []
  const datacenters: UnsignedCredential[] = []
  const regionCredentials: UnsignedCredential[] = []
  const datacentersByRegion = new Map<string, string[]>()
  const mint = (kind: string, slug: string) => `${issuer.baseUrl}/resources/${kind}/${slug}`
  for (const region of regions) {
    const dcIds: string[] = []
    for (const dc of region.datacenters) {
      for (const z of dc.zones) {
        zones.push(
          issue(`resources/availability-zones/${z.slug}`, {
            id: mint('availability-zones', z.slug),
            type: 'gx:AvailabilityZone',
            'schema:name': z.name,
            'gx:address': address(z.address),
          }),
        )
      }
      const dcId = mint('datacenters', dc.slug)
      dcIds.push(dcId)
      datacenters.push(
        issue(`resources/datacenters/${dc.slug}`, {
          id: dcId,
          type: 'gx:Datacenter',
          'schema:name': dc.name,
          'schema:description': dc.description,
          'gx:maintainedBy': [{ id: issuer.did }],
          'gx:aggregationOfResources': dc.zones.map((z) => ({
            id: mint('availability-zones', z.slug),
          })),
          'gx:location': [address(dc.address)],
        }),
      )
    }
    datacentersByRegion.set(region.slug, dcIds)
    regionCredentials.push(
      issue(`resources/regions/${region.slug}`, {
        id: mint('regions', region.slug),
        type: 'gx:Region',
        'schema:name': region.name,
        'schema:description': region.description,
        'gx:address': address(region.address),
        'gx:aggregationOfResources': dcIds.map((id) => ({ id })),
      }),
    )
  }
  return { resources: [...zones, ...datacenters, ...regionCredentials], datacentersByRegion }
}

function address(a: AddressSpec): Record<string, unknown> {
  return withoutEmpty({
    type: 'gx:Address',
    'gx:countryCode': a.countryCode,
    'gx:countryName': a.countryName,
    'vcard:region': a.region,
    'vcard:locality': a.locality,
    'vcard:postal-code': a.postalCode,
    'vcard:street-address': a.street,
  })
}

function legalDocument(d: LegalDocumentSpec, issuer: IssuerInput): Record<string, unknown> {
  return {
    type: d.type,
    'gx:url': `${issuer.baseUrl}${d.path}`,
    'gx:mimeTypes': ['application/pdf'],
    'gx:governingLawCountries': d.governingLawCountries,
    'gx:involvedParties': [{ id: issuer.did }],
  }
}

function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** Drops undefined values and empty arrays, so optional claims vanish rather than appear empty. */
function withoutEmpty(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  )
}
