import type { Certification, Location, RegistrationNumber } from '../store/schema.js'
import type { ListedOffering, OfferingRow, ParticipantRow } from '../store/store.js'
import { withCurrentNumbers, type ActiveHashes } from './registration.js'

/** API.md's OfferingSummary. */
export type OfferingSummary = {
  id: string
  credentialId: string | null
  hash: string
  name: string
  description: string
  types: string[]
  /** `status`: its standing on this node; a suspended provider's offerings stay listed, so say it. */
  provider: {
    id: string
    name: string | null
    did: string | null
    status: ParticipantRow['status'] | null
  }
  keywords: string[]
  locations: Location[]
  certifications: Certification[]
  labelLevel?: string
  dataProtectionRegimes: string[]
  dependsOn: string[]
  status: OfferingRow['status']
  issuedAt: string
  validUntil?: string
  origin: string
}

export type ParticipantSummary = {
  id: string
  did: string
  name: string
  countryCode: string | null
  registrationNumbers: RegistrationNumber[]
  status: ParticipantRow['status']
  origin: string
  updatedAt: string
}

/**
 * Shapes an index row for the API; `provider` is looked up by the caller so a list resolves each
 * provider once.
 *
 * @example
 * offeringSummary(row, providers.get(row.providerId))
 */
export function offeringSummary(row: ListedOffering, provider?: ParticipantRow): OfferingSummary {
  return {
    id: row.id,
    credentialId: row.credentialId,
    hash: row.credentialHash,
    name: row.name,
    description: row.description,
    types: row.types,
    provider: {
      id: row.providerId,
      name: provider?.name ?? null,
      did: provider?.did ?? null,
      status: provider?.status ?? null,
    },
    keywords: row.keywords,
    locations: row.locations,
    certifications: row.certifications,
    ...(row.labelLevel ? { labelLevel: row.labelLevel } : {}),
    dataProtectionRegimes: row.dataProtectionRegimes,
    dependsOn: row.dependsOn,
    status: row.status,
    issuedAt: new Date(row.issuedAt).toISOString(),
    ...(row.validUntil ? { validUntil: new Date(row.validUntil).toISOString() } : {}),
    origin: row.origin,
  }
}

/**
 * Participants as an answer shows them: a registration number read from a credential that is no
 * longer active is left out (registration.ts).
 *
 * @example
 * const [summary] = await participantSummaries(ctx.store, [row])
 */
export async function participantSummaries(
  store: ActiveHashes,
  rows: ParticipantRow[],
): Promise<ParticipantSummary[]> {
  return (await withCurrentNumbers(store, rows)).map(participantSummary)
}

function participantSummary(row: ParticipantRow): ParticipantSummary {
  return {
    id: row.id,
    did: row.did,
    name: row.name,
    countryCode: row.countryCode,
    registrationNumbers: row.registrationNumbers,
    status: row.status,
    origin: row.origin,
    updatedAt: new Date(row.updatedAt).toISOString(),
  }
}
