/**
 * The VC-API verifier for enveloped credentials and presentations (VC DM 2.0 §4.13): a VC-JWT or
 * VP-JWT in a data: URL (vc-api-envelope-jwt.ts reads it). First the envelope, then the JWS, its
 * key and its time claims (vc-jwt-proof.ts), then the document it secures: validity dates,
 * related resources and, for a presentation, its challenge, domain and every credential it holds.
 */
import type { Finding } from '../../errors.js'
import { checkCredential } from './conformance.js'
import { VC_V2_CONTEXT } from '../contexts.js'
import { holderOf } from '../holder.js'
import { idOf } from '../ids.js'
import {
  finding,
  report,
  validityErrors,
  type VerificationReport,
  type VerifyOptions,
} from './vc-api-checks.js'
import { withEcdsaDidKeys } from './vc-api-did-key.js'
import { readEnvelopedJwt } from './vc-api-envelope-jwt.js'
import { checkRelatedResources } from './vc-api-related-resources.js'
import type { VcApiDeps } from './vc-api.js'
import { verifyCredentialJwt } from '../jwt/vc-jwt.js'
import { verifyJwtProof } from '../jwt/vc-jwt-proof.js'

type Json = Record<string, unknown>

/**
 * VC 2.0 §4.13: an Enveloped… object's @context must be present and include the base context,
 * which defines its `id`, `type` and envelope type (alone, as a string, in the spec's examples).
 */
function envelopeContextErrors(envelope: Json, path: string, kind: string): Finding[] {
  if ([envelope['@context']].flat().includes(VC_V2_CONTEXT)) return []
  return [
    finding(
      'context-base-missing',
      `${path}/@context`,
      `The envelope's @context must include ${VC_V2_CONTEXT}, which defines its id, type and ${kind}.`,
      `Le @context de l’enveloppe doit comprendre ${VC_V2_CONTEXT}, qui définit son id, son type et ${kind}.`,
    ),
  ]
}

// the node's resolver, plus the ECDSA did:keys the W3C suites sign with
function resolverOf(deps: VcApiDeps) {
  return withEcdsaDidKeys(deps.resolveDid)
}

function prefixed(findings: Finding[], path: string): Finding[] {
  return findings.map((e) => ({ ...e, path: path + e.path }))
}

/**
 * A VC-JWT in its EnvelopedVerifiableCredential: the JWS, its key, its dates and the payload's.
 *
 * @example
 * const result = await verifyEnvelopedCredential(envelope, ctx, '/verifiableCredential/0')
 */
export async function verifyEnvelopedCredential(
  envelope: Json,
  deps: VcApiDeps,
  path: string,
): Promise<VerificationReport> {
  const checks = ['proof', 'validity']
  const context = envelopeContextErrors(envelope, path, 'EnvelopedVerifiableCredential')
  if (context.length) return report({ checks, malformed: true, errors: context })
  const read = readEnvelopedJwt(envelope, 'vc', path)
  if ('error' in read) return report({ checks, malformed: true, errors: [read.error] })
  const { decoded, document: credential, legacy } = read
  // a VC DM 1.1 JWT's credential is rebuilt from its claims: it must be one
  const shape = legacy ? checkCredential(credential, { issuing: false, path }) : []
  const related = checkRelatedResources(credential, path)
  shape.push(...related.malformed)
  if (shape.length) return report({ checks, malformed: true, errors: shape })
  const now = deps.clock()
  const options = { resolveDid: resolverOf(deps), now, clockSkewMs: deps.config.clockSkewMs }
  const proof = legacy
    ? await verifyJwtProof(decoded, options, {
        kind: 'vc',
        purpose: 'assertionMethod',
        signer: idOf(credential.issuer),
        signerPath: '/issuer',
        notSigner: {
          code: 'proof-purpose-invalid',
          message: (did) => ({
            en: `The JWT is signed with a key of ${did}, not of the credential issuer. Sign with a key of the issuer DID.`,
            fr: `Le JWT est signé avec une clé de ${did}, et non de l’émetteur de l’attestation. Signez avec une clé du DID émetteur.`,
          }),
        },
      })
    : await verifyCredentialJwt(decoded.jwt, options)
  const errors = [
    ...prefixed(proof.errors, path),
    ...validityErrors(credential, now, path),
    ...related.mismatched,
  ]
  return report({ checks, warnings: related.unchecked, errors })
}

