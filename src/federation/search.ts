// Search across the federation: this node's catalogue (its own offerings and everything it mirrors,
// all verified here) plus, within a deadline, the live answers of the peers it does not mirror.
import type { AppContext } from '../context.js'
import {
  FACET_NAMES,
  searchOfferings,
  type SearchQuery,
  type SearchResult,
} from '../catalogue/search.js'
import type { OfferingSummary } from '../catalogue/views.js'
import type { PeerRow } from '../store/federation-store.js'
import { createPeerClient } from './peer-client.js'

export type PeerSearchStatus = {
  did: string | null
  url: string
  status: 'ok' | 'timeout' | 'error'
  items: number
}

export type FederatedSearchResult = SearchResult & { peers: PeerSearchStatus[] }

type SearchContext = Pick<AppContext, 'store' | 'config' | 'fetchPeer'>

/**
 * `searchOfferings` on this node, merged with the first page each live peer (a node registered
 * with `mirror: false`) answers to the same query within the deadline, asked in parallel with
 * `scope=local` so no answer fans out further. Entries are deduplicated by credential hash, this
 * node's first; a peer's entries carry its DID as `origin`: they are its word, not verified here
 * (mirrored entries are). Facets, totals and the cursor are this node's.
 *
 * @example
 * const result = await federatedSearch(ctx, { q: 'stockage', limit: 20 })
 * result.peers // [{ did: 'did:web:catalogue.example.de', status: 'ok', items: 7 }]
 */
export async function federatedSearch(
  ctx: SearchContext,
  query: SearchQuery,
): Promise<FederatedSearchResult> {
  const live = (await ctx.store.listPeers()).filter((p) => p.kind === 'node' && !p.mirror)
  const ask = createPeerClient(
    { timeoutMs: ctx.config.federation.searchDeadlineMs, maxBytes: ctx.config.federation.maxBytes },
    ctx.fetchPeer,
  )
  const [local, ...answers] = await Promise.all([
    searchOfferings(ctx.store, query),
    ...live.map((peer) => askPeer(ask, peer, query)),
  ])
  const seen = new Set(local.items.map((item) => item.hash))
  const items = [...local.items]
  const peers: PeerSearchStatus[] = []
  for (const [i, answer] of answers.entries()) {
    const peer = live[i]!
    const fresh = answer.items.filter((item) => !seen.has(item.hash) && seen.add(item.hash))
    items.push(...fresh.map((item) => ({ ...item, origin: peer.did ?? peer.url })))
    peers.push({ did: peer.did, url: peer.url, status: answer.status, items: fresh.length })
  }
  return {
    ...local,
    items,
    total: local.total + (items.length - local.items.length),
    totalExact: local.totalExact && items.length === local.items.length,
    peers,
  }
}

async function askPeer(
  ask: ReturnType<typeof createPeerClient>,
  peer: PeerRow,
  query: SearchQuery,
): Promise<{ status: PeerSearchStatus['status']; items: OfferingSummary[] }> {
  const answer = await ask(`${peer.url}/api/v1/offerings?${queryString(query)}`)
  if (!answer.ok) return { status: answer.timedOut ? 'timeout' : 'error', items: [] }
  const value = answer.value as { items?: unknown }
  if (typeof value !== 'object' || value === null || !Array.isArray(value.items)) {
    return { status: 'error', items: [] }
  }
  return { status: 'ok', items: value.items.filter(isSummary).slice(0, query.limit) }
}

/** The query as a peer takes it, local to that peer; its own cursor would mean nothing there. */
function queryString(query: SearchQuery): string {
  const params = new URLSearchParams({ scope: 'local', limit: String(query.limit) })
  if (query.q) params.set('q', query.q)
  if (query.sort) params.set('sort', query.sort)
  for (const name of [...FACET_NAMES, 'keyword', 'status'] as const) {
    for (const value of query[name] ?? []) params.append(name, value)
  }
  // facets are counted here only: a peer need not count any
  params.set('facets', '')
  return params.toString()
}

// the fields a merged list relies on; anything else a peer sends is passed on as it is
function isSummary(value: unknown): value is OfferingSummary {
  if (typeof value !== 'object' || value === null) return false
  const item = value as Record<string, unknown>
  return (
    typeof item.id === 'string' &&
    typeof item.hash === 'string' &&
    typeof item.name === 'string' &&
    typeof item.provider === 'object' &&
    item.provider !== null
  )
}
