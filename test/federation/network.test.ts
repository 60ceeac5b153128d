// Federation between real nodes ("Federation", item 7, and the trust issue's peer sync door): each
// node is a child process (src/entry/node.ts) on 127.0.0.1 with its own data folder, and no timer
// pulls anything (GXC_SYNC_INTERVAL_MS=0): every sync is its operator's POST
// /api/v1/admin/peers/{id}/sync, so each step is deterministic. A is Bleu's node, seeded; B mirrors
// A and C mirrors B; D reads A's Credential Event Service; E follows A through a kill of A; F is the
// follower that hostile peers (test/helpers/hostile-peer.ts) talk to, with small bounds on what a
// peer may cost it. Speeds are reported, never asserted.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { didWebFromUrl } from '../../src/credentials/did/did.js'
import { REVOCATION_TYPE } from '../../src/credentials/presentation.js'
import { participantCredentials, partnerBase, partnerOffering } from '../helpers/credentials.js'
import {
  feedFaults,
  feedOf,
  federationCount,
  holdsCredential,
  offeringOf,
  offeringStatus,
  operatorOf,
  storedHashes,
  until,
  type Operator,
  type PeerView,
} from '../helpers/federation.js'
import {
  envelopedPresentation,
  floodingFeed,
  drippingFeed,
  hangingFeed,
  hashOf,
  proxiedFeed,
  scriptedFeed,
  startHostilePeer,
  tamperedEnvelope,
  type HostilePeer,
} from '../helpers/hostile-peer.js'
import {
  newHttpPartner,
  offeringIdOf,
  onboardOverHttp,
  presentOverHttp,
  signedOffering,
  type JwtSigner,
} from '../helpers/http-partner.js'
import { freePort, killAllNodes, startNode, type NodeProcess } from '../helpers/node-process.js'
import { enveloped, presentationPayload, signJwt, vcJwt, vpJwt } from '../helpers/vc-jwt.js'

const ADMIN_TOKEN = 'network-admin-token-3e9a7c1f5b2d4e6a8c0b1d3f5a7c'
// P's offerings, signed once up front: with Bleu's 60 credentials, three pages of feed, so a kill
// lands mid-sync
const OFFERINGS = 200
const PER_PRESENTATION = 50
// what a peer may cost F: small, so a hanging or flooding peer is cut off quickly
const PEER_TIMEOUT_MS = 3000
const PEER_MAX_BYTES = 1024 * 1024
const FLOOD_BYTES = 50 * 1024 * 1024

type Node = { process: NodeProcess; url: string; did: string; op: Operator; dataDir: string }
type Json = Record<string, any>

let root: string
let a: Node
let b: Node
let c: Node
let d: Node
let e: Node
let f: Node
let p: JwtSigner
const hostile: HostilePeer[] = []
const timings: Record<string, number> = {}

function env(extra: Record<string, string> = {}): Record<string, string> {
  return {
    GXC_ONBOARDING: 'open',
    GXC_ADMIN_TOKEN: ADMIN_TOKEN,
    GXC_SYNC_INTERVAL_MS: '0',
    GXC_LOG_LEVEL: 'silent',
    ...extra,
  }
}

async function start(name: string, extra: Record<string, string> = {}, port?: number) {
  const dataDir = mkdtempSync(join(root, `${name}-`))
  const child = await startNode({ dataDir, port, env: env(extra), readyTimeoutMs: 90_000 })
  return node(child, dataDir)
}

function node(child: NodeProcess, dataDir: string): Node {
  const did = didWebFromUrl(child.url)
  return { process: child, url: child.url, did, op: operatorOf(child.url, ADMIN_TOKEN), dataDir }
}

/** One of Bleu's own offerings at A, issued by A's did:web (seed/bleu-offerings.ts). */
function bleuOfferingId(slug: string): string {
  return `${a.url}/offerings/${slug}`
}

