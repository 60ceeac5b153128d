import type { AppContext } from '../context.js'
import type { Location } from '../store/schema.js'
import type { OfferingRow, ParticipantRow } from '../store/store.js'
import type { CertificationClaim } from '../model/certifications.js'
import { expandedClaimsOf } from '../model/claims.js'
import { VC, nodes, values, type ExpandedNode } from '../model/expanded.js'
import {
  LABEL_LEVELS,
  assessCriteria,
  eligibleLevel,
  type CriterionResult,
  type LabelLevel,
  type OfferingFacts,
  type Text,
  type Verdict,
} from './sovereignty-criteria.js'
import { factsOf } from './sovereignty-facts.js'
import { everyIn, inEu, inFrance, locationReason } from './sovereignty-places.js'
import { EU_EEA } from './countries.js'

export type { CriterionResult, LabelLevel, Text, Verdict } from './sovereignty-criteria.js'
export { ownEligibleLevel } from './sovereignty-facts.js'

/** Whether a level comes from a label credential or only from what the credentials state. */
export type LabelBasis = 'attested' | 'eligible-not-attested'

/** One offering judged on its own credentials, before its dependencies are taken into account. */
export type Assessment = {
  id: string
  name: string
  provider: { id: string; name: string | null; headquarters: string | null }
  headquartersInEuEea: Verdict
  locationsInEu: Verdict
  locationsInFrance: Verdict
  level: LabelLevel | null
  basis: LabelBasis
}

export type SovereigntyProfile = {
  /** The offering's own claims, with the reason for each verdict. */
  headquarters: { countryCode: string | null; inEuEea: Verdict; reason: Text }
  locations: { declared: Location[]; inEu: Verdict; inFrance: Verdict; reason: Text }
  certifications: (CertificationClaim & { claimValidUntil?: string })[]
  label: {
    attestedLevel: string | null
    eligibleLevel: LabelLevel | null
    criteria: CriterionResult[]
    notDeclarable: Text
  }
  /** Everything the offering depends on, directly or not, nearest first. */
  dependencies: ((Assessment & { held: true; via: string }) | DependencyNotHeld)[]
  /** The offering as sovereign as the weakest of itself and all it depends on. */
  overall: {
    headquartersInEuEea: Verdict
    locationsInEu: Verdict
    locationsInFrance: Verdict
    level: LabelLevel | null
    basis: LabelBasis
  }
  weakestLink: { id: string; name: string | null; level: LabelLevel | null; reason: Text } | null
}

type DependencyNotHeld = { id: string; held: false; via: string; reason: Text }

// Bounds the walk over gx:dependsOn: a hostile chain cannot make one read do unbounded work.
const MAX_DEPENDENCIES = 64

const NOT_DECLARABLE: Text = {
  en: 'Immunity from non-European control (Label Level 3) cannot be stated in Trust Framework credentials: only a label credential from a Gaia-X compliance service attests it.',
  fr: 'L’immunité face aux contrôles non européens (niveau 3) ne peut pas être déclarée dans les attestations du cadre de confiance : seule une attestation de label d’un service de conformité Gaia-X la confirme.',
}

/**
 * The sovereignty profile of an offering, from the credentials the node holds: its provider's
 * headquarters, its locations, its certification claims, the Gaia-X label level it holds or is
 * eligible for, all combined over `gx:dependsOn` so that the weakest dependency bounds it.
 *
 * @example
 * const profile = await sovereigntyProfile(ctx, await ctx.store.getOffering(id))
 * profile.overall.level // 'L2'; profile.weakestLink?.reason.en
 */
