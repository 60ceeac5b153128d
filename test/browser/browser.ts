// What the browser tests and the screenshot script share: a seeded node process on 127.0.0.1 and
// Debian's Chromium driven by playwright-core (no browser download: `apt-get install chromium`).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { startNode, type NodeProcess } from '../helpers/node-process.js'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/**
 * Chromium, headless and quiet: no network of its own beyond the node it is pointed at. `lang` is
 * the language of its own controls (a file input's button), which pages cannot set.
 */
export function launchChromium(lang?: string): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    ...(lang ? { env: { ...process.env, LANGUAGE: lang } } : {}),
    args: [
      ...(lang ? [`--lang=${lang}`] : []),
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  })
}

export type SeededNode = NodeProcess & { close(): Promise<void> }

/** The real node (src/entry/node.ts) on a fresh data folder, Bleu's catalogue seeded at start. */
export async function startSeededNode(): Promise<SeededNode> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gxc-browser-'))
  const node = await startNode({ dataDir, env: { GXC_SEED: 'true' }, readyTimeoutMs: 180_000 })
  return {
    ...node,
    close: async () => {
      await node.stop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** Path of the page of an offering or provider of the seeded node, by its id. */
export function pageOf(kind: 'offres' | 'fournisseurs', id: string): string {
  return `/${kind}/${encodeURIComponent(id)}`
}