async function hostilePeer(options: Parameters<typeof startHostilePeer>[0] = {}) {
  const peer = await startHostilePeer(options)
  hostile.push(peer)
  return peer
}

/** The offering's current credential as the node serves it, as a revoking issuer holds it. */
async function servedCredential(url: string, id: string): Promise<Json> {
  const res = await fetch(`${url}/api/v1/offerings/${encodeURIComponent(id)}`, {
    headers: { Accept: 'application/ld+json' },
  })
  expect(res.status).toBe(200)
  return (await res.json()) as Json
}

/** `partner` revokes its offering at the node, with a presentation holding its credential. */
async function revokeAsIssuer(url: string, partner: JwtSigner, id: string): Promise<number> {
  const held = await servedCredential(url, id)
  const path = `/api/v1/offerings/${encodeURIComponent(id)}/revoke`
  return (await presentOverHttp(url, path, partner, [held], [REVOCATION_TYPE])).status
}

/** Submits `partner`'s signed credentials at the node, in presentations of 50. */
async function publish(url: string, partner: JwtSigner, credentials: object[]) {
  for (let i = 0; i < credentials.length; i += PER_PRESENTATION) {
    const batch = credentials.slice(i, i + PER_PRESENTATION)
    const res = await presentOverHttp(url, '/api/v1/submissions', partner, batch)
    expect(res.status).toBe(201)
  }
}

function sinceMs(t0: number): number {
  return Math.round(performance.now() - t0)
}

beforeAll(async () => {
  const t0 = performance.now()
  root = mkdtempSync(join(tmpdir(), 'gxc-network-'))
  const aPort = await freePort()
  // the nodes load (~4 s each of module loading) while this process signs
  const starting = Promise.all([
    start('a', { GXC_SEED: 'true' }, aPort),
    start('b'),
    start('c'),
    start('d'),
    start('e'),
    start('f', {
      GXC_PEER_TIMEOUT_MS: String(PEER_TIMEOUT_MS),
      GXC_PEER_MAX_BYTES: String(PEER_MAX_BYTES),
    }),
  ])
  p = await newHttpPartner()
  const offerings = await Promise.all(
    Array.from({ length: OFFERINGS }, (_, i) => signedOffering(p, `o${i}`)),
  )
  ;[a, b, c, d, e, f] = await starting
  timings.startMs = sinceMs(t0)
  expect((await onboardOverHttp(a.url, p)).status).toBe(201)
  await publish(a.url, p, offerings)
  timings.readyMs = sinceMs(t0)
}, 180_000)

afterAll(async () => {
  console.info('network: timings (ms)', timings)
  killAllNodes()
  await Promise.all(hostile.map((peer) => peer.close()))
  if (root) rmSync(root, { recursive: true, force: true })
})

