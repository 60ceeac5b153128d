// One offering as a DCAT-AP 3 `dcat:DataService`, read from its stored credential rather than
// from the index alone: the index keeps the name and description as one untagged string each and
// no endpoint, while the credential says which language a literal is in (when it says it at all),
// where the service itself answers and to which standards (Loire `gx:endpoint`), and whom to
// contact (`gx:providerContactInformation`).
import type { AppContext } from '../context.js'
import { expandedClaimsOf, generationOf } from '../model/claims.js'
import {
  SCHEMA,
  VC,
  gxValues,
  ids,
  literals,
  nodes,
  values,
  type ExpandedNode,
} from '../model/expanded.js'
import type { OfferingRow, ParticipantRow } from '../store/store.js'
import { alpha3Of } from './countries.js'
import { languageTagged, type DcatText } from './text-language.js'

export type { DcatText } from './text-language.js'
export type JsonLdNode = { [key: string]: unknown }

/** The trust framework a Loire offering was validated against (Gaia-X 25.11), and its name. */
export const GAIA_X_TRUST_FRAMEWORK = 'https://w3id.org/gaia-x/2511#'
/** The one a Tagus offering was validated against (Gaia-X 22.10). */
export const GAIA_X_TAGUS_TRUST_FRAMEWORK =
  'https://registry.lab.gaia-x.eu/development/api/trusted-shape-registry/v1/shapes/jsonld/trustframework#'
const TRUST_FRAMEWORK_TITLES: Record<string, string> = {
  [GAIA_X_TRUST_FRAMEWORK]: 'Gaia-X Trust Framework 25.11 (Loire)',
  [GAIA_X_TAGUS_TRUST_FRAMEWORK]: 'Gaia-X Trust Framework 22.10 (Tagus)',
}

const COUNTRY_AUTHORITY = 'http://publications.europa.eu/resource/authority/country/'
const DCT = 'http://purl.org/dc/terms/'

// DCAT-AP's dct:spatial range is the EU Publications Office country authority table, keyed by
// ISO 3166-1 alpha-3.
/**
 * The EU country authority IRI for an ISO 3166-1 alpha-2 code, or undefined for a code ISO does
 * not assign.
 *
 * @example
 * countryAuthority('FR') // 'http://publications.europa.eu/resource/authority/country/FRA'
 */
export function countryAuthority(alpha2: string): string | undefined {
  const alpha3 = alpha3Of(alpha2)
  return alpha3 ? COUNTRY_AUTHORITY + alpha3 : undefined
}

/** What the offering's own credential says beyond the index. */
type OfferingClaims = {
  titles: DcatText[]
  descriptions: DcatText[]
  /** gx:endpoint/gx:endpointURL, when it is an absolute http(s) IRI. */
  endpointUrl?: string
  /** gx:endpoint/gx:formalDescription, when it is a web URL (DCAT wants a resource). */
  endpointDescription?: string
  /** gx:endpoint/gx:standardConformity with a gx:standardReference IRI. */
  standards: { reference: string; title?: string }[]
  /** gx:providerContactInformation, as vCard. */
  contact?: { url?: string; email?: string; telephone?: string }
  /** The trust framework whose shapes the credential was validated against. */
  trustFramework: string
}

/**
 * The `dcat:DataService` of an active offering: title and description with the language tags
 * its credential gives them, or that their text shows (languageTagged: "French — English" is two
 * literals; a name in no language stays untagged), the service's own endpoint where the credential
 * states one, the standards that endpoint conforms to besides the Gaia-X trust framework, the
 * provider's contact point, keywords, countries and provider.
 *
 * @NOTE DCAT-AP makes `dcat:endpointURL` mandatory; an offering that states no usable endpoint
 * gets its URL on this node, which always answers, and says so nowhere else.
 *
 * @example
 * const service = await dataService(ctx, row, providers.get(row.providerId))
 * service['dcat:endpointURL'] // { '@id': 'https://outlook.bleu.example', '@type': 'rdfs:Resource' }
 */
