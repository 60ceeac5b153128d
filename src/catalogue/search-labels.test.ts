import { describe, expect, it } from 'vitest'
import { facetLabel, valueText } from './search-labels.js'

describe('facetLabel', () => {
  it('labels facet values as the API always has, in English', () => {
    const none = new Map()
    expect(facetLabel('country', 'DE', none)).toBe('Germany')
    expect(facetLabel('type', 'gx:VirtualMachineServiceOffering', none)).toBe(
      'Virtual Machine Service Offering',
    )
    expect(facetLabel('certification', 'HDS', none)).toBe('HDS (Hébergeur de données de santé)')
    expect(facetLabel('label', 'L2', none)).toBe('Gaia-X Label Level 2')
    expect(facetLabel('label', 'eligible:SC', none)).toBe(
      'Gaia-X Standard Compliance, eligible (not attested)',
    )
    expect(facetLabel('regime', 'GDPR2016', none)).toBe('GDPR (EU) 2016/679')
    expect(facetLabel('provider', 'did:web:unknown', none)).toBe('did:web:unknown')
  })
})

describe('valueText', () => {
  it('names each value in English and in French', () => {
    expect(valueText('country', 'DE', 'Germany')).toEqual({ en: 'Germany', fr: 'Allemagne' })
    expect(valueText('label', 'eligible:L2', '')).toEqual({
      en: 'L2, eligible (not attested)',
      fr: 'L2, éligible (non attesté)',
    })
    expect(valueText('label', 'SC', '')).toEqual({
      en: 'SC (Standard Compliance)',
      fr: 'SC (conformité standard)',
    })
    expect(valueText('regime', 'GDPR2016', '')).toEqual({
      en: 'GDPR (EU) 2016/679',
      fr: 'RGPD (UE) 2016/679',
    })
    expect(valueText('certification', 'HDS', '')).toEqual({
      en: 'HDS (health data hosting)',
      fr: 'HDS (hébergement de données de santé)',
    })
    expect(valueText('certification', 'ISO27001', '')).toEqual({
      en: 'ISO/IEC 27001',
      fr: 'ISO/IEC 27001',
    })
    // a class keeps its Gaia-X name in French; a provider its own name in both
    expect(valueText('type', 'gx:BlockStorageServiceOffering', '')).toEqual({
      en: 'Block Storage Service Offering',
      fr: 'gx:BlockStorageServiceOffering',
    })
    expect(valueText('provider', 'did:key:z6Mk', 'Bleu')).toEqual({ en: 'Bleu', fr: 'Bleu' })
  })
})