describe('A ← B ← C: a node mirrored through another', () => {
  let bFromA: PeerView
  let cFromB: PeerView
  let bleuOffering: string

  it('publishes at A and serves it at C through B, each participant before its offerings', async () => {
    bFromA = await b.op.registerPeer({ url: a.url })
    expect(bFromA).toMatchObject({ did: a.did, kind: 'node', cursor: null })
    cFromB = await c.op.registerPeer({ url: b.url })
    // C is not A's peer: its operator files A's did:web document, which signs Bleu's catalogue
    await c.op.fileDidDocumentOf(a.url)

    const t0 = performance.now()
    const atA = await storedHashes(a.url)
    expect(await b.op.sync(bFromA.id)).toMatchObject({
      accepted: atA.length,
      rejected: 0,
      error: null,
      lag: 0,
    })
    expect(await c.op.sync(cFromB.id)).toMatchObject({
      accepted: atA.length,
      rejected: 0,
      error: null,
    })
    timings.firstMirrorMs = sinceMs(t0)

    // a newcomer onboards at A and publishes after the first sync
    const p2 = await newHttpPartner()
    const late = await signedOffering(p2, 'late')
    expect((await onboardOverHttp(a.url, p2)).status).toBe(201)
    await publish(a.url, p2, [late])
    expect(await b.op.sync(bFromA.id)).toMatchObject({ accepted: 3, rejected: 0, error: null })
    expect(await c.op.sync(cFromB.id)).toMatchObject({ accepted: 3, rejected: 0, error: null })

    const seen = await offeringOf(c.url, offeringIdOf(p2, 'late'))
    expect(seen.offering).toMatchObject({ status: 'active', origin: b.did })
    // a VC-JWT is served as its envelope: the same compact JWT
    expect(seen.credential.id).toBe((late as Json).id)
    expect((await fetch(`${c.url}/api/v1/participants/${encodeURIComponent(p2.did)}`)).status).toBe(
      200,
    )
    const atC = await feedOf(c.url)
    for (const partner of [p, p2]) {
      const joined = atC.find((x) => x.kind === 'put' && x.subjectId === partner.did)!
      const offered = atC.filter((x) =>
        x.subjectId?.startsWith(`${partnerBase(partner.did)}/offerings/`),
      )
      expect(offered.length).toBeGreaterThan(0)
      expect(offered.every((x) => x.seq > joined.seq)).toBe(true)
    }
    expect(feedFaults(atC)).toEqual([])
    expect(await storedHashes(c.url)).toEqual(await storedHashes(a.url))
  })

  it('applies at C the issuer’s revocation made at A and the node’s own, not the operator’s revocation of a partner’s offering', async () => {
    const byIssuer = offeringIdOf(p, 'o0')
    const byOperator = offeringIdOf(p, 'o1')
    // one of Bleu's offerings a partner's offering depends on (seed/partners.ts)
    bleuOffering = bleuOfferingId('bleu-ai-services')
    expect(await revokeAsIssuer(a.url, p, byIssuer)).toBe(200)
    expect(await a.op.revoke(byOperator)).toBe(200)
    expect(await a.op.revoke(bleuOffering)).toBe(200)
    for (const id of [byIssuer, byOperator, bleuOffering]) {
      expect(await offeringStatus(a.url, id)).toBe('revoked')
    }

    // the operator's revocation of a partner's offering is A's business: B leaves it unchanged
    expect(await b.op.sync(bFromA.id)).toMatchObject({
      accepted: 2,
      unchanged: 1,
      rejected: 0,
      error: null,
    })
    expect(await c.op.sync(cFromB.id)).toMatchObject({ accepted: 2, rejected: 0, error: null })
    for (const follower of [b, c]) {
      expect(await offeringStatus(follower.url, byIssuer)).toBe('revoked')
      expect(await offeringStatus(follower.url, bleuOffering)).toBe('revoked')
      expect(await offeringStatus(follower.url, byOperator)).toBe('active')
    }
    // what C relays is the issuer's signed act, as C checked it
    const revoked = (await feedOf(c.url)).filter((x) => x.kind === 'revoke')
    expect(revoked.map((x) => x.revocation)).toEqual([expect.any(Object), expect.any(Object)])
  })
})