export async function sovereigntyProfile(
  ctx: Pick<AppContext, 'store' | 'loader'>,
  row: OfferingRow,
): Promise<SovereigntyProfile> {
  const provider = (await ctx.store.participantsByIds([row.providerId])).get(row.providerId)
  const facts = await offeringFacts(ctx, row, provider)
  const criteria = assessCriteria(facts)
  const own = assessment(facts, criteria)
  const dependencies = await dependenciesOf(ctx, row)

  const held = dependencies.filter((d) => d.held)
  const missing = dependencies.find((d) => !d.held)
  const all = [own, ...held]
  const attestedEverywhere = all.every((a) => a.basis === 'attested')
  const level = missing ? null : lowest(all.map((a) => a.level))
  return {
    headquarters: {
      countryCode: facts.provider.headquarters,
      inEuEea: own.headquartersInEuEea,
      reason: criteria.find((c) => c.id === 'l3-headquarters')!.reason,
    },
    locations: {
      declared: row.locations,
      inEu: own.locationsInEu,
      inFrance: own.locationsInFrance,
      reason: locationReason(row.locations),
    },
    certifications: facts.certifications.map((claim) =>
      row.validUntil
        ? { ...claim, claimValidUntil: new Date(row.validUntil).toISOString() }
        : claim,
    ),
    label: {
      attestedLevel: facts.attestedLevel,
      eligibleLevel: eligibleLevel(criteria),
      criteria,
      notDeclarable: NOT_DECLARABLE,
    },
    dependencies,
    overall: {
      headquartersInEuEea: weakest(
        all.map((a) => a.headquartersInEuEea),
        missing,
      ),
      locationsInEu: weakest(
        all.map((a) => a.locationsInEu),
        missing,
      ),
      locationsInFrance: weakest(
        all.map((a) => a.locationsInFrance),
        missing,
      ),
      level,
      basis: attestedEverywhere && !missing ? 'attested' : 'eligible-not-attested',
    },
    weakestLink: weakestLink(own, criteria, held, missing),
  }
}

/** What the profile needs from one offering's stored credential and its provider. */
async function offeringFacts(
  ctx: Pick<AppContext, 'store' | 'loader'>,
  row: OfferingRow,
  provider: ParticipantRow | undefined,
): Promise<OfferingFacts> {
  return factsOf(row, await storedSubject(ctx, row.credentialHash), provider)
}

function assessment(facts: OfferingFacts, criteria: CriterionResult[]): Assessment {
  // A label attests a live offering: once its credential is revoked or expired, or its provider
  // is no longer active (a Standard Compliance criterion fails), the label no longer stands.
  const live = criteria.filter((c) => c.level === 'SC').every((c) => c.verdict === 'yes')
  const attested = live ? LABEL_LEVELS.find((level) => level === facts.attestedLevel) : undefined
  return {
    id: facts.id,
    name: facts.name,
    provider: {
      id: facts.provider.id,
      name: facts.provider.name,
      headquarters: facts.provider.headquarters,
    },
    headquartersInEuEea:
      facts.provider.headquarters === null
        ? 'unknown'
        : everyIn([facts.provider.headquarters], EU_EEA),
    locationsInEu: inEu(facts.locations),
    locationsInFrance: inFrance(facts.locations),
    level: attested ?? eligibleLevel(criteria),
    basis: attested ? 'attested' : 'eligible-not-attested',
  }
}

// Breadth first, so the nearest dependency is named first; a cycle visits each offering once.
async function dependenciesOf(
  ctx: Pick<AppContext, 'store' | 'loader'>,
  root: OfferingRow,
): Promise<SovereigntyProfile['dependencies']> {
  const found: SovereigntyProfile['dependencies'] = []
  const seen = new Set([root.id])
  let frontier: [id: string, via: string][] = root.dependsOn.map((id) => [id, root.id])
  while (frontier.length > 0) {
    const next: [string, string][] = []
    const wanted = frontier.filter(([id]) => !seen.has(id))
    const rows = new Map(
      (await ctx.store.offeringsByIds(wanted.map(([id]) => id))).map((r) => [r.id, r]),
    )
    const providers = await ctx.store.participantsByIds([...rows.values()].map((r) => r.providerId))
    for (const [id, via] of wanted) {
      if (seen.has(id)) continue
      seen.add(id)
      if (found.length === MAX_DEPENDENCIES) {
        found.push({ id, held: false, via, reason: TOO_MANY })
        return found
      }
      const row = rows.get(id)
      if (!row) {
        found.push({ id, held: false, via, reason: NOT_HELD })
        continue
      }
      const facts = await offeringFacts(ctx, row, providers.get(row.providerId))
      found.push({ ...assessment(facts, assessCriteria(facts)), held: true, via })
      for (const dependency of row.dependsOn) next.push([dependency, row.id])
    }
    frontier = next
  }
  return found
}

