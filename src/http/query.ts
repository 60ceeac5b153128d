import { z } from '@hono/zod-openapi'

// Hono hands the query validator a parameter given once as a string and one repeated as an
// array; these two wrappers make each parameter one or the other whatever the client sent, as
// `c.req.query()` (first value) and `c.req.queries()` (all values) did before. The document
// shows the wrapped schema.

/** A parameter read once: a repeated one counts by its first value. */
export function single<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (Array.isArray(value) ? value[0] : value), schema)
}

/** A repeatable parameter (`country=FR&country=DE`): OR within it. */
export function repeatable<T extends z.ZodType>(item: T, max: number) {
  return z.preprocess(
    (value) => (typeof value === 'string' ? [value] : value),
    z.array(item).max(max),
  )
}

export const LimitParam = single(z.coerce.number().int().min(1).max(100))
  .default(20)
  .openapi({ description: 'Page size, 1–100.' })

/** `limit` and `cursor` as API.md defines them for every list. */
export const PageQuery = z.object({
  limit: LimitParam,
  cursor: single(z.string().min(1).max(512))
    .optional()
    .openapi({ description: 'The `next` of the previous page, as given.' }),
})