describe('F and peers that lie', () => {
  let fFromB: PeerView
  let forger: HostilePeer
  let fromForger: PeerView
  const forged: Json[] = []
  /** A challenge and domain of the forger's, as a presentation made for it carries them. */
  const bound = () => ({ challenge: crypto.randomUUID(), domain: forger.url })
  const revoking = () => ({ ...bound(), types: [REVOCATION_TYPE] })
  /** Appends events to the forger's feed, numbered on from the last. */
  const forge = (...events: Json[]) => {
    for (const event of events) forged.push({ seq: forged.length + 1, ...event })
  }

  beforeAll(async () => {
    fFromB = await f.op.registerPeer({ url: b.url })
    await f.op.fileDidDocumentOf(a.url)
    forger = await hostilePeer({ name: 'forger' })
    forger.feed = scriptedFeed(forged)
  })

  it('refuses and counts a credential a peer altered, and goes on pulling an honest peer', async () => {
    const tamperer = await hostilePeer({ name: 'tamperer' })
    const keptHash = offeringIdOf(p, 'o5') // claims altered, the feed's hash left as it was
    const newHash = offeringIdOf(p, 'o6') // claims altered and hashed again: the signature fails
    // one no other offering depends on, so that refusing it costs nothing else
    const bleu = bleuOfferingId('bleu-m365-apps')
    const tampered: string[] = []
    const alter = async (event: Json): Promise<Json> => {
      if (event.kind !== 'put' || !event.credential) return event
      const claims = { 'schema:name': 'Offre détournée' }
      if (event.subjectId === keptHash) {
        return { ...event, credential: tamperedEnvelope(event.credential, claims) }
      }
      if (event.subjectId === newHash) {
        const credential = tamperedEnvelope(event.credential, claims)
        tampered.push(await hashOf(credential))
        return { ...event, credential, hash: tampered.at(-1)! }
      }
      if (event.subjectId === bleu) {
        const subject = { ...event.credential.credentialSubject, ...claims }
        const credential = { ...event.credential, credentialSubject: subject }
        tampered.push(await hashOf(credential))
        return { ...event, credential, hash: tampered.at(-1)! }
      }
      return event
    }
    tamperer.feed = proxiedFeed(a.url, async (page) => ({
      ...page,
      events: await Promise.all(page.events.map(alter)),
    }))
    const fromTamperer = await f.op.registerPeer({ url: tamperer.url })

    const pulled = await f.op.sync(fromTamperer.id)
    expect(tampered).toHaveLength(2)
    for (const hash of tampered) expect(await holdsCredential(f.url, hash)).toBe(false)
    for (const id of [keptHash, newHash, bleu]) expect(await offeringStatus(f.url, id)).toBe(404)
    const rejected = {
      summary: pulled.rejected,
      peer: (await f.op.peer(fromTamperer.id)).rejected,
      metrics: await federationCount(f.url, tamperer.did, 'rejected'),
    }

    // the honest peer serves the genuine credentials, which F takes
    const honest = await f.op.sync(fFromB.id)
    expect(honest).toMatchObject({ rejected: 0, error: null })
    for (const id of [keptHash, newHash, bleu]) {
      const genuine = await servedCredential(a.url, id)
      expect((await offeringOf(f.url, id)).credential).toEqual(genuine)
    }
    expect(await federationCount(f.url, b.did, 'rejected')).toBe(0)
    expect(await storedHashes(f.url)).toEqual(await storedHashes(a.url))
    expect(feedFaults(await feedOf(f.url))).toEqual([])

    // the three altered credentials cost only themselves
    expect({ pulled, rejected }).toMatchObject({
      pulled: { error: null, lag: 0 },
      rejected: { summary: 3, peer: 3, metrics: 3 },
    })
    expect(honest.accepted).toBe(3)
  })

  it('does not apply a revocation a peer relays unsigned, or signed by anyone but the issuer', async () => {
    const target = offeringIdOf(p, 'o7')
    const held = await servedCredential(f.url, target)
    const hash = await hashOf(held)
    const other = await servedCredential(f.url, offeringIdOf(p, 'o8'))
    const revoke = (revocation?: Json) => ({ kind: 'revoke', hash, subjectId: target, revocation })
    forge(
      // the peer's own signature on the issuer's credential
      revoke(envelopedPresentation(await vpJwt(forger.signer, [held], revoking()))),
      // the issuer named as holder, the peer's key signing
      revoke(
        envelopedPresentation(
          await signJwt(
            forger.signer,
            {
              ...presentationPayload(p.did, [held], [REVOCATION_TYPE]),
              nonce: crypto.randomUUID(),
              aud: forger.url,
            },
            { typ: 'vp+jwt', cty: 'vp' },
          ),
        ),
      ),
      // the issuer's genuine revocation, of another of its credentials
      revoke(envelopedPresentation(await vpJwt(p, [other], revoking()))),
      // nothing: the peer's word alone
      revoke(),
    )
    fromForger = await f.op.registerPeer({ url: forger.url })
    expect(await f.op.sync(fromForger.id)).toMatchObject({
      accepted: 0,
      rejected: 3,
      unchanged: 1,
      error: null,
    })
    expect(await offeringStatus(f.url, target)).toBe('active')
    expect(await federationCount(f.url, forger.did, 'rejected')).toBe(3)
  })

  it('refuses an offering a peer relays in another participant’s name', async () => {
    const held = offeringIdOf(p, 'o9')
    const before = (await offeringOf(f.url, held)).offering.hash
    const inPsName = [
      // issued by the peer, provided by P
      partnerOffering(forger.did, 'posing', { subject: { 'gx:providedBy': { id: p.did } } }),
      // issued by the peer, describing P's offering
      partnerOffering(forger.did, 'captured', {
        subject: { id: held, 'gx:providedBy': { id: p.did } },
      }),
    ]
    const credentials = [
      ...(await Promise.all(inPsName.map(async (x) => enveloped(await vcJwt(forger.signer, x))))),
      // P named as issuer, the peer's key signing
      enveloped(await vcJwt(forger.signer, partnerOffering(p.did, 'o9'))),
    ]
    const hashes = await Promise.all(credentials.map(hashOf))
    forge(...credentials.map((credential, i) => ({ kind: 'put', hash: hashes[i], credential })))
    expect(await f.op.sync(fromForger.id)).toMatchObject({
      accepted: 0,
      rejected: 3,
      error: null,
    })
    for (const hash of hashes) expect(await holdsCredential(f.url, hash)).toBe(false)
    expect(await offeringStatus(f.url, `${partnerBase(forger.did)}/offerings/posing`)).toBe(404)
    expect((await offeringOf(f.url, held)).offering.hash).toBe(before)
  })

  /** Two versions of P's offering `slug`, the newer first, with their hashes. */
  async function versions(slug: string) {
    const version = (validFrom: string) =>
      signedOffering(p, slug, 'vc-jwt', { credential: { validFrom } })
    const newer = await version('2026-06-01T00:00:00Z')
    const older = await version('2026-02-01T00:00:00Z')
    return { newer, older, newerHash: await hashOf(newer), olderHash: await hashOf(older) }
  }

  it('keeps the newer version of a credential it holds when a peer relays an older one', async () => {
    const { newer, older, newerHash, olderHash } = await versions('versioned')
    forge({ kind: 'put', hash: newerHash, credential: newer })
    expect(await f.op.sync(fromForger.id)).toMatchObject({ accepted: 1, error: null })
    forge({ kind: 'put', hash: olderHash, credential: older })
    expect(await f.op.sync(fromForger.id)).toMatchObject({
      accepted: 0,
      unchanged: 1,
      rejected: 0,
      error: null,
    })
    const held = await offeringOf(f.url, offeringIdOf(p, 'versioned'))
    expect(held.offering).toMatchObject({ hash: newerHash, status: 'active' })
    expect(await holdsCredential(f.url, olderHash)).toBe(false)
  })

  it('keeps the newer version when a peer relays an older one right after it, in one page', async () => {
    const { newer, older, newerHash, olderHash } = await versions('versioned-together')
    forge(
      { kind: 'put', hash: newerHash, credential: newer },
      { kind: 'put', hash: olderHash, credential: older },
    )
    const pulled = await f.op.sync(fromForger.id)
    const held = await offeringOf(f.url, offeringIdOf(p, 'versioned-together'))
    expect(held.offering).toMatchObject({ hash: newerHash, status: 'active' })
    expect(await holdsCredential(f.url, olderHash)).toBe(false)
    expect(pulled).toMatchObject({ accepted: 1, unchanged: 1, rejected: 0, error: null })
  })

  it('does not take for a revocation a presentation the issuer signed to submit its offering', async () => {
    // what P sends any node it submits one offering to, that node's challenge and domain bound in:
    // the node that received it relays it as P revoking that offering
    const target = offeringIdOf(p, 'o10')
    const held = await servedCredential(f.url, target)
    const submission = await vpJwt(p, [held], bound())
    forge({
      kind: 'revoke',
      hash: await hashOf(held),
      subjectId: target,
      revocation: envelopedPresentation(submission),
    })
    const pulled = await f.op.sync(fromForger.id)
    expect(await offeringStatus(f.url, target)).toBe('active')
    expect(pulled).toMatchObject({ accepted: 0, error: null })
  })

  it('refuses a peer that names another node’s did:web, and never lets it sign as that node', async () => {
    const impostor = await hostilePeer({ name: 'impostor', claimDid: a.did })
    const target = bleuOfferingId('bleu-backup')
    const held = await servedCredential(f.url, target)
    impostor.feed = scriptedFeed([
      {
        seq: 1,
        kind: 'revoke',
        hash: await hashOf(held),
        subjectId: target,
        revocation: envelopedPresentation(await vpJwt(impostor.signer, [held], bound())),
      },
    ])
    const registered = await f.op.addPeer({ url: impostor.url })
    expect(registered.status).toBe(422)
    expect(JSON.stringify(registered.body)).toContain('peer-did-mismatch')
    expect(await offeringStatus(f.url, target)).toBe('active')
  })
})

