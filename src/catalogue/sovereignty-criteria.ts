import type { Location } from '../store/schema.js'
import type { CertificationClaim } from '../model/certifications.js'
import { EU_EEA } from './countries.js'
import { everyIn, outsideOf } from './sovereignty-places.js'

export type Verdict = 'yes' | 'no' | 'unknown'
export type Text = { en: string; fr: string }
export type LabelLevel = 'SC' | 'L1' | 'L2' | 'L3'
export const LABEL_LEVELS: readonly LabelLevel[] = ['SC', 'L1', 'L2', 'L3']

/** What the credentials of one offering (and its provider) state, gathered for the criteria. */
export type OfferingFacts = {
  id: string
  name: string
  /** The offering credential's status: only an active one is a live claim. */
  status: 'active' | 'deprecated' | 'revoked' | 'expired'
  provider: { id: string; name: string | null; active: boolean; headquarters: string | null }
  locations: Location[]
  certifications: CertificationClaim[]
  dataProtectionRegimes: string[]
  /** gx:dataAccountExport or gx:dataPortability stated. */
  dataExport: boolean
  legalDocuments: { type: string; governingLawCountries: string[] }[]
  /** A level a label credential attests, where one was submitted. */
  attestedLevel: string | null
}

export type CriterionResult = {
  id: string
  level: LabelLevel
  title: Text
  verdict: Verdict
  reason: Text
}

type Criterion = {
  id: string
  level: LabelLevel
  title: Text
  assess: (facts: OfferingFacts) => { verdict: Verdict; reason: Text }
}

const SECURITY_SCHEMES = ['ISO27001', 'SecNumCloud', 'C5', 'EUCS-high', 'ISO27017']
const HIGH_ASSURANCE_SCHEMES = ['SecNumCloud', 'EUCS-high']

/**
 * The Gaia-X labelling criteria an offering's credentials can state, by level (Gaia-X Compliance
 * Document, criteria for cloud services). Immunity from non-European control (part of Label
 * Level 3) cannot be stated in Trust Framework credentials, so it is left to a compliance
 * service's label credential and never inferred here.
 */
