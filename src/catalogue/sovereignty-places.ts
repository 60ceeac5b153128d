import type { Location } from '../store/schema.js'
import { EU, alpha2Of } from './countries.js'
import type { Text, Verdict } from './sovereignty-criteria.js'

// Where an offering runs and its provider sits, judged against an area (EU, EU/EEA, France).

const FRANCE: ReadonlySet<string> = new Set(['FR'])

/** Whether every code is in `area`: unknown for none, no as soon as one is outside. */
export function everyIn(countryCodes: string[], area: ReadonlySet<string>): Verdict {
  if (countryCodes.length === 0) return 'unknown'
  const alpha2 = countryCodes.map(alpha2Of)
  if (alpha2.some((code) => code !== undefined && !area.has(code))) return 'no'
  return alpha2.every((code) => code !== undefined) ? 'yes' : 'unknown'
}

export function inEu(locations: Location[]): Verdict {
  return everyIn(
    locations.map((l) => l.countryCode),
    EU,
  )
}

export function inFrance(locations: Location[]): Verdict {
  return everyIn(
    locations.map((l) => l.countryCode),
    FRANCE,
  )
}

/** Why the declared locations are, or are not, all in the EU and all in France. */
export function locationReason(locations: Location[]): Text {
  const countries = [...new Set(locations.map((l) => l.countryCode))]
  if (countries.length === 0) {
    return { en: 'no location is declared', fr: 'aucun lieu n’est déclaré' }
  }
  const outsideEu = outsideOf(countries, EU)
  const outsideFrance = outsideOf(countries, FRANCE)
  const listed = countries.join(', ')
  const unplaced = countries.filter((code) => alpha2Of(code) === undefined).join(', ')
  if (!outsideEu && unplaced) {
    return {
      en: `some locations cannot be placed (${unplaced}): state them as ISO 3166-1 alpha-2 codes`,
      fr: `certains lieux ne peuvent être situés (${unplaced}) : indiquez-les en codes ISO 3166-1 alpha-2`,
    }
  }
  if (!outsideEu && !outsideFrance) {
    return {
      en: `declared in France only (${listed})`,
      fr: `déclarés en France uniquement (${listed})`,
    }
  }
  if (!outsideEu) {
    return {
      en: `declared in the EU (${listed}), not only in France`,
      fr: `déclarés dans l’UE (${listed}), pas uniquement en France`,
    }
  }
  return { en: `declared outside the EU: ${outsideEu}`, fr: `déclarés hors de l’UE : ${outsideEu}` }
}

/** The codes of `countryCodes` placed outside `area`, listed for a reason. */
export function outsideOf(countryCodes: string[], area: ReadonlySet<string>): string {
  return countryCodes
    .filter((code) => {
      const alpha2 = alpha2Of(code)
      return alpha2 !== undefined && !area.has(alpha2)
    })
    .join(', ')
}
