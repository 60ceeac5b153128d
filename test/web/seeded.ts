// A node with Bleu's seeded catalogue, in-process, for the page tests: driven through
// `app.request()` as a browser would ask (Accept: text/html).
import { generateKeyMaterial, type KeyMaterial } from '../../src/credentials/did/keys.js'
import { seedCatalogue } from '../../seed/seed.js'
import { createTestNode } from '../helpers/test-node.js'

export const PUBLIC_URL = 'https://catalogue.bleu.fr'
/** What Chromium sends for a page. */
export const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'
export const PAGE_WEIGHT_LIMIT = 60 * 1024

export type SeededNode = Awaited<ReturnType<typeof createTestNode>>

export async function seededNode(env: Record<string, string> = {}): Promise<SeededNode> {
  const node = await createTestNode({ env: { GXC_PUBLIC_URL: PUBLIC_URL, ...env } })
  const keys = new Map<string, KeyMaterial>()
  await seedCatalogue(node.ctx, {
    partnerKeys: async (slug) => {
      if (!keys.has(slug)) keys.set(slug, await generateKeyMaterial())
      return keys.get(slug)!
    },
  })
  return node
}

/** GET `path` as a browser, optionally in a language. */
export async function browse(
  node: SeededNode,
  path: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  return node.app.request(path, { headers: { Accept: BROWSER_ACCEPT, ...headers } })
}

export function offeringPage(id: string): string {
  return `/offres/${encodeURIComponent(id)}`
}

export function providerPage(id: string): string {
  return `/fournisseurs/${encodeURIComponent(id)}`
}

const BLOCKS =
  /<\/?(p|div|h[1-6]|li|ul|ol|dt|dd|dl|tr|td|th|table|caption|section|header|footer|nav|main|aside|form|fieldset|legend|br)\b[^>]*>/g

/** The text of a page's body as a reader gets it: blocks apart, tags dropped, spaces folded. */
export function textOf(html: string): string {
  const body = html.replace(/^[\s\S]*?<body>/, '').replace(/<(style|title)>[\s\S]*?<\/\1>/g, '')
  return decodeEntities(body.replace(BLOCKS, ' ').replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim()
}

export function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&')
}
