import { z } from '@hono/zod-openapi'
import { FACET_NAMES, SEARCH_SORTS, type SearchQuery } from '../catalogue/search.js'
import { LimitParam, repeatable, single } from './query.js'

// A person types q, so it is bounded rather than refused for its content: 512 characters is
// several sentences, and FTS5 only ever sees the first 16 words of it.
export const MAX_QUERY_LENGTH = 512
const MAX_VALUES = 10

const text = z.string().trim().min(1).max(256)
// values are read (case, usual names) and refused when they can never match by the catalogue's
// search itself (catalogue/search-filters.ts), so the web pages refuse the same values alike
const filter = (description: string, example?: string) =>
  repeatable(text, MAX_VALUES)
    .optional()
    .openapi({ description, ...(example ? { example } : {}) })

/**
 * GET /api/v1/offerings as API.md has it: filters repeat (OR within one, AND across). Strict: a
 * parameter the search does not take is a 400 naming it (`/query/<name>`), never ignored.
 */
export const SearchParams = z.strictObject({
  q: single(z.string().max(MAX_QUERY_LENGTH)).optional().openapi({
    description:
      'Free text in any language of the catalogue: words, `"phrases"`, `prefix*`; accents and case are ignored, and any text is a valid query. Certifications are text under their usual names (`HDS`, `hébergement de données de santé`, `SecNumCloud`, `SNC`, `ISO 27001`, `C5`, `EUCS`…), and so are kinds of service in French and English (`VM`, `machine virtuelle`, `stockage objet`, `object storage`, `messagerie`, `email`, `sauvegarde`, `backup`…): one usual name finds the others (src/catalogue/vocabulary.ts). A certification a credential states as not granted yet is found by the text, below those granted, and never by `certification=`.',
    example: 'hébergement de données de santé',
  }),
  provider: filter(
    'The provider: its participant id, its DID, or its name as typed, case and accents ignored (`Bleu`); a name that starts the names of several participants, in whole words, matches them all (`Rheinwerk`). An id or DID the node does not hold matches nothing.',
    'Bleu',
  ),
  country: filter(
    'ISO 3166-1 code of a service location, in any case: alpha-2 (`FR`, `fr`) or alpha-3 (`FRA`); a code that is not assigned is a 400.',
    'FR',
  ),
  type: filter(
    'Offering class, in any case, e.g. `gx:ServiceOffering` or `gx:VirtualMachineServiceOffering` (as a full IRI or its bare name too); subclasses match too. A kind of service by its usual name works as well (`machine virtuelle`). A Gaia-X class that does not exist is a 400, and so is a kind of service no class stands for (`messagerie`: its message says to search it with `q`).',
    'gx:StorageServiceOffering',
  ),
  certification: filter(
    'A certification granted to the offering, in any case or under a usual name: `SecNumCloud` (`SNC`), `HDS` (`hébergeur de données de santé`), `ISO27001` (`ISO/IEC 27001`), `ISO27017`, `ISO27018`, `ISO27701`, `C5`, `EUCS-high` (`EUCS`), `SOC2`. Another value is a 400: no credential could ever match it.',
    'HDS',
  ),
  label: filter(
    'Gaia-X label level, in any case: `SC`, `L1`, `L2`, `L3` is the level a label credential attests; `eligible:L2` the level the offering’s own credentials meet (its sovereignty profile’s `label.eligibleLevel`, while the offering and its provider are active; what it depends on is not counted, see `overall.level`); `any:L2` either of the two. Levels match exactly. The `label` facet counts both, as `L2` and `eligible:L2`. Another value is a 400.',
    'eligible:L2',
  ),
  regime: filter(
    'Data protection regime: `GDPR2016`, `LGPD2019`, `PDPA2012`, `CCPA2018`, `VCDPA2021`, in any case, or a usual name (`GDPR`, `RGPD`). Another value is a 400.',
    'GDPR2016',
  ),
  keyword: filter('A keyword of the offering, whole, case-insensitive.'),
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

/** The names of the search's parameters: any other is refused. */
export const SEARCH_PARAMETERS = Object.keys(
  SearchParams.shape,
) as (keyof typeof SearchParams.shape)[]

/** The validated parameters as the catalogue's search takes them. */
export function toSearchQuery({
  scope: _scope,
  ...query
}: z.output<typeof SearchParams>): SearchQuery {
  return query
}
