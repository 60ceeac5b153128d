// One credential of a submission, whatever secures it (a Data Integrity proof, or a VC-JWT as
// such or enveloped in a presentation), through the same path: verify → expand the claims →
// extract → claims graph. Shapes and rules then run on all of a submission's credentials at once.
import type { Quad } from 'n3'
import type { ExpandedNode } from '../model/expanded.js'
import { extractCredential } from '../model/extract.js'
import type { AppContext } from '../context.js'
import { expandCredential, expandLeniently } from '../credentials/expand.js'
import { verifyDataIntegrityFast } from '../credentials/data-integrity/fast-verify.js'
import { credentialHash } from '../credentials/hash.js'
import { idOf } from '../credentials/ids.js'
import {
  decodeCompactJwt,
  isEnveloped,
  jwtCredentialClaims,
  verifyCredentialJwt,
} from '../credentials/jwt/vc-jwt.js'
import { verifyCredential } from '../credentials/data-integrity/verify.js'
import { findingsOf } from '../credentials/data-integrity/verify-findings.js'
import { BadRequestError, type Finding } from '../errors.js'
import { envelopeFindings } from './envelope.js'
import { subjectGraph } from './graph.js'
import { jsonLdFinding } from './jsonld-findings.js'
import { checkJsonLimits, limitError, limitFinding, type JsonBudget } from './limits.js'
import type { CheckedCredential } from './rules.js'
import { envelopedJwt, type Entry } from './submission.js'

export type CredentialFormat = 'ldp_vc' | 'jwt_vc'

export type ValidatedCredential = CheckedCredential & {
  quads: Quad[]
  hash: string
  /** `ldp_vc` (JSON-LD with its proof) or `jwt_vc` (stored as its compact JWT, `securedForm`). */
  format: CredentialFormat
  proofType: string
  verified: boolean
}

export type CheckResult = { credential?: ValidatedCredential; errors: Finding[] }

export type CredentialCheckContext = Pick<
  AppContext,
  'config' | 'loader' | 'clock' | 'resolveDid' | 'trustAnchors' | 'fetchRemote'
>

/**
 * Verifies one entry of a submission and reads its claims. `label` keeps its blank nodes apart
 * from those of the submission's other credentials. Expected failures are findings; only a breach
 * of the node's limits throws (`BadRequestError`).
 *
 * @example
 * const { credential, errors } = await checkEntry(ctx, { value, pointer: '/verifiableCredential/0' }, 'c0', budget)
 */
export async function checkEntry(
  ctx: CredentialCheckContext,
  entry: Entry,
  label: string,
  budget: JsonBudget,
): Promise<CheckResult> {
  const { pointer } = entry
  if ('jwt' in entry) return checkJwtCredential(ctx, entry.jwt, { pointer, label, budget })
  const { value } = entry
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { errors: [malformed(pointer, 'a credential must be a JSON object')] }
  }
  const document = value as Record<string, unknown>
  if (isEnveloped(document)) {
    const enveloped = envelopedJwt(document, pointer, ctx.config.limits)
    if ('error' in enveloped) return { errors: [enveloped.error] }
    return checkJwtCredential(ctx, enveloped.jwt, { pointer, label, budget })
  }
  const envelope = envelopeFindings(document, pointer)
  if (!envelope.credential) return { errors: envelope.errors }
  const checked = await checkJsonLdCredential(ctx, document, pointer, label)
  return { ...checked, errors: [...envelope.errors, ...checked.errors] }
}

async function checkJsonLdCredential(
  ctx: CredentialCheckContext,
  document: Record<string, unknown>,
  pointer: string,
  label: string,
): Promise<CheckResult> {
  const hash = await credentialHash(document)
  const now = ctx.clock()
  // claims only: the index and the shapes never read the proof, and the fast verifier takes
  // this same expansion instead of processing the contexts a second time
  const { proof: _proof, ...claims } = document
  const expansion = await tryExpand(claims, ctx)
  const verification =
    ('expanded' in expansion &&
      (await verifyDataIntegrityFast(document, expansion.expansion, {
        loader: ctx.loader,
        now,
      }))) ||
    (await verifyCredential(document, {
      loader: ctx.loader,
      now,
      trustAnchors: ctx.trustAnchors,
      fetchRemote: ctx.fetchRemote,
    }))
  const errors = verification.errors.map((e) => ({ ...e, path: pointer + e.path }))
  if (!('expanded' in expansion) && errors.some((e) => e.code === 'context-unknown')) {
    return { errors }
  }
  const claimed = {
    document,
    pointer,
    label,
    hash,
    format: 'ldp_vc' as const,
    proofType: verification.proofType,
    verified: verification.verified,
  }
  if (!('expanded' in expansion)) return readLeniently(ctx, claims, claimed, expansion, errors)
  return { credential: claimsOf(ctx, { ...claimed, expanded: expansion.expanded }), errors }
}

