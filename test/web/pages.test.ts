import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { revokeOffering } from '../../src/catalogue/partners.js'
import {
  BROWSER_ACCEPT,
  PAGE_WEIGHT_LIMIT,
  PUBLIC_URL,
  browse,
  decodeEntities,
  offeringPage,
  providerPage,
  seededNode,
  textOf,
  type SeededNode,
} from './seeded.js'

let node: SeededNode
const EXCHANGE = `${PUBLIC_URL}/offerings/bleu-exchange-online`
const BLOB = `${PUBLIC_URL}/offerings/bleu-blob-storage`
const FILES = `${PUBLIC_URL}/offerings/bleu-files`

beforeAll(async () => {
  node = await seededNode()
}, 120_000)
afterAll(() => node.close())

async function page(path: string, headers: Record<string, string> = {}) {
  const res = await browse(node, path, headers)
  return { res, html: await res.text() }
}

function hrefs(html: string): string[] {
  return [...html.matchAll(/\s(?:href|action)="([^"]*)"/g)].map((m) => decodeEntities(m[1]!))
}

async function api(path: string) {
  return (await node.app.request(path)).json()
}

describe('GET /', () => {
  it('answers a French page by default: the search box, what the catalogue holds, what the node is', async () => {
    const { res, html } = await page('/')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/)
    expect(html).toMatch(/^<!DOCTYPE html><html lang="fr">/)
    expect(html).toContain('<input type="search" id="q" name="q"')
    const text = textOf(html)
    expect(text).toContain('28 offres actives de 5 fournisseurs.')
    expect(text).toContain(node.ctx.identity.did)
    for (const link of [
      '/docs',
      '/openapi.json',
      '/api/v1/federation/events',
      '/credentials-events',
      '/api/v1/catalogue/dcat',
    ]) {
      expect(hrefs(html)).toContain(link)
    }
    // the facets of an empty search, each a link to the search it counts
    expect(hrefs(html)).toContain('/recherche?certification=HDS')
    expect(text).toContain('HDS (hébergement de données de santé) (13)')
  })

  it('answers in English to a reader whose Accept-Language prefers it', async () => {
    const { html } = await page('/', { 'Accept-Language': 'en-GB,en;q=0.9,fr;q=0.5' })
    expect(html).toContain('<html lang="en">')
    expect(textOf(html)).toContain('28 active offerings from 5 providers.')
    expect(hrefs(html)).toContain('/recherche?certification=HDS')
  })

  it('follows ?lang= over Accept-Language, and every link to a page keeps it', async () => {
    const { html } = await page('/?lang=en', { 'Accept-Language': 'fr' })
    expect(html).toContain('<html lang="en">')
    const links = [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => decodeEntities(m[1]!))
    const pages = links.filter(
      (h) =>
        /^\/(recherche|comparer|valider|offres|fournisseurs|\?|$)/.test(h) && h !== '/?lang=fr',
    )
    expect(pages.length).toBeGreaterThan(10)
    for (const href of pages) expect(href, href).toMatch(/[?&]lang=en(&|$)/)
    // and a GET form carries it as a field
    expect(html).toContain('<input type="hidden" name="lang" value="en"/><button type="submit">')
  })

  it('gives a JSON client the node description of /.well-known/gaia-x-catalogue', async () => {
    const res = await node.app.request('/', { headers: { Accept: 'application/json' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/)
    expect(await res.json()).toEqual(await api('/.well-known/gaia-x-catalogue'))
  })
})

describe('every page', () => {
  const pages = () => [
    '/',
    '/recherche',
    '/recherche?q=stockage',
    '/search?country=FR&certification=HDS',
    offeringPage(EXCHANGE),
    providerPage(node.ctx.identity.did),
    `/comparer?id=${encodeURIComponent(BLOB)}&id=${encodeURIComponent(FILES)}`,
    '/valider',
  ]

  it('has a switch to the other language that keeps the page and its query', async () => {
    const { html } = await page('/recherche?q=stockage&country=FR')
    expect(html).toContain(
      'href="/recherche?q=stockage&amp;country=FR&amp;lang=en" hreflang="en" lang="en"',
    )
    const english = await page('/recherche?q=stockage&country=FR&lang=en')
    expect(english.html).toContain(
      'href="/recherche?q=stockage&amp;country=FR&amp;lang=fr" hreflang="fr" lang="fr"',
    )
  })

  it('sets its own strict Content-Security-Policy, whose style hash is that of its stylesheet', async () => {
    for (const path of pages()) {
      const { res, html } = await page(path)
      expect(res.status, path).toBe(200)
      const csp = res.headers.get('Content-Security-Policy') ?? ''
      expect(csp, path).toMatch(
        /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'$/,
      )
      const style = /<style>([^<]*)<\/style>/.exec(html)![1]!
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(style))
      expect(csp).toContain(`'sha256-${Buffer.from(digest).toString('base64')}'`)
      // nothing to run, nothing loaded from elsewhere
      expect(html).not.toMatch(/<script|\son[a-z]+=|\sstyle="/i)
      expect(html).not.toMatch(/<link[^>]+href="https?:/)
      expect(res.headers.get('Vary')).toContain('Accept-Language')
    }
  })

  it(`weighs at most ${PAGE_WEIGHT_LIMIT / 1024} KB in either language`, async () => {
    const weights: string[] = []
    for (const path of pages()) {
      for (const lang of ['fr', 'en']) {
        const { html } = await page(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`)
        const bytes = new TextEncoder().encode(html).length
        weights.push(`${path} ${lang}: ${(bytes / 1024).toFixed(1)} KB`)
        expect(bytes, path).toBeLessThanOrEqual(PAGE_WEIGHT_LIMIT)
      }
    }
    console.info(`page weights (HTML, CSS inline, no image):\n  ${weights.join('\n  ')}`)
  })
})

describe('GET /recherche', () => {
  it('runs the search of GET /api/v1/offerings with the same parameters: same total, same order', async () => {
    for (const query of [
      'q=stockage',
      'country=FR&certification=HDS',
      `provider=${encodeURIComponent(node.ctx.identity.did)}&sort=-updated`,
      'type=gx:StorageServiceOffering',
      'q=sant%C3%A9&limit=2',
    ]) {
      const expected = await api(`/api/v1/offerings?${query}`)
      const { res, html } = await page(`/recherche?${query}`)
      expect(res.status, query).toBe(200)
      const links = [...html.matchAll(/<h3><a href="\/offres\/([^"?]+)/g)].map((m) =>
        decodeURIComponent(m[1]!),
      )
      expect(links, query).toEqual(expected.items.map((i: { id: string }) => i.id))
      if (expected.next) expect(html).toContain(`cursor=${expected.next}`)
    }
  })

  it('pages with the keyset cursor, as the API does', async () => {
    const first = await page('/recherche?limit=5')
    const next = /href="([^"]*cursor=[^"]*)" rel="next"/.exec(first.html)![1]!
    const second = await page(decodeEntities(next))
    expect(second.res.status).toBe(200)
    const expected = await api(
      `/api/v1/offerings?limit=5&cursor=${new URL(decodeEntities(next), PUBLIC_URL).searchParams.get('cursor')}`,
    )
    expect(second.html).toContain(offeringPage(expected.items[0].id))
    expect(textOf(second.html)).toContain('Première page')
  })

  it('offers the facets as a form of checkboxes, and the filters in force as links that remove them', async () => {
    const { html } = await page('/recherche?country=FR&certification=HDS')
    expect(html).toMatch(/<form method="get" action="\/recherche" aria-labelledby="filters-title">/)
    expect(html).toMatch(
      /<input type="checkbox" id="f-country-0" name="country" value="FR" checked=""\/>/,
    )
    expect(html).toMatch(
      /<input type="checkbox" id="f-certification-\d" name="certification" value="HDS" checked=""\/>/,
    )
    expect(hrefs(html)).toContain('/recherche?certification=HDS')
    expect(hrefs(html)).toContain('/recherche?country=FR')
  })

  it('marks each certification granted or in progress and self-declared, and the label level', async () => {
    const { html } = await page('/recherche?q=exchange')
    const text = textOf(html)
    expect(text).toContain('HDS (hébergement de données de santé) — obtenue')
    expect(text).toContain('SecNumCloud (ANSSI) — en cours, non obtenue')
    expect(text).toContain('déclaration du fournisseur, non attestée par un tiers')
    expect(text).toMatch(/Label Gaia-X (aucun label attesté|L\d éligible, non attesté|L\d attesté)/)
  })

  it('says which parameter is wrong, in the reader’s language, with a 400', async () => {
    const { res, html } = await page('/recherche?limit=500&lang=en')
    expect(res.status).toBe(400)
    expect(html).toContain('<html lang="en">')
    expect(textOf(html)).toContain('This search cannot be run:')
    expect(html).toContain('/query/limit')
    const cursor = await page('/recherche?q=stockage&cursor=bm90LWEtY3Vyc29y')
    expect(cursor.res.status).toBe(400)
    expect(textOf(cursor.html)).toContain('Ce curseur n’a pas été émis par ce nœud')
  })

  it('links an Atom feed of the same search from the page head and the page', async () => {
    const { html } = await page('/recherche?q=stockage&country=FR')
    expect(html).toContain(
      '<link rel="alternate" type="application/atom+xml" href="/recherche.atom?q=stockage&amp;country=FR"',
    )
    expect(html).toMatch(
      /<a href="\/recherche.atom\?q=stockage&amp;country=FR"[^>]*>Suivre cette recherche/,
    )
  })

  it('answers at /search too', async () => {
    const { res, html } = await page('/search?q=stockage')
    expect(res.status).toBe(200)
    expect(textOf(html)).toContain('Recherche : stockage')
  })
})

describe('GET /offres/{id}', () => {
  it('opens with the buyer’s question answered in plain words, in French and in English', async () => {
    const fr = await page(offeringPage(EXCHANGE))
    expect(fr.res.status).toBe(200)
    const text = textOf(fr.html)
    expect(text).toContain(
      'Données sensibles sous règles françaises (SecNumCloud) : pas encore — qualification SecNumCloud en cours (J0)',
    )
    expect(text).toContain(
      'Données de santé (HDS) : oui — certification HDS revendiquée avec justificatif',
    )
    // the answer comes first, right after the title and the provider
    expect(text.indexOf('Données sensibles')).toBeLessThan(text.indexOf('Description'))
    const en = await page(offeringPage(EXCHANGE), { 'Accept-Language': 'en' })
    expect(textOf(en.html)).toContain(
      'Sensitive data under French rules (SecNumCloud): not yet — SecNumCloud qualification in progress (J0)',
    )
  })

  it('lists each criterion with its verdict, reason and evidence, as the sovereignty profile has them', async () => {
    const detail = await api(`/api/v1/offerings/${encodeURIComponent(EXCHANGE)}`)
    const { html } = await page(offeringPage(EXCHANGE))
    const rows = [...html.matchAll(/<tr><td>(SC|L\d)<\/td><th scope="row">(.*?)<\/tr>/g)].map((m) =>
      textOf(m[2]!),
    )
    expect(rows).toHaveLength(detail.sovereignty.label.criteria.length)
    for (const [i, criterion] of detail.sovereignty.label.criteria.entries()) {
      expect(rows[i]).toContain(criterion.title.fr)
      expect(rows[i]).toContain(criterion.reason.fr)
      expect(rows[i]).toContain(
        { yes: 'Oui', no: 'Non', unknown: 'Inconnu' }[criterion.verdict as string],
      )
    }
    // a certification criterion links the claims' evidence documents
    expect(html).toContain(`href="${PUBLIC_URL}/evidence/secnumcloud-qualification-status.pdf"`)
  })

  it('names the weakest link and draws the gx:dependsOn graph, with a text list equivalent', async () => {
    const detail = await api(`/api/v1/offerings/${encodeURIComponent(EXCHANGE)}`)
    const { html } = await page(offeringPage(EXCHANGE))
    expect(textOf(html)).toContain(`Maillon le plus faible ${detail.sovereignty.weakestLink.name}`)
    expect(html).toMatch(/<svg [^>]*role="img" aria-labelledby="graph-title graph-desc">/)
    expect(html).toContain(
      '<title id="graph-title">Graphe des dépendances de Bleu Exchange Online</title>',
    )
    for (const dependency of detail.sovereignty.dependencies) {
      expect(hrefs(html)).toContain(offeringPage(dependency.id))
    }
    expect(html).toMatch(/class="n-(yes|no|unknown) weak"/)
  })

  it('shows the verification evidence and downloads the credential as the API serves it', async () => {
    const detail = await api(`/api/v1/offerings/${encodeURIComponent(EXCHANGE)}`)
    const { html } = await page(offeringPage(EXCHANGE))
    const text = textOf(html)
    expect(text).toContain(detail.offering.hash)
    expect(text).toContain('eddsa-rdfc-2022')
    expect(text).toContain('Gaia-X Loire (25.11)')
    expect(text).toContain(node.ctx.identity.did)
    for (const [format, type] of [
      ['jsonld', 'application/ld+json'],
      ['nquads', 'application/n-quads'],
    ]) {
      expect(hrefs(html)).toContain(`${offeringPage(EXCHANGE)}?format=${format}`)
      const download = await browse(node, `${offeringPage(EXCHANGE)}?format=${format}`)
      expect(download.status).toBe(200)
      expect(download.headers.get('Content-Disposition')).toMatch(
        /^attachment; filename="bleu-exchange-online\./,
      )
      const fromApi = await node.app.request(`/api/v1/offerings/${encodeURIComponent(EXCHANGE)}`, {
        headers: { Accept: type! },
      })
      expect(await download.text()).toBe(await fromApi.text())
    }
    // a JSON-LD credential has no JWT form
    expect((await browse(node, `${offeringPage(EXCHANGE)}?format=jwt`)).status).toBe(404)
  })

  it('serves an offering’s own IRI on this node as its page, and a 404 page for an unknown one', async () => {
    const own = await page('/offerings/bleu-blob-storage')
    expect(own.res.status).toBe(200)
    expect(textOf(own.html)).toContain('Bleu Blob Storage')
    const missing = await page(offeringPage('https://nowhere.example/x'))
    expect(missing.res.status).toBe(404)
    expect(missing.res.headers.get('Content-Type')).toMatch(/^text\/html/)
    expect(textOf(missing.html)).toContain(
      'Aucune offre https://nowhere.example/x dans ce catalogue.',
    )
  })
})

describe('GET /fournisseurs/{id}', () => {
  it('shows the participant, its offerings as a search by provider, and its credentials', async () => {
    const did = node.ctx.identity.did
    const detail = await api(`/api/v1/participants/${encodeURIComponent(did)}`)
    const { res, html } = await page(providerPage(did))
    expect(res.status).toBe(200)
    const text = textOf(html)
    expect(text).toContain(`Ses offres (${detail.offeringCount})`)
    expect(hrefs(html)).toContain(`/recherche?provider=${encodeURIComponent(did)}`)
    for (const credential of detail.credentials) {
      expect(hrefs(html)).toContain(`/api/v1/credentials/${encodeURIComponent(credential.hash)}`)
    }
    expect((await page(providerPage('did:web:nobody.example'))).res.status).toBe(404)
  })
})

describe('GET /comparer', () => {
  it('puts offerings side by side, with a print stylesheet', async () => {
    const { res, html } = await page(
      `/comparer?id=${encodeURIComponent(BLOB)}&id=${encodeURIComponent(FILES)}`,
    )
    expect(res.status).toBe(200)
    expect(html).toContain('<caption>Comparaison de 2 offres</caption>')
    expect(html).toContain('@media print{')
    const text = textOf(html)
    expect(text).toContain('Bleu Blob Storage')
    expect(text).toContain('Bleu Files')
    expect(hrefs(html)).toContain(`/comparer?id=${encodeURIComponent(FILES)}`)
  })

  it('compares four at most, says which ids it does not know, and explains itself when empty', async () => {
    const ids = ['blob-storage', 'files', 'backup', 'teams', 'monitor'].map(
      (slug) => `id=${encodeURIComponent(`${PUBLIC_URL}/offerings/bleu-${slug}`)}`,
    )
    const many = await page(`/comparer?${ids.join('&')}`)
    expect(many.html).toContain('<caption>Comparaison de 4 offres</caption>')
    expect(textOf(many.html)).toContain('Seules les 4 premières offres sont comparées.')
    const unknown = await page(`/comparer?id=nope&id=${encodeURIComponent(BLOB)}`)
    expect(textOf(unknown.html)).toContain('Offre inconnue ignorée : nope')
    const empty = await page('/comparer')
    expect(textOf(empty.html)).toContain('Aucune offre choisie.')
  })
})

describe('unknown paths', () => {
  it('answer a browser with a 404 page, and the API’s paths and clients with the 404 problem', async () => {
    const browser = await page('/nulle-part?lang=en')
    expect(browser.res.status).toBe(404)
    expect(browser.html).toContain('<html lang="en">')
    expect(textOf(browser.html)).toContain('Page not found')
    for (const [path, accept] of [
      ['/api/v1/nothing-here', BROWSER_ACCEPT],
      ['/nulle-part', 'application/json'],
      ['/nulle-part', '*/*'],
    ]) {
      const res = await node.app.request(path!, { headers: { Accept: accept! } })
      expect(res.status).toBe(404)
      expect(res.headers.get('Content-Type')).toContain('application/problem+json')
    }
  })
})

describe('a description written "français — English"', () => {
  it('is shown in the reader’s language only, on the offering page and in the results', async () => {
    for (const path of [offeringPage(EXCHANGE), '/recherche?q=exchange']) {
      const fr = textOf((await page(path)).html)
      expect(fr, path).toContain('Messagerie professionnelle')
      expect(fr, path).not.toContain('Business email')
      const en = textOf((await page(`${path}${path.includes('?') ? '&' : '?'}lang=en`)).html)
      expect(en, path).toContain('Business email')
      expect(en, path).not.toContain('Messagerie professionnelle')
    }
  })
})

describe('a path that starts with //', () => {
  it('keeps the 404 page’s language switch on this node (no link to another site)', async () => {
    const res = await node.app.request('http://localhost//evil.example/x', {
      headers: { Accept: BROWSER_ACCEPT },
    })
    expect(res.status).toBe(404)
    const html = await res.text()
    expect(html).not.toContain('href="//')
    expect(html).toContain('href="/evil.example/x?lang=en"')
  })
})

describe('GET /recherche.atom', () => {
  it('is the same search as an Atom feed, revoked offerings included, newest change first', async () => {
    await revokeOffering(node.ctx, FILES, { admin: true })
    const res = await node.app.request('/recherche.atom?q=stockage')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('application/atom+xml; charset=utf-8')
    const xml = await res.text()
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="fr">/,
    )
    expect(xml).toContain(
      `<link rel="self" type="application/atom+xml" href="${PUBLIC_URL}/recherche.atom?q=stockage"/>`,
    )
    const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]!)
    expect(entries.length).toBeGreaterThan(1)
    const revoked = entries.find((e) => e.includes(`<id>${FILES}</id>`))
    expect(revoked).toContain('<category term="revoked" label="révoquée"/>')
    expect(revoked).toContain(`href="${PUBLIC_URL}${offeringPage(FILES)}"`)
    const updated = entries.map((e) => /<updated>(.*?)<\/updated>/.exec(e)![1]!)
    expect(updated).toEqual([...updated].sort().reverse())
    const same = await node.app.request('/recherche?q=stockage&format=atom')
    expect(await same.text()).toBe(xml)
  })
})

describe('what a page refuses, it says in the reader’s language', () => {
  it('answers a search with a parameter it does not take with a 400 page naming it, and a way out', async () => {
    const fr = await page('/recherche?q=stockage&page=2')
    expect(fr.res.status).toBe(400)
    expect(fr.html).toContain('<html lang="fr">')
    const text = textOf(fr.html)
    expect(text).toContain('Cette recherche ne peut pas être faite :')
    expect(text).toContain('page n’est pas un paramètre de requête de cette opération')
    expect(fr.html).toContain('/query/page')
    // the same search without what was refused
    expect(hrefs(fr.html)).toContain('/recherche?q=stockage')
    expect(text).toContain('Relancer la recherche sans page')
    const en = await page('/recherche?q=stockage&page=2', { 'Accept-Language': 'en' })
    expect(en.res.status).toBe(400)
    expect(en.html).toContain('<html lang="en">')
    expect(textOf(en.html)).toContain('page is not a query parameter of this operation')
    expect(textOf(en.html)).toContain('Run the search without page')
  })

  it('names each value that can never match, in whole sentences', async () => {
    const { res, html } = await page('/recherche?certification=XYZ&country=ZZ')
    expect(res.status).toBe(400)
    const text = textOf(html)
    for (const path of ['/query/certification', '/query/country']) expect(html).toContain(path)
    expect(text).toContain('« XYZ » n’est pas une certification connue de ce catalogue')
    expect(text).toContain('« ZZ » n’est pas un code de pays ISO 3166-1')
    expect(text).toMatch(
      /Relancer la recherche sans (certification, country|country, certification)/,
    )
    const sort = await page('/recherche?sort=prix', { 'Accept-Language': 'en' })
    expect(sort.res.status).toBe(400)
    expect(textOf(sort.html)).toContain('sort must be one of')
  })

  it('refuses a format it does not make, on the search page and the offering page', async () => {
    const search = await page('/recherche?q=stockage&format=pdf')
    expect(search.res.status).toBe(400)
    expect(textOf(search.html)).toContain(
      'format doit valoir atom (le flux de cette recherche) ou html (la page) : « pdf » n’est ni l’un ni l’autre.',
    )
    const offering = await page(`${offeringPage(BLOB)}?format=pdf`, { 'Accept-Language': 'en' })
    expect(offering.res.status).toBe(400)
    expect(offering.res.headers.get('Content-Type')).toMatch(/^text\/html/)
    expect(offering.html).toContain('<html lang="en">')
    expect(textOf(offering.html)).toContain(
      'format must be jsonld, nquads, jwt or json: “pdf” is none of them.',
    )
    // a name the prototype knows is not a format either
    expect((await page(`${offeringPage(BLOB)}?format=constructor`)).res.status).toBe(400)
  })

  it('says that a Data Integrity credential has no JWT form, on its page and when asked for it', async () => {
    const { html } = await page(offeringPage(BLOB))
    expect(textOf(html)).toContain('Pas de VC-JWT : la preuve de cette attestation est intégrée')
    const jwt = await page(`${offeringPage(BLOB)}?format=jwt`)
    expect(jwt.res.status).toBe(404)
    expect(textOf(jwt.html)).toContain('L’offre Bleu Blob Storage n’a pas de forme VC-JWT')
  })

  it('answers an unknown offering or provider with a 404 page in the reader’s language', async () => {
    const offering = await page(offeringPage('https://nowhere.example/x'), {
      'Accept-Language': 'en',
    })
    expect(offering.res.status).toBe(404)
    expect(offering.html).toContain('<html lang="en">')
    expect(textOf(offering.html)).toContain(
      'No offering https://nowhere.example/x in this catalogue.',
    )
    const provider = await page(providerPage('did:web:nobody.example'))
    expect(provider.res.status).toBe(404)
    expect(textOf(provider.html)).toContain(
      'Aucun fournisseur did:web:nobody.example dans ce catalogue.',
    )
  })

  it('pages by 20 when asked for more, says so, and links the API for all at once', async () => {
    const { res, html } = await page('/recherche?limit=25')
    expect(res.status).toBe(200)
    expect([...html.matchAll(/<li class="result">/g)]).toHaveLength(20)
    expect(textOf(html)).toContain('Cette page montre 20 offres à la fois (25 demandées)')
    expect(hrefs(html)).toContain('/api/v1/offerings?limit=25')
    const next = /href="([^"]*cursor=[^"]*)" rel="next"/.exec(html)![1]!
    const second = await page(decodeEntities(next))
    const { total } = await api('/api/v1/offerings')
    expect([...second.html.matchAll(/<li class="result">/g)]).toHaveLength(total - 20)
  })
})
