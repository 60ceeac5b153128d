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
  frozenInPlace(Object.prototype)
  frozenInPlace(Object)
}

/**
 * What `Object.freeze` does, one property at a time. `Object.freeze(Object.prototype)` itself
 * took V8 off its fast paths for the whole process: the node spent 15–20 % more CPU per
 * credential (bench/ingest.ts over HTTP; jose's base64 decoding 17× slower, grapoi's path
 * walks 3×). Made non-writable and non-configurable key by key, then non-extensible, the object
 * ends in the same state (`Object.isFrozen` holds) without that cost.
 */
function frozenInPlace(target: object): void {
  for (const key of Reflect.ownKeys(target)) {
    const descriptor = Object.getOwnPropertyDescriptor(target, key)!
    Object.defineProperty(
      target,
      key,
      'value' in descriptor ? { writable: false, configurable: false } : { configurable: false },
    )
  }
  Object.preventExtensions(target)
}
