import type { SearchResult } from '../../catalogue/search.js'
import { searchOfferings } from '../../catalogue/search.js'
import type { AppContext } from '../../context.js'
import { BadRequestError, type Finding } from '../../errors.js'
import { federatedSearch, type FederatedSearchResult } from '../../federation/search.js'
import type { WebContext, WebDeps } from '../env.js'
import { atomFeed } from '../atom.js'
import { FindingList, offeringPath, webUrl } from '../components.js'
import { offeringEvidence } from '../evidence.js'
import { inBoth, link, uiOf, type Ui } from '../i18n.js'
import { readSearch, badRequestFindings, without } from '../search-params.js'
import {
  ActiveFilters,
  ComparableResults,
  FacetPanel,
  SearchBox,
  hasFacets,
  type ResultExtras,
} from './search-parts.js'

// A page of results stays within the pages' weight (60 KB): the API's `limit` is honoured up to
// its default page, and a larger one pages by this many, the page saying so.
const PAGE_LIMIT = 20

/** GET /recherche (and /search, /recherche.atom): the API's search, as a page or a feed. */
export async function searchPage(c: WebContext, deps: WebDeps): Promise<Response> {
  const ctx = c.var.ctx
  const ui = uiOf(c)
  const search = readSearch(c, deps)
  const format = c.req.path.endsWith('.atom') ? 'atom' : search.page.format
  const formatFinding: Finding[] =
    format === undefined || format === 'atom' || format === 'html'
      ? []
      : [
          {
            code: 'parameter-invalid',
            path: '/query/format',
            message: inBoth('search.badFormat', { value: format }),
            severity: 'violation',
          },
        ]
  if (format === 'atom') {
    if (!search.ok) throw new BadRequestError('Some query parameters are invalid.', search.findings)
    return atomFeed(c, ui, search.query, search.params)
  }
  let findings: Finding[] | undefined = search.ok ? undefined : search.findings
  let result: SearchResult | FederatedSearchResult | undefined
  const asked = search.ok ? search.query.limit : PAGE_LIMIT
  if (search.ok && formatFinding.length === 0) {
    const query = { ...search.query, limit: Math.min(asked, PAGE_LIMIT) }
    try {
      result = search.federation
        ? await federatedSearch(ctx, query)
        : await searchOfferings(ctx.store, query)
    } catch (error) {
      findings = badRequestFindings(error)
      if (!findings) throw error
    }
  }
  findings = [...(findings ?? []), ...formatFinding]
  if (findings.length > 0) c.status(400)
  const { params } = search
  const q = params.q?.[0]?.trim() ?? ''
  const sort = (search.ok ? search.query.sort : params.sort?.[0]) ?? (q ? 'relevance' : 'name')
  const federation = search.ok && search.federation
  const [extras, peers] = await Promise.all([
    result ? resultExtras(ctx, result, federation) : [],
    ctx.store.listPeers(),
  ])
  const live = peers.some((p) => p.kind === 'node' && !p.mirror)
  const feed = {
    href: ui.href('/recherche.atom', without(params, 'cursor')),
    title: ui.t('search.feed'),
  }
  return c.render(
    <>
      <h1>{q ? ui.t('search.titleWith', { q }) : ui.t('search.title')}</h1>
      <SearchBox
        ui={ui}
        q={q}
        sort={{
          value: sort,
          choices: q ? ['relevance', 'name', '-updated'] : ['name', '-updated'],
        }}
        keep={without(params, 'q', 'sort', 'cursor', ...(live ? ['scope'] : []))}
        federation={live ? federation : undefined}
      />
      {findings.length > 0 && (
        <div class="error" role="alert">
          <p>{ui.t('search.invalid')}</p>
          <FindingList ui={ui} findings={findings} />
          <RetryWithout ui={ui} params={params} findings={findings} />
        </div>
      )}
      {result && (
        <div class={hasFacets(result.facets, params) ? 'cols' : undefined}>
          <FacetPanel ui={ui} facets={result.facets} params={params} more={search.page.more} />
          <section aria-labelledby="results-title">
            <h2 id="results-title">{ui.t('search.results')}</h2>
            <div class="bar">
              <p>
                <strong>{countText(ui, result)}</strong>
              </p>
              <a href={feed.href} type="application/atom+xml">
                {ui.t('search.feed')}
              </a>
            </div>
            <ActiveFilters ui={ui} params={params} />
            {asked > PAGE_LIMIT && (
              <p class="muted">
                {ui.t('search.capped', { shown: PAGE_LIMIT, asked })}{' '}
                <a href={link('/api/v1/offerings', params)} type="application/json">
                  <code>{link('/api/v1/offerings', params)}</code>
                </a>
              </p>
            )}
            {'peers' in result && result.peers.length > 0 && (
              <p class="muted">
                {ui.t('search.peers')}{' '}
                {result.peers
                  .map((p) => `${p.did ?? p.url} (${ui.t(`search.peerStatus.${p.status}`)})`)
                  .join(', ')}
              </p>
            )}
            {result.items.length === 0 ? (
              <div class="notice">
                {result.suggestions.length > 0 ? (
                  <>
                    <p>{ui.t('search.suggest')}</p>
                    <ul>
                      {result.suggestions.map((s) => (
                        <li>
                          {/* each message says what its search finds */}
                          <a href={ui.href('/recherche', s.params)}>{s.message[ui.lang]}</a>
                        </li>
                      ))}
                    </ul>
                  </>
                ) : (
                  <p>{ui.t('search.broaden')}</p>
                )}
              </div>
            ) : (
              <ComparableResults ui={ui} items={result.items} extras={extras} />
            )}
            <Pager ui={ui} params={params} next={result.next} />
          </section>
        </div>
      )}
    </>,
    {
      title: q ? ui.t('search.titleWith', { q }) : ui.t('search.title'),
      ui,
      section: 'search',
      feed,
    },
  )
}

