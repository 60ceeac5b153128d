import jsonld from 'jsonld'
import type { AppContext } from '../context.js'
import { credentialHash } from '../credentials/hash.js'
import { verifyCredential } from '../credentials/verify.js'
import type { Finding } from '../errors.js'
import type { Location } from '../store/schema.js'
import type { Store } from '../store/sqlite-store.js'
import type { CredentialWrite } from '../store/store.js'
import { extractCredential, type ExtractedCredential } from './extract.js'
import type { ExpandedNode } from './expanded.js'

export type IngestOptions = {
  /** `local`, or the DID of the peer the credential was pulled from. */
  origin: string
  /** The document's bytes as received, stored verbatim; defaults to its JSON serialisation. */
  raw?: string
}

export type IngestResult =
  | { ok: true; created: boolean; hash: string; extracted: ExtractedCredential }
  | { ok: false; hash: string; errors: Finding[] }

/**
 * The single write path for a JSON-LD credential: hash → verify → expand → extract → store, with
 * the credential, its index rows and its event written atomically. Storing the same content
 * twice is a no-op (`created: false`). A credential that fails any check is reported, never stored.
 *
 * @example
 * const result = await ingestCredential(ctx, signed, { origin: 'local' })
 * if (!result.ok) throw new CredentialRejectedError('rejected', result.errors)
 */
export async function ingestCredential(
  ctx: Pick<AppContext, 'store' | 'loader' | 'clock'>,
  document: Record<string, unknown>,
  options: IngestOptions,
): Promise<IngestResult> {
  const hash = await credentialHash(document)
  const stored = await ctx.store.getCredential(hash)
  if (stored) {
    const extracted = await extractFrom(ctx, document)
    return { ok: true, created: false, hash, extracted }
  }
  const now = ctx.clock()
  const verification = await verifyCredential(document, { loader: ctx.loader, now })
  if (!verification.verified) return { ok: false, hash, errors: verification.errors }
  const extracted = await extractFrom(ctx, document)
  if (extracted.offering) {
    const hosted = await locationsOfResources(ctx.store, extracted.offering.resourceLinks)
    extracted.offering.locations = mergeLocations(extracted.offering.locations, hosted)
  }
  const created = await ctx.store.putCredential(
    toWrite(extracted, {
      hash,
      raw: options.raw ?? JSON.stringify(document),
      proofType: verification.proofType,
      origin: options.origin,
      now,
    }),
  )
  return { ok: true, created, hash, extracted }
}

async function extractFrom(
  ctx: Pick<AppContext, 'loader'>,
  document: Record<string, unknown>,
): Promise<ExtractedCredential> {
  // The index reads claims, never the proof; expanding the proof (with its type-scoped security
  // context) would cost three times the rest of the document.
  const { proof: _proof, ...claims } = document
  const [expanded] = await jsonld.expand(claims, { documentLoader: ctx.loader, safe: true })
  return extractCredential(expanded as ExpandedNode)
}

const MAX_RESOURCE_DEPTH = 4

/**
 * Locations of the resources an offering is hosted on, following `gx:aggregationOfResources`
 * down (region → datacenters → availability zones), breadth first and bounded.
 */
async function locationsOfResources(store: Store, ids: string[]): Promise<Location[]> {
  const seen = new Set<string>()
  const found: Location[] = []
  let frontier = ids
  for (let depth = 0; depth < MAX_RESOURCE_DEPTH && frontier.length > 0; depth++) {
    frontier.forEach((id) => seen.add(id))
    const rows = await store.resourcesByIds(frontier)
    found.push(...rows.flatMap((row) => row.locations))
    frontier = rows.flatMap((row) => row.parts).filter((id) => !seen.has(id))
  }
  return found
}

function mergeLocations(...lists: Location[][]): Location[] {
  const byKey = new Map(lists.flat().map((l) => [`${l.countryCode}/${l.region ?? ''}`, l]))
  return [...byKey.values()]
}

function toWrite(
  extracted: ExtractedCredential,
  meta: { hash: string; raw: string; proofType: string; origin: string; now: Date },
): CredentialWrite {
  const at = meta.now.getTime()
  const write: CredentialWrite = {
    credential: {
      hash: meta.hash,
      credentialId: extracted.credentialId,
      issuer: extracted.issuer,
      subjectId: extracted.subjectId,
      types: extracted.types,
      document: meta.raw,
      format: 'ldp_vc',
      proofType: meta.proofType,
      status: 'active',
      validFrom: extracted.validFrom,
      validUntil: extracted.validUntil,
      origin: meta.origin,
      receivedAt: at,
    },
  }
  if (extracted.participant && extracted.subjectId) {
    write.participant = {
      id: extracted.subjectId,
      did: extracted.issuer,
      ...extracted.participant,
      credentialHash: meta.hash,
      status: 'active',
      origin: meta.origin,
      updatedAt: at,
    }
  }
  if (extracted.resource && extracted.subjectId) {
    write.resource = {
      id: extracted.subjectId,
      credentialHash: meta.hash,
      types: extracted.types.filter((t) => t !== 'VerifiableCredential'),
      ...extracted.resource,
      origin: meta.origin,
      updatedAt: at,
    }
  }
  if (extracted.offering && extracted.subjectId) {
    const { resourceLinks: _links, ...offering } = extracted.offering
    write.offering = {
      id: extracted.subjectId,
      credentialHash: meta.hash,
      credentialId: extracted.credentialId,
      ...offering,
      types: extracted.types.filter((t) => t !== 'VerifiableCredential'),
      status: 'active',
      issuedAt: extracted.validFrom ?? at,
      validUntil: extracted.validUntil,
      origin: meta.origin,
      updatedAt: at,
    }
  }
  return write
}