const CRITERIA: Criterion[] = [
  {
    id: 'sc-credentials',
    level: 'SC',
    title: {
      en: 'Signed, Trust Framework-conformant offering credential in force',
      fr: 'Attestation d’offre signée, conforme au cadre de confiance et en vigueur',
    },
    assess: (f) =>
      f.status === 'active'
        ? said(
            'yes',
            'its signature and shapes were checked when it was stored',
            'sa signature et ses formes ont été vérifiées à son enregistrement',
          )
        : said(
            'no',
            `the offering credential is ${f.status}`,
            `l’attestation d’offre est ${STATUS_FR[f.status]}`,
          ),
  },
  {
    id: 'sc-provider',
    level: 'SC',
    title: {
      en: 'Provider is an active participant',
      fr: 'Le fournisseur est un participant actif',
    },
    assess: (f) =>
      f.provider.active
        ? said(
            'yes',
            `${f.provider.name ?? f.provider.id} is an active participant of this catalogue`,
            `${f.provider.name ?? f.provider.id} est un participant actif de ce catalogue`,
          )
        : said(
            'no',
            `provider ${f.provider.name ?? f.provider.id} is not an active participant here`,
            `le fournisseur ${f.provider.name ?? f.provider.id} n’est pas un participant actif ici`,
          ),
  },
  {
    id: 'l1-gdpr',
    level: 'L1',
    title: { en: 'GDPR applies to the service', fr: 'Le RGPD s’applique au service' },
    assess: (f) =>
      f.dataProtectionRegimes.includes('GDPR2016')
        ? said(
            'yes',
            'GDPR2016 is a declared data protection regime',
            'GDPR2016 figure parmi les régimes de protection des données déclarés',
          )
        : said(
            'no',
            'GDPR2016 is not among the declared data protection regimes',
            'GDPR2016 ne figure pas parmi les régimes de protection des données déclarés',
          ),
  },
  {
    id: 'l1-processing-terms',
    level: 'L1',
    title: {
      en: 'Customer data processing terms published',
      fr: 'Conditions de traitement des données client publiées',
    },
    assess: (f) =>
      f.legalDocuments.some((d) => d.type === 'gx:CustomerDataProcessingTerms')
        ? said(
            'yes',
            'a gx:CustomerDataProcessingTerms document is linked',
            'un document gx:CustomerDataProcessingTerms est lié',
          )
        : said(
            'no',
            'no gx:CustomerDataProcessingTerms document is linked',
            'aucun document gx:CustomerDataProcessingTerms n’est lié',
          ),
  },
  {
    id: 'l1-data-export',
    level: 'L1',
    title: { en: 'Customer data can be exported', fr: 'Les données client peuvent être exportées' },
    assess: (f) =>
      f.dataExport
        ? said(
            'yes',
            'data export or portability methods are declared',
            'des modalités d’export ou de portabilité des données sont déclarées',
          )
        : said(
            'no',
            'no gx:dataAccountExport or gx:dataPortability is declared',
            'aucun gx:dataAccountExport ni gx:dataPortability n’est déclaré',
          ),
  },
  {
    id: 'l1-security-certification',
    level: 'L1',
    title: {
      en: 'Information security certification',
      fr: 'Certification de sécurité de l’information',
    },
    assess: (f) => certified(f, SECURITY_SCHEMES),
  },
  {
    id: 'l2-eu-location',
    level: 'L2',
    title: { en: 'Service locations in the EU/EEA', fr: 'Lieux de service dans l’UE/EEE' },
    assess: (f) => {
      const verdict = everyIn(
        f.locations.map((l) => l.countryCode),
        EU_EEA,
      )
      const outside = outsideOf(
        f.locations.map((l) => l.countryCode),
        EU_EEA,
      )
      if (verdict === 'yes')
        return said(
          'yes',
          `every declared location is in the EU/EEA (${codes(f.locations)})`,
          `tous les lieux déclarés sont dans l’UE/EEE (${codes(f.locations)})`,
        )
      if (verdict === 'no')
        return said(
          'no',
          `declared outside the EU/EEA: ${outside}`,
          `déclaré hors de l’UE/EEE : ${outside}`,
        )
      return said('unknown', 'no location is declared', 'aucun lieu n’est déclaré')
    },
  },
  {
    id: 'l2-governing-law',
    level: 'L2',
    title: {
      en: 'Contracts governed by EU/EEA law',
      fr: 'Contrats régis par un droit de l’UE/EEE',
    },
    assess: (f) => {
      const countries = [...new Set(f.legalDocuments.flatMap((d) => d.governingLawCountries))]
      const verdict = everyIn(countries, EU_EEA)
      if (verdict === 'yes')
        return said(
          'yes',
          `legal documents are governed by the law of ${countries.join(', ')}`,
          `les documents juridiques relèvent du droit de ${countries.join(', ')}`,
        )
      if (verdict === 'no')
        return said(
          'no',
          `governing law outside the EU/EEA: ${outsideOf(countries, EU_EEA)}`,
          `droit applicable hors de l’UE/EEE : ${outsideOf(countries, EU_EEA)}`,
        )
      return said(
        'unknown',
        'no legal document states its governing law',
        'aucun document juridique n’indique le droit applicable',
      )
    },
  },
  {
    id: 'l3-headquarters',
    level: 'L3',
    title: { en: 'Provider headquartered in the EU/EEA', fr: 'Siège du fournisseur dans l’UE/EEE' },
    assess: (f) => {
      const hq = f.provider.headquarters
      const verdict = hq === null ? 'unknown' : everyIn([hq], EU_EEA)
      if (verdict === 'yes') return said('yes', `headquarters in ${hq}`, `siège dans le pays ${hq}`)
      if (verdict === 'no')
        return said(
          'no',
          `headquarters in ${hq}, outside the EU/EEA`,
          `siège dans le pays ${hq}, hors de l’UE/EEE`,
        )
      return said(
        'unknown',
        'the provider’s headquarters country is not known',
        'le pays du siège du fournisseur n’est pas connu',
      )
    },
  },
  {
    id: 'l3-government-access',
    level: 'L3',
    title: {
      en: 'Government access requests handled under stated rules',
      fr: 'Demandes d’accès des autorités traitées selon des règles publiées',
    },
    assess: (f) =>
      f.legalDocuments.some((d) => d.type === 'gx:GovernmentInvestigationManagement')
        ? said(
            'yes',
            'a gx:GovernmentInvestigationManagement document is linked',
            'un document gx:GovernmentInvestigationManagement est lié',
          )
        : said(
            'no',
            'no gx:GovernmentInvestigationManagement document is linked',
            'aucun document gx:GovernmentInvestigationManagement n’est lié',
          ),
  },
  {
    id: 'l3-high-assurance',
    level: 'L3',
    title: {
      en: 'High-assurance cloud qualification (SecNumCloud, EUCS high)',
      fr: 'Qualification cloud de haut niveau (SecNumCloud, EUCS high)',
    },
    assess: (f) => certified(f, HIGH_ASSURANCE_SCHEMES),
  },
]

const STATUS_FR = {
  active: 'active',
  deprecated: 'remplacée',
  revoked: 'révoquée',
  expired: 'expirée',
}

/** Every declarable criterion, assessed on one offering's own credentials. */
export function assessCriteria(facts: OfferingFacts): CriterionResult[] {
  return CRITERIA.map(({ assess, ...criterion }) => ({ ...criterion, ...assess(facts) }))
}

/**
 * The highest level whose criteria, and those of every level below, are all met; null when even
 * Standard Compliance is not.
 */
export function eligibleLevel(results: CriterionResult[]): LabelLevel | null {
  let reached: LabelLevel | null = null
  for (const level of LABEL_LEVELS) {
    if (!results.filter((r) => r.level === level).every((r) => r.verdict === 'yes')) break
    reached = level
  }
  return reached
}

function certified(facts: OfferingFacts, schemes: string[]): { verdict: Verdict; reason: Text } {
  const claims = facts.certifications.filter((c) => schemes.includes(c.scheme))
  const granted = claims.filter((c) => c.status === 'claimed').map((c) => c.scheme)
  if (granted.length > 0)
    return said(
      'yes',
      `claimed with evidence: ${granted.join(', ')}`,
      `revendiquée avec justificatif : ${granted.join(', ')}`,
    )
  const pending = claims.map((c) => c.scheme)
  if (pending.length > 0)
    return said(
      'no',
      `in progress, not granted: ${pending.join(', ')}`,
      `en cours, non obtenue : ${pending.join(', ')}`,
    )
  return said(
    'no',
    `none of ${schemes.join(', ')} is claimed`,
    `aucune de ${schemes.join(', ')} n’est revendiquée`,
  )
}

function codes(locations: Location[]): string {
  return [...new Set(locations.map((l) => l.countryCode))].join(', ')
}

function said(verdict: Verdict, en: string, fr: string): { verdict: Verdict; reason: Text } {
  return { verdict, reason: { en, fr } }
}