export async function dataService(
  ctx: Pick<AppContext, 'config' | 'store' | 'loader'>,
  row: OfferingRow,
  provider: ParticipantRow | undefined,
): Promise<JsonLdNode> {
  const claims = await offeringClaims(ctx, row)
  const spatial = [...new Set(row.locations.flatMap((l) => countryAuthority(l.countryCode) ?? []))]
  // the index's untagged strings when the credential cannot be read back
  const titles = claims?.titles.length ? claims.titles : languageTagged(row.name)
  const descriptions = claims?.descriptions.length
    ? claims.descriptions
    : row.description
      ? languageTagged(row.description)
      : []
  const endpoint =
    claims?.endpointUrl ?? `${ctx.config.publicUrl}/api/v1/offerings/${encodeURIComponent(row.id)}`
  const publisher = provider?.name ?? row.providerId
  return {
    // A relative @id would resolve against wherever the document is read: only IRIs name a node.
    ...(isAbsoluteIri(row.id) ? { '@id': row.id } : {}),
    '@type': 'dcat:DataService',
    'dct:identifier': row.id,
    'dct:title': one(titles),
    ...(descriptions.length > 0 ? { 'dct:description': one(descriptions) } : {}),
    // DCAT-AP 3's range shapes (shacl/ranges.ttl) give endpointURL and endpointDescription the
    // class rdfs:Resource: typed so that a validator without RDFS inference finds it, which is
    // true of any IRI.
    'dcat:endpointURL': { '@id': endpoint, '@type': 'rdfs:Resource' },
    ...(claims?.endpointDescription
      ? {
          'dcat:endpointDescription': {
            '@id': claims.endpointDescription,
            '@type': 'rdfs:Resource',
          },
        }
      : {}),
    ...(row.keywords.length > 0 ? { 'dcat:keyword': row.keywords } : {}),
    ...(spatial.length > 0 ? { 'dct:spatial': spatial.map(dcatLocation) } : {}),
    'dct:publisher': dcatAgent(provider?.did ?? row.providerId, publisher),
    ...(claims?.contact ? { 'dcat:contactPoint': contactPoint(publisher, claims.contact) } : {}),
    // typed for the same reason: the shapes' range of dct:conformsTo is dct:Standard
    'dct:conformsTo': [
      { reference: claims?.trustFramework ?? GAIA_X_TRUST_FRAMEWORK },
      ...(claims?.standards ?? []),
    ].map(({ reference, title = TRUST_FRAMEWORK_TITLES[reference] }) => ({
      '@id': reference,
      '@type': 'dct:Standard',
      ...(title ? { 'dct:title': title } : {}),
    })),
    'dct:modified': dcatDateTime(row.updatedAt),
  }
}

// DCAT-AP's contact point is a vcard:Kind; its links are IRIs (mailto:, tel:), as the DCAT-AP
// examples write them.
function contactPoint(name: string, contact: NonNullable<OfferingClaims['contact']>): JsonLdNode {
  return {
    '@type': 'vcard:Kind',
    'vcard:fn': name,
    ...(contact.url ? { 'vcard:hasURL': { '@id': contact.url } } : {}),
    ...(contact.email ? { 'vcard:hasEmail': { '@id': `mailto:${contact.email}` } } : {}),
    ...(contact.telephone ? { 'vcard:hasTelephone': { '@id': `tel:${contact.telephone}` } } : {}),
  }
}

/** A `foaf:Agent` named by its DID (when that is an IRI) and its name. */
export function dcatAgent(id: string, name: string): JsonLdNode {
  return {
    ...(isAbsoluteIri(id) ? { '@id': id } : {}),
    '@type': 'foaf:Agent',
    'foaf:name': name,
    'dct:identifier': id,
  }
}

/** A place of the EU authority tables, typed with DCAT-AP's range of dct:spatial. */
export function dcatLocation(iri: string): JsonLdNode {
  return { '@id': iri, '@type': 'dct:Location' }
}

export function dcatDateTime(ms: number) {
  return { '@value': new Date(ms).toISOString(), '@type': 'xsd:dateTime' }
}

export function isAbsoluteIri(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]*$/i.test(value)
}

