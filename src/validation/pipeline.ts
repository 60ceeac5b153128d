import { DataFactory, type Quad } from 'n3'
import { securedFormOf } from '../model/claims.js'
import type { AppContext } from '../context.js'
import { JWS_2020_FINDING_CODES } from '../credentials/jws-2020/jws-2020-findings.js'
import type { Finding } from '../errors.js'
import { timeStage } from '../metrics.js'
import { nextTurn, pauseEvery } from '../turns.js'
import { checkEntry, type ValidatedCredential } from './check-credential.js'
import { checkRules } from './rules.js'
import {
  checkAttestations,
  isAttestation,
  type LabelLevel,
  type Secured,
} from './rules/compliance.js'
import { locateNodes } from './rules/locate.js'
import { normaliseNamespaces, shapesValidator, withInferredTypes } from './shacl.js'
import { shapeFinding } from './shape-findings.js'
import {
  submissionEntries,
  submissionOf,
  type Submission,
  type SubmissionEntries,
} from './submission.js'

export type { CredentialFormat, ValidatedCredential } from './check-credential.js'
export {
  checkDocumentLimits,
  submissionOf,
  type JwtMediaType,
  type Submission,
  type SubmissionEntries,
} from './submission.js'

export type ValidationReport = {
  /** Shapes and business rules hold for every credential. */
  conforms: boolean
  /** Every credential's proof verifies. */
  verified: boolean
  errors: Finding[]
  credentials: { id: string | null; types: string[]; hash: string; issuer: string }[]
}

export type Validation = {
  report: ValidationReport
  credentials: ValidatedCredential[]
  /** Credential hash → the label level a trusted compliance service attests for it. */
  attested: Map<string, LabelLevel>
  /** The hashes each trusted attestation of the submission covers (checkAttestations). */
  attestedTogether: string[][]
}

/** What validation reads from the node: config, held credentials, contexts, DIDs, trust. */
export type PipelineContext = Pick<
  AppContext,
  'config' | 'store' | 'loader' | 'clock' | 'resolveDid' | 'trustAnchors' | 'fetchRemote'
> &
  Partial<Pick<AppContext, 'metrics'>>

const { literal, namedNode, quad } = DataFactory
const RDF_TYPE = namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type')
const GX_LOIRE = 'https://w3id.org/gaia-x/2511#'
const GX_TAGUS =
  'https://registry.lab.gaia-x.eu/development/api/trusted-shape-registry/v1/shapes/jsonld/trustframework#'

/**
 * The one validation pipeline every write path uses: limits → parse → expand with the pinned
 * loader → verify every proof → SHACL over the whole submission plus what the node already holds
 * → business rules → one report. A submission is a JSON-LD credential or presentation (whose
 * entries may be EnvelopedVerifiableCredentials), a VC-JWT or a VP-JWT; a JWT credential's
 * decoded payload goes down the same path as a JSON-LD credential, and its findings point into
 * that payload. It stores nothing; writers store `credentials` only when the report has no
 * violation. `read` is the submission as a write path already read it for its limits (before the
 * holder's proof): it is not read again.
 *
 * @example
 * const { report, credentials } = await validateSubmission(ctx, { jwt, mediaType: 'application/vp+jwt' })
 * if (report.conforms && report.verified) await store.putCredentials(...)
 */
export async function validateSubmission(
  ctx: PipelineContext,
  submission: Submission,
  read?: SubmissionEntries,
): Promise<Validation> {
  const { entries, budget, ...rest } =
    read ?? (await timeStage(ctx.metrics, 'read', () => submissionEntries(submission, ctx.config)))
  const errors = [...rest.errors]

  const credentials: ValidatedCredential[] = []
  const checks = await timeStage(ctx.metrics, 'check', () => checkEntries(ctx, entries, budget))
  for (const check of checks) {
    if (check.status === 'rejected') throw check.reason
    errors.push(...check.value.errors)
    if (check.value.credential) credentials.push(check.value.credential)
  }
  if (entries.length === 0 && errors.length === 0) {
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

  await nextTurn()
  errors.push(...(await timeStage(ctx.metrics, 'shapes', () => checkShapes(ctx, credentials))))
  const compliance = await timeStage(ctx.metrics, 'rules', async () => {
    errors.push(
      ...(await checkRules(credentials, {
        now: ctx.clock(),
        clockSkewMs: ctx.config.clockSkewMs,
        knownOffering: async (id) => (await ctx.store.getOffering(id))?.status === 'active',
        participant: (idOrDid) => ctx.store.getParticipant(idOrDid),
      })),
    )
    return checkCompliance(ctx, credentials)
  })
  errors.push(...compliance.findings)

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
    attested: compliance.attested,
    attestedTogether: compliance.together,
  }
}

/**
 * Every entry's check, each started once the one before has reached its first await: one's
 * Ed25519 verification runs on libuv's threads (WebCrypto) while the next one expands
 * (presentations of 50: 613 → 788 credentials/s). A breach of the node's limits throws, and the
 * first entry in order to throw is the one reported, as one after another would have (each
 * spends the request's budget before its first await).
 */
