import type { Certification } from '../store/schema.js'
import { SCHEMA, gxValues, literals, nodes, values, type ExpandedNode } from './expanded.js'

/**
 * A certification or qualification an offering states, read from its evidence documents.
 * `in-progress` is a claim its own words say is not granted yet (SecNumCloud's J0…J3 milestones,
 * a pending audit): buyers filter on certifications, so such a claim is shown but never counted.
 */
export type CertificationClaim = Certification & { status: 'claimed' | 'in-progress' }

// Certification schemes the catalogue recognises in evidence, with the words that name them.
const SCHEMES: [scheme: string, pattern: RegExp][] = [
  ['SecNumCloud', /secnumcloud/i],
  ['HDS', /\bHDS\b|h[ée]bergeur de donn[ée]es de sant[ée]|health data host/i],
  ['ISO27001', /iso[\s/_-]*(iec)?[\s_-]*27001/i],
  ['ISO27017', /iso[\s/_-]*(iec)?[\s_-]*27017/i],
  ['ISO27018', /iso[\s/_-]*(iec)?[\s_-]*27018/i],
  ['ISO27701', /iso[\s/_-]*(iec)?[\s_-]*27701/i],
  ['C5', /\bBSI[\s-]*C5\b|\bC5\b/],
  ['EUCS-high', /eucs[\s-]*high/i],
  ['SOC2', /soc[\s-]*2/i],
]

/** The schemes the catalogue recognises, as `certifications[].scheme` holds them. */
export const CERTIFICATION_SCHEMES: readonly string[] = SCHEMES.map(([scheme]) => scheme)

// How evidence says, in French or English, that a certification is not (yet) granted. Not
// "ongoing" (granted certificates have ongoing surveillance audits) nor "en cours de validité"
// (French for "currently valid").
const NOT_GRANTED =
  /\b(in progress|under way|pending|not yet (granted|issued|obtained|certified)|candidate)\b|\ben cours\b(?! de validit)|\bnon encore\b|\bpas encore\b|\ben attente\b/i

/**
 * Every certification claim stated as evidence (legal documents and required measures), one per
 * scheme; a scheme stated as granted anywhere wins over the same scheme stated as in progress.
 *
 * @example
 * certificationClaims(subject) // [{ scheme: 'SecNumCloud', status: 'in-progress', evidence: 'https://…' }]
 */
export function certificationClaims(subject: ExpandedNode): CertificationClaim[] {
  const found = new Map<string, CertificationClaim>()
  // A measure states the claim in words and links the document proving it: one claim, read whole.
  // The same document listed again among the offering's legal documents adds no claim of its own.
  const measures = nodes(gxValues(subject, 'requiredMeasures')).map((measure) => [
    measure,
    ...nodes(gxValues(measure, 'legalDocuments')),
  ])
  const covered = new Set(measures.flat().flatMap((node) => literals(gxValues(node, 'url'))))
  const documents = nodes(gxValues(subject, 'legalDocuments')).filter(
    (document) => !literals(gxValues(document, 'url')).some((url) => covered.has(url)),
  )
  const claims = [...measures, ...documents.map((document) => [document])]
  for (const claim of claims) {
    const url = claim.flatMap((node) => literals(gxValues(node, 'url')))[0]
    const statements = claim
      .flatMap((node) => [
        ...literals(values(node, `${SCHEMA}name`)),
        ...literals(values(node, `${SCHEMA}description`)),
      ])
      .join(' ')
    const words = `${statements} ${url ?? ''}`
    const status = NOT_GRANTED.test(statements) ? 'in-progress' : 'claimed'
    for (const [scheme, pattern] of SCHEMES) {
      if (!pattern.test(words) || found.get(scheme)?.status === 'claimed') continue
      found.set(scheme, { scheme, status, ...(url ? { evidence: url } : {}) })
    }
  }
  return [...found.values()]
}

/** The certifications an offering holds as far as its credentials say: granted claims only. */
export function grantedCertifications(subject: ExpandedNode): Certification[] {
  return certificationClaims(subject)
    .filter((claim) => claim.status === 'claimed')
    .map(({ status: _status, ...certification }) => certification)
}
