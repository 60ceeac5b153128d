// What a submission is made of before any credential is checked: a JSON-LD credential or
// presentation, or a compact VC-JWT / VP-JWT, split into its credentials (each a JSON-LD object,
// an EnvelopedVerifiableCredential or a VC-JWT) with the JSON Pointer each is reported under.
import type { Config } from '../config.js'
import { credentialHash } from '../credentials/hash.js'
import {
  decodeCompactJwt,
  envelopedJwtOf,
  isEnveloped,
  jwtKindOf,
} from '../credentials/jwt/vc-jwt.js'
import { BadRequestError, type Finding } from '../errors.js'
import {
  checkJsonLimits,
  jsonBudget,
  limitError,
  limitFinding,
  type JsonBudget,
  type Limits,
} from './limits.js'

export type JwtMediaType = 'application/vc+jwt' | 'application/vp+jwt'

/**
 * A document to validate or ingest: JSON-LD as parsed, or a compact JWT as received with the media
 * type it came with (`Content-Type: application/vc+jwt` or `application/vp+jwt`), if known.
 */
export type Submission =
  { json: Record<string, unknown> } | { jwt: string; mediaType?: JwtMediaType }

/** One credential of a submission: JSON to read as JSON-LD or as an envelope, or a VC-JWT. */
export type Entry = { pointer: string } & ({ value: unknown } | { jwt: string })

export type SubmissionEntries = {
  entries: Entry[]
  /** Findings about the submission itself (an undecodable VP-JWT, a wrong media type). */
  errors: Finding[]
  /** The presentation, when the submission is one (decoded, for a VP-JWT). */
  presentation?: Record<string, unknown>
  /** What the request may still spend: the VC-JWTs its entries carry are charged to it when decoded. */
  budget: JsonBudget
}

type SizeLimits = { limits: Limits; bodyLimit: Config['bodyLimit'] }

/**
 * A JSON-LD document or a compact JWT (VC-JWT or VP-JWT, told apart by its `typ`) as a submission.
 *
 * @example
 * submissionOf(body) // { json: body }
 * submissionOf('eyJhbGciOiJFUzI1NiIsInR5cCI6InZjK2p3dCJ9…') // { jwt: '…' }
 */
export function submissionOf(document: Record<string, unknown> | string): Submission {
  return typeof document === 'string' ? { jwt: document } : { json: document }
}

/**
 * The credentials of a submission, after the limits a document must respect before any
 * cryptographic or JSON-LD work is spent on it: JWT length, nesting depth, string lengths (of a
 * JSON-LD document or of a VP-JWT's decoded payload), credentials per presentation. A breach is a
 * `BadRequestError`; a VP-JWT that does not decode is a finding.
 *
 * @example
 * const { entries, errors } = submissionEntries({ jwt }, ctx.config)
 */
export function submissionEntries(submission: Submission, config: SizeLimits): SubmissionEntries {
  const budget = jsonBudget(config.limits)
  if ('json' in submission) {
    return {
      entries: checkDocumentLimits(submission.json, config.limits, budget),
      errors: [],
      presentation: submission.json,
      budget,
    }
  }
  const { jwt, mediaType } = submission
  // a VC-JWT must fit where a presentation envelopes it (a string of the payload); a VP-JWT
  // holds several of them, so it is bounded by the body limit alone
  const kind = jwtKindOf(jwt) ?? (mediaType === 'application/vp+jwt' ? 'vp' : 'vc')
  const max =
    kind === 'vp'
      ? Math.max(config.bodyLimit, config.limits.stringLength)
      : config.limits.stringLength
  checkJwtLength(jwt, '', max)
  const decoded = decodeCompactJwt(jwt)
  if ('error' in decoded) return { entries: [], errors: [decoded.error], budget }
  if (mediaType && mediaType !== `application/${kind}+jwt`) {
    const error: Finding = {
      code: 'jwt-type-invalid',
      path: '',
      message: {
        en: `The body was sent as ${mediaType} but holds a ${kind.toUpperCase()}-JWT; send it as application/${kind}+jwt.`,
        fr: `Le corps a été envoyé en ${mediaType} mais contient un ${kind.toUpperCase()}-JWT ; envoyez-le en application/${kind}+jwt.`,
      },
      severity: 'violation',
    }
    return { entries: [], errors: [error], budget }
  }
  if (kind === 'vc') return { entries: [{ pointer: '', jwt }], errors: [], budget }
  const types = Array.isArray(decoded.payload.type) ? decoded.payload.type : [decoded.payload.type]
  if (!types.includes('VerifiablePresentation')) {
    const error: Finding = {
      code: 'jwt-type-invalid',
      path: '/type',
      message: {
        en: 'A VP-JWT payload is a presentation: its `type` must include VerifiablePresentation.',
        fr: 'La charge utile d’un VP-JWT est une présentation : son `type` doit comprendre VerifiablePresentation.',
      },
      severity: 'violation',
    }
    return { entries: [], errors: [error], budget }
  }
  return {
    entries: checkDocumentLimits(decoded.payload, config.limits, budget),
    errors: [],
    presentation: decoded.payload,
    budget,
  }
}

