// The documents the seeded catalogue's credentials link to (evidence of certifications, legal
// documents, terms and conditions, contact), generated from the same data as the credentials
// (bleu-offerings.ts, bleu-platform.ts, partners.ts) and served by the node (src/http/documents.ts)
// at the path each credential names under the node's public URL. They are demonstration
// documents and say so: each restates what the credential claims and points to the public page
// of the scheme or law it refers to, never standing in for a real certificate.
import { bleuProvider } from '../bleu-offerings.js'
import type {
  EvidenceSpec,
  LegalDocumentSpec,
  OfferingSpec,
  ProviderSpec,
} from '../catalogue-types.js'
import { partnerProviders } from '../partners.js'
import { renderPdf, type PdfBlock } from './pdf.js'

export type SeedDocument = {
  /** The path under the node's public URL, as the credentials name it. */
  path: string
  title: string
  mediaType: 'application/pdf'
  bytes: Uint8Array<ArrayBuffer>
}

/** Where a provider's credentials and documents live under the node's public URL. */
export function providerBasePath(key: string): string {
  return key === bleuProvider.key ? '' : `/partners/${key}`
}

/** The path of an offering's terms and conditions (gx:serviceOfferingTermsAndConditions). */
export function termsPath(offeringSlug: string): string {
  return `/legal/offerings/${offeringSlug}/terms.pdf`
}

type Bilingual = { fr: string; en: string }
type Reference = { label: string; url: string }

// Only pages known to exist: the official pages of the schemes and of the law.
const SCHEME_PAGES: Record<string, { name: Bilingual; reference: Reference }> = {
  secnumcloud: {
    name: { fr: 'Qualification SecNumCloud', en: 'SecNumCloud qualification' },
    reference: {
      label: 'ANSSI — SecNumCloud',
      url: 'https://cyber.gouv.fr/secnumcloud-pour-les-fournisseurs-de-services-cloud',
    },
  },
  hds: {
    name: {
      fr: 'Certification Hébergeur de données de santé (HDS)',
      en: 'Health data hosting (HDS) certification',
    },
    reference: {
      label: 'Agence du Numérique en Santé — certification HDS',
      url: 'https://esante.gouv.fr/produits-services/hds',
    },
  },
  iso27001: {
    name: { fr: 'Certification ISO/IEC 27001', en: 'ISO/IEC 27001 certification' },
    reference: { label: 'ISO — ISO/IEC 27001', url: 'https://www.iso.org/standard/27001' },
  },
}
const GDPR: Reference = {
  label: 'EUR-Lex — Règlement (UE) 2016/679 (RGPD) / Regulation (EU) 2016/679 (GDPR)',
  url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
}
const COUNTRIES: Record<string, Bilingual> = {
  FR: { fr: 'la France', en: 'France' },
  DE: { fr: 'l’Allemagne', en: 'Germany' },
  BE: { fr: 'la Belgique', en: 'Belgium' },
  NL: { fr: 'les Pays-Bas', en: 'the Netherlands' },
}

const DEMO: Bilingual = {
  fr: 'Document de démonstration du catalogue d’exemple : il reprend ce que déclare l’attestation signée et ne remplace aucun certificat, contrat ou engagement réel.',
  en: 'Demonstration document of the sample catalogue: it restates what the signed credential declares and stands for no real certificate, contract or commitment.',
}

/** French, then English: the seed writes descriptions as "français — English". */
function split(description: string): Bilingual {
  const [fr, ...en] = description.split(' — ')
  return { fr: fr ?? description, en: en.join(' — ') || (fr ?? description) }
}

function law(countries: string[]): Bilingual {
  const named = countries.map((c) => COUNTRIES[c] ?? { fr: c, en: c })
  return {
    fr: named.map((n) => n.fr).join(', '),
    en: named.map((n) => n.en).join(', '),
  }
}

