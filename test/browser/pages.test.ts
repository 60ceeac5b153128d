// The pages in a real browser (Debian's Chromium through playwright-core) against the real node
// process, seeded: axe-core finds no serious or critical WCAG 2.1 AA issue on any page in either
// language, the pages load nothing but themselves, and a keyboard alone, without JavaScript,
// finds a sovereign storage offering, reads why it is or is not fit for sensitive data, compares
// two offerings and checks a credential; the browser's language is followed, and the switch keeps
// the page; a page shows identifiers hundreds of letters long within a phone's width, and a bidi
// override in a credential reorders none of its words; a comparison prints as its table; a file is
// checked as pasted text. Run with
// `npm run test:browser` (not part of `npm test`).
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, pageOf, startSeededNode, type SeededNode } from './browser.js'

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

let node: SeededNode
let browser: Browser
let did: string

beforeAll(async () => {
  ;[node, browser] = await Promise.all([startSeededNode(), launchChromium()])
  did = (
    (await (await fetch(`${node.url}/.well-known/gaia-x-catalogue`)).json()) as { did: string }
  ).did
}, 240_000)
afterAll(async () => {
  await browser?.close()
  await node?.close()
})

const offering = (slug: string) => pageOf('offres', `${node.url}/offerings/${slug}`)

function pages(): [string, string][] {
  return [
    ['home', '/'],
    ['search', '/recherche?q=stockage'],
    ['search with filters', '/recherche?country=FR&certification=HDS&sort=-updated'],
    ['search that finds nothing', '/recherche?q=secnumclod'],
    ['bad search', '/recherche?limit=500'],
    ['offering', offering('bleu-exchange-online')],
    ['offering with dependencies', offering('bleu-kubernetes')],
    ['provider', pageOf('fournisseurs', did)],
    [
      'compare',
      `/comparer?id=${encodeURIComponent(`${node.url}/offerings/bleu-blob-storage`)}&id=${encodeURIComponent(`${node.url}/offerings/bleu-files`)}`,
    ],
    ['empty compare', '/comparer'],
    ['validate', '/valider'],
    ['not found', '/nulle-part'],
  ]
}

async function context(
  lang: 'fr' | 'en',
  options: { javaScript?: boolean } = {},
): Promise<BrowserContext> {
  return browser.newContext({
    locale: lang === 'fr' ? 'fr-FR' : 'en-GB',
    javaScriptEnabled: options.javaScript ?? true,
    // axe is injected by the test: the pages' own policy would (rightly) refuse it
    bypassCSP: options.javaScript ?? true,
  })
}

type AxeViolation = { id: string; impact: string; help: string; nodes: { target: string[] }[] }

async function axe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE })
  return page.evaluate(async (tags) => {
    const result = await (window as unknown as { axe: { run: Function } }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    })
    return result.violations
  }, WCAG_AA) as Promise<AxeViolation[]>
}

/** The validate page's report for a credential altered after signing. */
async function postTampered(page: Page): Promise<void> {
  const res = await page.request.get(
    `${node.url}/api/v1/offerings/${encodeURIComponent(`${node.url}/offerings/bleu-files`)}`,
    {
      headers: { Accept: 'application/ld+json' },
    },
  )
  const credential = await res.json()
  credential.credentialSubject['schema:name'] = 'Modifiée après signature'
  await page.locator('#document').fill(JSON.stringify(credential, null, 2))
  await page.locator('form[method=post] button[type=submit]').click()
  await page.waitForLoadState()
}

describe('the accessibility check', () => {
  it('finds what it should on a page made to fail it', async () => {
    const ctx = await context('fr')
    const page = await ctx.newPage()
    await page.setContent('<html><body><img src="data:,"><a href="/x"></a><input></body></html>')
    const ids = (await axe(page)).map((v) => v.id)
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'link-name', 'html-has-lang']))
    await ctx.close()
  })
})

