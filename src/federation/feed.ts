// What other catalogues read of this one: every change, in order, from the append-only event
// log, with the credential (or the issuer's signed revocation) inline, so a peer re-verifies
// everything itself and trusts nothing this node says about it.
import type { AppContext } from '../context.js'
import { VC_V2_CONTEXT } from '../credentials/contexts.js'
import { credentialJson } from '../model/claims.js'
import type { FeedEvent } from '../store/federation-store.js'
import { CES_CREDENTIAL, CES_EXPIRY, CES_REVOCATION } from './ces.js'

export type FeedEntry = {
  seq: number
  kind: FeedEvent['kind']
  credentialId: string | null
  hash: string
  subjectId: string | null
  types: string[]
  origin: string
  at: string
  /** On `put`: the credential as signed (a VC-JWT as its EnvelopedVerifiableCredential). */
  credential?: Record<string, unknown>
  /** On `revoke`, when the issuer signed it: the presentation by which it revoked. */
  revocation?: Record<string, unknown>
}

export type FeedPage = {
  events: FeedEntry[]
  /** The `after` of the next page: the last `seq` returned, or the `after` given when none was. */
  next: string
  /** The last `seq` of the feed now, so a follower knows how far behind it is. */
  latest: number
}

/**
 * One page of the change feed after `after` (exclusive), oldest first. `seq` only grows, and a
 * page holds every event of its range, so reading page after page from `next` misses nothing and
 * sees nothing twice, whatever is written meanwhile; an empty page means up to date.
 *
 * @example
 * const { events, next } = await changeFeed(ctx, { after: 0, limit: 100 })
 */
export async function changeFeed(
  ctx: Pick<AppContext, 'store'>,
  query: { after: number; limit: number; type?: string },
): Promise<FeedPage> {
  const [rows, latest] = await Promise.all([
    ctx.store.feed(query.after, query.limit, query.type),
    ctx.store.latestSeq(),
  ])
  return {
    events: rows.map(feedEntry),
    next: String(rows.at(-1)?.seq ?? query.after),
    latest,
  }
}

function feedEntry(row: FeedEvent): FeedEntry {
  const entry: FeedEntry = {
    seq: row.seq,
    kind: row.kind,
    credentialId: row.credentialId,
    hash: row.hash,
    subjectId: row.subjectId,
    types: row.types,
    origin: row.origin,
    at: new Date(row.at).toISOString(),
  }
  if (row.document !== null && row.format !== null) {
    entry.credential = credentialJson({ document: row.document, format: row.format })
  }
  if (row.revocation !== null) entry.revocation = presentationJson(row.revocation)
  return entry
}

/**
 * A stored presentation as a JSON value: a JSON-LD presentation itself, a compact VP-JWT as the
 * EnvelopedVerifiablePresentation that carries it (VC 2.0 §4.13).
 *
 * @example
 * presentationJson('eyJhbGciOi…') // { type: 'EnvelopedVerifiablePresentation', id: 'data:application/vp+jwt,eyJ…' }
 */
export function presentationJson(stored: string): Record<string, unknown> {
  if (stored.startsWith('{')) return JSON.parse(stored) as Record<string, unknown>
  return {
    '@context': VC_V2_CONTEXT,
    id: `data:application/vp+jwt,${stored}`,
    type: 'EnvelopedVerifiablePresentation',
  }
}

/** A Gaia-X Credential Event Service event: CloudEvents 1.0 with the credential as `data`. */
export type CloudEvent = {
  specversion: '1.0'
  id: string
  source: string
  type: string
  subject: string | null
  time: string
  datacontenttype: 'application/json'
  /** Extension attribute: the credential hash (API.md) of `data`, `sha256-<hex>`. */
  integrity: string
  data: Record<string, unknown> | null
}

/**
 * The change feed as a Gaia-X Credential Event Service serves it: CloudEvents 1.0 after the event
 * `lastReceivedID` (exclusive; from the start without it), `size` a page, `page` counted from 0.
 * A stored credential is an `eu.gaia-x.credential` event whose `data` is the credential as signed,
 * with its hash as the `integrity` extension so a consumer checks what it received; a revocation
 * carries the issuer's signed revocation, an expiry no data.
 *
 * @example
 * await credentialEvents(ctx, { lastReceivedID: '41', page: 0, size: 20 })
 */
export async function credentialEvents(
  ctx: Pick<AppContext, 'store' | 'config'>,
  query: { lastReceivedID?: number; page: number; size: number },
): Promise<CloudEvent[]> {
  const after = query.lastReceivedID ?? 0
  const rows = await ctx.store.feed(after, query.size, undefined, query.page * query.size)
  return rows.map((row) => ({
    specversion: '1.0',
    id: String(row.seq),
    source: ctx.config.publicUrl,
    type: CES_TYPES[row.kind],
    subject: row.subjectId,
    time: new Date(row.at).toISOString(),
    datacontenttype: 'application/json',
    integrity: row.hash,
    data:
      row.document !== null && row.format !== null
        ? credentialJson({ document: row.document, format: row.format })
        : row.revocation !== null
          ? presentationJson(row.revocation)
          : null,
  }))
}

const CES_TYPES: Record<FeedEvent['kind'], string> = {
  put: CES_CREDENTIAL,
  revoke: CES_REVOCATION,
  expire: CES_EXPIRY,
}
