import { describe, expect, it } from 'vitest'
import { loireClasses } from '../../schemas/shapes/classes.js'
import { CERTIFICATION_SCHEMES } from '../model/certifications.js'
import {
  conceptToken,
  foldText,
  offeringSynonyms,
  queryParts,
  schemeMentions,
  vocabularyEntry,
} from './search-terms.js'
import { KINDS, REGIMES, SCHEMES } from './vocabulary.js'

describe('the vocabulary of the buyer’s words', () => {
  it('has an entry for every certification scheme the catalogue recognises, and no other', () => {
    expect(SCHEMES.map((s) => s.scheme).sort()).toEqual([...CERTIFICATION_SCHEMES].sort())
  })

  it('names kinds of service by Loire 25.11 classes only', () => {
    for (const kind of KINDS) {
      for (const type of kind.types)
        expect(loireClasses, kind.id).toContain(type.replace(/^gx:/, ''))
    }
  })

  it('gives each name or form to one entry only, each with a letter or a digit', () => {
    const owner = new Map<string, string>()
    const entries = [
      ...SCHEMES.map((s) => [s.scheme, [...s.names, ...(s.forms ?? [])]] as const),
      ...KINDS.map((k) => [k.id, [...k.names, ...(k.forms ?? [])]] as const),
    ]
    for (const [id, forms] of entries) {
      for (const form of forms) {
        const key = foldText(form)
        expect(key, `${id}: ${form}`).not.toBe('')
        const held = owner.get(key)
        expect(held === undefined || held === id, `${form}: ${held} and ${id}`).toBe(true)
        owner.set(key, id)
      }
    }
  })

  it('reads every regime code and usual name as one code', () => {
    for (const regime of REGIMES) expect(regime.forms.length).toBeGreaterThan(0)
    expect(new Set(REGIMES.map((r) => r.code)).size).toBe(REGIMES.length)
  })
})

describe('queryParts', () => {
  it('reads a usual name, typed whole in any case or accents, as all the names of its entry', () => {
    const [hds] = queryParts('hebergement de DONNEES de sante')
    expect(hds).toMatchObject({ entry: 'HDS', text: 'hebergement de DONNEES de sante' })
    expect(hds!.fts).toBe(`"${conceptToken('HDS')}"`)
    expect(queryParts('HDS')[0]!.fts).toBe(hds!.fts)
    expect(vocabularyEntry('Machines  Virtuelles')).toBe('virtual-machine')
  })

  it('reads the longest usual name first, and what follows as words of its own', () => {
    const parts = queryParts('ISO/IEC 27001 linux')
    expect(parts.map((p) => p.entry ?? p.word)).toEqual(['ISO27001', 'linux'])
  })

  it('keeps a prefix, a longer phrase and a word that names nothing to themselves', () => {
    expect(queryParts('VM*')).toEqual([{ text: 'VM*', fts: '"VM" *' }])
    expect(queryParts('"VM linux"')).toEqual([{ text: '"VM linux"', fts: '"VM linux"' }])
    expect(queryParts('sécurité')).toEqual([
      { text: 'sécurité', fts: '"sécurité"', word: 'securite' },
    ])
  })

  it('keeps at most 16 terms, a usual name counting as one', () => {
    const parts = queryParts(`VM ${Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ')}`)
    expect(parts).toHaveLength(16)
    expect(parts[0]!.entry).toBe('virtual-machine')
  })
})

describe('offeringSynonyms and schemeMentions', () => {
  it('gives the names of the granted schemes and of the kinds the classes are, superclasses included', () => {
    const words = offeringSynonyms(['gx:VirtualMachineServiceOffering'], ['HDS'])
    for (const name of ['HDS', 'VM', 'machine virtuelle', 'virtual machine', 'calcul', 'IaaS']) {
      expect(words).toContain(name)
    }
    // forms are typed, never indexed
    expect(words).not.toContain('hébergement de données de santé')
    expect(offeringSynonyms(['gx:ServiceOffering'], [])).toBe('')
  })

  it('names the schemes stated in progress apart, with nothing else', () => {
    expect(schemeMentions(['SecNumCloud'])).toBe('SecNumCloud ; SNC')
    expect(schemeMentions([])).toBe('')
  })
})
