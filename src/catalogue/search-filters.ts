// Filter values as people give them, read into the values the index stores: codes in any case,
// usual names (`certification=ISO 27001`, `regime=RGPD`), label levels attested or eligible. A
// value of a closed list that can never match (a scheme, a level, a country, a class, a regime
// nobody could state) is refused with a finding naming it, in English and French, rather than
// answered with an empty list that looks like "nobody offers this".
import { loireClasses, tagusClasses } from '../../schemas/shapes/classes.js'
import { BadRequestError, type Finding } from '../errors.js'
import { GX_NAMESPACES } from '../model/expanded.js'
import type { FilterName, SearchPlan } from '../store/search-store.js'
import { ISO_3166_ALPHA2, ISO_3166_ALPHA3 } from '../validation/country-codes.js'
import { alpha2Of, alpha3Of } from './countries.js'
import { expandType, foldText, keywordVariants, vocabularyEntry } from './search-terms.js'
import { KINDS, REGIMES, SCHEMES } from './vocabulary.js'

/** The label facet's values: `L2` is an attested level, `eligible:L2` a level the credentials meet. */
export const LABEL_BASES = ['attested', 'eligible', 'any'] as const
const LEVELS = ['SC', 'L1', 'L2', 'L3'] as const

const CLASSES = new Map(
  [...loireClasses, ...tagusClasses].map((name) => [name.toLowerCase(), name] as const),
)
const SCHEME_CODES = new Set(SCHEMES.map((s) => s.scheme))
const REGIME_BY_NAME = new Map(
  REGIMES.flatMap((r) => [r.code, ...r.forms].map((form) => [foldText(form), r.code] as const)),
)

/** What a value means to the index; refused with a reason of its own where there is one. */
type Normalised = { values: string[] } | { unknown: true; reason?: { en: string; fr: string } }
const unknown: Normalised = { unknown: true }

/**
 * The filters of a search as the store runs them: values trimmed, read as the index holds them
 * (types with their subclasses, keywords in their case variants, a country in both its ISO forms).
 * Throws a BadRequestError with one finding per value that can never match.
 *
 * @example
 * normaliseFilters({ certification: ['hds'], label: ['eligible:l2'] })
 * // { certification: ['HDS'], label: ['eligible:L2'] }
 */
export function normaliseFilters(
  query: Partial<Record<FilterName, string[]>>,
  names: readonly FilterName[],
): SearchPlan['filters'] {
  const filters: SearchPlan['filters'] = {}
  const findings: Finding[] = []
  for (const name of names) {
    const given = query[name]?.map((v) => v.trim()).filter((v) => v !== '')
    if (!given?.length) continue
    const values: string[] = []
    for (const value of given) {
      const read = normaliseValue(name, value)
      if ('values' in read) values.push(...read.values)
      else findings.push(unknownValue(name, value, read.reason))
    }
    filters[name] = [...new Set(values)].sort()
  }
  if (findings.length > 0) {
    throw new BadRequestError('A filter value can never match anything.', findings)
  }
  return filters
}

function normaliseValue(name: FilterName, value: string): Normalised {
  switch (name) {
    case 'provider':
      // an id, a DID or a name: the store resolves them against the participants it holds
      return { values: [value] }
    case 'keyword':
      return { values: keywordVariants(value) }
    case 'country':
      return country(value)
    case 'type':
      return type(value)
    case 'certification': {
      const scheme = vocabularyEntry(value)
      return scheme && SCHEME_CODES.has(scheme) ? { values: [scheme] } : unknown
    }
    case 'label':
      return label(value)
    case 'regime': {
      const code = REGIME_BY_NAME.get(foldText(value))
      return code ? { values: [code] } : unknown
    }
  }
}

// credentials state gx:countryCode as alpha-2 mostly, alpha-3 sometimes: a filter reads both
function country(value: string): Normalised {
  const upper = value.toUpperCase()
  if (!ISO_3166_ALPHA2.has(upper) && !ISO_3166_ALPHA3.has(upper)) return unknown
  const alpha2 = alpha2Of(upper)
  const alpha3 = alpha2 && alpha3Of(alpha2)
  return { values: [...new Set([upper, alpha2 ?? upper, alpha3 ?? upper])] }
}