// A credential the node cannot read back (it was read when accepted, so this is a bug or a
// context change) costs the service its tags and endpoint, not the whole catalogue.
async function offeringClaims(
  ctx: Pick<AppContext, 'store' | 'loader'>,
  row: OfferingRow,
): Promise<OfferingClaims | undefined> {
  const stored = await ctx.store.getCredential(row.credentialHash)
  if (!stored) return undefined
  let expanded: ExpandedNode
  try {
    expanded = await expandedClaimsOf(ctx, stored)
  } catch {
    return undefined
  }
  const subjects = nodes(values(expanded, `${VC}credentialSubject`))
  const subject = subjects.find((s) => s['@id'] === row.id) ?? subjects[0]
  if (!subject) return undefined
  const endpoint = nodes(gxValues(subject, 'endpoint'))[0]
  const url = iris(gxValues(endpoint, 'endpointURL')).find(isWebUrl)
  const description = iris(gxValues(endpoint, 'formalDescription')).find(isWebUrl)
  const standards = nodes(gxValues(endpoint, 'standardConformity')).flatMap((standard) => {
    const reference = iris(gxValues(standard, 'standardReference')).find(isWebUrl)
    const title = literals(values(standard, `${DCT}title`))[0]
    return reference ? [{ reference, ...(title ? { title } : {}) }] : []
  })
  return {
    // schema:name and schema:description in Loire, gx:name and gx:description in Tagus
    titles: texts([...values(subject, `${SCHEMA}name`), ...gxValues(subject, 'name')]),
    descriptions: texts([
      ...values(subject, `${SCHEMA}description`),
      ...gxValues(subject, 'description'),
    ]),
    ...(url ? { endpointUrl: url } : {}),
    ...(description ? { endpointDescription: description } : {}),
    standards: uniqueBy(standards, (s) => s.reference),
    trustFramework:
      generationOf(expanded) === 'tagus' ? GAIA_X_TAGUS_TRUST_FRAMEWORK : GAIA_X_TRUST_FRAMEWORK,
    ...contactOf(nodes(gxValues(subject, 'providerContactInformation'))[0]),
  }
}

function contactOf(node: ExpandedNode | undefined): Pick<OfferingClaims, 'contact'> {
  const url = iris(gxValues(node, 'url')).find(isWebUrl)
  const email = literals(gxValues(node, 'email'))
    .map((e) => e.replace(/^mailto:/i, '').trim())
    .find((e) => /^[^\s@<>"]+@[^\s@<>"]+$/.test(e))
  const telephone = literals(gxValues(node, 'phoneNumber'))
    .map((t) => t.replace(/[\s().-]/g, ''))
    .find((t) => /^\+?\d{3,20}$/.test(t))
  if (!url && !email && !telephone) return {}
  return {
    contact: {
      ...(url ? { url } : {}),
      ...(email ? { email } : {}),
      ...(telephone ? { telephone } : {}),
    },
  }
}

// An IRI-valued property, whether the credential gave it as a literal (xsd:anyURI) or a node.
function iris(list: unknown[]): string[] {
  return [...literals(list), ...ids(list)]
}

// An expanded literal as DCAT text: its language tag where the credential gave one (directly or
// through its context's @language), else the tags its text shows (languageTagged), else plain.
function texts(list: unknown[]): DcatText[] {
  const found = list.flatMap((v): DcatText[] => {
    if (typeof v !== 'object' || v === null || !('@value' in v)) return []
    const { '@value': value, '@language': language } = v as Record<string, unknown>
    if (typeof value !== 'string' || value.trim() === '') return []
    return typeof language === 'string' && language !== ''
      ? [{ '@value': value, '@language': language }]
      : languageTagged(value)
  })
  return uniqueBy(found, (t) => JSON.stringify(t))
}

// What DCAT can use as an endpoint: a web URL that is also a valid IRI, kept as the credential wrote it.
function isWebUrl(value: string): boolean {
  if (!isAbsoluteIri(value) || !/^https?:\/\//i.test(value)) return false
  try {
    new URL(value)
    return true
  } catch {
    return false
  }
}

function one<T>(list: T[]): T | T[] {
  return list.length === 1 ? list[0]! : list
}

function uniqueBy<T>(list: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>()
  return list.filter((item) => {
    const k = key(item)
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}
