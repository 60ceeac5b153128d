// A peer that lies: a node:http server on 127.0.0.1 in the test process that answers the two
// well-known documents a follower reads when its operator registers it, and serves as its change
// feed whatever the test scripts (another node's feed altered, forged events, no answer, a flood).
// It holds a did:web of its own address and signs with it, or claims another node's did:web.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { credentialHash } from '../../src/credentials/hash.js'
import { didWebSigner, enveloped, payloadOf, withPayload, type JwtSigner } from './vc-jwt.js'

type Json = Record<string, any>

/** One page of a node's change feed, as GET /api/v1/federation/events answers it. */
export type FeedPage = { events: Json[]; next: string; latest: number }

/** What the peer does with GET /api/v1/federation/events?after=&limit=. */
export type FeedHandler = (
  query: { after: number; limit: number },
  res: ServerResponse,
  req: IncomingMessage,
) => void | Promise<void>

export type HostilePeer = {
  url: string
  /** The DID it names in its description and DID document. */
  did: string
  /** Its key, listed in the DID document it serves (under `did`). */
  signer: JwtSigner
  /** Swapped freely by the test; an empty feed at first. */
  feed: FeedHandler
  close(): Promise<void>
}

/**
 * Starts a hostile peer. `claimDid` makes it name another DID than the did:web of its own address
 * (an impostor), with its own key in the document it serves for it.
 */
export async function startHostilePeer(
  options: { name?: string; claimDid?: string } = {},
): Promise<HostilePeer> {
  let handle: (req: IncomingMessage, res: ServerResponse) => Promise<void> = async () => {}
  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const url = `http://127.0.0.1:${port}`
  const host = options.claimDid?.replace(/^did:web:/, '') ?? `127.0.0.1%3A${port}`
  const { signer, document } = await didWebSigner('EdDSA', host)
  const peer: HostilePeer = {
    url,
    did: signer.did,
    signer,
    feed: (_query, res) => sendJson(res, { events: [], next: '0', latest: 0 }),
    close: () => closeServer(server),
  }
  handle = async (req, res) => {
    const at = new URL(req.url ?? '/', url)
    if (at.pathname === '/.well-known/gaia-x-catalogue') {
      return sendJson(res, { did: peer.did, name: options.name ?? 'hostile', publicUrl: url })
    }
    if (at.pathname === '/.well-known/did.json') return sendJson(res, document)
    if (at.pathname === '/api/v1/federation/events') {
      const after = Number(at.searchParams.get('after') ?? '0')
      const limit = Number(at.searchParams.get('limit') ?? '20')
      return peer.feed({ after, limit }, res, req)
    }
    res.writeHead(404).end()
  }
  return peer
}

export function sendJson(res: ServerResponse, value: unknown): void {
  const body = JSON.stringify(value)
  res.writeHead(200, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(body),
  })
  res.end(body)
}

/** A feed of these events (each with its `seq`), paged as a node pages its own. */
export function scriptedFeed(events: Json[]): FeedHandler {
  return ({ after, limit }, res) => {
    const page = events.filter((e) => e.seq > after).slice(0, limit)
    const latest = events.at(-1)?.seq ?? 0
    sendJson(res, { events: page, next: String(page.at(-1)?.seq ?? after), latest })
  }
}

/** Another node's feed, each page passed through `alter` on its way. */
export function proxiedFeed(
  upstream: string,
  alter: (page: FeedPage) => FeedPage | Promise<FeedPage>,
): FeedHandler {
  return async ({ after, limit }, res) => {
    const answer = await fetch(`${upstream}/api/v1/federation/events?after=${after}&limit=${limit}`)
    sendJson(res, await alter((await answer.json()) as FeedPage))
  }
}

/** Never answers: the connection stays open until the follower gives up. `cut` counts those. */
export function hangingFeed(): { feed: FeedHandler; asked: Promise<void>; cut: () => number } {
  let cut = 0
  let asked!: () => void
  const requested = new Promise<void>((resolve) => (asked = resolve))
  return {
    feed: (_query, res) => {
      asked()
      res.on('close', () => cut++)
    },
    asked: requested,
    cut: () => cut,
  }
}

/** Answers headers, then one byte now and then, forever. */
export function drippingFeed(): { feed: FeedHandler; cut: () => number } {
  let cut = 0
  return {
    feed: (_query, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.write('{"events":[')
      const timer = setInterval(() => res.write(' '), 100)
      res.on('close', () => {
        clearInterval(timer)
        cut++
      })
    },
    cut: () => cut,
  }
}

/**
 * Sends `bytes` of one endless JSON string, chunked (no Content-Length to refuse it by), as fast as
 * the follower reads. `written` tells how far it got before the follower hung up.
 */
export function floodingFeed(bytes: number): {
  feed: FeedHandler
  started: Promise<void>
  stats: () => { written: number; cut: boolean }
} {
  let written = 0
  let cut = false
  let start!: () => void
  const started = new Promise<void>((resolve) => (start = resolve))
  const chunk = Buffer.alloc(64 * 1024, 'x')
  return {
    feed: async (_query, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.on('close', () => (cut = !res.writableFinished))
      res.write('{"events":[{"seq":1,"kind":"put","credential":"')
      start()
      while (written < bytes && !res.destroyed) {
        written += chunk.length
        if (!res.write(chunk)) {
          await new Promise<void>((resolve) => {
            const done = () => {
              res.off('drain', done)
              res.off('close', done)
              resolve()
            }
            res.on('drain', done)
            res.on('close', done)
          })
        }
      }
      if (!res.destroyed) res.end('"}]}')
    },
    started,
    stats: () => ({ written, cut }),
  }
}

/**
 * An enveloped VC-JWT with one claim of its subject changed and its signature kept: what a peer
 * that alters a credential in transit serves.
 */
export function tamperedEnvelope(credential: Json, claims: Json): Json {
  const jwt = String(credential.id).replace(/^data:application\/vc\+jwt,/, '')
  const payload = payloadOf(jwt)
  payload.credentialSubject = { ...payload.credentialSubject, ...claims }
  return enveloped(withPayload(jwt, payload))
}

/** The hash API.md gives a credential: of the compact JWT for an envelope, else of its JCS form. */
export function hashOf(credential: Json): Promise<string> {
  const id = typeof credential.id === 'string' ? credential.id : ''
  return credentialHash(
    credential.type === 'EnvelopedVerifiableCredential'
      ? id.replace(/^data:application\/vc\+jwt,/, '')
      : credential,
  )
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections()
  return new Promise((resolve) => server.close(() => resolve()))
}

/** A VP-JWT as a feed carries a revocation: its EnvelopedVerifiablePresentation. */
export function envelopedPresentation(vp: string): Json {
  return {
    '@context': 'https://www.w3.org/ns/credentials/v2',
    id: `data:application/vp+jwt,${vp}`,
    type: 'EnvelopedVerifiablePresentation',
  }
}
