#!/usr/bin/env node
// `npm run worker:bundle [-- --outdir <dir>]`: the Worker exactly as `wrangler deploy` would upload
// it (a dry run: nothing leaves the machine), held to a budget; kept in <dir> when given (the D1
// bench runs it). Cloudflare refuses a Worker above its plan's
// compressed size (3 MiB free, 10 MiB paid), and every kilobyte is parsed again by each cold
// isolate, so the budget sits well below both.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'

const BUDGET_BYTES = 1024 * 1024

const { values: args } = parseArgs({ options: { outdir: { type: 'string' } } })
const outdir = args.outdir ?? mkdtempSync(join(tmpdir(), 'worker-bundle-'))
try {
  const wrangler = spawnSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', outdir], {
    encoding: 'utf8',
    env: {
      ...process.env,
      WRANGLER_SEND_METRICS: 'false',
      WRANGLER_SEND_ERROR_REPORTS: 'false',
      CLOUDFLARE_CF_FETCH_ENABLED: 'false',
    },
  })
  if (wrangler.status !== 0) {
    process.stderr.write(wrangler.stdout + wrangler.stderr)
    process.exit(1)
  }
  const bundle = readFileSync(join(outdir, 'worker.js'))
  const gzipped = gzipSync(bundle, { level: 9 }).length
  const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`
  const verdict = gzipped <= BUDGET_BYTES ? 'within' : 'OVER'
  console.log(
    `worker bundle: ${kib(bundle.length)}, ${kib(gzipped)} gzipped: ${verdict} the ${kib(BUDGET_BYTES)} budget`,
  )
  if (gzipped > BUDGET_BYTES) process.exit(1)
} finally {
  if (!args.outdir) rmSync(outdir, { recursive: true, force: true })
}
