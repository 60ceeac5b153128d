/**
 * Freezes the intrinsics a plain object reaches through its prototype chain: `Object.prototype`,
 * its methods and `Object`. jsonld 9 keeps its node maps in plain objects keyed by node ids, so a
 * document whose ids resolve to `__proto__` or `constructor` (a relative `./__proto__` will do)
 * writes `@id` and `@type` onto `Object.prototype` or `Object` for the whole process: every later
 * answer of the node then fails. Frozen, the same write throws inside that one request, which
 * refuses that one document. Called once, first thing, by each entry (and the test setup); the
 * pre-walk of every document (src/validation/limits.ts) refuses `__proto__` before this is needed.
 *
 * @example
 * hardenIntrinsics() // at the top of entry/node.ts and entry/worker.ts
 */
export function hardenIntrinsics(): void {
  for (const name of Object.getOwnPropertyNames(Object.prototype)) {
    const value = (Object.prototype as Record<string, unknown>)[name]
    if (typeof value === 'function') Object.freeze(value)
  }
  Object.freeze(Object.prototype)
  Object.freeze(Object)
}
