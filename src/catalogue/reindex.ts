import type { AppContext } from '../context.js'
import type { CredentialWrite } from '../store/store.js'
import { expandedClaimsOf } from './claims.js'
import { extractCredential } from './extract.js'
import { locationsOfResources, mergeLocations, toWrite } from './ingest.js'

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
  ctx: Pick<AppContext, 'store' | 'loader'>,
): Promise<ReindexSummary> {
  const summary: ReindexSummary = { credentials: 0, participants: 0, offerings: 0, resources: 0 }
  const deferred: [CredentialWrite, string[]][] = []
  let cursor: [number, string] = [-1, '']
  for (;;) {
    const rows = await ctx.store.credentialsAfter(cursor[0], cursor[1], PAGE)
    if (rows.length === 0) break
    const writes: CredentialWrite[] = []
    for (const row of rows) {
      if (row.status !== 'active') continue
      const extracted = extractCredential(await expandedClaimsOf(ctx, row))
      const write = toWrite(
        { extracted, hash: row.hash, proofType: row.proofType, format: row.format },
        {
          raw: row.document,
          origin: row.origin,
          at: row.receivedAt,
        },
      )
      if (write.offering) {
        deferred.push([write, extracted.offering?.resourceLinks ?? []])
        continue
      }
      if (write.participant) {
        const current = await ctx.store.getParticipant(write.participant.id)
        write.participant.status = current?.status ?? write.participant.status
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
  for (const [write, links] of deferred) {
    const hosted = await locationsOfResources(ctx.store, new Map(), links)
    write.offering!.locations = mergeLocations(write.offering!.locations, hosted)
  }
  await ctx.store.writeIndex(deferred.map(([write]) => write))
  summary.offerings = deferred.length
  await ctx.store.rebuildSearchIndex()
  return summary
}
