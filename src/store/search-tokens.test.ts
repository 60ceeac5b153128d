import { describe, expect, it } from 'vitest'
import { conceptToken, foldText, inName, nameConceptToken } from './search-tokens.js'

describe('concept tokens', () => {
  it('are one word each, as the index tokenizes, and differ between a field and a name', () => {
    for (const id of ['virtual-machine', 'ISO27001', 'EUCS-high']) {
      expect(foldText(conceptToken(id))).toBe(conceptToken(id))
      expect(foldText(nameConceptToken(id))).toBe(nameConceptToken(id))
      expect(nameConceptToken(id)).not.toBe(conceptToken(id))
    }
  })

  it('are sought in names by their name token, and nothing else is changed', () => {
    expect(inName(`"${conceptToken('HDS')}"`)).toBe(`"${nameConceptToken('HDS')}"`)
    expect(inName(`"${conceptToken('HDS')}" *`)).toBe(`"${nameConceptToken('HDS')}" *`)
    expect(inName('"linux"')).toBe('"linux"')
    expect(inName('"vm 0vocabhds"')).toBe('"vm 0vocabhds"')
    // a typed quote stays doubled inside the one FTS5 string
    expect(inName('"0vocab"" OR x"')).toBe('"0vname"" OR x"')
  })
})