describe.each(['fr', 'en'] as const)('every page in %s', (lang) => {
  it('has no serious or critical WCAG 2.1 AA issue (axe-core)', async () => {
    const ctx = await context(lang)
    const page = await ctx.newPage()
    const found: string[] = []
    const report = (name: string, violations: AxeViolation[]) => {
      for (const v of violations) {
        const line = `${name}: ${v.impact} ${v.id} (${v.help}) at ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`
        if (v.impact === 'serious' || v.impact === 'critical') found.push(line)
        else console.info(line)
      }
    }
    for (const [name, path] of pages()) {
      const res = await page.goto(`${node.url}${path}`)
      expect(res, name).not.toBeNull()
      expect(await page.locator('html').getAttribute('lang')).toBe(lang)
      report(name, await axe(page))
    }
    await page.goto(`${node.url}/valider`)
    await postTampered(page)
    expect(await page.locator('.listing .hit').count()).toBeGreaterThan(0)
    report('validate report', await axe(page))
    await ctx.close()
    expect(found).toEqual([])
  }, 180_000)

  it('loads nothing from elsewhere and breaks no rule of its Content-Security-Policy', async () => {
    const ctx = await context(lang, { javaScript: false })
    const page = await ctx.newPage()
    const requests: string[] = []
    const refusals: string[] = []
    page.on('request', (request) => requests.push(request.url()))
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refusals.push(message.text())
    })
    for (const [, path] of pages()) await page.goto(`${node.url}${path}`)
    await ctx.close()
    expect(
      requests.filter((url) => !url.startsWith(`${node.url}/`) && !url.startsWith('data:')),
    ).toEqual([])
    expect(refusals).toEqual([])
  }, 120_000)
})

/** Tabs until the focused element matches `wanted`, returning the stops passed on the way. */
async function tabTo(page: Page, wanted: (el: Focused) => boolean, max = 250): Promise<Focused[]> {
  const stops: Focused[] = []
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    const el = await focused(page)
    stops.push(el)
    if (wanted(el)) return stops
  }
  throw new Error(`not reached by Tab in ${max} stops: ${stops.map((s) => s.describe).join(' | ')}`)
}

type Focused = {
  tag: string
  id: string
  name: string
  type: string
  href: string
  text: string
  cls: string
  outline: string
  describe: string
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    const style = el ? getComputedStyle(el) : undefined
    const info = {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      name: el?.getAttribute('name') ?? '',
      type: el?.getAttribute('type') ?? '',
      href: el?.getAttribute('href') ?? '',
      text: (el?.textContent ?? '').trim().slice(0, 60),
      cls: el?.className ?? '',
      outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
    }
    return { ...info, describe: `${info.tag}#${info.id}.${info.cls}[${info.name}] ${info.text}` }
  })
}

describe('with the keyboard alone and without JavaScript', () => {
  it('reaches the skip link first, then the language switch, the search box, the facets and the results, each with a visible focus', async () => {
    const ctx = await context('fr', { javaScript: false })
    const page = await ctx.newPage()
    await page.goto(`${node.url}/recherche?q=stockage`)
    const first = await tabTo(page, () => true)
    expect(first[0]!.text).toBe('Aller au contenu')
    expect(first[0]!.outline).toMatch(/^solid [1-9]/)
    const stops = await tabTo(page, (el) => el.href.startsWith('/offres/'))
    const order = (test: (el: Focused) => boolean) => stops.findIndex(test)
    const language = order((el) => el.cls === 'switch')
    const box = order((el) => el.id === 'q')
    const facet = order((el) => el.type === 'checkbox' && el.name === 'country')
    const result = stops.length - 1
    expect(language).toBeGreaterThanOrEqual(0)
    expect(box).toBeGreaterThan(language)
    expect(facet).toBeGreaterThan(box)
    expect(result).toBeGreaterThan(facet)
    for (const stop of stops) expect(stop.outline, stop.describe).toMatch(/^solid [1-9]/)
    // the skip link moves focus to the content
    await page.goto(`${node.url}/recherche?q=stockage`)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    expect((await focused(page)).id).toBe('q')
    await ctx.close()
  }, 120_000)

  it('finds a sovereign storage offering, reads why, compares two and checks a credential', async () => {
    const ctx = await context('fr', { javaScript: false })
    const page = await ctx.newPage()
    await page.goto(`${node.url}/`)
    await tabTo(page, (el) => el.id === 'q')
    await page.keyboard.type('stockage')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/recherche\?q=stockage/)
    // filter on France with the facets form
    await tabTo(page, (el) => el.type === 'checkbox' && el.name === 'country')
    await page.keyboard.press('Space')
    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Appliquer les filtres')
    await page.keyboard.press('Enter')
    await page.waitForURL(/country=FR/)
    expect(await page.locator('.chips a').first().textContent()).toContain('France')
    // tick two offerings to compare, and compare them
    await tabTo(page, (el) => el.type === 'checkbox' && el.name === 'id')
    await page.keyboard.press('Space')
    await tabTo(page, (el) => el.type === 'checkbox' && el.name === 'id')
    await page.keyboard.press('Space')
    await tabTo(page, (el) => el.tag === 'button' && el.text.startsWith('Comparer les offres'))
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/comparer\?/)
    expect(await page.locator('table.compare thead th').count()).toBe(2)
    expect(await page.locator('table.compare').textContent()).toContain(
      'Données sensibles sous règles françaises',
    )
    // open the first one and read the answer
    await tabTo(page, (el) => el.href.startsWith('/offres/'))
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/offres\//)
    expect(await page.locator('.answer p').first().textContent()).toMatch(
      /^Données sensibles sous règles françaises \(SecNumCloud\) : (oui|pas encore|non) — /,
    )
    // check a credential
    await page.goto(`${node.url}/valider`)
    await tabTo(page, (el) => el.id === 'document')
    await page.keyboard.insertText(
      '{"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"]}',
    )
    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Vérifier')
    await page.keyboard.press('Enter')
    await page.waitForLoadState()
    expect(await page.locator('h2#result').textContent()).toBe('Résultat')
    expect(await page.locator('ol.findings li').count()).toBeGreaterThan(0)
    await ctx.close()
  }, 120_000)
})

