import { AppError, type Finding } from '../errors.js'
import type { CredentialStatus, Location } from '../store/schema.js'
import type { Store } from '../store/sqlite-store.js'
import type { CredentialWrite } from '../store/store.js'
import { WriteRuleError } from '../store/write-rules.js'
import { nextTurn } from '../turns.js'
import {
  submissionOf,
  validateSubmission,
  type PipelineContext,
  type SubmissionEntries,
  type ValidatedCredential,
  type ValidationReport,
} from '../validation/pipeline.js'
import { attestsOnly } from '../validation/rules/compliance.js'
import { readLinks, statedFor } from './registration.js'
import { refreshEligibleLevels, searchFields, subjectOf } from './search-index.js'

export type IngestOptions = {
  /** `local`, or the DID of the peer the credentials were pulled from. */
  origin: string
  /**
   * The bytes of a lone JSON-LD credential as received, stored verbatim; defaults to its JSON
   * form. A JWT credential is always stored as its compact JWT.
   */
  raw?: string
  /** Status of participants this ingest creates (onboarding by approval creates them pending). */
  participantStatus?: 'active' | 'pending'
  /**
   * Whether the participants are onboarding on this node (onboarding, the operator's seed), and so
   * may write here once active; false for what a peer relays.
   */
  onboarding?: boolean
  /** Extra checks of a write path (who may submit what), run once the credentials are valid. */
  guard?: (credentials: ValidatedCredential[]) => Finding[]
  /** The document as the write path already read it (submissionEntries): not read again. */
  read?: SubmissionEntries
}

export type Accepted = {
  id: string | null
  subjectId: string | null
  hash: string
  types: string[]
  created: boolean
  /** The stored status: `active` when new, else what the node holds (revoked stays revoked). */
  status: CredentialStatus
}

export type IngestResult =
  | { ok: true; accepted: Accepted[]; report: ValidationReport }
  | { ok: false; errors: Finding[]; report: ValidationReport }

export class OlderVersionError extends AppError {
  override name = 'OlderVersionError'
}

/**
 * The single write path: a credential, or a presentation of several (JSON-LD, or a compact VC-JWT
 * or VP-JWT given as a string), goes through the whole validation pipeline and is stored only if
 * every credential passes, as one atomic change with its index rows and events. A JWT credential
 * is stored as its compact JWT (`format: 'jwt_vc'`). Storing the same content again is a no-op (`created: false`); a
 * version older than the one stored is refused (`OlderVersionError`, a 409).
 *
 * @example
 * const result = await ingestCredentials(ctx, signed, { origin: 'local' })
 * if (!result.ok) throw new CredentialRejectedError('rejected', result.errors)
 */