function type(value: string): Normalised {
  const namespace = GX_NAMESPACES.find((ns) => value.toLowerCase().startsWith(ns.toLowerCase()))
  const local = /^gx:/i.test(value)
    ? value.slice(3)
    : namespace
      ? value.slice(namespace.length)
      : value.includes(':')
        ? undefined
        : value
  // another vocabulary's IRI matches itself
  if (local === undefined) return { values: [value] }
  const known = CLASSES.get(local.toLowerCase())
  if (known) return { values: expandType(`gx:${known}`) }
  // a kind of service by its usual name: `type=machine virtuelle`
  const kind = !value.includes(':') && KINDS.find((k) => k.id === vocabularyEntry(value))
  if (kind && kind.types.length > 0) return { values: kind.types.flatMap(expandType) }
  // a kind no Gaia-X class names (messagerie, sauvegarde…) is found by the text, not by a class
  if (kind) return { unknown: true, reason: textInstead(value) }
  return unknown
}

function textInstead(value: string): { en: string; fr: string } {
  const q = new URLSearchParams({ q: value }).toString()
  return {
    en: `is a kind of service no Gaia-X class stands for; search it as text instead (${q})`,
    fr: `est un type de service qu’aucune classe Gaia-X ne désigne ; cherchez-le plutôt dans le texte (${q})`,
  }
}

function label(value: string): Normalised {
  const match = /^(?:(attested|eligible|any)\s*:\s*)?(sc|l1|l2|l3)$/i.exec(value)
  if (!match) return unknown
  const basis = (match[1]?.toLowerCase() ?? 'attested') as (typeof LABEL_BASES)[number]
  const level = match[2]!.toUpperCase() as (typeof LEVELS)[number]
  if (basis === 'attested') return { values: [level] }
  if (basis === 'eligible') return { values: [`eligible:${level}`] }
  return { values: [level, `eligible:${level}`] }
}

const ACCEPTED: Record<Exclude<FilterName, 'provider' | 'keyword'>, { en: string; fr: string }> = {
  country: {
    en: 'is not an ISO 3166-1 country code; give a code such as FR or DE',
    fr: 'n’est pas un code de pays ISO 3166-1 ; indiquez un code comme FR ou DE',
  },
  type: {
    en: 'is not a Gaia-X class; give an offering class such as gx:ServiceOffering or gx:VirtualMachineServiceOffering, or a kind of service such as "machine virtuelle" or "object storage"',
    fr: 'n’est pas une classe Gaia-X ; indiquez une classe d’offre comme gx:ServiceOffering ou gx:VirtualMachineServiceOffering, ou un type de service comme « machine virtuelle » ou « stockage objet »',
  },
  certification: {
    en: `is not a certification this catalogue knows; give one of ${SCHEMES.map((s) => s.scheme).join(', ')}, or a usual name such as "ISO/IEC 27001"`,
    fr: `n’est pas une certification connue de ce catalogue ; indiquez ${SCHEMES.map((s) => s.scheme).join(', ')}, ou un nom usuel comme « ISO/IEC 27001 »`,
  },
  label: {
    en: 'is not a Gaia-X label level; give SC, L1, L2 or L3 for an attested level, eligible:L2 for the level an offering’s own credentials meet, or any:L2 for either',
    fr: 'n’est pas un niveau de label Gaia-X ; indiquez SC, L1, L2 ou L3 pour un niveau attesté, eligible:L2 pour le niveau que remplissent les attestations de l’offre, ou any:L2 pour l’un ou l’autre',
  },
  regime: {
    en: `is not a data protection regime of the Gaia-X vocabulary; give one of ${REGIMES.map((r) => r.code).join(', ')} (GDPR and RGPD are GDPR2016)`,
    fr: `n’est pas un régime de protection des données du vocabulaire Gaia-X ; indiquez ${REGIMES.map((r) => r.code).join(', ')} (RGPD et GDPR valent GDPR2016)`,
  },
}

function unknownValue(
  name: FilterName,
  value: string,
  reason?: { en: string; fr: string },
): Finding {
  const accepted = reason ?? ACCEPTED[name as keyof typeof ACCEPTED]
  const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value
  return {
    code: 'filter-value-unknown',
    path: `/query/${name}`,
    message: {
      en: `${name}: "${shown}" ${accepted.en}.`,
      fr: `${name} : « ${shown} » ${accepted.fr}.`,
    },
    severity: 'violation',
  }
}
