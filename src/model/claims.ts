// Stored credentials as the catalogue reads them, whatever their proof format: the node stores a
// credential exactly as received (JSON-LD with its proof, or a compact VC-JWT) and reads its
// claims back through here, the way the validation pipeline read them when it accepted it.
import canonicalize from 'canonicalize'
import type { AppContext } from '../context.js'
import { VC_V2_CONTEXT } from '../credentials/contexts.js'
import { expandCredential } from '../credentials/expand.js'
import { jwtCredentialClaims, jwtPayload } from '../credentials/jwt/vc-jwt.js'
import { AppError } from '../errors.js'
import type { CredentialRow } from '../store/store.js'
import { GX_NAMESPACES, VC, nodes, values, type ExpandedNode } from './expanded.js'

type StoredDocument = Pick<CredentialRow, 'format' | 'document'>

/** The Gaia-X Trust Framework generation a credential is written for. */
export type Generation = 'loire' | 'tagus'

/** What the offering detail says about how an entry is secured and which generation it follows. */
export type CredentialProfile = {
  format: CredentialRow['format']
  /** The media type the credential is served as: `application/vc+jwt` or `application/ld+json`. */
  mediaType: 'application/vc+jwt' | 'application/ld+json'
  /** `eddsa-rdfc-2022`, `Ed25519Signature2020`, `JsonWebSignature2020`, `vc+jwt/ES256`… */
  proofType: string
  /** null when the credential uses neither Gaia-X namespace (a plain W3C credential). */
  generation: Generation | null
}

const [LOIRE, DEVELOPMENT, TAGUS] = GX_NAMESPACES

/**
 * The JSON-LD claims of a stored credential, without its proof (and, for a VC-JWT, without the
 * JWT claims around them): exactly what the pipeline expanded when it accepted the credential.
 *
 * @example
 * const [expanded] = await expandCredential(claimsOf(row), ctx.loader)
 */
export function claimsOf(row: StoredDocument): Record<string, unknown> {
  if (row.format === 'jwt_vc') {
    const payload = jwtPayload(row.document)
    if (!payload) throw new AppError('internal', 'A stored VC-JWT does not decode.')
    return jwtCredentialClaims(payload)
  }
  const { proof: _proof, ...claims } = JSON.parse(row.document) as Record<string, unknown>
  return claims
}

/**
 * The expanded claims of a stored credential (`claimsOf`, expanded with the pinned contexts).
 *
 * @example
 * const subject = nodes(values(await expandedClaimsOf(ctx, row), `${VC}credentialSubject`))[0]
 */
export async function expandedClaimsOf(
  ctx: Pick<AppContext, 'loader'>,
  row: StoredDocument,
): Promise<ExpandedNode> {
  const [expanded] = await expandCredential(claimsOf(row), ctx.loader)
  if (!expanded) throw new AppError('internal', 'A stored credential expands to nothing.')
  return expanded as ExpandedNode
}

/**
 * A stored credential as a JSON value for an API answer: the JSON-LD credential itself, or, for a
 * VC-JWT, the EnvelopedVerifiableCredential that carries it (VC 2.0 §4.13), so that a JSON answer
 * holds the credential exactly as it was signed.
 *
 * @example
 * c.json({ credential: credentialJson(stored), ... })
 */
export function credentialJson(row: StoredDocument): Record<string, unknown> {
  if (row.format === 'jwt_vc') {
    return {
      '@context': VC_V2_CONTEXT,
      id: `data:application/vc+jwt,${row.document}`,
      type: 'EnvelopedVerifiableCredential',
    }
  }
  return JSON.parse(row.document) as Record<string, unknown>
}

/**
 * Which Gaia-X generation an expanded credential follows, from the namespaces of its types and of
 * its subjects' types and properties: Loire (25.11, `https://w3id.org/gaia-x/2511#` or the
 * registry's development namespace) or Tagus (22.10, the trustframework# namespace).
 *
 * @example
 * generationOf(expanded) // 'loire'
 */
export function generationOf(expanded: ExpandedNode): Generation | null {
  const subjects = nodes(values(expanded, `${VC}credentialSubject`))
  const iris = [
    ...(expanded['@type'] ?? []),
    ...subjects.flatMap((s) => [...(s['@type'] ?? []), ...Object.keys(s)]),
  ]
  if (iris.some((iri) => iri.startsWith(TAGUS))) return 'tagus'
  if (iris.some((iri) => iri.startsWith(LOIRE) || iri.startsWith(DEVELOPMENT))) return 'loire'
  return null
}

/**
 * The proof format and Trust Framework generation of a stored credential, derived from what is
 * stored (no index column, no migration), for the offering and participant details.
 *
 * @example
 * await credentialProfile(ctx, await ctx.store.getCredential(offering.credentialHash))
 * // { format: 'jwt_vc', mediaType: 'application/vc+jwt', proofType: 'vc+jwt/ES256', generation: 'loire' }
 */
export async function credentialProfile(
  ctx: Pick<AppContext, 'loader'>,
  row: Pick<CredentialRow, 'format' | 'document' | 'proofType'>,
): Promise<CredentialProfile> {
  return {
    format: row.format,
    mediaType: row.format === 'jwt_vc' ? 'application/vc+jwt' : 'application/ld+json',
    proofType: row.proofType,
    generation: generationOf(await expandedClaimsOf(ctx, row)),
  }
}

/**
 * The text the credential hash and compliance digests are computed over: the compact JWT of a
 * VC-JWT, the RFC 8785 (JCS) form of a JSON-LD credential with its proof.
 */
export function securedFormOf(row: StoredDocument): string {
  if (row.format === 'jwt_vc') return row.document
  return canonicalize(JSON.parse(row.document)) ?? ''
}