export async function ingestCredentials(
  ctx: PipelineContext,
  document: Record<string, unknown> | string,
  options: IngestOptions,
): Promise<IngestResult> {
  const { report, credentials, attested, attestedTogether } = await validateSubmission(
    ctx,
    submissionOf(document),
    options.read,
  )
  const violations = report.errors.filter((e) => e.severity === 'violation')
  violations.push(...(options.guard?.(credentials) ?? []))
  if (violations.length > 0 || !report.verified) {
    ctx.metrics?.countIngest('rejected', Math.max(report.credentials.length, 1))
    return { ok: false, errors: violations, report }
  }

  // the store's lookups and transaction are the submission's longest stretch of CPU: what waits
  // goes first (turns.ts)
  await nextTurn()
  const storing = performance.now()
  await refuseForeignSubjects(ctx.store, credentials)
  await refuseOlderVersions(ctx.store, credentials)
  const at = ctx.clock().getTime()
  // a participant's links are read from what it presented (registration.ts) into its extraction,
  // which its index entry is written from
  for (const { extracted, hash } of credentials) {
    if (!extracted.participant) continue
    const did = extracted.issuer
    const stated = statedFor({ did, hash }, credentials, attestedTogether)
    const { registrationNumbers } = extracted.participant
    extracted.participant.registrationNumbers = readLinks(did, registrationNumbers, stated)
  }
  const submitted = new Map(
    credentials.flatMap((c) =>
      c.extracted.resource && c.extracted.subjectId
        ? [[c.extracted.subjectId, c.extracted.resource]]
        : [],
    ),
  )
  const providers = new Map(
    credentials.flatMap((c) =>
      c.extracted.participant && c.extracted.subjectId
        ? [[c.extracted.subjectId, c.extracted.participant]]
        : [],
    ),
  )
  const moved = await providersMoved(ctx.store, providers)
  const offerings = credentials.filter((c) => c.extracted.offering)
  const [labels, heldProviders] = await Promise.all([
    ctx.store.offeringLabels(offerings.flatMap((c) => c.extracted.subjectId ?? [])),
    ctx.store.participantsByIds(
      offerings.map((c) => c.extracted.offering!.providerId).filter((id) => !providers.has(id)),
    ),
  ])
  const writes: CredentialWrite[] = []
  for (const credential of credentials) {
    const raw =
      credential.securedForm ??
      (credential.pointer === '' && options.raw ? options.raw : JSON.stringify(credential.document))
    const offering = credential.extracted.offering
    if (offering) {
      const hosted = await locationsOfResources(ctx.store, submitted, offering.resourceLinks)
      offering.locations = mergeLocations(offering.locations, hosted)
      offering.labelLevel = attested.get(credential.hash) ?? heldLabel(labels, credential)
    }
    const write = toWrite(credential, {
      raw,
      origin: options.origin,
      at,
      participantStatus: options.participantStatus,
      onboarding: options.onboarding,
    })
    if (write.offering) {
      const id = write.offering.providerId
      const provider = providers.get(id) ?? heldProviders.get(id)
      const subject = subjectOf(credential.expanded)
      write.offering = { ...write.offering, ...searchFields(write.offering, subject, provider) }
    }
    writes.push(write)
  }
  const created = await ctx.store.putCredentials(writes).catch(async (error: unknown) => {
    if (!(error instanceof WriteRuleError)) throw error
    // the database refused what the lookups above allowed (migration 0014): another writer stored
    // a newer version or the subject in between. Looking again finds it and names the credential;
    // else (what it found went meanwhile) the database's refusal goes up as it is, a 409 or 403
    // that names none
    await refuseForeignSubjects(ctx.store, credentials)
    await refuseOlderVersions(ctx.store, credentials)
    throw error
  })
  await presentedAgain(ctx.store, writes, created)
  for (const id of moved) {
    const provider = await ctx.store.participantById(id)
    if (provider) await refreshEligibleLevels(ctx, provider)
  }
  const hashes = new Set(credentials.map((c) => c.hash))
  await attestHeldOfferings(
    ctx.store,
    [...attested].filter(([hash]) => !hashes.has(hash)),
  )
  const accepted: Accepted[] = []
  for (const [i, c] of credentials.entries()) {
    const fresh = created[i] ?? false
    const status = fresh ? 'active' : ((await ctx.store.getCredential(c.hash))?.status ?? 'active')
    accepted.push({
      id: c.extracted.credentialId,
      // as stored: an attestation answers with its own id, not that of the first it covers
      subjectId: attestsOnly(c.extracted) ? null : c.extracted.subjectId,
      hash: c.hash,
      types: c.extracted.types,
      created: fresh,
      status,
    })
  }
  ctx.metrics?.timeIngest('store', (performance.now() - storing) / 1000)
  ctx.metrics?.countIngest('accepted', accepted.length)
  return { ok: true, report, accepted }
}

/**
 * Participants of the submission the node holds with other headquarters: the eligible level of
 * their offerings (Label Level 3 wants them in the EU/EEA) is written again once they are stored.
 */