async function checkEntries(
  ctx: PipelineContext,
  entries: SubmissionEntries['entries'],
  budget: SubmissionEntries['budget'],
) {
  const started: Promise<PromiseSettledResult<Checked>>[] = []
  const pause = pauseEvery(CHECKS_STRETCH_MS)
  let thrown = false
  for (const [index, entry] of entries.entries()) {
    // once one has thrown, the submission is refused with it or with an earlier one: the later
    // ones would be work for nothing, as many as the sender likes
    if (thrown) break
    // settled at once: a check that fails while later ones start would otherwise be a rejection
    // nobody handles when the event loop turns, and Node ends the process for one
    started.push(
      checkEntry(ctx, entry, `c${index}`, budget).then(
        (value) => ({ status: 'fulfilled', value }),
        (reason: unknown) => {
          thrown = true
          return { status: 'rejected', reason }
        },
      ),
    )
    await pause()
  }
  return Promise.all(started)
}

type Checked = Awaited<ReturnType<typeof checkEntry>>

// Starting checks hands the event loop over every 3 ms (turns.ts; on Node: workerd's clock stands
// still while code runs). bench/ingest.ts, a buyer searching while four partners submit, the
// builds in turn: the search's p50 went from 44–61 to 24–47 ms, the ingest rate did not move.
// A turn after every start took it to ~10 ms, but cost a tenth of the ingest rate.
const CHECKS_STRETCH_MS = 3

/** Compliance and label credentials of the submission, checked against what they cover. */
async function checkCompliance(ctx: PipelineContext, credentials: ValidatedCredential[]) {
  if (!credentials.some((c) => isAttestation(c.extracted.types))) {
    return { findings: [], attested: new Map<string, LabelLevel>(), together: [] }
  }
  const located = credentials.map((credential) => ({ credential, nodes: locateNodes(credential) }))
  return checkAttestations(located, {
    trustedIssuers: ctx.config.trustedCompliance,
    heldCredentials: heldCredentials(ctx.store),
  })
}

/** What a compliance credential may cover among the credentials the node holds. */
export function heldCredentials(store: PipelineContext['store']) {
  return async (credentialId: string): Promise<Secured[]> =>
    (await store.activeCredentials(credentialId)).map((row) => ({
      hash: row.hash,
      securedForm: securedFormOf(row),
    }))
}

/**
 * `validateSubmission` for a JSON-LD credential or presentation, or a compact VC-JWT or VP-JWT
 * (told apart by its `typ`).
 *
 * @example
 * const { report } = await validateDocument(ctx, body)
 */
export function validateDocument(
  ctx: PipelineContext,
  document: Record<string, unknown> | string,
): Promise<Validation> {
  return validateSubmission(ctx, submissionOf(document))
}

// what `verified` reports; every other violation makes the submission non-conforming
const PROOF_FINDINGS = new Set([
  'proof-missing',
  'signature-invalid',
  'proof-purpose-invalid',
  'verification-method-unresolvable',
  'jwt-algorithm-unsupported',
  'jwt-type-invalid',
  ...JWS_2020_FINDING_CODES,
])

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
  const quads = asCompliantCredentials(credentials.flatMap((c) => c.quads))
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

/**
 * The entries of a label's gx:compliantCredentials as gx:CompliantCredential nodes. Live
 * compliance engines (CD25.10) type each entry with the class of the credential it covers
 * (`gx:LegalPerson`…) and no gx:credentialType: read as it is, an entry would be checked as a
 * participant or an offering. Its class becomes its gx:credentialType, as CD25.11 writes it.
 */
function asCompliantCredentials(quads: Quad[]): Quad[] {
  const entries = new Set(
    quads
      .filter((q) => GX_NS.some((ns) => q.predicate.value === `${ns}compliantCredentials`))
      .map((q) => termKey(q.object as Quad['subject'])),
  )
  if (entries.size === 0) return quads
  const out: Quad[] = []
  const typed = new Set<string>()
  const described = new Set(
    quads
      .filter(
        (q) => entries.has(termKey(q.subject)) && q.predicate.value.endsWith('credentialType'),
      )
      .map((q) => termKey(q.subject)),
  )
  for (const q of quads) {
    const key = termKey(q.subject)
    if (!entries.has(key) || !q.predicate.equals(RDF_TYPE)) {
      out.push(q)
      continue
    }
    if (q.object.value.endsWith('#CompliantCredential')) {
      out.push(q)
      typed.add(key)
      continue
    }
    if (!described.has(key)) {
      const local = q.object.value.slice(q.object.value.lastIndexOf('#') + 1)
      out.push(quad(q.subject, namedNode(`${GX_LOIRE}credentialType`), literal(`gx:${local}`)))
      described.add(key)
    }
    if (!typed.has(key)) {
      out.push(quad(q.subject, RDF_TYPE, namedNode(`${GX_LOIRE}CompliantCredential`)))
      typed.add(key)
    }
  }
  return out
}

const GX_NS = [GX_LOIRE, 'https://w3id.org/gaia-x/development#', GX_TAGUS]

function termKey(term: Quad['subject']): string {
  return term.termType === 'BlankNode' ? `_:${term.value}` : term.value
}
