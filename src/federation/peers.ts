// The peers the operator registers: the only catalogues this node ever connects to on its own.
import type { AppContext } from '../context.js'
import canonicalize from 'canonicalize'
import { didWebFromUrl } from '../credentials/did/did.js'
import { checkDidDocument } from '../credentials/did/did-documents.js'
import { AppError, BadRequestError, type Finding } from '../errors.js'
import type { PeerRow } from '../store/federation-store.js'
import type { PeerKind } from '../store/schema.js'
import type { PeerClient } from './peer-client.js'

export type PeersContext = Pick<AppContext, 'store' | 'clock' | 'config'> & {
  peerClient: PeerClient
}

export type PeerRequest = { url: string; did?: string; kind?: PeerKind; mirror?: boolean }

/** What the operator API answers for a peer. */
export type PeerView = {
  id: string
  url: string
  did: string | null
  kind: PeerKind
  mirror: boolean
  cursor: string | null
  lastSyncAt: string | null
  lag: number | null
  accepted: number
  rejected: number
  unchanged: number
  lastError: string | null
  nextAttemptAt: string | null
}

/**
 * Registers a peer. A node is read first: its description (`/.well-known/gaia-x-catalogue`) and
 * its DID document (`/.well-known/did.json`) must name the same DID, and that DID must be the one
 * the operator gave or, if none, the did:web of the peer's URL. The node then holds that DID
 * document, as the operator's word, so the peer's own credentials (its did:web signs them) verify
 * here; a different document already held for that DID is never replaced this way. A CES is probed once. The same URL again
 * gives the peer already registered.
 *
 * @example
 * const { peer, created } = await registerPeer(ctx, { url: 'https://catalogue.example.eu' })
 */
export async function registerPeer(
  ctx: PeersContext,
  request: PeerRequest,
): Promise<{ peer: PeerRow; created: boolean }> {
  const url = peerUrl(request.url, ctx.config.publicUrl)
  const held = await ctx.store.peerByUrl(url)
  if (held) return { peer: held, created: false }
  const kind = request.kind ?? 'node'
  const did = kind === 'node' ? await readNodeDid(ctx, url, request.did) : (request.did ?? null)
  if (kind === 'ces') await probe(ctx.peerClient, `${url}/credentials-events?page=0&size=1`)
  const peer = await ctx.store.addPeer({
    id: crypto.randomUUID(),
    url,
    did,
    kind,
    mirror: request.mirror ?? true,
    at: ctx.clock().getTime(),
  })
  return { peer, created: true }
}

async function readNodeDid(ctx: PeersContext, url: string, expected: string | undefined) {
  const description = await probe(ctx.peerClient, `${url}/.well-known/gaia-x-catalogue`)
  const document = await probe(ctx.peerClient, `${url}/.well-known/did.json`)
  const did = isObject(description) ? description.did : undefined
  const findings: Finding[] = []
  if (typeof did !== 'string' || !isObject(document) || document.id !== did) {
    findings.push(
      problem('peer-did-inconsistent', '/url', {
        en: `The node at ${url} does not name one DID: its description and its DID document disagree.`,
        fr: `Le nœud ${url} ne désigne pas un DID unique : sa description et son document DID divergent.`,
      }),
    )
  } else if (expected !== undefined && expected !== did) {
    findings.push(
      problem('peer-did-mismatch', '/did', {
        en: `The node at ${url} is ${did}, not ${expected}.`,
        fr: `Le nœud ${url} est ${did}, et non ${expected}.`,
      }),
    )
  } else if (expected === undefined && did.startsWith('did:web:') && did !== didWebFromUrl(url)) {
    // anyone can serve a description naming another node's did:web: only the operator's word,
    // or the URL that did:web resolves to, ties that DID to this address
    findings.push(
      problem('peer-did-mismatch', '/url', {
        en: `The node at ${url} names ${did}, which is not the did:web of that URL (${didWebFromUrl(url)}). If it is served under another name, give its DID in "did".`,
        fr: `Le nœud ${url} se dit ${did}, qui n’est pas le did:web de cette URL (${didWebFromUrl(url)}). S’il est servi sous un autre nom, indiquez son DID dans « did ».`,
      }),
    )
  }
  if (findings.length > 0)
    throw new AppError('credential-rejected', 'This peer is refused.', findings)
  const checked = (did as string).startsWith('did:web:')
    ? checkDidDocument(did as string, document as Record<string, unknown>)
    : []
  if (checked.length > 0) {
    throw new AppError('credential-rejected', 'The peer’s DID document cannot be held.', checked)
  }
  if ((did as string).startsWith('did:web:')) {
    const held = await ctx.store.getDidDocument(did as string)
    if (held !== undefined && canonicalize(held) !== canonicalize(document)) {
      // a key rotation is the operator's to file, not a peer's to announce
      throw new AppError('conflict', 'This node already holds another DID document for that DID.', [
        problem('peer-did-document-held', '/url', {
          en: `This node already holds a different DID document for ${did}. If that node rotated its keys, file its new document through PUT /api/v1/admin/did-documents/{did} first.`,
          fr: `Ce nœud détient déjà un autre document DID pour ${did}. Si ce nœud a changé de clés, déposez d’abord son nouveau document par PUT /api/v1/admin/did-documents/{did}.`,
        }),
      ])
    }
    await ctx.store.putDidDocument(
      did as string,
      document as Record<string, unknown>,
      ctx.clock().getTime(),
    )
  }
  return did as string
}

async function probe(get: PeerClient, url: string): Promise<unknown> {
  const answer = await get(url)
  if (!answer.ok) throw new AppError('peer-unavailable', `${url}: ${answer.reason}.`)
  return answer.value
}

/** A peer's base URL: http(s), no credentials, query or fragment, no trailing slash; not this node. */
function peerUrl(raw: string, self: string): string {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    url = new URL('invalid:')
  }
  const base = `${url.origin}${url.pathname}`.replace(/\/+$/, '')
  const valid =
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    !url.username &&
    !url.password &&
    !url.search &&
    !url.hash
  if (!valid || base === self) {
    throw new BadRequestError('A peer is another node’s base URL.', [
      problem('peer-url-invalid', '/url', {
        en: 'A peer is the http(s) base URL of another catalogue node or CES, without credentials, query or fragment.',
        fr: 'Un pair est l’URL de base http(s) d’un autre nœud de catalogue ou CES, sans identifiants, requête ni fragment.',
      }),
    ])
  }
  return base
}

/** A peer row as the operator API shows it. */
export function peerView(row: PeerRow): PeerView {
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString())
  return {
    id: row.id,
    url: row.url,
    did: row.did,
    kind: row.kind,
    mirror: row.mirror,
    cursor: row.cursor,
    lastSyncAt: iso(row.lastSyncAt),
    lag: row.lag,
    accepted: row.accepted,
    rejected: row.rejected,
    unchanged: row.unchanged,
    lastError: row.lastError,
    nextAttemptAt: iso(row.nextAttemptAt),
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function problem(code: string, path: string, message: Finding['message']): Finding {
  return { code, path, message, severity: 'violation' }
}
