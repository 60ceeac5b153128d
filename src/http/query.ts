import type { Context } from 'hono'
import * as z from 'zod'
import { BadRequestError } from '../errors.js'

/** `limit` and `cursor` as API.md defines them for every list. */
export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().min(1).max(512).optional(),
})

/**
 * Parses a route's query string; a bad parameter is a 400 naming it (`/query/<name>`), with a
 * message a person can act on.
 */
export function parseQuery<T extends z.ZodType>(c: Context, schema: T): z.output<T> {
  const parsed = schema.safeParse(c.req.query())
  if (parsed.success) return parsed.data
  throw new BadRequestError(
    'Some query parameters are invalid.',
    parsed.error.issues.map((issue) => ({
      code: 'parameter-invalid',
      path: `/query/${issue.path.join('/')}`,
      message: {
        en: `${issue.path.join('.')}: ${issue.message}`,
        fr: `${issue.path.join('.')} : valeur non valide (${issue.message})`,
      },
      severity: 'violation' as const,
    })),
  )
}
