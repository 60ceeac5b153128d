// npm run screenshots: the main pages of a freshly seeded node, as Chromium shows them, saved as
// PNG in docs/screenshots/ for the README (French, and one page in English).
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { launchChromium, pageOf, startSeededNode } from './browser.js'

const OUT = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url))
// tall pages are cut here: the README shows their top, the page itself the rest
const MAX_HEIGHT = 2000
const WIDTH = 1200

const node = await startSeededNode()
const browser = await launchChromium('fr')
try {
  mkdirSync(OUT, { recursive: true })
  const offering = (slug: string) => `${node.url}/offerings/${slug}`
  const shots: [
    name: string,
    lang: 'fr' | 'en',
    path: string,
    then?: (page: Page) => Promise<void>,
  ][] = [
    ['home', 'fr', '/'],
    ['search', 'fr', '/recherche?q=stockage&country=FR'],
    ['offering', 'fr', pageOf('offres', offering('bleu-exchange-online'))],
    [
      'compare',
      'fr',
      `/comparer?${[
        offering('bleu-blob-storage'),
        `${node.url}/partners/sante-numerique-atlantique/offerings/sna-entrepot-donnees-sante`,
        `${node.url}/partners/datalumen-analytics/offerings/datalumen-insights`,
      ]
        .map((id) => `id=${encodeURIComponent(id)}`)
        .join('&')}`,
    ],
    ['validate', 'fr', '/valider', postTampered],
    ['offering-en', 'en', pageOf('offres', offering('bleu-kubernetes'))],
  ]
  for (const [name, lang, path, then] of shots) {
    const context = await browser.newContext({
      locale: lang === 'fr' ? 'fr-FR' : 'en-GB',
      viewport: { width: WIDTH, height: 900 },
    })
    const page = await context.newPage()
    await page.goto(`${node.url}${path}`)
    if (then) await then(page)
    const height = await page.evaluate(() => document.documentElement.scrollHeight)
    await page.screenshot({
      path: `${OUT}${name}.png`,
      fullPage: true,
      clip: { x: 0, y: 0, width: WIDTH, height: Math.min(height, MAX_HEIGHT) },
    })
    process.stdout.write(`docs/screenshots/${name}.png\n`)
    await context.close()
  }
} finally {
  await browser.close()
  await node.close()
}

/** The partner's check of a credential altered after signing, its findings next to their lines. */
async function postTampered(page: Page): Promise<void> {
  const id = `${node.url}/offerings/bleu-files`
  const res = await page.request.get(`${node.url}/api/v1/offerings/${encodeURIComponent(id)}`, {
    headers: { Accept: 'application/ld+json' },
  })
  const credential = await res.json()
  credential.credentialSubject['schema:name'] = 'Bleu Files (modifiée après signature)'
  delete credential.credentialSubject['gx:providedBy']
  await page.locator('#document').fill(JSON.stringify(credential, null, 2))
  await page.locator('form[method=post] button[type=submit]').click()
  await page.waitForLoadState()
}