/**
 * A VP-JWT in its EnvelopedVerifiablePresentation (VC 2.0 §4.13): the JWS by a key of the holder
 * listed for authentication, `nonce` and `aud` against the options' challenge and domain, and
 * every credential it holds verified by `verifyHeld`, as the credential endpoint would.
 *
 * @example
 * await verifyEnvelopedPresentation(envelope, { challenge, domain }, ctx, verifyHeld)
 */
export async function verifyEnvelopedPresentation(
  envelope: Json,
  options: VerifyOptions,
  deps: VcApiDeps,
  verifyHeld: (credential: unknown, path: string) => Promise<VerificationReport>,
): Promise<VerificationReport> {
  const checks = ['proof', 'challenge', 'domain', 'credentials']
  const context = envelopeContextErrors(envelope, '', 'EnvelopedVerifiablePresentation')
  if (context.length) return report({ checks, malformed: true, errors: context })
  const read = readEnvelopedJwt(envelope, 'vp', '')
  if ('error' in read) return report({ checks, malformed: true, errors: [read.error] })
  const { decoded, document: presentation } = read
  const holder = holderOf(presentation.holder)
  const errors: Finding[] = []
  const warnings: Finding[] = []
  if ('error' in holder) errors.push(holder.error)
  else {
    const proof = await verifyJwtProof(
      decoded,
      { resolveDid: resolverOf(deps), now: deps.clock(), clockSkewMs: deps.config.clockSkewMs },
      {
        kind: 'vp',
        purpose: 'authentication',
        signer: holder.did,
        signerPath: '/holder',
        notSigner: {
          code: 'holder-not-signer',
          message: () => ({
            en: 'The presentation must be signed with a key of its holder DID.',
            fr: 'La présentation doit être signée avec une clé du DID de son détenteur.',
          }),
        },
      },
    )
    errors.push(...proof.errors)
  }
  // the JWT claims bind the presentation (VC-JOSE-COSE, VC DM 1.1 §6.3.1: nonce and aud)
  const { nonce = presentation.challenge, aud } = decoded.payload
  if (options.challenge !== undefined && nonce !== options.challenge) {
    errors.push(
      finding(
        'challenge-mismatch',
        '/nonce',
        'The presentation does not carry the expected challenge as its nonce.',
        'La présentation ne porte pas le challenge attendu comme nonce.',
      ),
    )
  } else if (options.challenge === undefined) {
    warnings.push(
      finding(
        'challenge-not-checked',
        '/nonce',
        'No challenge was given, so nothing binds this presentation to a session: it may be a replay.',
        'Aucun challenge n’a été fourni : rien ne lie cette présentation à une session, elle peut être rejouée.',
        true,
      ),
    )
  }
  if (options.domain !== undefined && ![aud].flat().includes(options.domain)) {
    errors.push(
      finding(
        'domain-mismatch',
        '/aud',
        `The presentation is not bound to the domain ${String(options.domain)} (aud).`,
        `La présentation n’est pas liée au domaine ${String(options.domain)} (aud).`,
      ),
    )
  }
  let malformed = false
  const held =
    presentation.verifiableCredential === undefined
      ? []
      : [presentation.verifiableCredential].flat()
  for (const [i, credential] of held.entries()) {
    const result = await verifyHeld(credential, `/verifiableCredential/${i}`)
    malformed ||= result.malformed
    errors.push(...result.errors)
    warnings.push(...result.warnings)
  }
  return report({ checks, malformed, warnings, errors })
}