describe('the language', () => {
  it('follows the browser’s own, and the switch keeps the page, its query and its results', async () => {
    const english = await context('en', { javaScript: false })
    const home = await english.newPage()
    await home.goto(`${node.url}/`)
    expect(await home.locator('html').getAttribute('lang')).toBe('en')
    expect(await home.locator('h1').textContent()).toBe('Find a trusted cloud service')
    await english.close()

    const ctx = await context('fr', { javaScript: false })
    const page = await ctx.newPage()
    await page.goto(`${node.url}/recherche?q=stockage&country=FR&sort=-updated`)
    expect(await page.locator('html').getAttribute('lang')).toBe('fr')
    const results = await page.locator('.result h3 a').allTextContents()
    expect(results.length).toBeGreaterThan(1)
    // with the keyboard: the switch is among the first stops
    await tabTo(page, (el) => el.cls === 'switch')
    expect((await focused(page)).text).toBe('English')
    await page.keyboard.press('Enter')
    await page.waitForURL(/lang=en/)
    const url = new URL(page.url())
    expect(url.pathname).toBe('/recherche')
    expect(Object.fromEntries(url.searchParams)).toEqual({
      q: 'stockage',
      country: 'FR',
      sort: '-updated',
      lang: 'en',
    })
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.locator('h1').textContent()).toBe('Search: stockage')
    expect(await page.locator('.result h3 a').allTextContents()).toEqual(results)
    // the language chosen stays chosen, page after page, over the browser's
    await tabTo(page, (el) => el.href.startsWith('/offres/'))
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/offres\/.*lang=en/)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.locator('.answer p').first().textContent()).toMatch(
      /^Sensitive data under French rules \(SecNumCloud\): (yes|not yet|no) — /,
    )
    const offering = new URL(page.url()).pathname
    // and back to French, on the same offering
    await page.locator('a.switch').click()
    await page.waitForURL(/lang=fr/)
    expect(new URL(page.url()).pathname).toBe(offering)
    expect(await page.locator('html').getAttribute('lang')).toBe('fr')
    expect(await page.locator('.answer p').first().textContent()).toMatch(
      /^Données sensibles sous règles françaises \(SecNumCloud\) : (oui|pas encore|non) — /,
    )
    await ctx.close()
  }, 120_000)

  it('keeps a search’s 400 page in the reader’s language, with a way back to a search that runs', async () => {
    const ctx = await context('en', { javaScript: false })
    const page = await ctx.newPage()
    const res = await page.goto(`${node.url}/recherche?q=stockage&page=2`)
    expect(res?.status()).toBe(400)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.locator('[role=alert]').textContent()).toContain(
      'page is not a query parameter of this operation',
    )
    await page.getByRole('link', { name: 'Run the search without page' }).click()
    await page.waitForURL((url) => url.search === '?q=stockage')
    expect(await page.locator('.result').count()).toBeGreaterThan(0)
    await ctx.close()
  }, 60_000)

  // identifiers of hundreds of characters without a space are what real issuers send (the Gaia-X
  // wizard's did:web paths): a page showing one widened itself to thousands of pixels
  it('keeps a page as wide as a phone’s screen when it shows a word hundreds of letters long', async () => {
    const ctx = await browser.newContext({ locale: 'fr-FR', viewport: { width: 375, height: 800 } })
    const page = await ctx.newPage()
    const long = `did:web:issuer.example.eu:credentials:${'z6Mkq'.repeat(80)}`
    const fits = async () => {
      const [scrolled, window] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.clientWidth,
      ])
      expect(scrolled, page.url()).toBeLessThanOrEqual(window)
    }
    for (const path of [
      `/recherche?q=${encodeURIComponent(long)}`,
      pageOf('offres', long),
      pageOf('fournisseurs', long),
    ]) {
      await page.goto(`${node.url}${path}`)
      await fits()
    }
    // the report of a credential whose issuer this node cannot resolve names it in a finding
    const res = await page.request.get(
      `${node.url}/api/v1/offerings/${encodeURIComponent(`${node.url}/offerings/bleu-files`)}`,
      { headers: { Accept: 'application/ld+json' } },
    )
    const credential = await res.json()
    credential.issuer = long
    credential.proof.verificationMethod = `${long}#key-1`
    await page.goto(`${node.url}/valider`)
    await page.locator('#document').fill(JSON.stringify(credential, null, 2))
    await page.locator('form[method=post] button[type=submit]').click()
    await page.waitForLoadState()
    expect(await page.locator('ol.findings').textContent()).toContain(long)
    await fits()
    await ctx.close()
  }, 60_000)

  // a right-to-left override obeyed in the issuer's DID reversed the rest of the finding's line
  it('keeps the words of a finding in their order when the credential holds a bidi override', async () => {
    const ctx = await context('en')
    const page = await ctx.newPage()
    const res = await page.request.get(
      `${node.url}/api/v1/offerings/${encodeURIComponent(`${node.url}/offerings/bleu-files`)}`,
      { headers: { Accept: 'application/ld+json' } },
    )
    const credential = await res.json()
    credential.issuer = 'did:web:issuer\u2069\u202e.example.eu'
    await page.goto(`${node.url}/valider`)
    await page.locator('#document').fill(JSON.stringify(credential, null, 2))
    await page.locator('form[method=post] button[type=submit]').click()
    await page.waitForLoadState()
    const finding = page.locator('ol.findings li', { hasText: 'issuer-not-provider' })
    // where the browser draws "issues" and "offerings" in the sentence after the DID
    const [issues, offerings] = await finding.evaluate((li) => {
      const phrase = 'issues its own offerings'
      const walker = document.createTreeWalker(li, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(phrase)
        if (at < 0) continue
        const left = (start: number, end: number) => {
          const range = document.createRange()
          range.setStart(node, at + start)
          range.setEnd(node, at + end)
          return range.getBoundingClientRect().left
        }
        return [left(0, 'issues'.length), left(phrase.length - 'offerings'.length, phrase.length)]
      }
      throw new Error(`no "${phrase}" in the finding`)
    })
    expect(await finding.textContent()).toContain('did:web:issuer\\u2069\\u202e.example.eu')
    expect(issues).toBeLessThan(offerings!)
    await ctx.close()
  }, 60_000)
})

