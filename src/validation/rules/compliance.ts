// Compliance and label credentials: a Gaia-X compliance service vouches for other credentials by
// quoting their digests (Tagus `gx:compliance` with `gx:integrity`, Loire `gx:LabelCredential`
// with `digestSRI`). A label level counts as attested only when the service is one the operator
// trusts and every digest matches the credential it names.
import canonicalize from 'canonicalize'
import { credentialHash } from '../../credentials/hash.js'
import { VC } from '../../model/expanded.js'
import type { Finding } from '../../errors.js'
import type { CheckedCredential } from '../rules.js'
import type { LocatedCredential } from './links.js'
import { finding, gxValuesAt, literal, typesOf, valuesAt, type Located } from './locate.js'

export type LabelLevel = 'SC' | 'L1' | 'L2' | 'L3'

/** What one compliance or label credential claims. */
export type Attestation = {
  credential: CheckedCredential
  issuer: string
  /** Loire states the level; a Tagus compliance credential attests Standard Compliance. */
  level: LabelLevel
  covers: Cover[]
}

type Cover = { id: string; digest: string; pointer: string; property: string }

export type ComplianceContext = {
  /** DIDs of the compliance services the operator trusts (GXC_TRUSTED_COMPLIANCE). */
  trustedIssuers: ReadonlySet<string>
  /**
   * Every active credential the node holds with this credential id, whoever issued it: ids are
   * not unique across issuers, so the digest, not the id, says which one is covered.
   */
  heldCredentials(credentialId: string): Promise<Secured[]>
}

/** A credential as it was secured (its JCS form or compact JWT) and its credential hash. */
export type Secured = { hash: string; securedForm: string }

