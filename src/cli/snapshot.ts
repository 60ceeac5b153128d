// A node's signed snapshot (`gxc export`, `gxc import`): every event of its change feed with the
// credential as received, the DID documents and pinned contexts needed to check them offline, and
// a manifest the node signs as its did:web (POST /credentials/issue) holding the digests of all
// of it. One byte changed anywhere breaks a digest or the signature, and the whole file is refused.
import canonicalize from 'canonicalize'
import {
  contextDigests,
  VC_UNDEFINED_TERMS_V2_CONTEXT,
  VC_V2_CONTEXT,
} from '../credentials/contexts.js'
import { didKeyOf } from '../credentials/did/keys.js'
import { sha256Hex } from '../credentials/hash.js'
import { envelopedJwtOf, isEnveloped, jwtPayload } from '../credentials/jwt/vc-jwt-decode.js'
import { hashOf, type Json } from './documents.js'
import type { Offline } from './offline.js'
import type { Output } from './output.js'

export const SNAPSHOT_FORMAT = 'gxc-snapshot/1'
const MANIFEST_TYPE = 'CatalogueSnapshotManifest'

export type SnapshotNode = { did: string; didKey: string; name: string; publicUrl: string }

export type Snapshot = {
  format: typeof SNAPSHOT_FORMAT
  node: SnapshotNode
  createdAt: string
  /** The node's change feed from its first event, as GET /api/v1/federation/events served it. */
  events: Json[]
  /** DID → document: the node's own did:web (did:key and did:jwk need none). */
  didDocuments: Record<string, Json>
  /** URL → the pinned JSON-LD context the node serves at /api/v1/contexts. */
  contexts: Record<string, Json>
  /** A credential the node signed: the digests of everything above. */
  manifest: Json
}

export type ManifestClaims = {
  events: number
  credentials: number
  lastSeq: number
  eventsDigest: string
  didDocumentsDigest: string
  contextsDigest: string
}

/** `sha256-<hex>` of the JCS form: the same digest whatever the file's spacing or key order. */
export async function digestOf(value: unknown): Promise<string> {
  return `sha256-${await sha256Hex(canonicalize(value) ?? 'null')}`
}

export async function manifestClaims(
  parts: Pick<Snapshot, 'events' | 'didDocuments' | 'contexts'>,
): Promise<ManifestClaims> {
  return {
    events: parts.events.length,
    credentials: parts.events.filter((e) => e.kind === 'put' && e.credential !== undefined).length,
    lastSeq: Number(parts.events.at(-1)?.seq ?? 0),
    eventsDigest: await digestOf(parts.events),
    didDocumentsDigest: await digestOf(parts.didDocuments),
    contextsDigest: await digestOf(parts.contexts),
  }
}

/**
 * The manifest as the node is asked to sign it: VC 2.0, its own terms under the W3C
 * undefined-terms context's @vocab (which the node pins), as safe mode wants every term mapped.
 */
export function unsignedManifest(node: SnapshotNode, claims: ManifestClaims, at: string): Json {
  return {
    '@context': [VC_V2_CONTEXT, VC_UNDEFINED_TERMS_V2_CONTEXT],
    type: ['VerifiableCredential', MANIFEST_TYPE],
    issuer: node.did,
    validFrom: at,
    credentialSubject: { id: node.publicUrl, type: 'CatalogueSnapshot', ...claims },
  }
}

/** DIDs other than the node's that issued credentials and resolve only from a held did:web document. */
export function foreignDidWebIssuers(snapshot: Pick<Snapshot, 'events' | 'node'>): string[] {
  const found = new Set<string>()
  for (const event of snapshot.events) {
    const issuer = issuerOf(event.credential)
    if (issuer?.startsWith('did:web:') && issuer !== snapshot.node.did) found.add(issuer)
  }
  return [...found].sort()
}

function issuerOf(credential: unknown): string | undefined {
  if (typeof credential !== 'object' || credential === null) return undefined
  let claims = credential as Json
  if (isEnveloped(claims)) {
    const carried = envelopedJwtOf(claims)
    claims = ('jwt' in carried ? jwtPayload(carried.jwt) : undefined) ?? {}
  }
  const issuer = claims.issuer
  const id = typeof issuer === 'object' && issuer !== null ? (issuer as Json).id : issuer
  return typeof id === 'string' ? id.split('#')[0] : undefined
}