describe('printing and uploading, without JavaScript', () => {
  it('prints a comparison as its table alone: no navigation, no switch, no form', async () => {
    const ctx = await context('fr', { javaScript: false })
    const page = await ctx.newPage()
    const ids = ['bleu-blob-storage', 'bleu-files'].map((slug) =>
      encodeURIComponent(`${node.url}/offerings/${slug}`),
    )
    await page.goto(`${node.url}/comparer?id=${ids[0]}&id=${ids[1]}`)
    expect(await page.locator('header.site nav').isVisible()).toBe(true)
    await page.emulateMedia({ media: 'print' })
    for (const hidden of ['header.site nav', 'a.switch', 'footer.site', '.noprint >> nth=0']) {
      expect(await page.locator(hidden).isVisible(), hidden).toBe(false)
    }
    expect(await page.locator('table.compare').isVisible()).toBe(true)
    const pdf = await page.pdf({ format: 'A4' })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    await ctx.close()
  }, 60_000)

  it('checks a credential chosen as a file, its findings next to their lines', async () => {
    const ctx = await context('en', { javaScript: false })
    const page = await ctx.newPage()
    const res = await page.request.get(
      `${node.url}/api/v1/offerings/${encodeURIComponent(`${node.url}/offerings/bleu-files`)}`,
      { headers: { Accept: 'application/ld+json' } },
    )
    const credential = await res.json()
    credential.credentialSubject['schema:name'] = 'Altered after signing'
    await page.goto(`${node.url}/valider`)
    await page.locator('#file').setInputFiles({
      name: 'credential.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(credential, null, 2)),
    })
    await page.locator('form[method=post] button[type=submit]').click()
    await page.waitForLoadState()
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.locator('h2#result').textContent()).toBe('Result')
    expect(await page.locator('.listing .hit').count()).toBeGreaterThan(0)
    // a finding's line link leads to its line
    const line = await page.locator('ol.findings li a').first().getAttribute('href')
    expect(await page.locator(`.listing ${line}`).count()).toBe(1)
    await ctx.close()
  }, 60_000)
})
