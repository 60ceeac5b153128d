// The business rules of the validation pipeline: what SHACL cannot say (check digits, dates
// against the clock, links to what the node holds). Every rule reads the expanded form, so the
// Loire, development and Tagus namespaces are treated alike, and reports findings as data.
import type { ExtractedCredential } from '../model/extract.js'
import type { ExpandedNode } from '../model/expanded.js'
import type { Finding } from '../errors.js'
import { checkDependencies, checkProviders, type LocatedCredential } from './rules/links.js'
import { locateNodes } from './rules/locate.js'
import { checkEnvelopes, checkIds, checkSubjects } from './rules/subjects.js'
import { checkValidity } from './rules/validity.js'
import { checkValues, registrantCountries } from './rules/values.js'

export type CheckedCredential = {
  /** JSON Pointer of this credential inside the submitted document ('' for a lone credential, '/verifiableCredential/2' in a presentation) */
  pointer: string
  /** compact JSON as submitted (for a VC-JWT, its decoded payload) */
  document: Record<string, unknown>
  /** The credential as secured, when that is not `document` itself: a VC-JWT's compact form. */
  securedForm?: string
  /** jsonld.expand output for it (first node) */
  expanded: ExpandedNode
  extracted: ExtractedCredential
  /** JSON Pointer (relative to `pointer`) of each node of the credential by its id (IRI or the blank-node label used in `expanded`); may be empty, the rules then search `document` by key */
  nodePointers: Map<string, string>
}

export type RuleContext = {
  now: Date
  /** default 5 min */
  clockSkewMs: number
  /** whether the node already holds this offering (active) */
  knownOffering(id: string): Promise<boolean>
  participant(idOrDid: string): Promise<{ id: string; did: string } | undefined>
}

export const DEFAULT_CLOCK_SKEW_MS = 5 * 60_000

/** Every code `checkRules` may report. */
export const RULE_CODES = [
  'envelope-ambiguous',
  'id-bidi-control',
  'subject-type-unknown',
  'credential-subjects-multiple',
  'attestation-describes-subject',
  'subject-id-not-issuer',
  'issuer-not-provider',
  'provider-unknown',
  'registration-number-invalid',
  'terms-hash-invalid',
  'credential-not-yet-valid',
  'credential-expired',
  'country-code-invalid',
  'depends-on-unknown',
] as const
export type RuleCode = (typeof RULE_CODES)[number]

type Rule = (credentials: LocatedCredential[], ctx: RuleContext) => Finding[] | Promise<Finding[]>

// Order is the order of the report: by and about whom, who issued what, when, the claims, the links.
const RULES: readonly Rule[] = [
  (credentials) => checkEnvelopes(credentials),
  (credentials) => checkIds(credentials),
  (credentials) => checkSubjects(credentials),
  (credentials, ctx) => checkProviders(credentials, ctx),
  (credentials, ctx) => credentials.flatMap((c) => checkValidity(c.credential, ctx)),
  (credentials) => {
    const nodes = credentials.flatMap((c) => c.nodes)
    return checkValues(nodes, { registrantCountry: registrantCountries(nodes) })
  },
  (credentials, ctx) => checkDependencies(credentials, ctx),
]

/**
 * Runs the business rules over the credentials of one submission (a lone credential or the
 * credentials of a presentation) and returns their findings, each with a JSON Pointer into the
 * submitted document. Links resolve within the submission before `ctx` is asked.
 *
 * @example
 * const findings = await checkRules(credentials, {
 *   now: new Date(), clockSkewMs: DEFAULT_CLOCK_SKEW_MS,
 *   knownOffering: (id) => store.hasOffering(id), participant: (id) => store.participant(id),
 * })
 */
export async function checkRules(
  credentials: CheckedCredential[],
  ctx: RuleContext,
): Promise<Finding[]> {
  const located = credentials.map((credential) => ({ credential, nodes: locateNodes(credential) }))
  const findings: Finding[] = []
  for (const rule of RULES) findings.push(...(await rule(located, ctx)))
  return findings
}
