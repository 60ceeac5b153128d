// The test setup hardens this process as the entries do (test/helpers/harden.ts).
import { describe, expect, it } from 'vitest'

describe('hardenIntrinsics', () => {
  it('leaves Object.prototype, its methods and Object frozen', () => {
    expect(Object.isFrozen(Object.prototype)).toBe(true)
    expect(Object.isFrozen(Object)).toBe(true)
    expect(Object.isFrozen(Object.prototype.hasOwnProperty)).toBe(true)
  })

  it('refuses a new member, a replaced one and a deleted one, as a frozen object does', () => {
    const proto = Object.prototype as Record<string, unknown>
    expect(() => {
      proto['@id'] = 'x'
    }).toThrow(TypeError)
    expect(() => {
      proto.toString = () => 'pwned'
    }).toThrow(TypeError)
    expect(() => delete (proto as { valueOf?: unknown }).valueOf).toThrow(TypeError)
    expect(() => {
      ;(Object as unknown as Record<string, unknown>)['@type'] = 'x'
    }).toThrow(TypeError)
    expect(() => Object.defineProperty(Object, 'keys', { value: () => [] })).toThrow(TypeError)
    expect(Object.keys(Object.prototype)).toEqual([])
    expect({}.toString()).toBe('[object Object]')
  })
})
