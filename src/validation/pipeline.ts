import { DataFactory, type Quad } from 'n3'
import type { ExpandedNode } from '../catalogue/expanded.js'
import { extractCredential, type ExtractedCredential } from '../catalogue/extract.js'
import type { AppContext } from '../context.js'
import { credentialHash } from '../credentials/hash.js'
import { expandCredential } from '../credentials/expand.js'
import { verifyDataIntegrityFast } from '../credentials/fast-verify.js'
import { verifyCredential } from '../credentials/verify.js'
import { BadRequestError, type Finding } from '../errors.js'
import { subjectGraph } from './graph.js'
import { checkJsonLimits, limitFinding, type Limits } from './limits.js'
import { checkRules, type CheckedCredential } from './rules.js'
import { normaliseNamespaces, shapesValidator, withInferredTypes } from './shacl.js'
import { shapeFinding } from './shape-findings.js'

export type ValidatedCredential = CheckedCredential & {
  quads: Quad[]
  hash: string
  proofType: string
  verified: boolean
}

export type ValidationReport = {
  /** Shapes and business rules hold for every credential. */
  conforms: boolean
  /** Every credential's proof verifies. */
  verified: boolean
  errors: Finding[]
  credentials: { id: string | null; types: string[]; hash: string; issuer: string }[]
}

export type Validation = { report: ValidationReport; credentials: ValidatedCredential[] }

type PipelineContext = Pick<AppContext, 'config' | 'store' | 'loader' | 'clock'>

const { namedNode, quad } = DataFactory
const RDF_TYPE = namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type')
const GX_LOIRE = 'https://w3id.org/gaia-x/2511#'
const GX_TAGUS =
  'https://registry.lab.gaia-x.eu/development/api/trusted-shape-registry/v1/shapes/jsonld/trustframework#'

/**
 * The one validation pipeline every write path uses: limits → parse → expand with the pinned
 * loader → verify every proof → SHACL over the whole submission plus what the node already holds
 * → business rules → one report. It stores nothing; writers store `credentials` only when the
 * report has no violation.
 *
 * @example
 * const { report, credentials } = await validateDocument(ctx, body)
 * if (report.conforms && report.verified) await store.putCredentials(...)
 */
export async function validateDocument(
  ctx: PipelineContext,
  document: Record<string, unknown>,
): Promise<Validation> {
  const entries = checkDocumentLimits(document, ctx.config.limits)

  const errors: Finding[] = []
  const credentials: ValidatedCredential[] = []
  for (const [index, entry] of entries.entries()) {
    const checked = await checkCredential(ctx, entry.value, entry.pointer, `c${index}`)
    errors.push(...checked.errors)
    if (checked.credential) credentials.push(checked.credential)
  }
  if (entries.length === 0) {
    errors.push({
      code: 'no-credential',
      path: '/verifiableCredential',
      message: {
        en: 'The presentation holds no verifiable credential.',
        fr: 'La présentation ne contient aucune attestation vérifiable.',
      },
      severity: 'violation',
    })
  }

  errors.push(...(await checkShapes(ctx, credentials)))
  errors.push(
    ...(await checkRules(credentials, {
      now: ctx.clock(),
      clockSkewMs: ctx.config.clockSkewMs,
      knownOffering: async (id) => (await ctx.store.getOffering(id))?.status === 'active',
      participant: (idOrDid) => ctx.store.getParticipant(idOrDid),
    })),
  )

  // the validity window is both a proof-library check and a business rule: report it once
  const unique = new Map(errors.map((e) => [`${e.code} ${e.path}`, e]))
  errors.splice(0, errors.length, ...unique.values())
  const verified =
    entries.length > 0 &&
    credentials.length === entries.length &&
    credentials.every((c) => c.verified)
  const conforms =
    entries.length > 0 &&
    !errors.some((e) => e.severity === 'violation' && !PROOF_FINDINGS.has(e.code))
  return {
    report: {
      conforms,
      verified,
      errors,
      credentials: credentials.map((c) => ({
        id: c.extracted.credentialId,
        types: c.extracted.types,
        hash: c.hash,
        issuer: c.extracted.issuer,
      })),
    },
    credentials,
  }
}

// what `verified` reports; every other violation makes the submission non-conforming
/**
 * The limits a document must respect before any cryptographic or JSON-LD work is spent on it:
 * nesting depth, string lengths, credentials per presentation. Returns the credentials to check.
 */
export function checkDocumentLimits(document: Record<string, unknown>, limits: Limits): Entry[] {
  const breach = checkJsonLimits(document, limits)
  if (breach) throw new BadRequestError('The document exceeds a limit of this node.', [breach])
  const entries = credentialsOf(document)
  if (entries.length > limits.credentials) {
    throw new BadRequestError('Too many credentials in one presentation.', [
      limitFinding('/verifiableCredential', {
        en: `A presentation may hold at most ${limits.credentials} credentials; split the submission.`,
        fr: `Une présentation contient au plus ${limits.credentials} attestations ; scindez la soumission.`,
      }),
    ])
  }
  return entries
}

const PROOF_FINDINGS = new Set([
  'proof-missing',
  'signature-invalid',
  'proof-purpose-invalid',
  'verification-method-unresolvable',
])

type Entry = { value: unknown; pointer: string }

function credentialsOf(document: Record<string, unknown>): Entry[] {
  const types = Array.isArray(document.type) ? document.type : [document.type]
  if (!types.includes('VerifiablePresentation')) return [{ value: document, pointer: '' }]
  const held = document.verifiableCredential
  if (held === undefined) return []
  return Array.isArray(held)
    ? held.map((value, i) => ({ value, pointer: `/verifiableCredential/${i}` }))
    : [{ value: held, pointer: '/verifiableCredential' }]
}