async function providersMoved(
  store: Store,
  participants: Map<string, { countryCode: string | null }>,
): Promise<string[]> {
  if (participants.size === 0) return []
  const held = await store.participantsByIds([...participants.keys()])
  return [...participants].flatMap(([id, { countryCode }]) => {
    const before = held.get(id)
    return before && before.countryCode !== countryCode ? [id] : []
  })
}

// The same credential submitted again keeps the label attested for it earlier.
function heldLabel(
  labels: Awaited<ReturnType<Store['offeringLabels']>>,
  credential: ValidatedCredential,
): string | null {
  const held = credential.extracted.subjectId
    ? labels.get(credential.extracted.subjectId)
    : undefined
  return held?.credentialHash === credential.hash ? held.labelLevel : null
}

/**
 * Label levels a compliance credential attests for offerings the node already held, by the hash of
 * the credential it covers. A separate write after the credentials: should it be lost, a reindex
 * applies the stored label again.
 */
export async function attestHeldOfferings(
  store: Store,
  levels: [credentialHash: string, level: string][],
): Promise<void> {
  const offerings: NonNullable<CredentialWrite['offering']>[] = []
  for (const [hash, level] of levels) {
    const held = await store.getCredential(hash)
    const row = held?.subjectId ? await store.getOffering(held.subjectId) : undefined
    if (!row || row.credentialHash !== hash || row.labelLevel === level) continue
    const { pk: _pk, ...offering } = row
    offerings.push({ ...offering, labelLevel: level })
  }
  if (offerings.length > 0) await store.writeIndex(offerings.map((offering) => ({ offering })))
}

/**
 * A participant presenting its stored credential again: that credential writes nothing, so its
 * entry takes here what was read anew, the numbers of a renewed registration credential (a
 * notary's renewal) and, when it onboards on this node for the first time (known through a peer
 * until then), its onboarding. The store leaves an entry a newer credential replaced meanwhile.
 */
async function presentedAgain(store: Store, writes: CredentialWrite[], created: boolean[]) {
  const again = writes.flatMap((write, i) =>
    write.participant && !created[i] ? [write.participant] : [],
  )
  if (again.length === 0) return
  const held = await store.participantsByIds(again.map((p) => p.id))
  for (const participant of again) {
    const row = held.get(participant.id)
    if (!row) continue
    const renumbered =
      JSON.stringify(row.registrationNumbers) !== JSON.stringify(participant.registrationNumbers)
    const onboarding = row.onboardedAt === null && participant.onboardedAt !== null
    if (renumbered || onboarding) await store.refreshParticipant(participant)
  }
}

/**
 * A subject (participant, offering, resource) belongs to the issuer that first stated it: nobody
 * else may replace its index entry, whatever the credential id. An attestation states none (it is
 * filed under no subject: attestsOnly). Within a submission, a subject new to the node is the
 * first stating issuer's. The database holds index entries to the same rule (migration 0014). And a
 * DID is one participant: a participant credential of a DID the node holds under another subject
 * id is refused.
 */
