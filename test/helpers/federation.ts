// What an operator and a reader do with real nodes over HTTP (test/helpers/node-process.ts):
// register and sync peers, file a DID document, revoke; read a node's whole change feed, an
// offering's status, a federation counter of /metrics.
import { expect } from 'vitest'

type Json = Record<string, any>

/** A peer as GET /api/v1/admin/peers shows it. */
export type PeerView = {
  id: string
  url: string
  did: string | null
  kind: 'node' | 'ces'
  cursor: string | null
  lag: number | null
  accepted: number
  rejected: number
  unchanged: number
  lastError: string | null
  nextAttemptAt: string | null
}

/** What POST /api/v1/admin/peers/{id}/sync answers. */
export type SyncSummary = {
  accepted: number
  rejected: number
  unchanged: number
  cursor: string | null
  lag: number | null
  error: string | null
}

/** An event of a node's change feed. */
export type FeedEntry = {
  seq: number
  kind: 'put' | 'revoke' | 'expire'
  hash: string
  subjectId: string | null
  types: string[]
  origin: string
  credential?: Json
  revocation?: Json
}

/** The operator of the node at `url`, holding its admin token. */
export function operatorOf(url: string, token: string) {
  const admin = (path: string, init: RequestInit = {}) =>
    fetch(`${url}${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${token}`, ...init.headers },
    })
  return {
    /** POST /api/v1/admin/peers as it answers, whatever the status. */
    async addPeer(body: Json): Promise<{ status: number; body: Json }> {
      const res = await admin('/api/v1/admin/peers', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      return { status: res.status, body: (await res.json()) as Json }
    },

    /** Registers a peer that must be new here. */
    async registerPeer(body: Json): Promise<PeerView> {
      const { status, body: answer } = await this.addPeer(body)
      expect({ status, answer }).toMatchObject({ status: 201 })
      return answer.peer as PeerView
    },

    /** One sync of the peer now, to the end of its feed. */
    async sync(id: string): Promise<SyncSummary> {
      const res = await admin(`/api/v1/admin/peers/${id}/sync`, { method: 'POST' })
      expect(res.status).toBe(200)
      return (await res.json()) as SyncSummary
    },

    async peers(): Promise<PeerView[]> {
      const res = await admin('/api/v1/admin/peers')
      expect(res.status).toBe(200)
      return ((await res.json()) as { peers: PeerView[] }).peers
    },

    async peer(id: string): Promise<PeerView> {
      const found = (await this.peers()).find((p) => p.id === id)
      if (!found) throw new Error(`no peer ${id} at ${url}`)
      return found
    },

    /** Files `source`'s did:web document here, as an operator who trusts that node does. */
    async fileDidDocumentOf(source: string): Promise<string> {
      const document = (await (await fetch(`${source}/.well-known/did.json`)).json()) as Json
      const res = await admin(`/api/v1/admin/did-documents/${encodeURIComponent(document.id)}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(document),
      })
      expect(res.status).toBe(200)
      return document.id as string
    },

    /** The operator's revocation of an offering (the admin token, no presentation). */
    async revoke(id: string): Promise<number> {
      const res = await admin(`/api/v1/offerings/${encodeURIComponent(id)}/revoke`, {
        method: 'POST',
      })
      await res.body?.cancel()
      return res.status
    },
  }
}

export type Operator = ReturnType<typeof operatorOf>

/** The node's whole change feed, page after page from `after=0`. */
export async function feedOf(url: string): Promise<FeedEntry[]> {
  const events: FeedEntry[] = []
  for (let after = '0'; ;) {
    const res = await fetch(`${url}/api/v1/federation/events?after=${after}&limit=100`)
    expect(res.status).toBe(200)
    const page = (await res.json()) as { events: FeedEntry[]; next: string }
    if (page.events.length === 0) return events
    events.push(...page.events)
    after = page.next
  }
}

/** The hashes of every credential the node stores (its `put` events), sorted. */
export async function storedHashes(url: string): Promise<string[]> {
  return (await feedOf(url))
    .filter((e) => e.kind === 'put')
    .map((e) => e.hash)
    .sort()
}

/**
 * What is wrong with a node's event log: `seq` not strictly increasing, or a credential stored or
 * revoked twice. Empty when sound.
 */
export function feedFaults(events: FeedEntry[]): string[] {
  const faults: string[] = []
  const seen = new Set<string>()
  events.forEach((event, i) => {
    if (i > 0 && event.seq <= events[i - 1]!.seq) faults.push(`seq ${event.seq} out of order`)
    const key = `${event.kind} ${event.hash}`
    if (event.kind !== 'expire' && seen.has(key)) faults.push(`two events ${key}`)
    seen.add(key)
  })
  return faults
}

/** The offering's status at the node, or its HTTP status when it has none. */
export async function offeringStatus(url: string, id: string): Promise<string | number> {
  const res = await fetch(`${url}/api/v1/offerings/${encodeURIComponent(id)}`)
  if (res.status !== 200) {
    await res.body?.cancel()
    return res.status
  }
  return ((await res.json()) as Json).offering.status as string
}

/** The offering as the node serves it: its summary and the credential it is indexed from. */
export async function offeringOf(url: string, id: string): Promise<Json> {
  const res = await fetch(`${url}/api/v1/offerings/${encodeURIComponent(id)}`)
  expect(res.status).toBe(200)
  return (await res.json()) as Json
}

/** Whether the node stores a credential of this hash. */
export async function holdsCredential(url: string, hash: string): Promise<boolean> {
  const res = await fetch(`${url}/api/v1/credentials/${hash}`)
  await res.body?.cancel()
  return res.status === 200
}

/** `gxc_federation_credentials_total{peer, result}` at the node's /metrics; 0 when absent. */
export async function federationCount(
  url: string,
  peer: string,
  result: 'accepted' | 'rejected' | 'unchanged',
): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text()
  const line = text
    .split('\n')
    .find(
      (l) =>
        l.startsWith('gxc_federation_credentials_total{') &&
        l.includes(`peer="${peer}"`) &&
        l.includes(`result="${result}"`),
    )
  return line === undefined ? 0 : Number(line.split(' ').at(-1))
}

/** Polls `check` every 25 ms until it holds, or fails after `timeoutMs`. */
export async function until(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}
