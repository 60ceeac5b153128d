// A progress bar with its rate, on stderr and only on a terminal: a pipe or a log file gets the
// summary alone.
import type { Output } from './output.js'

export type Progress = {
  /** `n` more items done. */
  tick(n?: number): void
  /** The total, once it is known or when it changes. */
  total(n: number): void
  /** Clears the bar; the caller prints the summary. */
  done(): void
  /** Items per second since the start. */
  rate(): number
  elapsedMs(): number
}

const REDRAW_MS = 100
const WIDTH = 24

/** @example const bar = progress(out, out.t('submit.progress'), 10_000); bar.tick(50); bar.done() */
export function progress(out: Output, label: string, total = 0): Progress {
  const started = Date.now()
  const tty = out.io.stderr.isTTY === true
  let count = 0
  let all = total
  let drawn = 0
  const rate = () => count / Math.max((Date.now() - started) / 1000, 0.001)
  const draw = (force = false) => {
    if (!tty || (!force && Date.now() - drawn < REDRAW_MS)) return
    drawn = Date.now()
    const share = all > 0 ? Math.min(count / all, 1) : 0
    const perSecond = rate()
    const eta =
      all > count && perSecond > 0
        ? ` ${out.t('progress.eta')} ${duration(((all - count) / perSecond) * 1000)}`
        : ''
    const of = all > 0 ? `${count}/${all} ${Math.floor(share * 100)}%` : String(count)
    const figures = `${of} ${perSecond.toFixed(perSecond < 10 ? 1 : 0)}/s${eta}`
    // the bar only where the line still fits the terminal (a pty may report no width at all)
    const columns = out.io.stderr.columns || 80
    const room = columns - label.length - figures.length - 3
    const width = Math.min(WIDTH, room)
    const filled = Math.round(share * Math.max(width, 0))
    const bar =
      width >= 8
        ? ` ${out.paint('green', '█'.repeat(filled), 'err')}${'░'.repeat(width - filled)}`
        : ''
    out.io.stderr.write(`\r\u001b[2K${label}${bar} ${figures}`)
  }
  return {
    tick(n = 1) {
      count += n
      draw()
    },
    total(n) {
      all = n
      draw(true)
    },
    done() {
      if (tty) out.io.stderr.write('\r\u001b[2K')
    },
    rate,
    elapsedMs: () => Date.now() - started,
  }
}

/** 83 s → "1m23s". */
export function duration(ms: number): string {
  const seconds = Math.round(ms / 1000)
  if (seconds < 60) return ms < 10_000 ? `${(ms / 1000).toFixed(1)}s` : `${seconds}s`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${minutes}m${String(seconds % 60).padStart(2, '0')}s`
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`
}