async function checkCredential(
  ctx: PipelineContext,
  value: unknown,
  pointer: string,
  label: string,
): Promise<{ credential?: ValidatedCredential; errors: Finding[] }> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { errors: [malformed(pointer, 'a credential must be a JSON object')] }
  }
  const document = value as Record<string, unknown>
  if (document.type === 'EnvelopedVerifiableCredential') {
    return {
      errors: [
        {
          code: 'format-unsupported',
          path: pointer,
          message: {
            en: 'Enveloped (VC-JWT) credentials are not accepted yet; submit the JSON-LD credential with a Data Integrity proof.',
            fr: 'Les attestations enveloppées (VC-JWT) ne sont pas encore acceptées ; soumettez l’attestation JSON-LD avec une preuve Data Integrity.',
          },
          severity: 'violation',
        },
      ],
    }
  }
  const hash = await credentialHash(document)
  const now = ctx.clock()
  let expansion: Record<string, unknown>[] | undefined
  let expansionError: unknown
  try {
    // claims only: the index and the shapes never read the proof, and the fast verifier takes
    // this same expansion instead of processing the contexts a second time
    const { proof: _proof, ...claims } = document
    expansion = await expandCredential(claims, ctx.loader)
  } catch (error) {
    expansionError = error
  }
  const verification =
    (expansion &&
      (await verifyDataIntegrityFast(document, expansion, { loader: ctx.loader, now }))) ||
    (await verifyCredential(document, { loader: ctx.loader, now }))
  const errors = verification.errors.map((e) => ({ ...e, path: pointer + e.path }))
  const expanded = expansion?.[0] as ExpandedNode | undefined
  if (!expanded) {
    if (errors.some((e) => e.code === 'context-unknown')) return { errors }
    const reason = expansionError ? jsonLdReason(expansionError) : 'the document expands to nothing'
    return { errors: [...errors, malformed(pointer, reason)] }
  }
  const extracted: ExtractedCredential = extractCredential(expanded)
  const graph = subjectGraph(expanded, document, label)
  if (graph.quads.length > ctx.config.limits.quadsPerCredential) {
    throw new BadRequestError('A credential exceeds a limit of this node.', [
      limitFinding(`${pointer}/credentialSubject`, {
        en: `This credential states ${graph.quads.length} facts; the node accepts at most ${ctx.config.limits.quadsPerCredential} per credential.`,
        fr: `Cette attestation énonce ${graph.quads.length} faits ; le nœud en accepte au plus ${ctx.config.limits.quadsPerCredential} par attestation.`,
      }),
    ])
  }
  return {
    credential: {
      pointer,
      document,
      expanded,
      extracted,
      nodePointers: graph.nodePointers,
      quads: graph.quads,
      hash,
      proofType: verification.proofType,
      verified: verification.verified,
    },
    errors,
  }
}

/**
 * SHACL over the union of the submission's claims, with the nodes they link to that the node
 * already holds typed as such (so `sh:class` on `gx:providedBy` or `gx:dependsOn` resolves).
 * Only violations about the submission's own nodes are reported: held nodes were checked when
 * they were stored.
 */
async function checkShapes(
  ctx: PipelineContext,
  credentials: ValidatedCredential[],
): Promise<Finding[]> {
  if (credentials.length === 0) return []
  // the submission's own nodes are those it states facts about; a bare link is not one
  const own = new Map<string, { credential: ValidatedCredential; pointer: string }>()
  for (const credential of credentials) {
    for (const q of credential.quads) {
      const node = termKey(q.subject)
      const pointer = credential.nodePointers.get(node)
      if (pointer !== undefined && !own.has(node)) own.set(node, { credential, pointer })
    }
  }
  const quads = credentials.flatMap((c) => c.quads)
  const data = withInferredTypes(
    normaliseNamespaces([...quads, ...(await heldTypes(ctx, quads, own))]),
  )
  const result = await shapesValidator().validate(data)
  return result.violations
    .filter((v) => own.has(v.focusNode))
    .map((v) => shapeFinding(v, own.get(v.focusNode)!))
}

async function heldTypes(
  ctx: PipelineContext,
  quads: Quad[],
  own: Map<string, unknown>,
): Promise<Quad[]> {
  const linked = [
    ...new Set(
      quads
        .filter((q) => q.object.termType === 'NamedNode' && !q.predicate.equals(RDF_TYPE))
        .map((q) => q.object.value)
        .filter((iri) => !own.has(iri)),
    ),
  ]
  if (linked.length === 0) return []
  const [participants, offerings, resources] = await Promise.all([
    ctx.store.participantsByIds(linked),
    ctx.store.offeringsByIds(linked),
    ctx.store.resourcesByIds(linked),
  ])
  const typed: [string, string[]][] = [
    ...[...participants.values()].map((p): [string, string[]] => [
      p.id,
      ['gx:LegalPerson', 'gx:LegalParticipant'],
    ]),
    ...offerings.map((o): [string, string[]] => [o.id, o.types]),
    ...resources.map((r): [string, string[]] => [r.id, r.types]),
  ]
  return typed.flatMap(([id, types]) =>
    types
      .filter((t) => t.startsWith('gx:'))
      .flatMap((t) =>
        [GX_LOIRE, GX_TAGUS].map((ns) => quad(namedNode(id), RDF_TYPE, namedNode(ns + t.slice(3)))),
      ),
  )
}

function termKey(term: Quad['subject']): string {
  return term.termType === 'BlankNode' ? `_:${term.value}` : term.value
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
