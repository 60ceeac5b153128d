import { z } from '@hono/zod-openapi'

export const TextSchema = z
  .object({ en: z.string(), fr: z.string() })
  .openapi('Text', { description: 'The same message in English and in French.' })

/** A finding as API.md defines it, in problems and in validation reports. */
export const FindingSchema = z
  .object({
    code: z.string(),
    path: z.string().openapi({
      description: 'JSON Pointer into the document as submitted.',
      example: '/query/limit',
    }),
    property: z.string().optional().openapi({ description: 'Full IRI of the RDF property.' }),
    message: TextSchema,
    severity: z.enum(['violation', 'warning']),
  })
  .openapi('Finding')

/** RFC 9457, as API.md has it; `errors[]` carries the individual findings. */
export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: 'http://127.0.0.1:8787/problems/bad-request' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    requestId: z.string(),
    errors: z.array(FindingSchema).optional(),
  })
  .openapi('Problem', { description: 'An RFC 9457 problem; `type` ends in `/problems/<code>`.' })

/** Both types accept each other's values: the check behind the wire schemas' drift guard. */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false

/** Compiles only when every check is `true`. */
export type AllTrue<T extends true[]> = T
