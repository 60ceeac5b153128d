import { z } from '@hono/zod-openapi'
import { FACET_NAMES, SEARCH_SORTS, type SearchQuery } from '../catalogue/search.js'
import { LimitParam, repeatable, single } from './query.js'

// A person types q, so it is bounded rather than refused for its content: 512 characters is
// several sentences, and FTS5 only ever sees the first 16 words of it.
export const MAX_QUERY_LENGTH = 512
const MAX_VALUES = 10

const text = z.string().trim().min(1).max(256)
const filter = (item: z.ZodType<string>, description: string) =>
  repeatable(item, MAX_VALUES).optional().openapi({ description })

/** GET /api/v1/offerings as API.md has it: filters repeat (OR within one, AND across). */
export const SearchParams = z.object({
  q: single(z.string().max(MAX_QUERY_LENGTH)).optional().openapi({
    description:
      'Free text in any language of the catalogue: words, `"phrases"`, `prefix*`; accents and case are ignored, and any text is a valid query.',
    example: 'hébergement souverain',
  }),
  provider: filter(text, 'Participant id or DID of the provider.'),
  country: filter(
    z.string().regex(/^[A-Za-z]{2}$/, 'an ISO 3166-1 alpha-2 code such as FR'),
    'ISO 3166-1 alpha-2 code of a service location.',
  ),
  type: filter(text, 'Offering class, e.g. `gx:ServiceOffering`; subclasses match too.'),
  certification: filter(text, 'e.g. `SecNumCloud`, `EUCS-high`, `HDS`, `ISO27001`, `C5`.'),
  label: filter(
    z.enum(['SC', 'L1', 'L2', 'L3', 'sc', 'l1', 'l2', 'l3']),
    'Gaia-X label level, `SC|L1|L2|L3`.',
  ),
  regime: filter(text, 'Data protection regime, e.g. `GDPR2016`.'),
  keyword: filter(text, 'A keyword of the offering.'),
  status: repeatable(z.enum(['active', 'deprecated', 'revoked', 'expired']), 4)
    .optional()
    .openapi({ description: 'Credential status; `active` when absent.' }),
  sort: single(z.enum(SEARCH_SORTS))
    .optional()
    .openapi({ description: '`relevance` is the default with `q`.' }),
  facets: single(
    z
      .string()
      .transform((list) => list.split(',').filter((name) => name.trim() !== ''))
      .pipe(z.array(z.enum(FACET_NAMES))),
  )
    .optional()
    .openapi({
      description: `Comma list of the facets to count: ${FACET_NAMES.join(', ')} (all when absent).`,
    }),
  scope: single(z.enum(['local', 'federation']))
    .optional()
    .openapi({
      description:
        '`federation` also asks the live peers (those not mirrored) within a deadline and says how each answered; `local` (default) this node’s catalogue, mirrored peers included.',
    }),
  limit: LimitParam,
  cursor: single(z.string().min(1).max(1024))
    .optional()
    .openapi({ description: 'The `next` of the previous page, as given.' }),
})

/** The validated parameters as the catalogue's search takes them. */
export function toSearchQuery({
  label,
  scope: _scope,
  ...query
}: z.output<typeof SearchParams>): SearchQuery {
  return { ...query, ...(label ? { label: label.map((l) => l.toUpperCase()) } : {}) }
}
