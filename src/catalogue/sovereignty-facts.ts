// What the sovereignty criteria read from one offering: its index row, the subject of its stored
// credential and its provider. The profile reads it per request; the index keeps the level it
// gives (`ownEligibleLevel`) for search.
import { certificationClaims } from '../model/certifications.js'
import { compactType, gxValues, literals, nodes, type ExpandedNode } from '../model/expanded.js'
import type { OfferingRow, ParticipantRow } from '../store/store.js'
import {
  assessCriteria,
  eligibleLevel,
  type LabelLevel,
  type OfferingFacts,
} from './sovereignty-criteria.js'

export type FactsRow = Pick<
  OfferingRow,
  'id' | 'name' | 'status' | 'providerId' | 'locations' | 'dataProtectionRegimes' | 'labelLevel'
>
type FactsProvider = Pick<ParticipantRow, 'name' | 'status' | 'countryCode'>

export function factsOf(
  row: FactsRow,
  subject: ExpandedNode | undefined,
  provider: FactsProvider | undefined,
): OfferingFacts {
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    provider: {
      id: row.providerId,
      name: provider?.name ?? null,
      active: provider?.status === 'active',
      headquarters: provider?.countryCode ?? null,
    },
    locations: row.locations,
    certifications: subject ? certificationClaims(subject) : [],
    dataProtectionRegimes: row.dataProtectionRegimes,
    dataExport:
      gxValues(subject, 'dataAccountExport').length > 0 ||
      gxValues(subject, 'dataPortability').length > 0,
    legalDocuments: legalDocumentsOf(subject),
    attestedLevel: row.labelLevel,
  }
}

/**
 * The level an offering's own credentials meet (the profile's `label.eligibleLevel`) while it
 * and its provider are active: what the index keeps for `label=eligible:…`, which counts it only
 * while both are (migration 0010). Its dependencies are not read: `overall.level` may be lower.
 *
 * @example
 * ownEligibleLevel(offering, subject, provider) // 'L2'
 */
export function ownEligibleLevel(
  offering: Omit<FactsRow, 'status' | 'labelLevel'>,
  subject: ExpandedNode | undefined,
  provider: Pick<ParticipantRow, 'name' | 'countryCode'> | undefined,
): LabelLevel | null {
  const facts = factsOf({ ...offering, status: 'active', labelLevel: null }, subject, {
    name: provider?.name ?? '',
    countryCode: provider?.countryCode ?? null,
    status: 'active',
  })
  return eligibleLevel(assessCriteria(facts))
}

function legalDocumentsOf(subject: ExpandedNode | undefined): OfferingFacts['legalDocuments'] {
  const documents = [
    ...nodes(gxValues(subject, 'legalDocuments')),
    ...nodes(gxValues(subject, 'requiredMeasures')).flatMap((m) =>
      nodes(gxValues(m, 'legalDocuments')),
    ),
  ]
  return documents.map((document) => ({
    type: compactType(document['@type']?.[0] ?? ''),
    governingLawCountries: literals(gxValues(document, 'governingLawCountries')),
  }))
}