/** A link to the same search without the parameters its findings name (a stale or mistyped URL). */
function RetryWithout({
  ui,
  params,
  findings,
}: {
  ui: Ui
  params: Record<string, string[]>
  findings: Finding[]
}) {
  const names = [...new Set(findings.flatMap((f) => /^\/query\/([^/]+)/.exec(f.path)?.[1] ?? []))]
  if (names.length === 0) return null
  return (
    <p>
      <a href={ui.href('/recherche', without(params, ...names))}>
        {ui.t('search.retry', { names: names.join(', ') })}
      </a>
    </p>
  )
}

function countText(ui: Ui, result: Pick<SearchResult, 'total' | 'totalExact'>): string {
  if (!result.totalExact) return ui.t('search.count.atLeast', { count: result.total })
  if (result.total === 0) return ui.t('search.count.zero')
  if (result.total === 1) return ui.t('search.count.one')
  return ui.t('search.count.many', { count: result.total })
}

function Pager({
  ui,
  params,
  next,
}: {
  ui: Ui
  params: Record<string, string[]>
  next: string | null
}) {
  const paged = params.cursor !== undefined
  if (!paged && !next) return null
  return (
    <nav aria-label={ui.t('search.results')} class="noprint">
      <ul class="chips">
        {paged && (
          <li>
            <a href={ui.href('/recherche', without(params, 'cursor'))}>{ui.t('search.first')}</a>
          </li>
        )}
        {next && (
          <li>
            <a
              href={ui.href('/recherche', { ...without(params, 'cursor'), cursor: next })}
              rel="next"
            >
              {ui.t('search.next')}
            </a>
          </li>
        )}
      </ul>
    </nav>
  )
}

/**
 * What each result shows beyond the index: its certification claims (in progress ones too) and
 * whose word they are, read from the stored credential; for a live peer's entry, its page there.
 */
export async function resultExtras(
  ctx: AppContext,
  result: SearchResult,
  federation: boolean,
): Promise<ResultExtras[]> {
  const peers = federation ? await ctx.store.listPeers() : []
  return Promise.all(
    result.items.map(async (item): Promise<ResultExtras> => {
      const evidence = await offeringEvidence(ctx, item.hash).catch(() => undefined)
      if (!evidence) {
        const peer = peers.find((p) => p.did === item.origin || p.url === item.origin)
        return peer && webUrl(peer.url)
          ? {
              elsewhere: {
                href: `${peer.url}${offeringPath(item.id)}`,
                peer: peer.did ?? peer.url,
              },
            }
          : {}
      }
      const issuer = evidence.issuer
      const own = issuer === item.provider.did || issuer === item.provider.id
      const attestedBy = own
        ? undefined
        : ((await ctx.store.getParticipant(issuer))?.name ?? issuer)
      return { claims: evidence.claims, ...(attestedBy ? { attestedBy } : {}) }
    }),
  )
}
