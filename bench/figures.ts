// Every figure a bench judges against its target, as data: with `--json` a run writes them to
// bench/results/<bench>-<time>.json and prints each beside the last run's, so that two runs
// compare without reading their logs side by side.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export type Figure = {
  name: string
  value: number
  unit: string
  /** Higher is better for rates and ratios, lower for latencies. */
  better: 'higher' | 'lower'
  target?: number
  met?: boolean
}

const RESULTS = fileURLToPath(new URL('./results/', import.meta.url))

/**
 * The figures of one bench run, kept as they are measured; `write()` saves them when the run was
 * asked for `--json`.
 *
 * @example
 * const run = benchFigures('ingest')
 * run.add({ name: 'rate, presentations of 50', value: 612, unit: 'credentials/s', better: 'higher', target: 2000 })
 * run.write()
 */
export function benchFigures(bench: string) {
  const figures: Figure[] = []
  return {
    /** Records a figure; answers whether it meets its target (true without one). */
    add(figure: Omit<Figure, 'met'>): boolean {
      const met =
        figure.target === undefined
          ? undefined
          : figure.better === 'higher'
            ? figure.value >= figure.target
            : figure.value <= figure.target
      figures.push({ ...figure, ...(met === undefined ? {} : { met }) })
      return met ?? true
    },

    write(): void {
      if (!process.argv.includes('--json')) return
      mkdirSync(RESULTS, { recursive: true })
      const last = lastRun(bench)
      const at = new Date().toISOString()
      const file = join(RESULTS, `${bench}-${at.replace(/[:.]/g, '-')}.json`)
      const run = { bench, at, node: process.version, cores: availableParallelism(), figures }
      writeFileSync(file, `${JSON.stringify(run, null, 2)}\n`)
      console.log()
      console.log(`figures written to ${file}${last ? `; against ${last.at}:` : ''}`)
      if (!last) return
      for (const figure of figures) {
        const before = last.figures.find((f) => f.name === figure.name)
        if (!before) continue
        const change = ((figure.value - before.value) / before.value) * 100
        const sign = change >= 0 ? '+' : ''
        console.log(
          `  ${figure.name.padEnd(52)} ${figure.value.toFixed(2).padStart(10)} ${figure.unit} (last ${before.value.toFixed(2)}, ${sign}${change.toFixed(0)}%)`,
        )
      }
    },
  }
}

function lastRun(bench: string): { at: string; figures: Figure[] } | undefined {
  let names: string[]
  try {
    names = readdirSync(RESULTS).filter((name) => name.startsWith(`${bench}-`))
  } catch {
    return undefined
  }
  // the timestamp in the name sorts as the time it was written
  const name = names.sort().at(-1)
  return name ? JSON.parse(readFileSync(join(RESULTS, name), 'utf8')) : undefined
}