describe('F and a batch that splits a participant from its registration number', () => {
  it('takes a participant whose registration number comes right after a batch ends, and its offering', async () => {
    // an honest feed, relayed as it is: 49 credentials F holds, then a newcomer's onboarding and
    // offering, its gx:LegalPerson the 50th put in a row (F ingests a run of puts in batches of
    // GXC_MAX_CREDENTIALS, 50), its gx:VatID the 51st: as any node's feed is, once in 50 onboardings
    const relay = await hostilePeer({ name: 'relay' })
    const newcomer = await newHttpPartner()
    const held = await Promise.all(
      Array.from({ length: 49 }, (_, i) => servedCredential(a.url, offeringIdOf(p, `o${100 + i}`))),
    )
    const onboarding = await Promise.all(
      participantCredentials(newcomer.did, partnerBase(newcomer.did)).map(async (x) =>
        enveloped(await vcJwt(newcomer, x)),
      ),
    )
    const credentials = [...held, ...onboarding, await signedOffering(newcomer, 'after-split')]
    relay.feed = scriptedFeed(
      await Promise.all(
        credentials.map(async (credential, i) => ({
          seq: i + 1,
          kind: 'put',
          hash: await hashOf(credential),
          credential,
        })),
      ),
    )
    const peer = await f.op.registerPeer({ url: relay.url })
    const pulled = await f.op.sync(peer.id)
    expect(await offeringStatus(f.url, offeringIdOf(newcomer, 'after-split'))).toBe('active')
    expect(pulled).toMatchObject({ accepted: 3, unchanged: 49, rejected: 0, error: null })
  })
})

