import { accepts } from 'hono/accepts'
import { searchOfferings, type FacetName } from '../../catalogue/search.js'
import type { WebContext, WebDeps } from '../env.js'
import { webUrl } from '../components.js'
import { uiOf, type MessageKey } from '../i18n.js'
import { EXAMPLE_SEARCHES } from '../names.js'
import { SearchBox, facetLabel } from './search-parts.js'

const HOME_FACETS: FacetName[] = ['provider', 'type', 'country', 'certification']
const HOME_VALUES = 12

/** GET /: the search box, what the catalogue holds, what the node is; JSON clients get discovery. */
export async function homePage(c: WebContext, deps: WebDeps): Promise<Response> {
  const wants = accepts(c, {
    header: 'Accept',
    supports: ['text/html', 'application/json'],
    default: 'text/html',
  })
  if (wants === 'application/json') {
    const description = await deps.apiGet('/.well-known/gaia-x-catalogue', 'application/json')
    description.headers.set('Vary', 'Accept')
    return description
  }
  c.header('Vary', 'Accept, Accept-Language')
  const ctx = c.var.ctx
  const ui = uiOf(c)
  const [holdings, peers] = await Promise.all([
    searchOfferings(ctx.store, { limit: 1, facets: HOME_FACETS }),
    ctx.store.listPeers(),
  ])
  const providers = holdings.facets.provider?.length ?? 0
  const feeds: [string, MessageKey][] = [
    ['/docs', 'home.linkDocs'],
    ['/openapi.json', 'home.linkOpenapi'],
    ['/api/v1/federation/events', 'home.linkEvents'],
    ['/credentials-events', 'home.linkCes'],
    ['/api/v1/catalogue/dcat', 'home.linkDcat'],
    ['/.well-known/gaia-x-catalogue', 'home.linkDiscovery'],
  ]
  return c.render(
    <>
      <h1>{ui.t('home.title')}</h1>
      <p class="lead">{ui.t('home.lead')}</p>
      <SearchBox ui={ui} />
      <p>
        {ui.t('home.examples')}{' '}
        {EXAMPLE_SEARCHES[ui.lang].map((q, i) => (
          <>
            {i > 0 && ', '}
            <a href={ui.href('/recherche', { q })}>{q}</a>
          </>
        ))}
      </p>
      <section aria-labelledby="holds">
        <h2 id="holds">{ui.t('home.holds')}</h2>
        <p>
          {holdings.total === 0
            ? ui.t('home.empty')
            : ui.t('home.counts', {
                offerings: ui.t(`home.offerings.${holdings.total === 1 ? 'one' : 'many'}`, {
                  count: holdings.total,
                }),
                providers: ui.t(`home.providers.${providers === 1 ? 'one' : 'many'}`, {
                  count: providers,
                }),
              })}
        </p>
        <div class="cols-4">
          {HOME_FACETS.map((name) => {
            const entries = holdings.facets[name] ?? []
            if (entries.length === 0) return null
            return (
              <div>
                <h3>{ui.t(`facet.${name}` as MessageKey)}</h3>
                <ul>
                  {entries.slice(0, HOME_VALUES).map((entry) => (
                    <li>
                      <a href={ui.href('/recherche', { [name]: entry.value })}>
                        <bdi>{facetLabel(ui, name, entry)}</bdi>
                      </a>{' '}
                      <span class="muted">({ui.number(entry.count)})</span>
                    </li>
                  ))}
                </ul>
              </div>
            )
          })}
        </div>
      </section>
      <section aria-labelledby="node">
        <h2 id="node">{ui.t('home.node')}</h2>
        <p>{ui.t('home.nodeLead')}</p>
        <dl class="facts">
          <dt>{ui.t('home.did')}</dt>
          <dd>
            <code>{ctx.identity.did}</code>
          </dd>
          <dt>{ui.t('home.peers')}</dt>
          <dd>
            {peers.length === 0 ? (
              ui.t('home.noPeers')
            ) : (
              <ul>
                {peers.map((peer) => (
                  <li>
                    {webUrl(peer.url) ? (
                      <a href={peer.url}>{peer.did ?? peer.url}</a>
                    ) : (
                      <code>{peer.did ?? peer.url}</code>
                    )}{' '}
                    <span class="muted">
                      — {ui.t(peer.mirror ? 'home.peerMirror' : 'home.peerLive')},{' '}
                      {peer.lastSyncAt
                        ? ui.t('home.peerSynced', { date: ui.date(peer.lastSyncAt) })
                        : ui.t('home.peerNever')}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
        <h3>{ui.t('home.apiTitle')}</h3>
        <ul>
          {feeds.map(([href, key]) => (
            <li>
              <a href={href}>{ui.t(key)}</a> <code class="muted">{href}</code>
            </li>
          ))}
        </ul>
      </section>
    </>,
    { title: ui.t('home.title'), ui, section: 'home' },
  )
}
