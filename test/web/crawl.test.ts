// No dead link: every link of every page (href, src, and each GET form's action with its fields as
// a browser would send them untouched), in French and in English, from the home page and a few
// search, offering and provider pages of the seeded catalogue. Links to other hosts are listed,
// not fetched: the tests run offline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  BROWSER_ACCEPT,
  PUBLIC_URL,
  decodeEntities,
  offeringPage,
  providerPage,
  seededNode,
  type SeededNode,
} from './seeded.js'

let node: SeededNode
beforeAll(async () => {
  node = await seededNode()
}, 120_000)
afterAll(() => node.close())

const ORIGIN = new URL(PUBLIC_URL).origin
const MAX_URLS = 3000

type Found = { url: string; from: string }

/** The links of an HTML page or an Atom feed: href and src, and GET forms with their fields. */
function linksOf(body: string): string[] {
  const links = [...body.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => decodeEntities(m[1]!))
  for (const [, attributes = '', inner = ''] of body.matchAll(/<form([^>]*)>([\s\S]*?)<\/form>/g)) {
    const action = decodeEntities(/\saction="([^"]*)"/.exec(attributes)?.[1] ?? '')
    const method = (/\smethod="([^"]*)"/.exec(attributes)?.[1] ?? 'get').toLowerCase()
    if (method !== 'get') {
      links.push(action) // its page answers a GET too
      continue
    }
    const fields = new URLSearchParams()
    for (const [input] of inner.matchAll(/<input\b[^>]*>/g)) {
      const attr = (name: string) =>
        decodeEntities(new RegExp(`\\s${name}="([^"]*)"`).exec(input)?.[1] ?? '')
      const name = attr('name')
      const type = attr('type') || 'text'
      if (!name || type === 'submit' || type === 'file') continue
      if ((type === 'checkbox' || type === 'radio') && !/\schecked=/.test(input)) continue
      fields.append(name, attr('value'))
    }
    for (const [, name = '', options = ''] of inner.matchAll(
      /<select[^>]*\sname="([^"]*)"[^>]*>([\s\S]*?)<\/select>/g,
    )) {
      const chosen =
        /<option value="([^"]*)" selected=""/.exec(options) ??
        /<option value="([^"]*)"/.exec(options)
      if (chosen) fields.append(name, decodeEntities(chosen[1]!))
    }
    const query = fields.toString()
    links.push(query ? `${action}${action.includes('?') ? '&' : '?'}${query}` : action)
  }
  return links
}

describe('the pages', () => {
  it('link to nothing that answers 404 or 5xx, in French or in English', async () => {
    const did = node.ctx.identity.did
    const starts = [
      '/',
      '/recherche?q=stockage',
      '/recherche?certification=HDS&country=FR',
      '/recherche?q=sant%C3%A9&sort=-updated',
      offeringPage(`${PUBLIC_URL}/offerings/bleu-exchange-online`),
      offeringPage(`${PUBLIC_URL}/offerings/bleu-kubernetes`),
      providerPage(did),
      '/comparer',
      '/valider',
    ].flatMap((path) =>
      ['fr', 'en'].map((lang) => `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`),
    )
    const queue: Found[] = starts.map((url) => ({ url, from: '(start)' }))
    const seen = new Set(queue.map((f) => f.url))
    const dead: string[] = []
    const external = new Set<string>()
    let pages = 0
    while (queue.length > 0) {
      const { url, from } = queue.shift()!
      const res = await node.app.request(url, { headers: { Accept: BROWSER_ACCEPT } })
      if (res.status === 404 || res.status >= 500)
        dead.push(`${res.status} ${url} (linked from ${from})`)
      const type = res.headers.get('Content-Type') ?? ''
      // a dead link's own 404 page is not crawled: its links are those of the page it stands for
      if (!res.ok || !/^(text\/html|application\/atom\+xml)/.test(type)) {
        await res.body?.cancel()
        continue
      }
      pages++
      for (const link of linksOf(await res.text())) {
        if (link === '' || link.startsWith('#') || link.startsWith('data:')) continue
        const target = new URL(link, `${ORIGIN}${url}`)
        if (target.origin !== ORIGIN) {
          if (/^https?:$/.test(target.protocol)) external.add(target.href)
          continue
        }
        const path = `${target.pathname}${target.search}`
        if (seen.has(path)) continue
        seen.add(path)
        queue.push({ url: path, from: url })
      }
      expect(seen.size, 'the crawl keeps growing: a link that makes links?').toBeLessThan(MAX_URLS)
    }
    const listed = [...external].sort().join('\n  ')
    console.info(
      `crawled ${seen.size} URLs (${pages} pages or feeds); ${external.size ? `links to other hosts, not fetched:\n  ${listed}` : 'no link to another host'}`,
    )
    if (process.env.CRAWL_LIST) console.info([...seen].sort().join('\n'))
    expect(pages).toBeGreaterThan(100)
    expect(dead).toEqual([])
  }, 300_000)
})