async function checkJwtCredential(
  ctx: CredentialCheckContext,
  jwt: string,
  { pointer, label, budget }: { pointer: string; label: string; budget: JsonBudget },
): Promise<CheckResult> {
  // the request's budget is spent before anything is awaited: a submission's entries are
  // checked at once (validateSubmission), and so each spends it in their order all the same
  const decoded = decodeCompactJwt(jwt)
  if ('error' in decoded) {
    return { errors: [{ ...decoded.error, path: pointer + decoded.error.path }] }
  }
  const breach = checkJsonLimits(decoded.payload, ctx.config.limits, budget)
  if (breach) throw limitError({ ...breach, path: pointer + breach.path })
  const verification = await verifyCredentialJwt(decoded, {
    resolveDid: ctx.resolveDid,
    now: ctx.clock(),
    clockSkewMs: ctx.config.clockSkewMs,
  })
  const errors = verification.errors.map((e) => ({ ...e, path: pointer + e.path }))
  const document = decoded.payload
  const claims = jwtCredentialClaims(document)
  // VC-JOSE-COSE lets `iss` stand for the issuer
  const envelope = envelopeFindings({ ...claims, issuer: claims.issuer ?? document.iss }, pointer)
  if (!envelope.credential) return { errors: [...errors, ...envelope.errors] }
  errors.unshift(...envelope.errors)
  const expansion = await tryExpand(claims, ctx)
  const claimed = {
    document,
    securedForm: jwt,
    pointer,
    label,
    hash: await credentialHash(jwt),
    format: 'jwt_vc' as const,
    proofType: verification.proofType,
    verified: verification.verified,
  }
  if (!('expanded' in expansion)) return readLeniently(ctx, claims, claimed, expansion, errors)
  return { credential: claimsOf(ctx, { ...claimed, expanded: expansion.expanded }), errors }
}

/**
 * A credential that safe mode refused: the finding that says where and why, and, read from the
 * lenient expansion (what does not expand dropped), the credential, so that the shapes and rules
 * still report what else is wrong. The violation keeps it from ever being stored.
 */
async function readLeniently(
  ctx: CredentialCheckContext,
  claims: Record<string, unknown>,
  claimed: Omit<Claims, 'expanded'>,
  expansion: { error: unknown },
  errors: Finding[],
): Promise<CheckResult> {
  const malformed = expansionFinding(expansion.error, claims, claimed.pointer)
  const all = [...errors, malformed]
  const [lenient] = await expandLeniently(claims, ctx.loader).catch(() => [])
  if (!lenient) return { errors: all }
  try {
    const credential = claimsOf(ctx, { ...claimed, expanded: lenient as ExpandedNode })
    return { credential, errors: all }
  } catch (error) {
    if (error instanceof BadRequestError) throw error
    return { errors: all }
  }
}

type Claims = Pick<
  ValidatedCredential,
  'document' | 'securedForm' | 'expanded' | 'pointer' | 'hash' | 'format' | 'proofType' | 'verified'
> & { label: string }

function claimsOf(ctx: CredentialCheckContext, claims: Claims): ValidatedCredential {
  const { label, ...credential } = claims
  const graph = subjectGraph(credential.expanded, credential.document, label)
  const max = ctx.config.limits.quadsPerCredential
  if (graph.quads.length > max) {
    throw new BadRequestError('A credential exceeds a limit of this node.', [
      limitFinding(`${credential.pointer}/credentialSubject`, {
        en: `This credential states ${graph.quads.length} facts; the node accepts at most ${max} per credential.`,
        fr: `Cette attestation énonce ${graph.quads.length} faits ; le nœud en accepte au plus ${max} par attestation.`,
      }),
    ])
  }
  const extracted = extractCredential(credential.expanded)
  // the issuer the proof was checked against is the one written as `issuer`; another one reached
  // through an alias of the key is refused by the rules (envelope-ambiguous), never reported
  const written = idOf(credential.document.issuer)
  return {
    ...credential,
    extracted: written === undefined ? extracted : { ...extracted, issuer: written },
    nodePointers: graph.nodePointers,
    quads: graph.quads,
  }
}

async function tryExpand(
  claims: Record<string, unknown>,
  ctx: CredentialCheckContext,
): Promise<{ expanded: ExpandedNode; expansion: Record<string, unknown>[] } | { error: unknown }> {
  try {
    const expansion = await expandCredential(claims, ctx.loader)
    const [expanded] = expansion
    return expanded ? { expanded: expanded as ExpandedNode, expansion } : { error: undefined }
  } catch (error) {
    return { error }
  }
}

function expansionFinding(error: unknown, claims: unknown, pointer: string): Finding {
  if (error instanceof Error) {
    const [known] = findingsOf(error)
    if (known?.code === 'context-unknown') return { ...known, path: pointer + known.path }
  }
  return jsonLdFinding(error, claims, pointer)
}

function malformed(path: string, reason: string): Finding {
  return {
    code: 'credential-malformed',
    path,
    message: {
      en: `The credential is not valid JSON-LD: ${reason}`,
      fr: `L’attestation n’est pas un JSON-LD valide : ${reason}`,
    },
    severity: 'violation',
  }
}