async function refuseForeignSubjects(store: Store, credentials: ValidatedCredential[]) {
  const [owners, heldParticipants] = await Promise.all([
    store.subjectIssuers(credentials.flatMap(({ extracted }) => extracted.subjectId ?? [])),
    store.participantsByDids(
      credentials.flatMap(({ extracted }) => (extracted.participant ? extracted.issuer : [])),
    ),
  ])
  const participants = new Map<string, string>()
  for (const { extracted, pointer } of credentials) {
    if (!extracted.subjectId || attestsOnly(extracted)) continue
    // a subject new to the node belongs to the first issuer stating it in the submission (a
    // peer's page holds many issuers' credentials, and storing in order keeps that first)
    const owner = owners.get(extracted.subjectId) ?? extracted.issuer
    if (!owners.has(extracted.subjectId)) owners.set(extracted.subjectId, owner)
    if (owner !== extracted.issuer) {
      throw new AppError('forbidden', `${extracted.subjectId} is described by another issuer.`, [
        {
          code: 'subject-owned-by-another-issuer',
          path: `${pointer}/credentialSubject/id`,
          message: {
            en: `${extracted.subjectId} was first stated by another issuer (${owner}), held by the node or earlier in this submission; only that issuer may describe it. Use an id of your own.`,
            fr: `${extracted.subjectId} a d’abord été décrit par un autre émetteur (${owner}), que le nœud le détienne ou plus haut dans cette soumission ; seul celui-ci peut le décrire. Utilisez un identifiant qui vous appartient.`,
          },
          severity: 'violation',
        },
      ])
    }
    if (!extracted.participant) continue
    const held = participants.get(extracted.issuer) ?? heldParticipants.get(extracted.issuer)?.id
    if (held !== undefined && held !== extracted.subjectId) {
      throw new AppError('conflict', `${extracted.issuer} is already participant ${held}.`, [
        {
          code: 'participant-id-changed',
          path: `${pointer}/credentialSubject/id`,
          message: {
            en: `${extracted.issuer} is already the participant ${held}: a DID is one participant, and a new version of its credential keeps that subject id.`,
            fr: `${extracted.issuer} est déjà le participant ${held} : un DID est un seul participant, et une nouvelle version de son attestation garde cet identifiant de sujet.`,
          },
          severity: 'violation',
        },
      ])
    }
    participants.set(extracted.issuer, extracted.subjectId)
  }
}

/**
 * Only the newest version of a credential may be written: one older than the version held, or
 * than another version in the same submission (a peer's page can hold both), is refused.
 */
async function refuseOlderVersions(store: Store, credentials: ValidatedCredential[]) {
  const newest = new Map<string, ValidatedCredential>()
  for (const credential of credentials) {
    const { credentialId, issuer, validFrom } = credential.extracted
    if (!credentialId) continue
    const key = JSON.stringify([credentialId, issuer])
    const seen = newest.get(key)
    // on equal validFrom the first one submitted stands, as it would have if sent alone first
    if (!seen || (seen.extracted.validFrom ?? 0) < (validFrom ?? 0)) newest.set(key, credential)
  }
  const held = new Map<string, { hash: string; validFrom: number | null }>()
  const versions = await store.activeVersions(
    credentials.flatMap(({ extracted }) => extracted.credentialId ?? []),
  )
  for (const { credentialId, issuer, hash, validFrom } of versions) {
    const key = JSON.stringify([credentialId, issuer])
    // newest first: the first of a key is the version held
    if (!held.has(key)) held.set(key, { hash, validFrom })
  }
  for (const credential of credentials) {
    const { extracted, hash, pointer } = credential
    if (!extracted.credentialId) continue
    const sibling = newest.get(JSON.stringify([extracted.credentialId, extracted.issuer]))
    if (sibling && sibling !== credential && sibling.hash !== hash) {
      throw olderVersion(extracted.credentialId, pointer, sibling.extracted.validFrom, 'submission')
    }
    const current = held.get(JSON.stringify([extracted.credentialId, extracted.issuer]))
    if (!current || current.hash === hash) continue
    if ((current.validFrom ?? 0) >= (extracted.validFrom ?? 0)) {
      throw olderVersion(extracted.credentialId, pointer, current.validFrom, 'store')
    }
  }
}

function olderVersion(
  credentialId: string,
  pointer: string,
  newer: number | null,
  heldBy: 'store' | 'submission',
) {
  const [en, fr] =
    heldBy === 'store'
      ? ['The node holds', 'Le nœud détient']
      : ['This submission also holds', 'Cette soumission contient aussi']
  return new OlderVersionError(
    'conflict',
    `A newer version of ${credentialId} is ${heldBy === 'store' ? 'already stored' : 'in the same submission'}.`,
    [
      {
        code: 'older-version',
        path: `${pointer}/validFrom`,
        message: {
          en: `${en} a version of ${credentialId} valid from ${iso(newer)}; a replacement must have a later validFrom.`,
          fr: `${fr} une version de ${credentialId} valide depuis ${iso(newer)} ; une nouvelle version doit avoir un validFrom postérieur.`,
        },
        severity: 'violation',
      },
    ],
  )
}

