// A submission is CPU-bound work (a presentation of 50 credentials is some 50 ms of it) on the one
// thread that also answers searches. It hands the event loop over at its steps, so that a buyer's
// search arriving meanwhile waits for a step, not for the whole submission.

type Immediate = (callback: () => void) => unknown
const immediate = (globalThis as { setImmediate?: Immediate }).setImmediate

/**
 * Resolves once the event loop has taken what was waiting (I/O included): setImmediate where the
 * runtime has one, which skips a timer's 1 ms; else a zero timeout (workerd without it).
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => (immediate ? immediate(resolve) : setTimeout(resolve, 0)))
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
