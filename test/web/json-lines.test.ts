import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lineOfPointer, prettyJson } from '../../src/web/json-lines.js'

// Any JSON value; keys never name a property of Object.prototype, which the hardened test
// process freezes (fast-check builds objects by assignment, and `toString` cannot be assigned).
const { json } = fc.letrec<{ json: unknown }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.string({ unit: 'grapheme' }),
    fc.array(tie('json'), { maxLength: 5 }),
    fc.dictionary(
      fc.string().filter((key) => !(key in Object.prototype)),
      tie('json'),
      { maxKeys: 5 },
    ),
  ),
}))

describe('prettyJson', () => {
  it('prints exactly what JSON.stringify(value, null, 2) prints', () => {
    fc.assert(
      fc.property(json, (value) => {
        expect(prettyJson(value).lines.join('\n')).toBe(JSON.stringify(value, null, 2))
      }),
    )
  })

  it('knows the line each JSON Pointer starts on, escapes included', () => {
    const document = { '@context': ['a'], 'a/b': { 'c~d': [1, { e: true }] } }
    const pretty = prettyJson(document)
    expect(pretty.lines[pretty.lineOf.get('/@context/0')!]).toBe('    "a"')
    expect(pretty.lines[pretty.lineOf.get('/a~1b/c~0d/1/e')!]).toBe('        "e": true')
    expect(lineOfPointer(pretty, '')).toBe(0)
  })

  it('points a path the document lacks at its nearest ancestor', () => {
    const pretty = prettyJson({ credentialSubject: { name: 'x' } })
    expect(lineOfPointer(pretty, '/credentialSubject/gx:missing')).toBe(
      pretty.lineOf.get('/credentialSubject'),
    )
    expect(lineOfPointer(pretty, '/nowhere/at/all')).toBe(0)
  })
})
