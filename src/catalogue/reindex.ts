import type { AppContext } from '../context.js'
import type { CredentialRow, CredentialWrite } from '../store/store.js'
import { checkAttestations, isAttestation } from '../validation/rules/compliance.js'
import { locateNodes } from '../validation/rules/locate.js'
import { heldCredentials } from '../validation/pipeline.js'
import { claimsOf, expandedClaimsOf } from '../model/claims.js'
import type { ExpandedNode } from '../model/expanded.js'
import { extractCredential, type ExtractedCredential } from '../model/extract.js'
import { attestHeldOfferings, locationsOfResources, mergeLocations, toWrite } from './ingest.js'
import { reindexedNumbers } from './registration.js'
import { searchFields, subjectOf } from './search-index.js'
import { offeringConcepts } from './search-terms.js'

export type ReindexSummary = {
  credentials: number
  participants: number
  offerings: number
  resources: number
}

const PAGE = 200

/**
 * Rebuilds the derived index (participants, resources, offerings, full text) from the active
 * credentials the node stores, for after an extraction change. Credentials and events are
 * untouched; an offering keeps its revoked or expired status because only active credentials
 * are read. Resources are written before offerings so locations resolve.
 *
 * @example
 * await reindexCatalogue(ctx) // { credentials: 60, offerings: 28, … }
 */
export async function reindexCatalogue(
  ctx: Pick<AppContext, 'store' | 'loader' | 'config'>,
): Promise<ReindexSummary> {
  const summary: ReindexSummary = { credentials: 0, participants: 0, offerings: 0, resources: 0 }
  const deferred: [CredentialWrite, string[], ExpandedNode][] = []
  const attestations: Attestation[] = []
  let cursor: [number, string] = [-1, '']
  for (;;) {
    const rows = await ctx.store.credentialsAfter(cursor[0], cursor[1], PAGE)
    if (rows.length === 0) break
    const writes: CredentialWrite[] = []
    const owners = await ctx.store.subjectIssuers(rows.flatMap((row) => row.subjectId ?? []))
    for (const row of rows) {
      if (row.status !== 'active') continue
      const expanded = await expandedClaimsOf(ctx, row)
      const extracted = extractCredential(expanded)
      if (isAttestation(extracted.types)) attestations.push({ row, expanded, extracted })
      const write = toWrite(
        { extracted, hash: row.hash, proofType: row.proofType, format: row.format },
        {
          raw: row.document,
          origin: row.origin,
          at: row.receivedAt,
        },
      )
      const indexed = write.participant || write.resource || write.offering
      // a subject's index entry is its first issuer's (ingest.ts): another issuer's credential
      // held from before the database kept that rule (migration 0014) does not take it over, nor
      // one filed under no subject (an attestation, or a description typed as one that backed no
      // entry when migration 0015 filed them so)
      if (indexed && (row.subjectId === null || owners.get(row.subjectId) !== row.issuer)) continue
      if (write.offering) {
        deferred.push([write, extracted.offering?.resourceLinks ?? [], expanded])
        continue
      }
      if (write.participant) {
        const current = await ctx.store.participantByDid(write.participant.did)
        // a DID is one participant: the row it was onboarded as keeps its subject id and status
        if (current && current.id !== write.participant.id) continue
        write.participant.status = current?.status ?? write.participant.status
        const { did, registrationNumbers } = write.participant
        write.participant.registrationNumbers = await reindexedNumbers(
          ctx,
          current,
          did,
          registrationNumbers,
        )
      }
      writes.push(write)
    }
    await ctx.store.writeIndex(writes)
    summary.credentials += rows.length
    summary.participants += writes.filter((w) => w.participant).length
    summary.resources += writes.filter((w) => w.resource).length
    const last = rows.at(-1)!
    cursor = [last.receivedAt, last.hash]
  }
  // participants are written: each offering's eligible level reads its provider as held now
  for (const [write, links, expanded] of deferred) {
    const offering = write.offering!
    const hosted = await locationsOfResources(ctx.store, new Map(), links)
    offering.locations = mergeLocations(offering.locations, hosted)
    const provider = await ctx.store.participantById(offering.providerId)
    write.offering = { ...offering, ...searchFields(offering, subjectOf(expanded), provider) }
  }
  await ctx.store.writeIndex(deferred.map(([write]) => write))
  summary.offerings = deferred.length
  await conceptsOfTheRest(ctx)
  await attestAgain(ctx, attestations)
  await ctx.store.rebuildSearchIndex()
  return summary
}

// Offerings whose credential is no longer active are not written again above, yet a search for
// their status finds them by their text: their concepts come from their rows (search-terms.ts),
// as a vocabulary change or migration 0013 leaves them.
async function conceptsOfTheRest(ctx: Pick<AppContext, 'store'>): Promise<void> {
  for (const status of ['deprecated', 'revoked', 'expired']) {
    let cursor: string | undefined
    do {
      const page = await ctx.store.listOfferings({ status, limit: PAGE, cursor })
      const writes = page.items.flatMap(({ pk: _pk, ...row }) => {
        const concepts = offeringConcepts(row)
        return JSON.stringify(concepts) === JSON.stringify(row.concepts)
          ? []
          : [{ offering: { ...row, concepts } }]
      })
      await ctx.store.writeIndex(writes)
      cursor = page.next ?? undefined
    } while (cursor)
  }
}

type Attestation = { row: CredentialRow; expanded: ExpandedNode; extracted: ExtractedCredential }

// Offerings were rewritten from their own credentials, which carry no label: the label and
// compliance credentials held say which level is attested, checked as when they were submitted.
async function attestAgain(
  ctx: Pick<AppContext, 'store' | 'config'>,
  attestations: Attestation[],
): Promise<void> {
  if (attestations.length === 0) return
  const located = attestations.map(({ row, expanded, extracted }) => {
    const credential = {
      pointer: '',
      document: claimsOf(row),
      expanded,
      extracted,
      nodePointers: new Map<string, string>(),
    }
    return { credential, nodes: locateNodes(credential) }
  })
  const { attested } = await checkAttestations(located, {
    trustedIssuers: ctx.config.trustedCompliance,
    heldCredentials: heldCredentials(ctx.store),
  })
  await attestHeldOfferings(ctx.store, [...attested])
}
