// A submission is CPU-bound work (a presentation of 50 credentials is some 50 ms of it) on the one
// thread that also answers searches. It hands the event loop over at its steps, so that a buyer's
// search arriving meanwhile waits for a step, not for the whole submission.

type Immediate = (callback: () => void) => unknown
const immediate = (globalThis as { setImmediate?: Immediate }).setImmediate

const defer: Immediate = immediate ?? ((callback) => setTimeout(callback, 0))
// A Worker's timers belong to the request that set them and end with it: a chain of turns one
// request started would stop when it ends, and leave the others waiting for good. There every
// waiter defers its own turn.
const onWorkers =
  (globalThis as { navigator?: { userAgent?: string } }).navigator?.userAgent ===
  'Cloudflare-Workers'
const waiting: (() => void)[] = []

/**
 * Resolves once the event loop has taken what was waiting (I/O included), on setImmediate where
 * the runtime has one, which skips a timer's 1 ms; else a zero timeout.
 *
 * On Node, the submissions of a process that wait for a turn go on one at a time, in the order
 * they came, one per turn of the loop: each of their stretches is then followed by the loop reading
 * what arrived. Were each one resumed on an immediate of its own, all would run in the same turn,
 * and a search arriving meanwhile would wait for one stretch of every submission in flight.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    if (onWorkers) {
      defer(resolve)
      return
    }
    waiting.push(resolve)
    if (waiting.length === 1) defer(resumeNext)
  })
}

function resumeNext(): void {
  waiting.shift()?.()
  // deferred from within this turn, it runs on the next: the loop polls in between
  if (waiting.length > 0) defer(resumeNext)
}

/**
 * A pause for a loop of small steps: the event loop is handed over once `ms` have run since the
 * last hand-over, so the loop holds it about that long at most without paying a turn per step.
 *
 * @example
 * const pause = pauseEvery(3)
 * for (const entry of entries) { start(entry); await pause() }
 */
export function pauseEvery(ms: number): () => Promise<void> {
  let since = performance.now()
  return async () => {
    if (performance.now() - since < ms) return
    await nextTurn()
    since = performance.now()
  }
}