const NOT_HELD: Text = {
  en: 'This offering is not in this catalogue, so nothing it depends on can be assessed.',
  fr: 'Cette offre n’est pas dans ce catalogue : ce dont elle dépend ne peut pas être évalué.',
}
const TOO_MANY: Text = {
  en: `More than ${MAX_DEPENDENCIES} dependencies: the rest of the chain was not assessed.`,
  fr: `Plus de ${MAX_DEPENDENCIES} dépendances : la suite de la chaîne n’a pas été évaluée.`,
}

function weakestLink(
  own: Assessment,
  ownCriteria: CriterionResult[],
  held: Assessment[],
  missing: DependencyNotHeld | undefined,
): SovereigntyProfile['weakestLink'] {
  if (missing) return { id: missing.id, name: null, level: null, reason: missing.reason }
  const lowestLevel = lowest([own.level, ...held.map((a) => a.level)])
  if (lowestLevel === 'L3') return null
  if (rank(own.level) === rank(lowestLevel)) {
    return {
      id: own.id,
      name: own.name,
      level: own.level,
      reason: blockingReason(own, ownCriteria),
    }
  }
  const link = held.find((a) => rank(a.level) === rank(lowestLevel))!
  return {
    id: link.id,
    name: link.name,
    level: link.level,
    reason: {
      en: `${link.name} (${link.provider.name ?? link.provider.id}) reaches ${link.level ?? 'no label level'}, which bounds this offering.`,
      fr: `${link.name} (${link.provider.name ?? link.provider.id}) atteint ${link.level ?? 'aucun niveau de label'}, ce qui borne cette offre.`,
    },
  }
}

// The first unmet criterion of the level just above the one reached.
function blockingReason(own: Assessment, criteria: CriterionResult[]): Text {
  if (own.basis === 'attested') {
    return {
      en: `its label credential attests ${own.level}`,
      fr: `son attestation de label atteste ${own.level}`,
    }
  }
  const above = LABEL_LEVELS[rank(own.level) + 1]
  const unmet = criteria.find((c) => c.level === above && c.verdict !== 'yes')
  if (!unmet) return { en: 'no criterion is unmet', fr: 'aucun critère n’est manqué' }
  return {
    en: `${unmet.title.en} (${above}): ${unmet.reason.en}`,
    fr: `${unmet.title.fr} (${above}) : ${unmet.reason.fr}`,
  }
}

function rank(level: LabelLevel | null): number {
  return level === null ? -1 : LABEL_LEVELS.indexOf(level)
}

function lowest(levels: (LabelLevel | null)[]): LabelLevel | null {
  return levels.reduce(
    (low, level) => (rank(level) < rank(low) ? level : low),
    'L3' as LabelLevel | null,
  )
}

// no < unknown < yes; a dependency the node does not hold leaves at most "unknown".
function weakest(verdicts: Verdict[], missing: DependencyNotHeld | undefined): Verdict {
  if (verdicts.includes('no')) return 'no'
  if (missing || verdicts.includes('unknown')) return 'unknown'
  return 'yes'
}

async function storedSubject(
  ctx: Pick<AppContext, 'store' | 'loader'>,
  hash: string,
): Promise<ExpandedNode | undefined> {
  const stored = await ctx.store.getCredential(hash)
  if (!stored) return undefined
  return nodes(values(await expandedClaimsOf(ctx, stored), `${VC}credentialSubject`))[0]
}