const MAX_RESOURCE_DEPTH = 4
type ResourceInfo = { locations: Location[]; parts: string[] }

/**
 * Locations of the resources an offering is hosted on, following `gx:aggregationOfResources`
 * down (region → datacenters → availability zones), breadth first and bounded; resources of the
 * same submission count as much as stored ones.
 */
export async function locationsOfResources(
  store: Store,
  submitted: Map<string, ResourceInfo>,
  ids: string[],
): Promise<Location[]> {
  const seen = new Set<string>()
  const found: Location[] = []
  let frontier = ids
  for (let depth = 0; depth < MAX_RESOURCE_DEPTH && frontier.length > 0; depth++) {
    frontier.forEach((id) => seen.add(id))
    const local = frontier.flatMap((id) => submitted.get(id) ?? [])
    const stored = await store.resourcesByIds(frontier.filter((id) => !submitted.has(id)))
    const resources: ResourceInfo[] = [...local, ...stored]
    found.push(...resources.flatMap((r) => r.locations))
    frontier = resources.flatMap((r) => r.parts).filter((id) => !seen.has(id))
  }
  return found
}

export function mergeLocations(...lists: Location[][]): Location[] {
  const byKey = new Map(lists.flat().map((l) => [`${l.countryCode}/${l.region ?? ''}`, l]))
  return [...byKey.values()]
}

/** The rows one validated credential writes; also used to rebuild the index. */
export function toWrite(
  credential: Pick<ValidatedCredential, 'extracted' | 'hash' | 'proofType' | 'format'>,
  meta: {
    raw: string
    origin: string
    at: number
    participantStatus?: 'active' | 'pending'
    onboarding?: boolean
  },
): CredentialWrite {
  const { extracted, hash } = credential
  const types = extracted.types.filter((t) => t !== 'VerifiableCredential')
  const write: CredentialWrite = {
    credential: {
      hash,
      credentialId: extracted.credentialId,
      issuer: extracted.issuer,
      // an attestation is filed under none of the credentials it covers (attestsOnly)
      subjectId: attestsOnly(extracted) ? null : extracted.subjectId,
      types: extracted.types,
      document: meta.raw,
      format: credential.format,
      proofType: credential.proofType,
      status: 'active',
      validFrom: extracted.validFrom,
      validUntil: extracted.validUntil,
      origin: meta.origin,
      receivedAt: meta.at,
    },
  }
  const subjectId = extracted.subjectId
  if (!subjectId) return write
  if (extracted.participant) {
    write.participant = {
      id: subjectId,
      did: extracted.issuer,
      ...extracted.participant,
      credentialHash: hash,
      status: meta.participantStatus ?? 'active',
      onboardedAt: meta.onboarding ? meta.at : null,
      origin: meta.origin,
      updatedAt: meta.at,
    }
  }
  if (extracted.resource) {
    write.resource = {
      id: subjectId,
      credentialHash: hash,
      types,
      ...extracted.resource,
      origin: meta.origin,
      updatedAt: meta.at,
    }
  }
  if (extracted.offering) {
    const { resourceLinks: _links, ...offering } = extracted.offering
    write.offering = {
      id: subjectId,
      credentialHash: hash,
      credentialId: extracted.credentialId,
      ...offering,
      types,
      status: 'active',
      issuedAt: extracted.validFrom ?? meta.at,
      validUntil: extracted.validUntil,
      origin: meta.origin,
      updatedAt: meta.at,
    }
  }
  return write
}

function iso(ms: number | null): string {
  return ms === null ? 'an unknown date' : new Date(ms).toISOString()
}
