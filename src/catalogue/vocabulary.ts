// The buyer's words, as data: what people type for the certifications and the kinds of service
// the catalogue holds, in French and English, with their abbreviations. Search reads it twice:
// an offering is indexed under the `names` of its certifications and of its kind (its
// `synonyms`), and under the token of every entry its texts name by any of their `names` or
// `forms` (its `concepts`); any of them typed in a query stands for that token (search-terms.ts).
// Both are written when the offering is stored: change a name or a form, then reindex. Case and
// accents never matter; they are compared as the full-text index reads them (words of letters
// and digits).
//
// Review it as code. A name is indexed: every word of it finds the offerings it names, so names
// are the entry's own words ("VM", "machine virtuelle"), never general ones ("sécurité" would
// make every SecNumCloud offering a match for "sécurité des postes"). Longer phrasings go in
// `forms`: recognised in a query typed whole and in a text, never indexed word by word. A form
// names one thing only ("mail" is left out: Civitas's "Mail Registry" is post, not email). A name
// or form costs a search nothing: the query reads its entry's one token, however many it has.

/** A certification or qualification scheme, as the index stores it in `certifications[].scheme`. */
export type SchemeEntry = {
  scheme: string
  /** How a facet shows it. */
  label: string
  /** How a sentence names it, in each language (`label` in both when absent). */
  text?: { en: string; fr: string }
  /** Indexed: an offering holding the scheme is found by each of them, and by each of their words. */
  names: readonly string[]
  /** Recognised whole, in a query or a text, as the entry; never indexed word by word. */
  forms?: readonly string[]
}

/** A kind of service: the Gaia-X classes that are this kind, and the words for it. */
export type KindEntry = {
  id: string
  /** `gx:` classes whose offerings are of this kind (their subclasses too). */
  types: readonly string[]
  /** Indexed for the offerings of those classes, and standing for one another when typed. */
  names: readonly string[]
  /** Recognised whole, in a query or a text, as the entry; never indexed word by word. */
  forms?: readonly string[]
}

/**
 * The schemes `certificationClaims` (model/certifications.ts) recognises in evidence: the
 * `certification` filter takes any of their forms, and nothing else can ever match.
 */
export const SCHEMES: readonly SchemeEntry[] = [
  {
    scheme: 'SecNumCloud',
    label: 'SecNumCloud (ANSSI)',
    names: ['SecNumCloud', 'SNC'],
    forms: [
      'Sec Num Cloud',
      'qualification SecNumCloud',
      'SecNumCloud qualification',
      'qualifié SecNumCloud',
      'qualifiée SecNumCloud',
    ],
  },
  {
    scheme: 'HDS',
    label: 'HDS (Hébergeur de données de santé)',
    text: { en: 'HDS (health data hosting)', fr: 'HDS (hébergement de données de santé)' },
    names: ['HDS'],
    forms: [
      'hébergement de données de santé',
      'hébergement des données de santé',
      'hébergeur de données de santé',
      'hébergeur des données de santé',
      'hébergeurs de données de santé',
      'hébergeurs des données de santé',
      'certification HDS',
      'certifié HDS',
      'health data hosting',
      'health data host',
      'health data hosting provider',
    ],
  },
  {
    scheme: 'ISO27001',
    label: 'ISO/IEC 27001',
    names: ['ISO 27001', 'ISO/IEC 27001', 'ISO27001'],
    forms: ['IEC 27001', '27001', 'certification ISO 27001', 'certifié ISO 27001'],
  },
  {
    scheme: 'ISO27017',
    label: 'ISO/IEC 27017',
    names: ['ISO 27017', 'ISO/IEC 27017', 'ISO27017'],
    forms: ['27017'],
  },
  {
    scheme: 'ISO27018',
    label: 'ISO/IEC 27018',
    names: ['ISO 27018', 'ISO/IEC 27018', 'ISO27018'],
    forms: ['27018'],
  },
  {
    scheme: 'ISO27701',
    label: 'ISO/IEC 27701',
    names: ['ISO 27701', 'ISO/IEC 27701', 'ISO27701'],
    forms: ['27701'],
  },
  {
    scheme: 'C5',
    label: 'BSI C5',
    names: ['C5', 'BSI C5'],
    forms: ['Cloud Computing Compliance Criteria Catalogue'],
  },
  {
    scheme: 'EUCS-high',
    label: 'EUCS High',
    text: { en: 'EUCS High', fr: 'EUCS niveau élevé' },
    names: ['EUCS', 'EUCS high'],
    forms: [
      'EUCS élevé',
      'EUCS niveau élevé',
      'European Cybersecurity Certification Scheme for Cloud Services',
    ],
  },
  {
    scheme: 'SOC2',
    label: 'SOC 2',
    names: ['SOC 2', 'SOC2'],
    forms: ['SOC 2 Type II', 'SOC 2 Type 2'],
  },
]

