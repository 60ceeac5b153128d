import type { Context } from 'hono'
import type { HonoEnv } from './env.js'
import { AppError, BadRequestError } from '../errors.js'
import { checkJsonLimits, limitError } from '../validation/limits.js'
import type { Submission } from '../validation/submission.js'

const JSON_TYPES = /^application\/(json|ld\+json|vp\+ld\+json|vc\+ld\+json)\s*(;|$)/i
// `vc+ld+json+jwt` is VC-JOSE-COSE's other name for a VC-JWT; `vc+ld+jwt` the draft GXDCH uses
const JWT_TYPE = /^application\/(vc|vp)(\+ld|\+ld\+json)?\+jwt\s*(;|$)/i
// compact JWS: three base64url parts (the payload may not be empty for a credential)
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/

/**
 * Reads what a partner submits: a JSON-LD credential or presentation, or a compact VC-JWT /
 * VP-JWT sent as `application/vc+jwt` / `application/vp+jwt`.
 */
export async function readSubmission(c: Context): Promise<Submission> {
  const match = JWT_TYPE.exec(c.req.header('Content-Type') ?? '')
  if (!match) return { json: await readJsonObject(c) }
  const jwt = (await readText(c)).trim()
  if (!COMPACT_JWS.test(jwt)) {
    throw new BadRequestError('The body is not a compact JWT.', [
      {
        code: 'jwt-malformed',
        path: '',
        message: {
          en: 'The body is not a compact JWT (three base64url parts separated by dots).',
          fr: 'Le corps n’est pas un JWT compact (trois parties base64url séparées par des points).',
        },
        severity: 'violation',
      },
    ])
  }
  const mediaType = match[1]!.toLowerCase() === 'vc' ? 'application/vc+jwt' : 'application/vp+jwt'
  return { jwt, mediaType }
}

/** A presentation to authenticate a partner: JSON-LD, or a VP-JWT. */
export async function readPresentation(c: Context): Promise<Record<string, unknown> | string> {
  const submission = await readSubmission(c)
  if ('json' in submission) return submission.json
  if (submission.mediaType !== 'application/vp+jwt') {
    throw new AppError(
      'unsupported-media-type',
      'A partner signs in with a presentation: send a VP-JWT as application/vp+jwt, or JSON-LD.',
    )
  }
  return submission.jwt
}

/**
 * Reads a JSON object body: the right media type, well-formed JSON, an object. Anything else is a
 * 4xx problem that says what to send instead.
 */
export async function readJsonObject(c: Context): Promise<Record<string, unknown>> {
  const type = c.req.header('Content-Type') ?? ''
  if (!JSON_TYPES.test(type)) {
    throw new AppError(
      'unsupported-media-type',
      'Send the body as application/json or application/ld+json (a VC-JWT or VP-JWT as application/vc+jwt or application/vp+jwt where the endpoint takes one).',
    )
  }
  const text = await readText(c)
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new BadRequestError('The body is not well-formed JSON.', [
      {
        code: 'json-invalid',
        path: '',
        message: {
          en: 'The body is not well-formed JSON.',
          fr: 'Le corps n’est pas un JSON bien formé.',
        },
        severity: 'violation',
      },
    ])
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new BadRequestError('The body must be a JSON object: a credential or a presentation.')
  }
  return body as Record<string, unknown>
}

/**
 * `readJsonObject` held to the node's limits (depth, string lengths, the request's budget of
 * values, objects and inline context terms) before anything expands or canonicalises it.
 */
export async function readBoundedJsonObject(c: Context<HonoEnv>): Promise<Record<string, unknown>> {
  const body = await readJsonObject(c)
  const { limits } = c.var.ctx.config
  const breach = checkJsonLimits(body, limits)
  if (breach) throw limitError(breach)
  return body
}

/**
 * The body as UTF-8 text, strictly: an invalid byte sequence (an overlong form, a lone surrogate
 * encoded in UTF-8, a stray byte) is a 400, where a lenient decoder would swap in U+FFFD and the
 * node would sign, hash or index text the sender never wrote.
 */
async function readText(c: Context): Promise<string> {
  const bytes = await c.req.arrayBuffer()
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw new BadRequestError('The body is not valid UTF-8.', [
      {
        code: 'unicode-invalid',
        path: '',
        message: {
          en: 'The body is not valid UTF-8: it holds an overlong form, an encoded surrogate or a stray byte.',
          fr: 'Le corps n’est pas de l’UTF-8 valide : il contient une forme trop longue, un demi-code de substitution encodé ou un octet isolé.',
        },
        severity: 'violation',
      },
    ])
  }
}
