// npm run bench [-- --json] [search options]: the ingest bench, then the search bench, each in its
// own process so that neither runs on the other's heap. `--json` goes to both (bench/figures.ts);
// the other options are the search bench's (tsx bench/ingest.ts --n … --batch … for ingest's).
import { spawnSync } from 'node:child_process'

const args = process.argv.slice(2)
const json = args.filter((arg) => arg === '--json')
for (const [bench, options] of [
  ['bench/ingest.ts', json],
  ['bench/search.ts', args],
] as const) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', bench, ...options], {
    stdio: 'inherit',
  })
  if (run.status !== 0) process.exit(run.status ?? 1)
}
