import { describe, expect, it } from 'vitest'
import { BadRequestError } from '../errors.js'
import { normaliseFilters } from './search-filters.js'
import { FILTER_NAMES } from './search.js'

const read = (query: Record<string, string[]>) => normaliseFilters(query, FILTER_NAMES)

describe('normaliseFilters', () => {
  it('reads codes in any case and usual names as the index holds them', () => {
    expect(
      read({
        certification: ['hds', 'ISO/IEC 27001', 'snc'],
        country: ['fr', 'DEU'],
        label: ['l2', 'eligible:l3', 'ANY:SC'],
        regime: ['rgpd'],
      }),
    ).toEqual({
      certification: ['HDS', 'ISO27001', 'SecNumCloud'],
      country: ['DE', 'DEU', 'FR', 'FRA'],
      label: ['L2', 'SC', 'eligible:L3', 'eligible:SC'],
      regime: ['GDPR2016'],
    })
    expect(read({ type: ['gx:blockstorageserviceoffering'] }).type).toEqual([
      'gx:BlockStorageServiceOffering',
    ])
    // another vocabulary's IRI is taken as given
    expect(read({ type: ['https://schema.org/Service'] }).type).toEqual([
      'https://schema.org/Service',
    ])
  })

  it('refuses every value that can never match, one finding each, in both languages', () => {
    let error: unknown
    try {
      read({ certification: ['HDS', 'Nope'], label: ['L9'], country: ['ZZ'], type: ['gx:Nope'] })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(BadRequestError)
    const findings = (error as BadRequestError).errors!
    expect(findings.map((f) => f.path)).toEqual([
      '/query/country',
      '/query/type',
      '/query/certification',
      '/query/label',
    ])
    for (const f of findings) {
      expect(f.code).toBe('filter-value-unknown')
      expect(f.message.en).toMatch(/^\w+: ".+" .+\.$/)
      expect(f.message.fr).toMatch(/^\w+ : « .+ » .+\.$/)
    }
  })

  it('refuses a kind of service no class stands for, saying to search it as text', () => {
    expect(read({ type: ['machines virtuelles'] }).type).toEqual([
      'gx:VirtualMachineServiceOffering',
    ])
    expect(() => read({ type: ['messagerie'] })).toThrow(BadRequestError)
    let error: unknown
    try {
      read({ type: ['Sauvegarde'] })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(BadRequestError)
    const [finding] = (error as BadRequestError).errors!
    expect(finding!.message.en).toBe(
      'type: "Sauvegarde" is a kind of service no Gaia-X class stands for; search it as text instead (q=Sauvegarde).',
    )
    expect(finding!.message.fr).toMatch(/^type : « Sauvegarde » est un type de service/)
  })

  it('leaves providers and keywords open: they are resolved against what the node holds', () => {
    expect(read({ provider: [' Bleu '], keyword: ['Souverain'] })).toEqual({
      provider: ['Bleu'],
      keyword: ['souverain'],
    })
  })
})
