// The index fields search reads beyond what the credential states (schema.ts `offering`):
// `synonyms`, `mentions` and `concepts` for the text, `eligibleLevel` for `label=eligible:…`. Written with
// the offering row by ingest and reindex, and again when a provider's headquarters change.
import type { AppContext } from '../context.js'
import { certificationClaims } from '../model/certifications.js'
import { expandedClaimsOf } from '../model/claims.js'
import { VC, nodes, values, type ExpandedNode } from '../model/expanded.js'
import type { NewOffering, ParticipantRow } from '../store/store.js'
import { offeringConcepts, offeringSynonyms, schemeMentions } from './search-terms.js'
import { ownEligibleLevel } from './sovereignty-facts.js'

export type SearchFields = Required<
  Pick<NewOffering, 'synonyms' | 'mentions' | 'concepts' | 'eligibleLevel'>
>
type Provider = Pick<ParticipantRow, 'name' | 'countryCode'>

/** The credential subject of an expanded credential. */
export function subjectOf(credential: ExpandedNode): ExpandedNode | undefined {
  return nodes(values(credential, `${VC}credentialSubject`))[0]
}

/**
 * The search fields of an offering row about to be written, from its credential's subject and
 * its provider as held (or as submitted alongside it).
 *
 * @example
 * write.offering = { ...write.offering, ...searchFields(write.offering, subject, provider) }
 */
export function searchFields(
  offering: NewOffering,
  subject: ExpandedNode | undefined,
  provider: Provider | undefined,
): SearchFields {
  const granted = offering.certifications.map((c) => c.scheme)
  const pending = (subject ? certificationClaims(subject) : [])
    .filter((claim) => claim.status === 'in-progress' && !granted.includes(claim.scheme))
    .map((claim) => claim.scheme)
  const synonyms = offeringSynonyms(offering.types, granted)
  const mentions = schemeMentions(pending)
  return {
    synonyms,
    mentions,
    concepts: offeringConcepts({ ...offering, synonyms, mentions }),
    eligibleLevel: ownEligibleLevel(offering, subject, provider),
  }
}

const PAGE = 200

/**
 * Writes again the eligible level of every offering of `provider`, whose headquarters (a
 * criterion of Label Level 3) changed. Reads each offering's stored credential: a cost paid when
 * a participant moves, not when anyone searches.
 *
 * @example
 * await refreshEligibleLevels(ctx, await ctx.store.participantById(id))
 */
export async function refreshEligibleLevels(
  ctx: Pick<AppContext, 'store' | 'loader'>,
  provider: Provider & Pick<ParticipantRow, 'id'>,
): Promise<number> {
  let after = ''
  let changed = 0
  for (;;) {
    const rows = await ctx.store.offeringsOfProvider(provider.id, after, PAGE)
    if (rows.length === 0) return changed
    const writes: { offering: NewOffering }[] = []
    for (const { pk: _pk, ...row } of rows) {
      const stored = await ctx.store.getCredential(row.credentialHash)
      const subject = stored ? subjectOf(await expandedClaimsOf(ctx, stored)) : undefined
      const eligibleLevel = ownEligibleLevel(row, subject, provider)
      if (eligibleLevel !== row.eligibleLevel) writes.push({ offering: { ...row, eligibleLevel } })
    }
    await ctx.store.writeIndex(writes)
    changed += writes.length
    after = rows.at(-1)!.id
  }
}