/**
 * The limits of a JSON-LD document (nesting depth, string lengths, the request's budget,
 * credentials per presentation). Returns its credentials.
 */
export function checkDocumentLimits(
  document: Record<string, unknown>,
  limits: Limits,
  budget: JsonBudget = jsonBudget(limits),
): Entry[] {
  const breach = checkJsonLimits(document, limits, budget)
  if (breach) throw limitError(breach)
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

/**
 * The VC-JWT an `EnvelopedVerifiableCredential` carries in its `id` (VC 2.0 §4.13,
 * VC-JOSE-COSE §3.1.2): a data URL `data:application/vc+jwt,<JWT>` (or `vc+ld+json+jwt`), with
 * no parameters and no base64 encoding, the JWT itself being ASCII. `pointer` is the entry's.
 *
 * @example
 * envelopedJwt({ type: 'EnvelopedVerifiableCredential', id: 'data:application/vc+jwt,eyJ…' }, '/verifiableCredential/0', limits)
 */
export function envelopedJwt(
  envelope: Record<string, unknown>,
  pointer: string,
  limits: Limits,
): { jwt: string } | { error: Finding } {
  const path = `${pointer}/id`
  const carried = envelopedJwtOf(envelope)
  if ('malformed' in carried) {
    return envelopeError('jwt-malformed', path, {
      en: 'An EnvelopedVerifiableCredential carries its credential in `id` as a data URL: data:application/vc+jwt,<JWT>.',
      fr: 'Une EnvelopedVerifiableCredential porte son attestation dans `id` sous forme d’URL data : data:application/vc+jwt,<JWT>.',
    })
  }
  if ('unsupported' in carried) {
    return envelopeError('format-unsupported', path, {
      en: `The enveloped credential is "${carried.unsupported.slice(0, 100)}"; this node accepts application/vc+jwt and application/vc+ld+json+jwt (without parameters or base64).`,
      fr: `L’attestation enveloppée est « ${carried.unsupported.slice(0, 100)} » ; ce nœud accepte application/vc+jwt et application/vc+ld+json+jwt (sans paramètre ni base64).`,
    })
  }
  checkJwtLength(carried.jwt, path, limits.stringLength)
  return carried
}

/**
 * The credential hash (API.md) of one entry, without verifying it: a VC-JWT's (an enveloped one
 * included) is that of its compact form, a JSON-LD credential's that of its JCS form.
 *
 * @example
 * await entryHash({ pointer: '/verifiableCredential/0', value: credential }, limits) // 'sha256-…'
 */
export async function entryHash(entry: Entry, limits: Limits): Promise<string | undefined> {
  if ('jwt' in entry) return credentialHash(entry.jwt)
  const { value } = entry
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  if (!isEnveloped(value as Record<string, unknown>)) return credentialHash(value)
  const enveloped = envelopedJwt(value as Record<string, unknown>, entry.pointer, limits)
  return 'jwt' in enveloped ? credentialHash(enveloped.jwt) : undefined
}

function credentialsOf(document: Record<string, unknown>): Entry[] {
  const types = Array.isArray(document.type) ? document.type : [document.type]
  if (!types.includes('VerifiablePresentation')) return [{ value: document, pointer: '' }]
  const held = document.verifiableCredential
  if (held === undefined) return []
  return Array.isArray(held)
    ? held.map((value, i) => ({ value, pointer: `/verifiableCredential/${i}` }))
    : [{ value: held, pointer: '/verifiableCredential' }]
}

// Checked before the JWT is decoded: a hostile token costs a length comparison and nothing more.
function checkJwtLength(jwt: string, path: string, max: number): void {
  if (jwt.length <= max) return
  throw new BadRequestError('A JWT exceeds a limit of this node.', [
    limitFinding(path, {
      en: `This JWT is ${jwt.length} characters long; the node accepts at most ${max}.`,
      fr: `Ce JWT compte ${jwt.length} caractères ; le nœud en accepte au plus ${max}.`,
    }),
  ])
}

function envelopeError(
  code: string,
  path: string,
  message: Finding['message'],
): { error: Finding } {
  return { error: { code, path, message, severity: 'violation' } }
}
