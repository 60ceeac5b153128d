import type { Context } from 'hono'
import { AppError, BadRequestError } from '../errors.js'

const JSON_TYPES = /^application\/(json|ld\+json|vp\+ld\+json|vc\+ld\+json)\s*(;|$)/i
const JWT_TYPES = /^application\/(vc|vp)\+jwt\s*(;|$)/i

/**
 * Reads a JSON object body: the right media type, well-formed JSON, an object. Anything else is a
 * 4xx problem that says what to send instead.
 */
export async function readJsonObject(c: Context): Promise<Record<string, unknown>> {
  const type = c.req.header('Content-Type') ?? ''
  if (JWT_TYPES.test(type)) {
    throw new AppError(
      'unsupported-media-type',
      'VC-JWT and VP-JWT bodies are not accepted yet; send JSON-LD.',
    )
  }
  if (!JSON_TYPES.test(type)) {
    throw new AppError(
      'unsupported-media-type',
      'Send the body as application/json or application/ld+json.',
    )
  }
  let body: unknown
  try {
    body = JSON.parse(await c.req.text())
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
