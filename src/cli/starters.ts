// Starter credentials (`gxc new`): unsigned Loire 25.11 credentials with every field the shapes
// require (schemas/shapes/loire-2511.ts), a value where the user gave one and a placeholder named
// as such (`<your legal name>`) where not. Subject ids are DID URLs of the issuer's own DID, which
// nobody else may use (docs/trust-model.md, "Known limits").
import { randomUUID } from 'node:crypto'
import { GAIA_X_LOIRE_CONTEXT, VC_V2_CONTEXT } from '../credentials/contexts.js'
import type { Json } from './documents.js'

/**
 * The Gaia-X terms and conditions an issuer agrees to, by their SHA-256: the first of the two
 * values gx:IssuerShape accepts (`sh:in` of gx:gaiaxTermsAndConditions), as the seed states it.
 */
export const GAIA_X_TERMS_HASH = '067dcac5efd18c1927deb1ffed3feab6d0ad044c0a9a263e6d5d8bdc43224515'

const YEAR_MS = 365 * 24 * 3600 * 1000

export type StarterKind = 'participant' | 'offering' | 'resource'

export type StarterOptions = {
  did?: string
  name?: string
  description?: string
  country?: string
  vatId?: string
  locality?: string
  keyword?: string[]
  termsUrl?: string
  termsHash?: string
  hostedOn?: string[]
  id?: string
  now?: Date
}

/** A placeholder: `<your …>`, which `gxc validate`, `sign` and `submit` refuse to let through. */
export const PLACEHOLDER_TEXT = /<(your|votre) [^<>]*>/

const placeholder = {
  did: '<your DID (gxc keys new, or --key key.json)>',
  legalName: '<your legal name>',
  country: '<your country as an ISO 3166-1 alpha-2 code, e.g. FR>',
  vatId: '<your VAT number, e.g. FR44732829320>',
  offeringName: '<your offering name>',
  offeringDescription: '<your offering description: what it does, for whom, where>',
  termsUrl: '<your terms and conditions URL>',
  termsHash: '<your terms and conditions SHA-256, 64 hex digits (sha256sum terms.pdf)>',
  datacenterName: '<your datacenter name>',
}

/** A starter: one credential, or a presentation (unsigned) holding several that go together. */
export function starter(kind: StarterKind, options: StarterOptions): Json {
  const did = options.did ?? placeholder.did
  const at = options.now ?? new Date()
  const issue = (subject: Json) => credential(did, subject, at)
  switch (kind) {
    case 'participant': {
      const address = {
        type: 'gx:Address',
        'gx:countryCode': options.country ?? placeholder.country,
      }
      const vat = `${did}#vat-id`
      return bundle([
        issue({
          id: did,
          type: 'gx:LegalPerson',
          'schema:name': options.name ?? placeholder.legalName,
          'gx:registrationNumber': { id: vat },
          'gx:legalAddress': address,
          'gx:headquartersAddress': { ...address },
        }),
        issue({ id: vat, type: 'gx:VatID', 'gx:vatID': options.vatId ?? placeholder.vatId }),
        // gx:IssuerShape is closed, like gx:LegalPersonShape: the issuer is a node of its own
        issue({
          id: `${did}#issuer`,
          type: 'gx:Issuer',
          'gx:gaiaxTermsAndConditions': GAIA_X_TERMS_HASH,
        }),
      ])
    }
    case 'offering': {
      const slug = options.name ? slugOf(options.name) : randomUUID().slice(0, 8)
      const subject: Json = {
        id: options.id ?? `${did}#offering-${slug}`,
        type: 'gx:ServiceOffering',
        'schema:name': options.name ?? placeholder.offeringName,
        'schema:description': options.description ?? placeholder.offeringDescription,
        'gx:providedBy': { id: did },
        'gx:serviceOfferingTermsAndConditions': {
          type: 'gx:TermsAndConditions',
          'gx:url': options.termsUrl ?? placeholder.termsUrl,
          'gx:hash': options.termsHash ?? placeholder.termsHash,
        },
      }
      if (options.keyword?.length) subject['gx:keyword'] = options.keyword
      if (options.hostedOn?.length) subject['gx:hostedOn'] = options.hostedOn.map((id) => ({ id }))
      return issue(subject)
    }
    case 'resource': {
      const slug = options.name ? slugOf(options.name) : randomUUID().slice(0, 8)
      const name = options.name ?? placeholder.datacenterName
      const address: Json = {
        type: 'gx:Address',
        'gx:countryCode': options.country ?? placeholder.country,
        ...(options.locality ? { 'vcard:locality': options.locality } : {}),
      }
      const zone = `${did}#availability-zone-${slug}`
      // a gx:Datacenter aggregates at least one availability zone (gx:DatacenterShape)
      return bundle([
        issue({
          id: zone,
          type: 'gx:AvailabilityZone',
          'schema:name': options.name ? `${options.name} (zone 1)` : name,
          'gx:address': address,
        }),
        issue({
          id: options.id ?? `${did}#datacenter-${slug}`,
          type: 'gx:Datacenter',
          'schema:name': name,
          'gx:maintainedBy': [{ id: did }],
          'gx:aggregationOfResources': [{ id: zone }],
          'gx:location': [{ ...address }],
        }),
      ])
    }
  }
}

function credential(issuer: string, subject: Json, at: Date): Json {
  const from = new Date(Math.floor(at.getTime() / 1000) * 1000)
  return {
    '@context': [VC_V2_CONTEXT, GAIA_X_LOIRE_CONTEXT],
    id: `urn:uuid:${randomUUID()}`,
    type: ['VerifiableCredential', subject.type],
    issuer,
    validFrom: from.toISOString().replace('.000Z', 'Z'),
    validUntil: new Date(from.getTime() + YEAR_MS).toISOString().replace('.000Z', 'Z'),
    credentialSubject: subject,
  }
}

function bundle(credentials: Json[]): Json {
  return {
    '@context': [VC_V2_CONTEXT],
    type: ['VerifiablePresentation'],
    verifiableCredential: credentials,
  }
}

/** "Analytique souveraine" → "analytique-souveraine". */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
  return slug || randomUUID().slice(0, 8)
}
