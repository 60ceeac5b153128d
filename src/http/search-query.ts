import type { Context } from 'hono'
import * as z from 'zod'
import { FACET_NAMES, SEARCH_SORTS, type SearchQuery } from '../catalogue/search.js'
import { BadRequestError } from '../errors.js'

// A person types q, so it is bounded rather than refused for its content: 512 characters is
// several sentences, and FTS5 only ever sees the first 16 words of it.
export const MAX_QUERY_LENGTH = 512
const MAX_VALUES = 10

const values = (item: z.ZodType<string>) => z.array(item).max(MAX_VALUES).optional()
const text = z.string().trim().min(1).max(256)

/** GET /api/v1/offerings as API.md has it: filters repeat (OR within one, AND across). */
const SearchParams = z.object({
  q: z.string().max(MAX_QUERY_LENGTH).optional(),
  provider: values(text),
  country: values(z.string().regex(/^[A-Za-z]{2}$/, 'an ISO 3166-1 alpha-2 code such as FR')),
  type: values(text),
  certification: values(text),
  label: values(z.enum(['SC', 'L1', 'L2', 'L3', 'sc', 'l1', 'l2', 'l3'])),
  regime: values(text),
  keyword: values(text),
  status: z
    .array(z.enum(['active', 'deprecated', 'revoked', 'expired']))
    .max(4)
    .optional(),
  sort: z.enum(SEARCH_SORTS).optional(),
  facets: z
    .string()
    .transform((list) => list.split(',').filter((name) => name.trim() !== ''))
    .pipe(z.array(z.enum(FACET_NAMES)))
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().min(1).max(1024).optional(),
})

const SINGLE = new Set(['q', 'sort', 'facets', 'limit', 'cursor'])

/** Reads the search parameters; a bad one is a 400 naming it (`/query/<name>`). */
export function parseSearchQuery(c: Context): SearchQuery {
  const input: Record<string, string | string[]> = {}
  for (const [name, all] of Object.entries(c.req.queries())) {
    input[name] = SINGLE.has(name) ? (all[0] ?? '') : all
  }
  const parsed = SearchParams.safeParse(input)
  if (parsed.success) {
    const { label, ...query } = parsed.data
    return { ...query, ...(label ? { label: label.map((l) => l.toUpperCase()) } : {}) }
  }
  throw new BadRequestError(
    'Some query parameters are invalid.',
    parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '')
      return {
        code: 'parameter-invalid',
        path: `/query/${name}`,
        message: {
          en: `${name}: ${issue.message}`,
          fr: `${name} : valeur non valide (${issue.message})`,
        },
        severity: 'violation' as const,
      }
    }),
  )
}
