import type { Certification, Location, RegistrationNumber } from '../store/schema.js'
import { grantedCertifications } from './certifications.js'
import {
  GX_NAMESPACES,
  SCHEMA,
  VC,
  VCARD,
  compactType,
  gxValues,
  ids,
  literals,
  nodes,
  values,
  type ExpandedNode,
} from './expanded.js'

/** What the index needs from one credential, read from its expanded form. */
export type ExtractedCredential = {
  credentialId: string | null
  issuer: string
  subjectId: string | null
  /** The credential's and its subject's types, `gx:`-compacted. */
  types: string[]
  validFrom: number | null
  validUntil: number | null
  participant?: {
    name: string
    countryCode: string | null
    registrationNumbers: RegistrationNumber[]
  }
  /** The numbers a registration-number credential (a notary's) states of its subject. */
  registration?: Pick<RegistrationNumber, 'type' | 'value'>[]
  resource?: { locations: Location[]; parts: string[] }
  offering?: {
    providerId: string
    name: string
    description: string
    keywords: string[]
    locations: Location[]
    certifications: Certification[]
    dataProtectionRegimes: string[]
    dependsOn: string[]
    labelLevel: string | null
    /** Resources the offering is hosted on or aggregates: its locations are theirs too. */
    resourceLinks: string[]
  }
}

const PARTICIPANT_TYPES = new Set(['gx:LegalPerson', 'gx:LegalParticipant'])

/** The kinds of registration number, as Loire names their classes. */
export const REGISTRATION_NUMBER_KINDS = [
  'gx:VatID',
  'gx:LeiCode',
  'gx:EORI',
  'gx:EUID',
  'gx:LocalRegistrationNumber',
  'gx:TaxID',
] as const
export type RegistrationNumberKind = (typeof REGISTRATION_NUMBER_KINDS)[number]

/** Loire's registration-number classes and Tagus's notary credential. */
const REGISTRATION_TYPES = new Set<string>([
  'gx:RegistrationNumber',
  'gx:legalRegistrationNumber',
  ...REGISTRATION_NUMBER_KINDS,
])

/**
 * Where each kind of number is stated: Loire puts one on a node of its class (the LEI and the tax
 * id under schema.org), Tagus several on its gx:legalRegistrationNumber, in other spellings.
 */
const NUMBER_PROPERTIES: readonly [kind: RegistrationNumberKind, iris: string[]][] = [
  ['gx:VatID', gxIris('vatID')],
  ['gx:LeiCode', [`${SCHEMA}leiCode`, ...gxIris('leiCode')]],
  ['gx:EORI', gxIris('eori', 'EORI')],
  ['gx:EUID', gxIris('euid', 'EUID')],
  ['gx:LocalRegistrationNumber', gxIris('local')],
  ['gx:TaxID', [`${SCHEMA}taxID`, ...gxIris('taxID')]],
]

/**
 * Reads index fields from an expanded credential, whichever Gaia-X namespace it used.
 *
 * @example
 * const [expanded] = await jsonld.expand(credential, { documentLoader, safe: true })
 * extractCredential(expanded).offering?.name
 */
export function extractCredential(credential: ExpandedNode): ExtractedCredential {
  const subject = nodes(values(credential, `${VC}credentialSubject`))[0]
  const types = unique(
    [...(credential['@type'] ?? []), ...(subject?.['@type'] ?? [])].map(compactType),
  )
  const extracted: ExtractedCredential = {
    credentialId: credential['@id'] ?? null,
    issuer: ids(values(credential, `${VC}issuer`))[0] ?? '',
    subjectId: subject?.['@id'] ?? null,
    types,
    validFrom: date(values(credential, `${VC}validFrom`), values(credential, `${VC}issuanceDate`)),
    validUntil: date(
      values(credential, `${VC}validUntil`),
      values(credential, `${VC}expirationDate`),
    ),
  }
  if (!subject) return extracted
  if (types.some((t) => PARTICIPANT_TYPES.has(t))) extracted.participant = participantOf(subject)
  if (types.some((t) => REGISTRATION_TYPES.has(t))) {
    extracted.registration = registrationNumbersOf(subject)
  }
  if (types.some(isOfferingType)) extracted.offering = offeringOf(subject)
  else if (types.some(isResourceType)) {
    extracted.resource = {
      locations: locationsOf(subject),
      parts: unique(ids(gxValues(subject, 'aggregationOfResources'))),
    }
  }
  return extracted
}

/** `gx:ServiceOffering` and its subclasses, which all end in `ServiceOffering` in Loire and Tagus. */
export function isOfferingType(type: string): boolean {
  return type.startsWith('gx:') && type.endsWith('ServiceOffering')
}

