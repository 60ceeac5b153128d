import { describe, expect, it } from 'vitest'
import { credentialHash, sha256, sha256Hex } from './hash.js'

describe('credentialHash', () => {
  it('hashes the JCS form, so key order and whitespace do not change the hash', async () => {
    const a = await credentialHash({ b: 1, a: { d: [1, 2], c: 'é' } })
    const b = await credentialHash(JSON.parse('{ "a": {"c": "é", "d": [1,2]},  "b": 1 }'))
    expect(a).toBe(b)
    expect(a).toMatch(/^sha256-[0-9a-f]{64}$/)
  })

  it('gives a different hash when any value changes', async () => {
    expect(await credentialHash({ a: 1 })).not.toBe(await credentialHash({ a: 2 }))
  })

  it('hashes a compact JWT as its string', async () => {
    expect(await credentialHash('eyJ.eyJ.sig')).toBe(`sha256-${await sha256Hex('eyJ.eyJ.sig')}`)
  })

  it('matches the SHA-256 test vector for "abc"', async () => {
    expect(await sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    )
  })

  it('gives the digest WebCrypto gives, of text as UTF-8 and of bytes, as a plain Uint8Array', async () => {
    const text = 'Offre souveraine — é, 中, 🇫🇷'
    const bytes = new TextEncoder().encode(text)
    const reference = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
    for (const digest of [await sha256(text), await sha256(bytes)]) {
      expect(digest.constructor).toBe(Uint8Array)
      expect([...digest]).toEqual([...reference])
    }
    expect([...(await sha256(new Uint8Array()))]).toEqual([
      ...new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array())),
    ])
  })
})
