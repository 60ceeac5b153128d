import { Hono } from 'hono'
import type { WebContext, WebDeps, WebEnv } from './env.js'
import { pageRenderer } from './layout.js'
import { comparePage } from './pages/compare.js'
import { homePage } from './pages/home.js'
import { offeringPage } from './pages/offering.js'
import { providerPage } from './pages/provider.js'
import { searchPage } from './pages/search.js'
import { validatePage } from './pages/validate.js'

const LANG = ' French by default; English with `Accept-Language: en` or `?lang=en`.'

/** A page as the OpenAPI document describes it (app.ts registers it there). */
export type WebPage = {
  method: 'get' | 'post'
  /** OpenAPI paths: `{id}` is the offering's or participant's id, URL-encoded. */
  paths: string[]
  summary: string
  description: string
  withId?: boolean
  handler: (c: WebContext, deps: WebDeps) => Promise<Response>
}

/** The buyers' and partners' pages (API.md, Web pages), French paths first, English aliases. */
export const WEB_PAGES: WebPage[] = [
  {
    method: 'get',
    paths: ['/'],
    summary: 'Home page',
    description: `Search box, what the catalogue holds, what the node is. A client asking for JSON gets the node description of \`/.well-known/gaia-x-catalogue\`.${LANG}`,
    handler: homePage,
  },
  {
    method: 'get',
    paths: ['/recherche', '/search', '/recherche.atom'],
    summary: 'Search page',
    description: `The parameters of \`GET /api/v1/offerings\`, as a page; \`format=atom\` (or \`/recherche.atom\`) gives the same search as an Atom feed of new, changed and revoked offerings, newest first.${LANG}`,
    handler: searchPage,
  },
  {
    method: 'get',
    paths: ['/offres/{id}', '/offerings/{id}'],
    summary: 'Offering page',
    description: `The buyer's answer, the sovereignty profile, the dependency graph and the verification evidence; \`format=jsonld|nquads|jwt\` downloads the credential as the API serves it by content negotiation.${LANG}`,
    withId: true,
    handler: offeringPage,
  },
  {
    method: 'get',
    paths: ['/fournisseurs/{id}', '/providers/{id}'],
    summary: 'Provider page',
    description: `A participant, its offerings and its credentials.${LANG}`,
    withId: true,
    handler: providerPage,
  },
  {
    method: 'get',
    paths: ['/comparer', '/compare'],
    summary: 'Compare offerings',
    description: `Up to four offerings side by side (\`id\`, repeated), printable.${LANG}`,
    handler: comparePage,
  },
  {
    method: 'get',
    paths: ['/valider', '/validate'],
    summary: 'Check a credential (form)',
    description: `Paste or upload a credential or presentation.${LANG}`,
    handler: validatePage,
  },
  {
    method: 'post',
    paths: ['/valider', '/validate'],
    summary: 'Check a credential',
    description: `A form post (\`multipart/form-data\`: \`document\` or \`file\`); the findings of \`POST /api/v1/validate\`, each next to the line it points to. Metered with /api/v1/validate.${LANG}`,
    handler: validatePage,
  },
]

/** The pages' router, server-rendered, French by default. */
export function createWeb(deps: WebDeps): Hono<WebEnv> {
  const web = new Hono<WebEnv>()
  const rendered = new Set<string>()
  for (const page of WEB_PAGES) {
    for (const path of page.paths) {
      const pattern = path.replace(/\{(\w+)\}/g, ':$1')
      if (!rendered.has(pattern)) web.use(pattern, pageRenderer())
      rendered.add(pattern)
      web.on(page.method.toUpperCase(), pattern, (c) => page.handler(c, deps))
    }
  }
  return web
}