/** Where services run: regions, datacenters, availability zones and the Gaia-X resource classes. */
export function isResourceType(type: string): boolean {
  return /^gx:(Region|Datacenter|AvailabilityZone|PointOfPresence|\w*Resource)$/.test(type)
}

function participantOf(subject: ExpandedNode): NonNullable<ExtractedCredential['participant']> {
  const headquarters =
    nodes(gxValues(subject, 'headquartersAddress'))[0] ??
    nodes(gxValues(subject, 'headquarterAddress'))[0]
  const country =
    literals(gxValues(headquarters, 'countryCode'))[0] ??
    literals(gxValues(headquarters, 'countrySubdivisionCode'))[0]?.slice(0, 2)
  return {
    name:
      text(subject, 'legalName') ??
      literals(values(subject, `${SCHEMA}name`))[0] ??
      subject['@id'] ??
      '',
    countryCode: country ?? null,
    // Loire links gx:registrationNumber, Tagus gx:legalRegistrationNumber (the notary's credential)
    registrationNumbers: [
      ...statedOrLinked(subject, 'registrationNumber', 'gx:RegistrationNumber'),
      ...statedOrLinked(subject, 'legalRegistrationNumber', 'gx:legalRegistrationNumber'),
    ],
  }
}

/** A participant's numbers stated inline, and its links to the credentials that state them. */
function statedOrLinked(
  subject: ExpandedNode,
  property: string,
  type: string,
): RegistrationNumber[] {
  return nodes(gxValues(subject, property)).flatMap((node): RegistrationNumber[] => {
    const id = node['@id']
    const stated = registrationNumbersOf(node).map((number) => (id ? { ...number, id } : number))
    if (stated.length > 0 || !id) return stated
    return [{ type: compactType(node['@type']?.[0] ?? type), value: id, id, link: true }]
  })
}

/** The numbers a registration-number node states, by kind, in the order of NUMBER_PROPERTIES. */
function registrationNumbersOf(node: ExpandedNode): { type: string; value: string }[] {
  return NUMBER_PROPERTIES.flatMap(([type, iris]) =>
    unique(iris.flatMap((iri) => literals(values(node, iri)))).map((value) => ({ type, value })),
  )
}

function gxIris(...localNames: string[]): string[] {
  return localNames.flatMap((name) => GX_NAMESPACES.map((ns) => ns + name))
}

function offeringOf(subject: ExpandedNode): NonNullable<ExtractedCredential['offering']> {
  return {
    providerId: ids(gxValues(subject, 'providedBy'))[0] ?? '',
    name:
      literals(values(subject, `${SCHEMA}name`))[0] ??
      text(subject, 'name') ??
      subject['@id'] ??
      '',
    description:
      literals(values(subject, `${SCHEMA}description`))[0] ?? text(subject, 'description') ?? '',
    keywords: unique(literals(gxValues(subject, 'keyword'))),
    locations: locationsOf(subject),
    certifications: grantedCertifications(subject),
    dataProtectionRegimes: unique(literals(gxValues(subject, 'dataProtectionRegime'))),
    dependsOn: unique(ids(gxValues(subject, 'dependsOn'))),
    labelLevel: null,
    resourceLinks: unique([
      ...ids(gxValues(subject, 'hostedOn')),
      ...ids(gxValues(subject, 'aggregationOfResources')),
    ]),
  }
}

// Where an offering runs: addresses reached through what hosts it (regions, availability zones,
// datacenters), never through links to other credentials (provider, dependencies).
const PLACE_LINKS = ['hostedOn', 'aggregationOfResources', 'location', 'address']

function locationsOf(subject: ExpandedNode): Location[] {
  const found = new Map<string, Location>()
  const visit = (node: ExpandedNode, depth: number) => {
    const countryCode = literals(gxValues(node, 'countryCode'))[0]
    if (countryCode) {
      const region = literals(values(node, `${VCARD}region`))[0]
      const location = region ? { countryCode, region } : { countryCode }
      found.set(`${countryCode}/${region ?? ''}`, location)
    }
    if (depth > 4) return
    for (const link of PLACE_LINKS)
      for (const child of nodes(gxValues(node, link))) visit(child, depth + 1)
  }
  for (const link of PLACE_LINKS)
    for (const child of nodes(gxValues(subject, link))) visit(child, 0)
  return [...found.values()]
}

function text(node: ExpandedNode, localName: string): string | undefined {
  return literals(gxValues(node, localName))[0]
}

function date(...candidates: unknown[][]): number | null {
  for (const list of candidates) {
    const value = literals(list)[0]
    const ms = value ? Date.parse(value) : NaN
    if (!Number.isNaN(ms)) return ms
  }
  return null
}

function unique<T>(list: T[]): T[] {
  return [...new Set(list)]
}