// SRI algorithm names → WebCrypto's: what a compliance service may digest with.
const ALGORITHMS = { sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' } as const

/** Whether a credential (by its `gx:`-compacted types) is a compliance or label credential. */
export function isAttestation(types: string[]): boolean {
  return types.includes('gx:compliance') || types.includes('gx:LabelCredential')
}

/**
 * Whether a credential attests others and describes nothing: a compliance or label credential
 * that is no participant, offering or resource (the rules refuse one that is both). Its subjects
 * are the credentials it covers, by credential id: the node files it under none of them, so it
 * neither takes a subject from its describer nor attaches itself to another's.
 */
export function attestsOnly(extracted: CheckedCredential['extracted']): boolean {
  const { types, participant, offering, resource } = extracted
  return isAttestation(types) && !participant && !offering && !resource
}

function issuerOf(credential: CheckedCredential): string {
  return (credential.extracted.issuer ?? '').split('#', 1)[0]!
}

/** Reads the attestation a credential makes, if it is a compliance or label credential. */
function attestationOf(c: LocatedCredential): Attestation | undefined {
  const subjects = c.nodes.filter((at) => at.parent === undefined)
  const tagus = subjects.filter((s) => typesOf(s).includes('gx:compliance'))
  const issuer = issuerOf(c.credential)
  if (tagus.length > 0) {
    const covers = tagus.flatMap((s) => covered(s, gxValuesAt(s, 'integrity')))
    return { credential: c.credential, issuer, level: 'SC', covers }
  }
  const label = subjects.find((s) => typesOf(s).includes('gx:LabelCredential'))
  if (!label) return undefined
  const level = gxValuesAt(label, 'labelLevel').map((v) => literal(v.value))[0]
  // The entries of gx:compliantCredentials, whatever their type: a CompliantCredential (CD25.11),
  // or the class of the credential covered (CD25.10, as live compliance engines issue them). The
  // located children keep their place in the submitted JSON, so findings point at the digest.
  const entries = new Set(gxValuesAt(label, 'compliantCredentials').map((v) => v.value))
  const covers = c.nodes
    .filter((at) => at.parent === label && entries.has(at.node))
    .flatMap((at) =>
      covered(
        at,
        valuesAt(at, `${VC}digestSRI`).map((d) => ({ ...d, property: `${VC}digestSRI` })),
      ),
    )
  return { credential: c.credential, issuer, level: isLevel(level) ? level : 'SC', covers }
}

/**
 * compliance-issuer-untrusted / compliance-integrity-mismatch / compliance-target-unknown, and the
 * label level each covered credential is attested at when everything holds, keyed by the covered
 * credential's hash: the credential whose secured form the digest matches, in the submission or
 * held, among all those bearing the id the attestation names. `together` lists, for each trusted
 * attestation that holds, the hashes it covers: what the service checked as one presentation (a
 * participant and its notary's registration credential).
 *
 * @example
 * const { findings, attested } = await checkAttestations(located, ctx)
 * attested.get('sha256-9f…') // 'L1'
 */
export async function checkAttestations(
  credentials: LocatedCredential[],
  ctx: ComplianceContext,
): Promise<{ findings: Finding[]; attested: Map<string, LabelLevel>; together: string[][] }> {
  const findings: Finding[] = []
  const attested = new Map<string, LabelLevel>()
  const together: string[][] = []
  const inSubmission = new Map<string, Promise<Secured>[]>()
  for (const { credential } of credentials) {
    const id = credential.extracted.credentialId
    if (!id) continue
    const securedForm = submittedFormOf(credential)
    const secured = credentialHash(securedForm).then((hash) => ({ hash, securedForm }))
    inSubmission.set(id, [...(inSubmission.get(id) ?? []), secured])
  }
  for (const c of credentials) {
    const attestation = attestationOf(c)
    if (!attestation && !isAttestation(c.credential.extracted.types)) continue
    // one typed as an attestation by its envelope alone attests nothing, but is refused alike:
    // an attestation takes no subject from its describer (attestsOnly), so only a trusted
    // service's may be kept
    const issuer = issuerOf(c.credential)
    if (!ctx.trustedIssuers.has(issuer)) {
      findings.push(untrusted(`${c.credential.pointer}/issuer`, issuer))
      continue
    }
    if (!attestation) continue
    const covered: string[] = []
    for (const cover of attestation.covers) {
      const candidates = [
        ...(await Promise.all(inSubmission.get(cover.id) ?? [])),
        ...(await ctx.heldCredentials(cover.id)),
      ]
      const match = await firstMatching(cover.digest, candidates)
      if (match) covered.push(match.hash)
      else findings.push(candidates.length === 0 ? unknownTarget(cover) : mismatch(cover))
    }
    if (covered.length === 0 || covered.length < attestation.covers.length) continue
    for (const hash of covered) attested.set(hash, attestation.level)
    together.push(covered)
  }
  return { findings, attested, together }
}

async function firstMatching(digest: string, candidates: Secured[]): Promise<Secured | undefined> {
  for (const candidate of candidates) {
    if (await digestMatches(digest, candidate.securedForm)) return candidate
  }
  return undefined
}

/**
 * The text a compliance service digests: the compact JWT of a VC-JWT, the RFC 8785 (JCS) form of
 * a JSON-LD credential (proof included) — the same bytes as the credential hash.
 */
function submittedFormOf(credential: Pick<CheckedCredential, 'document' | 'securedForm'>) {
  return credential.securedForm ?? canonicalize(credential.document) ?? ''
}

/**
 * Whether `digest` (`sha256-<hex>` as Tagus writes gx:integrity, or an SRI string
 * `sha256-<base64>` / `sha384-…` / `sha512-…`) is the digest of `text`.
 */
export async function digestMatches(digest: string, text: string): Promise<boolean> {
  const match = /^(sha256|sha384|sha512)-([A-Za-z0-9+/=_-]+)$/.exec(digest.trim())
  if (!match) return false
  const algorithm = ALGORITHMS[match[1] as keyof typeof ALGORITHMS]
  const bytes = new Uint8Array(
    await crypto.subtle.digest(algorithm, new TextEncoder().encode(text) as BufferSource),
  )
  const value = match[2]!
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')
  if (value.toLowerCase() === hex) return true
  return value.replace(/=+$/, '') === base64(bytes).replace(/=+$/, '')
}

function covered(
  at: Located,
  digests: (ReturnType<typeof valuesAt>[number] & { property: string })[],
): Cover[] {
  const id = at.node['@id']
  if (typeof id !== 'string') return []
  return digests.flatMap((d) => {
    const digest = literal(d.value)
    return digest ? [{ id, digest, pointer: d.pointer, property: d.property }] : []
  })
}

function isLevel(value: string | undefined): value is LabelLevel {
  return value === 'SC' || value === 'L1' || value === 'L2' || value === 'L3'
}

function base64(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}

function untrusted(path: string, issuer: string): Finding {
  return finding('compliance-issuer-untrusted', path, `${VC}issuer`, {
    en: `${issuer} is not a compliance service this node trusts, so its attestation cannot count. The operator lists trusted services in GXC_TRUSTED_COMPLIANCE.`,
    fr: `${issuer} n’est pas un service de conformité reconnu par ce nœud : son attestation ne peut pas compter. L’opérateur liste les services reconnus dans GXC_TRUSTED_COMPLIANCE.`,
  })
}

function unknownTarget(cover: Cover): Finding {
  return finding('compliance-target-unknown', cover.pointer, cover.property, {
    en: `The attested credential ${cover.id} is neither in this submission nor held by this node; submit it with its compliance credential.`,
    fr: `L’attestation visée ${cover.id} n’est ni dans cette soumission ni détenue par ce nœud ; soumettez-la avec son attestation de conformité.`,
  })
}

function mismatch(cover: Cover): Finding {
  return finding('compliance-integrity-mismatch', cover.pointer, cover.property, {
    en: `The digest does not match credential ${cover.id}: it changed after the compliance service checked it. Have the current version checked again.`,
    fr: `L’empreinte ne correspond pas à l’attestation ${cover.id} : elle a changé depuis son contrôle par le service de conformité. Faites vérifier la version actuelle.`,
  })
}
