import { describe, expect, it } from 'vitest'
import { parseConfig } from './config.js'
import { ConfigError } from './errors.js'

describe('parseConfig', () => {
  it('serves on 127.0.0.1:8787 with data under ./data by default', () => {
    expect(parseConfig({})).toMatchObject({
      host: '127.0.0.1',
      port: 8787,
      publicUrl: 'http://127.0.0.1:8787',
      dataDir: './data',
      bodyLimit: 1024 * 1024,
      seedOnStart: true,
    })
  })

  it('ignores variables outside GXC_ and empty values', () => {
    expect(parseConfig({ PORT: '1', GXC_PORT: '' }).port).toBe(8787)
  })

  it('trims a trailing slash from the public URL', () => {
    expect(parseConfig({ GXC_PUBLIC_URL: 'https://catalogue.bleu.fr/' }).publicUrl).toBe(
      'https://catalogue.bleu.fr',
    )
  })

  it('names every bad variable at once', () => {
    let error: unknown
    try {
      parseConfig({ GXC_PORT: '99999', GXC_PUBLIC_URL: 'ftp://x', GXC_ADMIN_TOKEN: 'short' })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ConfigError)
    const message = (error as Error).message
    expect(message).toContain('GXC_PORT')
    expect(message).toContain('GXC_PUBLIC_URL')
    expect(message).toContain('GXC_ADMIN_TOKEN')
    expect(message).not.toContain('short')
  })

  it('serves from one process unless told, from one per core with auto', () => {
    expect(parseConfig({}).processes).toBe(1)
    expect(parseConfig({ GXC_PROCESSES: '2' }).processes).toBe(2)
    expect(parseConfig({ GXC_PROCESSES: 'auto' }).processes).toBe('auto')
  })

  it.each(['0', '65', '1.5', 'two', '-1'])('refuses GXC_PROCESSES=%s', (value) => {
    expect(() => parseConfig({ GXC_PROCESSES: value })).toThrow(/GXC_PROCESSES/)
  })

  it('rejects a node key that is not multibase', () => {
    expect(() => parseConfig({ GXC_NODE_KEY: 'not-a-key' })).toThrow(/GXC_NODE_KEY/)
  })
})
