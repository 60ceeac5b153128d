// What a page shows of an offering's stored credential beyond the index: every certification
// claim (in progress ones too) and the documents that back the claims and the criteria, read the
// way the catalogue reads them (model/claims.ts, model/certifications.ts).
import type { AppContext } from '../context.js'
import { certificationClaims, type CertificationClaim } from '../model/certifications.js'
import { expandedClaimsOf } from '../model/claims.js'
import {
  SCHEMA,
  VC,
  compactType,
  gxValues,
  literals,
  nodes,
  values,
  type ExpandedNode,
} from '../model/expanded.js'
import type { CredentialRow } from '../store/store.js'

export type EvidenceDocument = {
  type: string
  url: string
  statement: string
  governingLaw: string[]
}

export type OfferingEvidence = {
  /** Who signed the credential: the provider itself (self-declared) or a third party. */
  issuer: string
  claims: CertificationClaim[]
  /** Legal and compliance documents the credential links, with what it says of each. */
  documents: EvidenceDocument[]
}

// Reading a credential's claims expands its JSON-LD (about a millisecond), twenty times for a
// page of results. What is read depends on the signed document alone, which its hash names, so
// it is kept by hash: never stale, and bounded (the least recently read goes first).
const KEPT = 2000
const kept = new Map<string, OfferingEvidence>()

/**
 * The claims and documents of the stored credential `hash`; undefined when the node does not
 * hold it (a peer's live answer) or it cannot be read.
 */
export async function offeringEvidence(
  ctx: Pick<AppContext, 'store' | 'loader'>,
  hash: string,
): Promise<OfferingEvidence | undefined> {
  const known = kept.get(hash)
  if (known) {
    kept.delete(hash)
    kept.set(hash, known)
    return known
  }
  const credential = await ctx.store.getCredential(hash)
  if (!credential) return undefined
  const evidence = await read(ctx, credential)
  kept.set(hash, evidence)
  if (kept.size > KEPT) kept.delete(kept.keys().next().value!)
  return evidence
}

async function read(
  ctx: Pick<AppContext, 'loader'>,
  credential: CredentialRow,
): Promise<OfferingEvidence> {
  const subject = nodes(
    values(await expandedClaimsOf(ctx, credential), `${VC}credentialSubject`),
  )[0]
  const issuer = credential.issuer
  if (!subject) return { issuer, claims: [], documents: [] }
  return { issuer, claims: certificationClaims(subject), documents: documentsOf(subject) }
}

function documentsOf(subject: ExpandedNode): EvidenceDocument[] {
  const found = new Map<string, EvidenceDocument>()
  const add = (document: ExpandedNode, statement: string) => {
    const url = literals(gxValues(document, 'url'))[0]
    if (!url) return
    const type = compactType(document['@type']?.[0] ?? '')
    const known = found.get(url)
    const governingLaw = literals(gxValues(document, 'governingLawCountries'))
    found.set(url, { type, url, statement: known?.statement || statement, governingLaw })
  }
  for (const measure of nodes(gxValues(subject, 'requiredMeasures'))) {
    const statement = text(measure)
    for (const document of nodes(gxValues(measure, 'legalDocuments'))) add(document, statement)
  }
  for (const document of nodes(gxValues(subject, 'legalDocuments'))) add(document, text(document))
  return [...found.values()]
}

function text(node: ExpandedNode): string {
  return [
    ...literals(values(node, `${SCHEMA}name`)),
    ...literals(values(node, `${SCHEMA}description`)),
  ].join(' ')
}

/**
 * The milestone a claim in progress has reached, where its statement names one (SecNumCloud's
 * J0…J3 steps, from the application's acceptance to the decision).
 *
 * @example
 * milestone(evidence, 'SecNumCloud') // 'J0'
 */
export function milestone(
  evidence: OfferingEvidence | undefined,
  claim: CertificationClaim,
): string | undefined {
  const statement = evidence?.documents.find((d) => d.url === claim.evidence)?.statement ?? ''
  return /\bJ[0-3]\b/.exec(statement)?.[0]
}