describe('F and peers that hang or flood', () => {
  async function expectPutOff(id: string, error: string) {
    const peer = await f.op.peer(id)
    expect(peer.lastError).toBe(error)
    expect(Date.parse(peer.nextAttemptAt!)).toBeGreaterThan(Date.now())
  }
  async function expectResponsive() {
    expect((await fetch(`${f.url}/healthz`)).status).toBe(200)
    const search = await fetch(`${f.url}/api/v1/offerings?q=Offre&limit=1`)
    expect(search.status).toBe(200)
    await search.body?.cancel()
  }

  it('cuts off a peer that never answers after GXC_PEER_TIMEOUT_MS, answering meanwhile, and puts it off', async () => {
    const silent = await hostilePeer({ name: 'silent' })
    const hang = hangingFeed()
    silent.feed = hang.feed
    const peer = await f.op.registerPeer({ url: silent.url })
    const t0 = performance.now()
    const syncing = f.op.sync(peer.id)
    await hang.asked
    await expectResponsive()
    const summary = await syncing
    timings.hangCutMs = sinceMs(t0)
    expect(summary).toMatchObject({ accepted: 0, error: `no answer within ${PEER_TIMEOUT_MS} ms` })
    await until('the peer’s connection closed', async () => hang.cut() === 1)
    await expectPutOff(peer.id, summary.error!)
  })

  it('cuts off a peer that drips its answer after GXC_PEER_TIMEOUT_MS', async () => {
    const dripping = await hostilePeer({ name: 'dripping' })
    const drip = drippingFeed()
    dripping.feed = drip.feed
    const peer = await f.op.registerPeer({ url: dripping.url })
    const t0 = performance.now()
    const summary = await f.op.sync(peer.id)
    timings.dripCutMs = sinceMs(t0)
    expect(summary.error).toBe(`no answer within ${PEER_TIMEOUT_MS} ms`)
    await until('the peer’s connection closed', async () => drip.cut() === 1)
    await expectPutOff(peer.id, summary.error!)
  })

  it('cuts off a peer that sends 50 MB at GXC_PEER_MAX_BYTES, answering meanwhile, and puts it off', async () => {
    const flooding = await hostilePeer({ name: 'flooding' })
    const flood = floodingFeed(FLOOD_BYTES)
    flooding.feed = flood.feed
    const peer = await f.op.registerPeer({ url: flooding.url })
    const syncing = f.op.sync(peer.id)
    await flood.started
    await expectResponsive()
    const summary = await syncing
    expect(summary).toMatchObject({
      accepted: 0,
      error: `the answer exceeds ${PEER_MAX_BYTES} bytes`,
    })
    await until('the peer’s connection closed', async () => flood.stats().cut)
    // the follower hung up: the rest of the 50 MB was never sent
    expect(flood.stats().written).toBeLessThan(FLOOD_BYTES)
    timings.floodBytesSent = flood.stats().written
    await expectPutOff(peer.id, summary.error!)
  })
})