/** Kinds of service, from the Loire 25.11 classes and the words buyers use for services. */
export const KINDS: readonly KindEntry[] = [
  {
    id: 'virtual-machine',
    types: ['gx:VirtualMachineServiceOffering'],
    names: [
      'VM',
      'VMs',
      'machine virtuelle',
      'machines virtuelles',
      'virtual machine',
      'virtual machines',
    ],
  },
  {
    id: 'bare-metal',
    types: ['gx:BareMetalServiceOffering'],
    names: ['bare metal', 'bare-metal', 'serveur dédié', 'serveurs dédiés', 'dedicated server'],
  },
  {
    id: 'compute',
    types: ['gx:ComputeServiceOffering'],
    names: ['calcul', 'compute', 'computing'],
    forms: ['puissance de calcul'],
  },
  {
    id: 'container',
    types: ['gx:ContainerServiceOffering'],
    names: ['conteneur', 'conteneurs', 'container', 'containers', 'CaaS'],
  },
  {
    id: 'kubernetes',
    types: [],
    names: ['Kubernetes', 'K8s', 'Kubernetes managé', 'managed Kubernetes'],
  },
  {
    id: 'serverless',
    types: ['gx:ComputeFunctionServiceOffering'],
    names: ['serverless', 'FaaS'],
    forms: ['sans serveur', 'fonction as a service', 'function as a service'],
  },
  {
    id: 'object-storage',
    types: ['gx:ObjectStorageServiceOffering'],
    names: ['stockage objet', 'stockage objets', 'object storage', 'blob storage', 'stockage blob'],
    forms: ['stockage d’objets', 'stockage en mode objet'],
  },
  {
    id: 'block-storage',
    types: ['gx:BlockStorageServiceOffering'],
    names: [
      'stockage bloc',
      'block storage',
      'disque managé',
      'disques managés',
      'managed disk',
      'managed disks',
    ],
    forms: ['stockage en mode bloc'],
  },
  {
    id: 'file-storage',
    types: ['gx:FileStorageServiceOffering'],
    names: ['stockage fichier', 'stockage fichiers', 'file storage', 'file share', 'file shares'],
    forms: [
      'stockage de fichiers',
      'partage de fichiers',
      'partages de fichiers',
      'file sharing',
      'serveur de fichiers',
      'file server',
    ],
  },
  {
    id: 'storage',
    types: ['gx:StorageServiceOffering'],
    names: ['stockage', 'storage'],
  },
  {
    id: 'network',
    types: ['gx:ConnectivityServiceOffering'],
    names: ['réseau', 'réseaux', 'network', 'networking', 'connectivité', 'connectivity'],
  },
  {
    id: 'data-product',
    types: ['gx:DataProduct', 'gx:DataProductCatalogue'],
    names: ['data product', 'data products'],
    forms: ['produit de données', 'produits de données'],
  },
  {
    id: 'email',
    types: [],
    names: [
      'messagerie',
      'messagerie électronique',
      'courriel',
      'courriels',
      'courrier électronique',
      'email',
      'e-mail',
      'emails',
      'business email',
    ],
  },
  {
    id: 'backup',
    types: [],
    names: ['sauvegarde', 'sauvegardes', 'backup', 'backups', 'BaaS'],
  },
  {
    id: 'disaster-recovery',
    types: [],
    names: [
      'PRA',
      'plan de reprise d’activité',
      'reprise d’activité',
      'reprise après sinistre',
      'disaster recovery',
      'DRaaS',
    ],
  },
  {
    id: 'database',
    types: [],
    names: [
      'base de données',
      'bases de données',
      'database',
      'databases',
      'SGBD',
      'DBaaS',
      'base de données managée',
      'managed database',
    ],
  },
  {
    id: 'identity',
    types: [],
    names: [
      'gestion des identités',
      'gestion des identités et des accès',
      'IAM',
      'identity and access management',
      'identity management',
      'annuaire',
      'directory',
    ],
  },
  {
    id: 'single-sign-on',
    types: [],
    names: ['authentification unique', 'SSO', 'single sign-on', 'single sign on'],
  },
  {
    id: 'key-management',
    types: [],
    names: ['gestion des clés', 'KMS', 'key management', 'coffre de clés', 'key vault'],
  },
  {
    id: 'virtual-desktop',
    types: [],
    names: [
      'poste de travail virtuel',
      'postes de travail virtuels',
      'bureau virtuel',
      'bureaux virtuels',
      'virtual desktop',
      'virtual desktops',
      'VDI',
      'DaaS',
    ],
  },
  {
    id: 'video-conferencing',
    types: [],
    names: [
      'visioconférence',
      'visio',
      'video conferencing',
      'videoconferencing',
      'web conferencing',
    ],
  },
  {
    id: 'monitoring',
    types: [],
    names: ['supervision', 'monitoring', 'observabilité', 'observability'],
  },
  {
    id: 'artificial-intelligence',
    types: [],
    names: ['intelligence artificielle', 'IA', 'artificial intelligence', 'AI'],
  },
  {
    id: 'office-suite',
    types: [],
    names: ['bureautique', 'suite bureautique', 'office suite', 'office software'],
  },
  {
    id: 'iaas',
    types: ['gx:InfrastructureServiceOffering'],
    names: ['IaaS'],
    forms: ['infrastructure as a service', 'infrastructure en tant que service'],
  },
  {
    id: 'paas',
    types: [],
    names: ['PaaS'],
    forms: ['platform as a service', 'plateforme en tant que service'],
  },
  {
    id: 'saas',
    types: [],
    names: ['SaaS'],
    forms: ['software as a service', 'logiciel en tant que service'],
  },
]

