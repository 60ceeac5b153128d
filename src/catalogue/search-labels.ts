// Filter values as people read them: the `label` of a facet entry (English, as the API has always
// given it), and the words a sentence uses for a value in each language (suggestions' messages).
import type { FacetName, FilterName } from '../store/search-store.js'
import type { ParticipantRow } from '../store/store.js'
import { LABEL_LEVEL_NAMES, LABEL_LEVEL_TEXT, REGIMES, SCHEMES } from './vocabulary.js'

export type Text = { en: string; fr: string }

function displayNames(lang: 'en' | 'fr'): Intl.DisplayNames | undefined {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' })
  } catch {
    return undefined
  }
}
const regions = { en: displayNames('en'), fr: displayNames('fr') }

const SCHEME_BY_CODE = new Map(SCHEMES.map((s) => [s.scheme, s]))
const REGIME_BY_CODE = new Map(REGIMES.map((r) => [r.code, r]))

function countryName(value: string, lang: 'en' | 'fr'): string {
  return (/^[A-Z]{2}$/.test(value) && regions[lang]?.of(value)) || value
}

/** A class in words: `gx:VirtualMachineServiceOffering` → `Virtual Machine Service Offering`. */
function classWords(value: string): string {
  return value
    .replace(/^gx:/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
}

/**
 * A facet value as the API labels it: provider name, country in English, class in words…
 *
 * @example
 * facetLabel('label', 'eligible:L2', new Map()) // 'Gaia-X Label Level 2, eligible (not attested)'
 */
export function facetLabel(
  facet: FacetName,
  value: string,
  providers: Map<string, ParticipantRow>,
): string {
  switch (facet) {
    case 'provider':
      return providers.get(value)?.name ?? value
    case 'country':
      return countryName(value, 'en')
    case 'type':
      return classWords(value)
    case 'certification':
      return SCHEME_BY_CODE.get(value)?.label ?? value
    case 'label': {
      const eligible = value.startsWith('eligible:') ? value.slice('eligible:'.length) : undefined
      if (eligible === undefined) return LABEL_LEVEL_NAMES[value] ?? value
      return `${LABEL_LEVEL_NAMES[eligible] ?? eligible}, eligible (not attested)`
    }
    case 'regime':
      return REGIME_BY_CODE.get(value)?.label ?? value
  }
}

/**
 * A filter value as a sentence names it in English and in French, after the filter's own words
 * ("the country France", "le pays France"). `label` is the facet's, used for what has no
 * translation (a provider's name, a keyword).
 *
 * @example
 * valueText('label', 'eligible:L2', 'Gaia-X Label Level 2, eligible (not attested)')
 * // { en: 'L2 (eligible, not attested)', fr: 'L2 (éligible, non attesté)' }
 */
export function valueText(name: FilterName, value: string, label: string): Text {
  switch (name) {
    case 'country':
      return { en: countryName(value, 'en'), fr: countryName(value, 'fr') }
    case 'type':
      // a class is a name of the Gaia-X vocabulary: in French it stays as the vocabulary has it
      return { en: classWords(value), fr: value }
    case 'certification': {
      const scheme = SCHEME_BY_CODE.get(value)
      return scheme?.text ?? { en: scheme?.label ?? value, fr: scheme?.label ?? value }
    }
    case 'label': {
      const eligible = value.startsWith('eligible:') ? value.slice('eligible:'.length) : undefined
      const level = LABEL_LEVEL_TEXT[eligible ?? value] ?? { en: value, fr: value }
      if (eligible === undefined) return level
      return {
        en: `${level.en}, eligible (not attested)`,
        fr: `${level.fr}, éligible (non attesté)`,
      }
    }
    case 'regime': {
      const regime = REGIME_BY_CODE.get(value)
      return regime ? { en: regime.label, fr: regime.labelFr } : { en: value, fr: value }
    }
    case 'provider':
    case 'keyword':
      return { en: label, fr: label }
  }
}