export type SnapshotCheck = {
  /** What makes the snapshot untrustworthy, in the user's language: refused whole if any. */
  problems: string[]
  /** What does not stop the import (a context this gxc pins differently). */
  warnings: string[]
  snapshot?: Snapshot
}

/**
 * Checks a snapshot offline, before anything is stored: its shape, the manifest's signature by
 * the node's did:web (resolved from the document the snapshot holds, whose key must also be the
 * node's did:key), every digest, and every credential's hash against its event.
 */
export async function checkSnapshot(
  out: Output,
  offline: Offline,
  value: unknown,
  tick: (n: number) => void = () => {},
): Promise<SnapshotCheck> {
  const problems: string[] = []
  const warnings: string[] = []
  const snapshot = value as Partial<Snapshot>
  if (
    typeof value !== 'object' ||
    value === null ||
    snapshot.format !== SNAPSHOT_FORMAT ||
    !Array.isArray(snapshot.events) ||
    !isObject(snapshot.node) ||
    !isObject(snapshot.manifest) ||
    !isObject(snapshot.didDocuments) ||
    !isObject(snapshot.contexts)
  ) {
    return { problems: [out.t('snapshot.not-snapshot', { format: SNAPSHOT_FORMAT })], warnings }
  }
  const whole = snapshot as Snapshot
  const { node, manifest } = whole

  const document = whole.didDocuments[node.did]
  if (manifest.issuer !== node.did || !document) {
    problems.push(out.t('snapshot.signer-unknown', { did: String(manifest.issuer) }))
  } else {
    const key = keyOf(document)
    if (key === undefined || didKeyOf(key) !== node.didKey) {
      problems.push(out.t('snapshot.did-key-mismatch', { did: node.did, didKey: node.didKey }))
    }
    await offline.ctx.store.putDidDocument(node.did, document, Date.now())
    const { verifyCredential } = await import('../credentials/data-integrity/verify.js')
    const { verified, errors } = await verifyCredential(manifest, {
      loader: offline.ctx.loader,
      now: new Date(),
    })
    if (!verified) {
      problems.push(
        out.t('snapshot.signature', { reason: errors.map((e) => e.message[out.lang]).join(' ') }),
      )
    }
  }

  const signed = (manifest.credentialSubject ?? {}) as Partial<ManifestClaims>
  const computed = await manifestClaims(whole)
  for (const name of Object.keys(computed) as (keyof ManifestClaims)[]) {
    if (signed[name] !== computed[name]) {
      problems.push(
        out.t('snapshot.digest', {
          name,
          signed: String(signed[name]),
          computed: String(computed[name]),
        }),
      )
    }
  }

  let last = 0
  for (const [i, event] of whole.events.entries()) {
    const seq = Number(event.seq)
    if (!Number.isSafeInteger(seq) || seq <= last) {
      problems.push(out.t('snapshot.order', { index: i }))
      break
    }
    last = seq
    if (event.kind === 'put' && event.credential !== undefined) {
      const hash = await hashOf(event.credential as Json).catch(() => undefined)
      if (hash !== event.hash) {
        problems.push(out.t('snapshot.hash', { seq, id: String(event.credentialId ?? event.hash) }))
        if (problems.length > 20) break
      }
    }
    tick(1)
  }

  const pinned = new Map((await contextDigests()).map((c) => [c.url, c.sha256]))
  for (const [url, context] of Object.entries(whole.contexts)) {
    const here = pinned.get(url)
    const there = (await digestOf(context)).slice('sha256-'.length)
    if (here !== there) warnings.push(out.t('snapshot.context-differs', { url }))
  }
  return { problems, warnings, snapshot: whole }
}

function keyOf(document: Json): string | undefined {
  const methods = Array.isArray(document.verificationMethod) ? document.verificationMethod : []
  const first = methods[0] as Json | undefined
  return typeof first?.publicKeyMultibase === 'string' ? first.publicKeyMultibase : undefined
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
