// npm run bench:d1 [-- --n 100000] [--rounds 40] [--json]
// Search on Cloudflare's engine beside Node's, on the same generated catalogue (bench/catalogue.ts):
// the Worker exactly as `wrangler deploy` would upload it, on workerd with a local D1 (Miniflare;
// the D1 file is the generated one, copied in), and the Node entry's app on @hono/node-server.
// The same URLs go to both over loopback, one at a time, alternating. Each URL is asked once (the
// page size moves by one each round) so every answer is computed, as the first search after a
// write is: answers kept per catalogue version would otherwise be measured instead of search.
import { serve } from '@hono/node-server'
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { availableParallelism, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { Miniflare } from 'miniflare'
import { createApp } from '../src/app.js'
import { parseConfig } from '../src/config.js'
import { createContext } from '../src/context.js'
import { createNodeIdentity } from '../src/credentials/did/identity.js'
import { generateKeyMaterial } from '../src/credentials/did/keys.js'
import { createLogger } from '../src/logger.js'
import { generate, type Terms } from './catalogue.js'
import { benchFigures } from './figures.js'
import { ms, pct } from './sampling.js'

const { values: args } = parseArgs({
  options: {
    n: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '40' },
    json: { type: 'boolean', default: false },
  },
})
const PUBLIC_URL = 'http://127.0.0.1'
// wrangler.toml's compatibility_date: the Worker runs as it would when deployed
const COMPATIBILITY_DATE = '2026-04-20'

type Item = { name: string; params: Record<string, string> }

