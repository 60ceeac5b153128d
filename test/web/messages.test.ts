import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { negotiateLang } from '../../src/web/i18n.js'
import { MESSAGES } from '../../src/web/messages.js'
import { SCHEME_NAMES, TYPE_NAMES } from '../../src/web/names.js'

const WEB = new URL('../../src/web', import.meta.url).pathname

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : /\.tsx?$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  )
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('the pages’ messages', () => {
  it('exist in French and in English, every one, with the same values to fill in', () => {
    const { fr, en } = MESSAGES
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort())
    for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
      expect(fr[key].trim(), key).not.toBe('')
      expect(en[key].trim(), key).not.toBe('')
      expect(placeholders(en[key]), key).toEqual(placeholders(fr[key]))
    }
    for (const names of [TYPE_NAMES, SCHEME_NAMES]) {
      expect(Object.keys(names.en).sort()).toEqual(Object.keys(names.fr).sort())
    }
  })

  it('are all used by a page, and a page uses no message that does not exist', () => {
    const code = sources(WEB)
      .filter((file) => !/(messages|names)\.ts$/.test(file))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n')
    const keys = Object.keys(MESSAGES.fr)
    // keys built at run time from a value: `status.${…}`, `facet.${…}`…
    const prefixes = [...code.matchAll(/`([a-z]+\.(?:[a-zA-Z]+\.)?)\$\{/g)].map((m) => m[1]!)
    const unused = keys.filter(
      (key) => !code.includes(`'${key}'`) && !prefixes.some((p) => key.startsWith(p)),
    )
    expect(unused).toEqual([])
    const used = [...code.matchAll(/\bt\(\s*'([a-zA-Z.-]+)'/g)].map((m) => m[1]!)
    expect(used.filter((key) => !keys.includes(key))).toEqual([])
  })
})

describe('negotiateLang', () => {
  it('takes ?lang= first, then Accept-Language by preference, French otherwise', () => {
    expect(negotiateLang('en', 'fr')).toEqual({ lang: 'en', chosen: true })
    expect(negotiateLang(undefined, 'de-DE,en;q=0.8,fr;q=0.5')).toEqual({
      lang: 'en',
      chosen: false,
    })
    expect(negotiateLang(undefined, 'en;q=0.4, fr-CA;q=0.9')).toEqual({ lang: 'fr', chosen: false })
    expect(negotiateLang('xx', 'de, en;q=0')).toEqual({ lang: 'fr', chosen: false })
    expect(negotiateLang(undefined, undefined)).toEqual({ lang: 'fr', chosen: false })
  })
})
