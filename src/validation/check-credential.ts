// One credential of a submission, whatever secures it (a Data Integrity proof, or a VC-JWT as
// such or enveloped in a presentation), through the same path: verify → expand the claims →
// extract → claims graph. Shapes and rules then run on all of a submission's credentials at once.
import type { Quad } from 'n3'
import type { ExpandedNode } from '../model/expanded.js'
import { extractCredential } from '../model/extract.js'
import type { AppContext } from '../context.js'
import { expandCredential } from '../credentials/expand.js'
import { verifyDataIntegrityFast } from '../credentials/fast-verify.js'
import { credentialHash } from '../credentials/hash.js'
import { idOf } from '../credentials/ids.js'
import { isEnveloped, jwtCredentialClaims, verifyCredentialJwt } from '../credentials/vc-jwt.js'
import { verifyCredential } from '../credentials/verify.js'
import { findingsOf } from '../credentials/verify-findings.js'
import { BadRequestError, type Finding } from '../errors.js'
import { subjectGraph } from './graph.js'
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
  return checkJsonLdCredential(ctx, document, pointer, label)
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
  if (!('expanded' in expansion)) {
    if (errors.some((e) => e.code === 'context-unknown')) return { errors }
    return { errors: [...errors, expansionFinding(expansion.error, pointer)] }
  }
  return {
    credential: claimsOf(ctx, {
      document,
      expanded: expansion.expanded,
      pointer,
      label,
      hash,
      format: 'ldp_vc',
      proofType: verification.proofType,
      verified: verification.verified,
    }),
    errors,
  }
}

async function checkJwtCredential(
  ctx: CredentialCheckContext,
  jwt: string,
  { pointer, label, budget }: { pointer: string; label: string; budget: JsonBudget },
): Promise<CheckResult> {
  const verification = await verifyCredentialJwt(jwt, {
    resolveDid: ctx.resolveDid,
    now: ctx.clock(),
    clockSkewMs: ctx.config.clockSkewMs,
  })
  const errors = verification.errors.map((e) => ({ ...e, path: pointer + e.path }))
  const document = verification.payload
  if (!document) return { errors }
  const breach = checkJsonLimits(document, ctx.config.limits, budget)
  if (breach) throw limitError({ ...breach, path: pointer + breach.path })
  const expansion = await tryExpand(jwtCredentialClaims(document), ctx)
  if (!('expanded' in expansion)) {
    return { errors: [...errors, expansionFinding(expansion.error, pointer)] }
  }
  return {
    credential: claimsOf(ctx, {
      document,
      securedForm: jwt,
      expanded: expansion.expanded,
      pointer,
      label,
      hash: await credentialHash(jwt),
      format: 'jwt_vc',
      proofType: verification.proofType,
      verified: verification.verified,
    }),
    errors,
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

function expansionFinding(error: unknown, pointer: string): Finding {
  if (error instanceof Error) {
    const [known] = findingsOf(error)
    if (known?.code === 'context-unknown') return { ...known, path: pointer + known.path }
  }
  return malformed(pointer, error ? jsonLdReason(error) : 'the document expands to nothing')
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

function jsonLdReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const details = (error as { details?: { event?: { message?: string } } })?.details?.event?.message
  return (details ?? message).split('\n', 1)[0]!.slice(0, 300)
}