function page(
  title: Bilingual,
  provider: ProviderSpec,
  body: Bilingual[],
  references: Reference[],
): { title: string; author: string; lang: string; blocks: PdfBlock[] } {
  const section = (lang: 'fr' | 'en'): PdfBlock[] => [
    { kind: 'heading', text: lang === 'fr' ? 'Français' : 'English' },
    ...body.map((p): PdfBlock => ({ kind: 'text', text: p[lang] })),
  ]
  return {
    title: `${title.fr} — ${title.en}`,
    author: provider.name,
    lang: 'fr',
    blocks: [
      { kind: 'title', text: title.fr },
      { kind: 'text', text: `${title.en} · ${provider.name}` },
      { kind: 'space' },
      ...section('fr'),
      { kind: 'space' },
      ...section('en'),
      ...(references.length
        ? [
            { kind: 'space' } as PdfBlock,
            { kind: 'heading', text: 'Références publiques — Public references' } as PdfBlock,
            ...references.flatMap((r): PdfBlock[] => [
              { kind: 'text', text: r.label },
              { kind: 'link', text: r.url, href: r.url },
            ]),
          ]
        : []),
      { kind: 'space' },
      { kind: 'note', text: DEMO.fr },
      { kind: 'note', text: DEMO.en },
    ],
  }
}

function evidenceDocument(provider: ProviderSpec, key: string, evidence: EvidenceSpec) {
  const scheme = SCHEME_PAGES[key]
  const claim = split(evidence.description)
  return page(
    scheme?.name ?? { fr: 'Justificatif de certification', en: 'Certification evidence' },
    provider,
    [
      claim,
      {
        fr: `Déclaré par ${provider.name} ; droit applicable : ${law(evidence.document.governingLawCountries).fr}.`,
        en: `Declared by ${provider.name}; governing law: ${law(evidence.document.governingLawCountries).en}.`,
      },
    ],
    scheme ? [scheme.reference] : [],
  )
}

function legalDocument(provider: ProviderSpec, document: LegalDocumentSpec) {
  const governed = law(document.governingLawCountries)
  const text: Record<string, { title: Bilingual; body: Bilingual[]; references: Reference[] }> = {
    'gx:CustomerDataProcessingTerms': {
      title: {
        fr: 'Accord de traitement des données (article 28 du RGPD)',
        en: 'Data processing agreement (GDPR Article 28)',
      },
      body: [
        {
          fr: `${provider.name} traite les données de ses clients pour leur seul compte, selon leurs instructions documentées, dans l’Union européenne, et les assiste dans l’exercice des droits des personnes concernées.`,
          en: `${provider.name} processes its customers’ data on their behalf only, on their documented instructions, within the European Union, and assists them with data subjects’ requests.`,
        },
        {
          fr: `Cet accord est régi par le droit de ${governed.fr}.`,
          en: `This agreement is governed by the law of ${governed.en}.`,
        },
      ],
      references: [GDPR],
    },
    'gx:GovernmentInvestigationManagement': {
      title: {
        fr: 'Politique de traitement des demandes des autorités',
        en: 'Government requests policy',
      },
      body: [
        {
          fr: `${provider.name} ne communique des données de ses clients qu’en réponse à une demande légale d’une autorité compétente, après en avoir vérifié le fondement, en informe le client sauf interdiction légale, et conteste toute demande fondée sur un droit étranger non applicable.`,
          en: `${provider.name} discloses customer data only in answer to a lawful request from a competent authority, after checking its legal basis, informs the customer unless the law forbids it, and challenges any request based on a foreign law that does not apply.`,
        },
        {
          fr: `Cette politique relève du droit de ${governed.fr}.`,
          en: `This policy falls under the law of ${governed.en}.`,
        },
      ],
      references: [GDPR],
    },
  }
  const known = text[document.type] ?? {
    title: { fr: 'Document juridique', en: 'Legal document' },
    body: [
      { fr: `Régi par le droit de ${governed.fr}.`, en: `Governed by the law of ${governed.en}.` },
    ],
    references: [],
  }
  return page(known.title, provider, known.body, known.references)
}

