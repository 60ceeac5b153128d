// npm run bench [-- --json] [search options]: the ingest bench, the search bench, then search on
// workerd's D1 beside Node (bench/d1.ts), each in its own process so that none runs on another's
// heap. `--json` goes to all (bench/figures.ts); the other options are the search bench's
// (tsx bench/ingest.ts --n … --batch … for ingest's, tsx bench/d1.ts --n … --rounds … for D1's).
import { spawnSync } from 'node:child_process'

const args = process.argv.slice(2)
const json = args.filter((arg) => arg === '--json')
for (const [bench, options] of [
  ['bench/ingest.ts', json],
  ['bench/search.ts', args],
  ['bench/d1.ts', json],
] as const) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', bench, ...options], {
    stdio: 'inherit',
  })
  if (run.status !== 0) process.exit(run.status ?? 1)
}
