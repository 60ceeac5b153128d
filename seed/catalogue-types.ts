// The shapes of the seeded catalogue as data (providers, offerings, evidence, regions): what
// bleu-offerings.ts, bleu-platform.ts and partners.ts fill in and catalogue-data.ts turns into
// credentials. Types only, so that the documents the node serves (documents/) can read the same
// data on Workers too, where catalogue-data.ts (node:crypto) does not go.
import type { RegistrationSpec } from './registration-numbers.js'

export type AddressSpec = {
  countryCode: string
  countryName?: string
  /** NUTS 2 code, one of the values gx:AddressShape allows for vcard:region. */
  region?: string
  locality?: string
  postalCode?: string
  street?: string
}

export type LegalDocumentClass =
  | 'gx:ComplianceAssurance'
  | 'gx:CustomerDataProcessingTerms'
  | 'gx:GovernmentInvestigationManagement'
  | 'gx:ServiceAgreementOffer'
export type LegalDocumentSpec = {
  type: LegalDocumentClass
  path: string
  governingLawCountries: string[]
}
/** A certification or qualification claim: its status in words, and the document proving it. */
export type EvidenceSpec = { description: string; document: LegalDocumentSpec }
export type StandardSpec = { title: string; reference: string; publisher?: string }
export type ExportSpec = {
  requestType:
    'API' | 'email' | 'webform' | 'unregisteredLetter' | 'registeredLetter' | 'supportCenter'
  accessType: 'digital' | 'physical'
  formatType: string
}
export type OfferingClass =
  | 'gx:ServiceOffering'
  | 'gx:VirtualMachineServiceOffering'
  | 'gx:ObjectStorageServiceOffering'
  | 'gx:BlockStorageServiceOffering'
  | 'gx:FileStorageServiceOffering'
export type OfferingSpec = {
  slug: string
  type: OfferingClass
  family?: 'microsoft-365' | 'azure'
  name: string
  /** French then English, in one plain string: the shapes type schema:description as xsd:string. */
  description: string
  keywords: { fr: string[]; en: string[] }
  endpoint: { url: string; standards: StandardSpec[] }
  exports: ExportSpec[]
  evidence: string[]
  /** Slugs: the provider's own offerings first, then `dependencies.bleuOfferingIds`. */
  dependsOn?: string[]
  /** Region slugs; the offering is hosted on every datacenter of those regions. */
  regions?: string[]
  provisionType?: 'private' | 'public' | 'hybrid'
  cryptographicSecurityStandards?: string[]
  /** Class-specific claims (storage configuration, VM images…), already in gx: terms. */
  claims?: Record<string, unknown>
}
export type ZoneSpec = { slug: string; name: string; address: AddressSpec }
export type DatacenterSpec = ZoneSpec & { description: string; zones: ZoneSpec[] }
export type RegionSpec = ZoneSpec & { description: string; datacenters: DatacenterSpec[] }
export type ProviderSpec = {
  key: string
  name: string
  description: string
  country: string
  headquarters: AddressSpec
  legalAddress?: AddressSpec
  registrations: RegistrationSpec[]
  evidence: Record<string, EvidenceSpec>
  /** Attached to every offering of the provider (DPA, government-request policy…). */
  legalDocuments: LegalDocumentSpec[]
  regions?: RegionSpec[]
  offerings: OfferingSpec[]
}