function termsDocument(provider: ProviderSpec, offering: OfferingSpec) {
  const governed = law([provider.country])
  return page(
    {
      fr: `Conditions générales — ${offering.name}`,
      en: `Terms and conditions — ${offering.name}`,
    },
    provider,
    [
      split(offering.description),
      {
        fr: `${offering.name} est fourni par ${provider.name}. Les présentes conditions sont régies par le droit de ${governed.fr} ; l’accord de traitement des données du fournisseur s’y applique.`,
        en: `${offering.name} is provided by ${provider.name}. These terms are governed by the law of ${governed.en}; the provider’s data processing agreement applies.`,
      },
    ],
    [],
  )
}

function contactDocument(provider: ProviderSpec) {
  const a = provider.headquarters
  const address = [a.street, [a.postalCode, a.locality].filter(Boolean).join(' '), a.countryName]
    .filter(Boolean)
    .join(', ')
  return page(
    { fr: `Contact — ${provider.name}`, en: `Contact — ${provider.name}` },
    provider,
    [
      {
        fr: `Siège : ${address}.`,
        en: `Headquarters: ${address}.`,
      },
      {
        fr: 'Les demandes commerciales et de support passent par le point de contact indiqué dans le contrat de service.',
        en: 'Sales and support requests go through the contact point named in the service agreement.',
      },
    ],
    [],
  )
}

/** Every document of one provider of the seed, by path under the node's public URL. */
function documentsOf(provider: ProviderSpec): [string, () => ReturnType<typeof page>][] {
  const base = providerBasePath(provider.key)
  return [
    ...Object.entries(provider.evidence).map(
      ([key, e]) =>
        [`${base}${e.document.path}`, () => evidenceDocument(provider, key, e)] as [
          string,
          () => ReturnType<typeof page>,
        ],
    ),
    ...provider.legalDocuments.map(
      (d) =>
        [`${base}${d.path}`, () => legalDocument(provider, d)] as [
          string,
          () => ReturnType<typeof page>,
        ],
    ),
    ...provider.offerings.map(
      (o) =>
        [`${base}${termsPath(o.slug)}`, () => termsDocument(provider, o)] as [
          string,
          () => ReturnType<typeof page>,
        ],
    ),
    [`${base}/contact`, () => contactDocument(provider)],
  ]
}

const builders = new Map([bleuProvider, ...partnerProviders].flatMap(documentsOf))
const rendered = new Map<string, SeedDocument>()

/**
 * The seeded catalogue's document at `path` (under the node's public URL), rendered once.
 *
 * @example
 * seedDocument('/evidence/hds-certificate.pdf')?.bytes // a PDF
 */
export function seedDocument(path: string): SeedDocument | undefined {
  const held = rendered.get(path)
  if (held) return held
  const build = builders.get(path)
  if (!build) return undefined
  const document = build()
  const made: SeedDocument = {
    path,
    title: document.title,
    mediaType: 'application/pdf',
    bytes: renderPdf(document),
  }
  rendered.set(path, made)
  return made
}

/** Every path the seeded catalogue's documents are served at. */
export function seedDocumentPaths(): string[] {
  return [...builders.keys()]
}

/**
 * The bytes of an offering's terms and conditions, for the hash its credential states.
 *
 * @example
 * sha256(termsDocumentBytes(bleuProvider, offering))
 */
export function termsDocumentBytes(
  provider: ProviderSpec,
  offering: OfferingSpec,
): Uint8Array<ArrayBuffer> {
  return (
    seedDocument(`${providerBasePath(provider.key)}${termsPath(offering.slug)}`)?.bytes ??
    renderPdf(termsDocument(provider, offering))
  )
}
