import type { Context, MiddlewareHandler } from 'hono'
import { html } from 'hono/html'
import type { Child } from 'hono/jsx'
import { bidiControlsShown } from './bidi.js'
import type { WebEnv } from './env.js'
import { link, type Ui } from './i18n.js'
import { STYLE, styleHash } from './style.js'

export type Section = 'home' | 'search' | 'compare' | 'validate'

/** What a page hands the layout with `c.render(content, props)`. */
export type PageProps = {
  title: string
  ui: Ui
  section?: Section
  /** The Atom feed that follows this page's search. */
  feed?: { href: string; title: string }
}

declare module 'hono' {
  interface ContextRenderer {
    (content: string | Promise<string>, props: PageProps): Response | Promise<Response>
  }
}

// A page loads nothing but itself: its one stylesheet by hash, images from itself or inline,
// forms posted back to it; it cannot be framed, and no <base> can redirect its links.
export function pageCsp(style: string): string {
  return [
    "default-src 'none'",
    `style-src ${style}`,
    "img-src 'self' data:",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ')
}

const ICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Crect width='16' height='16' rx='3' fill='%231d3f9a'/%3E%3C/svg%3E"

/**
 * The pages' renderer: the layout around every page, with the page's own Content-Security-Policy
 * (the API's, set later by the security headers, is kept off a page that has one).
 */
export function pageRenderer(): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    await setPageHeaders(c)
    c.setRenderer((content, props) => pageResponse(c, content, props))
    await next()
  }
}

async function setPageHeaders(c: Context): Promise<void> {
  c.header('Content-Security-Policy', pageCsp(await styleHash()))
  c.header('Vary', 'Accept-Language')
}

/**
 * A page rendered outside the pages' router (the app's not-found and error answers), in the same
 * layout and under the same policy.
 */
export async function renderPage(
  c: Context<WebEnv>,
  content: Child,
  props: PageProps,
  status: number,
): Promise<Response> {
  await setPageHeaders(c)
  c.status(status as 200)
  return pageResponse(c, content, props)
}

/** The page in the layout, with the status its handler set. */
async function pageResponse(
  c: Context<WebEnv>,
  content: Child,
  props: PageProps,
): Promise<Response> {
  const page = await html`<!DOCTYPE html>${(
      <Layout c={c} {...props}>
        {content}
      </Layout>
    )}`
  return c.html(bidiControlsShown(page.toString()))
}

type LayoutProps = PageProps & { c: Context<WebEnv>; children?: Child }

function Layout({ c, title, ui, section, feed, children }: LayoutProps) {
  const { config, identity } = c.var.ctx
  const other = ui.lang === 'fr' ? 'en' : 'fr'
  const nav: [Section, string, string][] = [
    ['home', '/', ui.t('site.home')],
    ['search', '/recherche', ui.t('site.search')],
    ['compare', '/comparer', ui.t('site.compare')],
    ['validate', '/valider', ui.t('site.validate')],
  ]
  return (
    <html lang={ui.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${config.nodeName}`}</title>
        <link rel="icon" href={ICON} />
        {feed && (
          <link rel="alternate" type="application/atom+xml" href={feed.href} title={feed.title} />
        )}
        {/* as is: escaping would change the bytes its hash covers */}
        <style dangerouslySetInnerHTML={{ __html: STYLE }} />
      </head>
      <body>
        <a class="skip" href="#contenu">
          {ui.t('site.skip')}
        </a>
        <header class="site">
          <div class="wrap">
            <a class="brand" href={ui.href('/')}>
              {config.nodeName}
              <span>{ui.t('site.tagline')}</span>
            </a>
            <nav class="main" aria-label={ui.t('site.nav')}>
              <ul>
                {nav.map(([name, path, text]) => (
                  <li>
                    <a href={ui.href(path)} aria-current={section === name ? 'page' : undefined}>
                      {text}
                    </a>
                  </li>
                ))}
                <li>
                  <a href="/docs">{ui.t('site.api')}</a>
                </li>
              </ul>
            </nav>
            <a
              class="switch"
              href={switchHref(c, other)}
              hreflang={other}
              lang={other}
              title={ui.t('site.switchTitle')}
            >
              {ui.t('site.switch')}
            </a>
          </div>
        </header>
        <main id="contenu" tabindex={-1}>
          <div class="wrap">{children}</div>
        </main>
        <footer class="site">
          <div class="wrap">
            <p>
              {ui.t('site.footerNode', { name: config.nodeName, did: identity.did })}{' '}
              <a href="/docs">{ui.t('home.linkDocs')}</a>
            </p>
            <p>{ui.t('site.footerNoJs')}</p>
          </div>
        </footer>
      </body>
    </html>
  )
}

/** This page in the other language: same path and query (a form's answer: its empty form). */
function switchHref(c: Context, lang: string): string {
  // `//host/x` (a 404 page answers any path) would be a link to another site: one leading slash
  const path = new URL(c.req.url).pathname.replace(/^\/+/, '/')
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return link(path, { lang })
  const { lang: _lang, ...params } = c.req.queries()
  return link(path, { ...params, lang })
}