/** Gaia-X label levels, as the `label` facet shows them. */
export const LABEL_LEVEL_NAMES: Readonly<Record<string, string>> = {
  SC: 'Gaia-X Standard Compliance',
  L1: 'Gaia-X Label Level 1',
  L2: 'Gaia-X Label Level 2',
  L3: 'Gaia-X Label Level 3',
}

/** Gaia-X label levels, as a sentence names them; `eligible` is a level no label attests. */
export const LABEL_LEVEL_TEXT: Readonly<Record<string, { en: string; fr: string }>> = {
  SC: { en: 'SC (Standard Compliance)', fr: 'SC (conformité standard)' },
  L1: { en: 'L1', fr: 'L1' },
  L2: { en: 'L2', fr: 'L2' },
  L3: { en: 'L3', fr: 'L3' },
}

/** A data protection regime as gx:dataProtectionRegime states it (Loire 25.11, Tagus 22.10). */
export type RegimeEntry = {
  code: string
  /** How a facet shows it (English). */
  label: string
  /** The same in French, for sentences. */
  labelFr: string
  forms: readonly string[]
}

/** The regimes the shapes allow (sh:in): the `regime` filter takes a code or a usual name. */
export const REGIMES: readonly RegimeEntry[] = [
  {
    code: 'GDPR2016',
    label: 'GDPR (EU) 2016/679',
    labelFr: 'RGPD (UE) 2016/679',
    forms: ['GDPR', 'RGPD', 'DSGVO', 'AVG'],
  },
  {
    code: 'LGPD2019',
    label: 'LGPD (Brazil, 2019)',
    labelFr: 'LGPD (Brésil, 2019)',
    forms: ['LGPD'],
  },
  {
    code: 'PDPA2012',
    label: 'PDPA (Singapore, 2012)',
    labelFr: 'PDPA (Singapour, 2012)',
    forms: ['PDPA'],
  },
  {
    code: 'CCPA2018',
    label: 'CCPA (California, 2018)',
    labelFr: 'CCPA (Californie, 2018)',
    forms: ['CCPA'],
  },
  {
    code: 'VCDPA2021',
    label: 'VCDPA (Virginia, 2021)',
    labelFr: 'VCDPA (Virginie, 2021)',
    forms: ['VCDPA'],
  },
]