async function main() {
  const n = Number(args.n)
  const rounds = Number(args.rounds)
  console.log(`D1 search bench: ${availableParallelism()} cores, Node ${process.version}`)
  const dir = mkdtempSync(join(tmpdir(), 'gxc-d1-bench-'))
  const mf: { current?: Miniflare } = {}
  try {
    const { database, terms, seconds } = generate(n, join(dir, 'catalogue.db'))
    console.log(`${n.toLocaleString('en-US')} offerings generated in ${seconds.toFixed(1)} s`)
    const { secretKeyMultibase } = await generateKeyMaterial()

    // Node: the app the Node entry serves, on the generated file
    const config = parseConfig({ GXC_LOG_LEVEL: 'warn', GXC_RATE_LIMIT: 'off', GXC_SEED: 'false' })
    const identity = await createNodeIdentity(await generateKeyMaterial(), config.publicUrl)
    const ctx = createContext(config, {
      store: database.store,
      identity,
      logger: createLogger('bench', 'warn'),
    })
    const server = serve({ fetch: createApp(ctx).fetch, port: 0, hostname: '127.0.0.1' })
    await new Promise((resolve) => server.once('listening', resolve))
    const nodeBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

    // workerd: the deployable bundle on a D1 whose file is a copy of the same catalogue
    const script = buildWorker(dir)
    const persist = join(dir, 'd1')
    const options = {
      modules: true,
      scriptPath: script,
      // module names are paths under this root, and the bundle sits in a temp folder
      modulesRoot: dirname(script),
      compatibilityDate: COMPATIBILITY_DATE,
      d1Databases: { DB: 'bench' },
      d1Persist: persist,
      bindings: {
        GXC_NODE_KEY: secretKeyMultibase,
        GXC_PUBLIC_URL: PUBLIC_URL,
        GXC_LOG_LEVEL: 'warn',
        GXC_RATE_LIMIT: 'off',
      },
    }
    mf.current = new Miniflare(options)
    // the D1 file exists once something is written to it; then it is replaced, the engine stopped
    await (await mf.current.getD1Database('DB')).prepare('CREATE TABLE placeholder (x)').run()
    await mf.current.dispose()
    const d1File = filesUnder(persist).find(
      (f) => f.endsWith('.sqlite') && !f.endsWith('metadata.sqlite'),
    )
    if (!d1File) throw new Error(`no D1 file under ${persist}`)
    for (const f of filesUnder(persist)) if (/\.sqlite-(wal|shm)$/.test(f)) rmSync(f)
    database.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    copyFileSync(join(dir, 'catalogue.db'), d1File)
    mf.current = new Miniflare(options)
    const worker = mf.current
    const held = await (
      await worker.getD1Database('DB')
    )
      .prepare('SELECT count(*) AS n FROM offering')
      .first<{ n: number }>()
    if (held?.n !== n) throw new Error(`the D1 copy holds ${held?.n} offerings, not ${n}`)

    const items = await mix(terms, nodeBase)
    const get = {
      node: async (path: string) => (await fetch(`${nodeBase}${path}`)).text(),
      d1: async (path: string) => (await worker.dispatchFetch(`${PUBLIC_URL}${path}`)).text(),
    }
    // the first request starts the isolate and both warm their caches of pages and statements
    for (const item of items) {
      const path = url(item, 20)
      const [node, d1] = [await get.node(path), await get.d1(path)]
      if (node !== d1) throw new Error(`Node and D1 answer ${item.name} differently`)
    }
    const times = { node: new Map<string, number[]>(), d1: new Map<string, number[]>() }
    for (let round = 0; round < rounds; round++) {
      for (const item of items) {
        const path = url(item, 21 + round)
        for (const runtime of round % 2 ? (['d1', 'node'] as const) : (['node', 'd1'] as const)) {
          const start = performance.now()
          await get[runtime](path)
          const list = times[runtime].get(item.name) ?? []
          list.push(performance.now() - start)
          times[runtime].set(item.name, list)
        }
      }
    }

    const run = benchFigures('d1')
    const at = `at ${n.toLocaleString('en-US')}`
    console.log()
    console.log(`GET /api/v1/offerings ${at}, each answer computed (ms), ${rounds} rounds`)
    console.log(`  ${''.padEnd(30)}  Node p50  Node p99 |   D1 p50    D1 p99 | D1÷Node p50   p99`)
    const row = (name: string, node: number[], d1: number[]) => {
      const ratio = (p: number) => `${(pct(d1, p) / pct(node, p)).toFixed(1)}×`
      console.log(
        `  ${name.padEnd(30)} ${ms(pct(node, 50))}  ${ms(pct(node, 99))} | ${ms(pct(d1, 50))}  ${ms(pct(d1, 99))} | ${ratio(50).padStart(11)} ${ratio(99).padStart(5)}`,
      )
    }
    for (const item of items) row(item.name, times.node.get(item.name)!, times.d1.get(item.name)!)
    const node = [...times.node.values()].flat()
    const d1 = [...times.d1.values()].flat()
    row('whole mix', node, d1)
    for (const [runtime, all] of [
      ['Node', node],
      ['D1 (workerd, local)', d1],
    ] as const) {
      for (const p of [50, 99]) {
        run.add({
          name: `search over HTTP ${at}, ${runtime}, cold p${p}`,
          value: pct(all, p),
          unit: 'ms',
          better: 'lower',
        })
      }
    }
    run.add({
      name: `search over HTTP ${at}, D1 p50 ÷ Node p50`,
      value: pct(d1, 50) / pct(node, 50),
      unit: '×',
      better: 'lower',
    })
    console.log()
    console.log(
      '  local D1 runs SQLite inside workerd, one query per round trip from the isolate: deployed D1 adds',
    )
    console.log('  the network between the Worker and the database, which no local run can show.')
    run.write()
    server.close()
    database.close()
  } finally {
    await mf.current?.dispose()
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The Worker as `wrangler deploy` would upload it, within its budget (bin/worker-bundle.mjs). */
function buildWorker(dir: string): string {
  const outdir = join(dir, 'worker')
  const built = spawnSync(process.execPath, ['bin/worker-bundle.mjs', '--outdir', outdir], {
    encoding: 'utf8',
  })
  if (built.status !== 0) throw new Error(`npm run worker:bundle failed:\n${built.stderr}`)
  process.stdout.write(built.stdout)
  return join(outdir, 'worker.js')
}

/** The search bench's mix (bench/search.ts), and two searches in the buyer's words. */
async function mix(terms: Terms, nodeBase: string): Promise<Item[]> {
  const text = (q: string) => ({ q, facets: '' })
  const first = (await (
    await fetch(
      `${nodeBase}/api/v1/offerings?q=${encodeURIComponent(terms.medium)}&limit=20&facets=`,
    )
  ).json()) as { next: string | null }
  // `next` is the cursor of the following page
  const cursor = first.next
  return [
    { name: `selective "${terms.selective}"`, params: text(terms.selective) },
    { name: `broad "${terms.broad}"`, params: text(terms.broad) },
    { name: `faceted "${terms.medium}"`, params: { q: terms.medium } },
    {
      name: 'filtered DE+C5+compute',
      params: {
        country: 'DE',
        certification: 'C5',
        type: 'gx:ComputeServiceOffering',
        facets: '',
      },
    },
    ...(cursor
      ? [{ name: `paged "${terms.medium}" p2`, params: { ...text(terms.medium), cursor } }]
      : []),
    { name: 'q "HDS"', params: text('HDS') },
    { name: 'label=eligible:L2, six facets', params: { label: 'eligible:L2' } },
  ]
}

function url(item: Item, limit: number): string {
  return `/api/v1/offerings?${new URLSearchParams({ ...item.params, limit: String(limit) })}`
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  )
}

await main()