describe('E and a peer killed mid-sync', () => {
  it('resumes from its cursor once the peer is back, with nothing lost or doubled', async () => {
    const fromA = await e.op.registerPeer({ url: a.url })
    const atA = await feedOf(a.url)
    const last = atA.at(-1)!.seq
    const syncing = e.op.sync(fromA.id)
    // killed once E has stored a page and has more to pull
    await until('E stored a page of A', async () => Number((await e.op.peer(fromA.id)).cursor) > 0)
    await a.process.kill()
    const first = await syncing
    expect(first.error).not.toBeNull()
    const cursor = Number((await e.op.peer(fromA.id)).cursor)
    expect(cursor).toBeLessThan(last)
    timings.killedAtSeq = cursor

    // the cursor never runs ahead of what E stored
    const covered = atA.filter((x) => x.seq <= cursor)
    const heldByE = new Set(await storedHashes(e.url))
    expect(covered.filter((x) => x.kind === 'put' && !heldByE.has(x.hash))).toEqual([])
    expect(first.accepted + first.unchanged + first.rejected).toBe(covered.length)

    a = node(
      await startNode({ dataDir: a.dataDir, port: a.process.port, env: env({ GXC_SEED: 'true' }) }),
      a.dataDir,
    )
    const second = await e.op.sync(fromA.id)
    expect(second).toMatchObject({ rejected: 0, error: null, lag: 0, cursor: String(last) })
    // from the cursor on, each event once
    expect(second.accepted + second.unchanged).toBe(atA.length - covered.length)
    expect(first.rejected).toBe(0)
    const atE = await feedOf(e.url)
    expect(feedFaults(atE)).toEqual([])
    expect(await storedHashes(e.url)).toEqual(await storedHashes(a.url))
  })
})

