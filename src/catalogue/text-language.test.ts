import { describe, expect, it } from 'vitest'
import { detectLanguage, languageTagged, textIn } from './text-language.js'

const FRENCH =
  'Sauvegarde managée des machines virtuelles, bases de données et partages de fichiers : coffres immuables, restauration granulaire.'
const ENGLISH =
  'Managed backup of the virtual machines, databases and file shares of the customer, with immutable vaults and granular restore.'
// telegraphic English: almost no function words, as product blurbs are written
const TERSE_ENGLISH =
  'Managed Kubernetes (AKS): Bleu-managed control plane, node pools on Bleu virtual machines, persistent volumes on managed disks.'

describe('detectLanguage', () => {
  it('recognises running French and English text', () => {
    expect(detectLanguage(FRENCH)).toBe('fr')
    expect(detectLanguage(ENGLISH)).toBe('en')
    expect(detectLanguage('Stockage objet pour les archives de la collectivité')).toBe('fr')
  })

  it('recognises no language in names, short phrases or other languages', () => {
    for (const text of [
      'Bleu Blob Storage',
      'Health Data Warehouse',
      'Managed SAP S/4HANA on Bleu',
      '',
      'Een dienst voor de opslag van gegevens in de cloud van de klant, is het niet',
      'Ein Dienst für die Speicherung in der Cloud und an den Kunden',
    ]) {
      expect(detectLanguage(text), text).toBeUndefined()
    }
  })

  it('recognises no language in a text written in both', () => {
    expect(detectLanguage(`${FRENCH} ${ENGLISH}`)).toBeUndefined()
  })
})

describe('languageTagged', () => {
  it('splits "French — English" into two tagged literals, even when the English is terse', () => {
    expect(languageTagged(`${FRENCH} — ${ENGLISH}`)).toEqual([
      { '@value': FRENCH, '@language': 'fr' },
      { '@value': ENGLISH, '@language': 'en' },
    ])
    const kubernetes = `Kubernetes managé (AKS) : plan de contrôle géré par Bleu, pools de nœuds sur les machines virtuelles Bleu. — ${TERSE_ENGLISH}`
    expect(languageTagged(kubernetes).map((t) => typeof t === 'object' && t['@language'])).toEqual([
      'fr',
      'en',
    ])
  })

  it('splits "English — French" the other way round', () => {
    expect(languageTagged(`${ENGLISH} — ${FRENCH}`)).toEqual([
      { '@value': ENGLISH, '@language': 'en' },
      { '@value': FRENCH, '@language': 'fr' },
    ])
  })

  it('tags a whole text in one language and leaves a name untagged', () => {
    expect(languageTagged(FRENCH)).toEqual([{ '@value': FRENCH, '@language': 'fr' }])
    expect(languageTagged('Bleu Exchange Online')).toEqual(['Bleu Exchange Online'])
  })

  it('leaves a separated text alone when its halves are not one French and one English', () => {
    for (const text of [
      `${FRENCH} — ${FRENCH}`,
      'Bleu Teams — Microsoft Teams',
      `${FRENCH} — ${ENGLISH} — ${ENGLISH}`,
      `${FRENCH} — Ein Dienst für die Speicherung in der Cloud`,
    ]) {
      expect(languageTagged(text), text).toEqual([text])
    }
  })
})

describe('textIn', () => {
  const both =
    'Sauvegarde managée des bases de données pour les collectivités — Managed backup of the databases for the local authorities'

  it('shows a reader the half of a "French — English" text in their language', () => {
    expect(textIn(both, 'fr')).toBe(
      'Sauvegarde managée des bases de données pour les collectivités',
    )
    expect(textIn(both, 'en')).toBe('Managed backup of the databases for the local authorities')
  })

  it('shows the whole text when it is in one language, or its halves cannot be told apart', () => {
    expect(textIn('Bleu Blob Storage — Bleu Files', 'en')).toBe('Bleu Blob Storage — Bleu Files')
    const french = 'Stockage objet pour les archives de la collectivité'
    expect(textIn(french, 'en')).toBe(french)
  })
})
