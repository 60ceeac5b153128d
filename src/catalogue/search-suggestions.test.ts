import { describe, expect, it } from 'vitest'
import { closestTerms } from './search-suggestions.js'

describe('closestTerms', () => {
  const terms = (...list: [string, number][]) => list.map(([term, docs]) => ({ term, docs }))

  it('gives the indexed words at the smallest distance, the most frequent first', () => {
    expect(
      closestTerms(
        'virtuele',
        terms(['virtuel', 1], ['virtuelle', 4], ['virtual', 9], ['vertu', 2]),
      ),
    ).toEqual(['virtuelle', 'virtuel'])
    expect(closestTerms('secnumclod', terms(['secnumcloud', 18], ['second', 3]))).toEqual([
      'secnumcloud',
    ])
  })

  it('counts a swap of two letters as one edit', () => {
    expect(closestTerms('stockgae', terms(['stockage', 2]))).toEqual(['stockage'])
  })

  it('allows one edit in a word of four letters or fewer, two beyond, and never the word itself', () => {
    expect(closestTerms('hsd', terms(['hds', 5], ['hdx', 1]))).toEqual(['hds'])
    expect(closestTerms('abcd', terms(['abxy', 5]))).toEqual([])
    expect(closestTerms('cloud', terms(['cloud', 10]))).toEqual([])
    expect(closestTerms('backupzz', terms(['backup', 3]))).toEqual(['backup'])
    expect(closestTerms('backupzzz', terms(['backup', 3]))).toEqual([])
  })
})