describe('D and the CES feed', () => {
  it('mirrors A through its Credential Event Service, ending with A’s credentials', async () => {
    await d.op.fileDidDocumentOf(a.url)
    const fromA = await d.op.registerPeer({ url: a.url, kind: 'ces' })
    expect(fromA).toMatchObject({ kind: 'ces', did: null })
    const summary = await d.op.sync(fromA.id)
    expect(summary.error).toBeNull()
    expect(await storedHashes(d.url)).toEqual(await storedHashes(a.url))
    expect(feedFaults(await feedOf(d.url))).toEqual([])
    // the issuer's revocations apply, the operator's revocation of a partner's offering does not
    expect(await offeringStatus(d.url, offeringIdOf(p, 'o0'))).toBe('revoked')
    expect(await offeringStatus(d.url, offeringIdOf(p, 'o1'))).toBe('active')
    const revokedAtA = (await feedOf(a.url)).filter((x) => x.kind === 'revoke')
    const revokedAtD = (await feedOf(d.url)).filter((x) => x.kind === 'revoke')
    expect(revokedAtD.map((x) => x.hash)).toEqual(
      revokedAtA.filter((x) => x.revocation).map((x) => x.hash),
    )
    // an honest peer's unsigned revocation is its business: left unchanged, as from a node's feed
    expect(summary.rejected).toBe(0)
  })
})

describe('A → B → C → A: a cycle', () => {
  it('converges after a few rounds, every node holding the same credentials and none twice', async () => {
    // news at B and at C too, from partners onboarded there
    const r = await newHttpPartner()
    const q = await newHttpPartner()
    expect((await onboardOverHttp(b.url, r)).status).toBe(201)
    await publish(b.url, r, [await signedOffering(r, 'at-b-1'), await signedOffering(r, 'at-b-2')])
    expect((await onboardOverHttp(c.url, q)).status).toBe(201)
    await publish(c.url, q, [await signedOffering(q, 'at-c-1'), await signedOffering(q, 'at-c-2')])

    const [bFromA] = await b.op.peers()
    const [cFromB] = await c.op.peers()
    const aFromC = await a.op.registerPeer({ url: c.url })
    const ring: [Node, string][] = [
      [b, bFromA!.id],
      [c, cFromB!.id],
      [a, aFromC.id],
    ]
    const t0 = performance.now()
    const rounds: Json[][] = []
    for (let round = 0; round < 3; round++) {
      const summaries: Json[] = []
      for (const [follower, id] of ring) summaries.push(await follower.op.sync(id))
      rounds.push(summaries)
    }
    timings.ringMs = sinceMs(t0)
    for (const summaries of rounds) {
      for (const summary of summaries) expect(summary.error).toBeNull()
    }
    // the last round found nothing new anywhere
    expect(rounds.at(-1)!.map((s) => s.accepted)).toEqual([0, 0, 0])

    const held = await Promise.all([a, b, c].map((x) => storedHashes(x.url)))
    expect(held[1]).toEqual(held[0])
    expect(held[2]).toEqual(held[0])
    for (const x of [a, b, c]) expect(feedFaults(await feedOf(x.url))).toEqual([])
    expect((await offeringOf(a.url, offeringIdOf(q, 'at-c-1'))).offering.origin).toBe(c.did)
    expect((await offeringOf(a.url, offeringIdOf(r, 'at-b-1'))).offering.origin).toBe(c.did)
    expect((await offeringOf(b.url, offeringIdOf(q, 'at-c-2'))).offering.origin).toBe(a.did)
    // what a node already holds, coming back round the cycle, is unchanged, never refused
    expect(rounds.map((summaries) => summaries.map((s) => s.rejected))).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ])
  })
})
