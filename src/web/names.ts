// The names the pages give codes (Gaia-X classes, certification schemes, data protection regimes,
// label levels), in French and English, as data beside messages.ts.
import type { Lang } from './messages.js'

/** Gaia-X classes as a buyer names them; a class not listed is shown as its words. */
export const TYPE_NAMES: Record<Lang, Record<string, string>> = {
  fr: {
    'gx:ServiceOffering': 'Offre de service',
    'gx:InfrastructureServiceOffering': 'Infrastructure',
    'gx:ComputeServiceOffering': 'Calcul',
    'gx:VirtualMachineServiceOffering': 'Machines virtuelles',
    'gx:BareMetalServiceOffering': 'Serveurs dédiés (bare metal)',
    'gx:ContainerServiceOffering': 'Conteneurs',
    'gx:ComputeFunctionServiceOffering': 'Fonctions (serverless)',
    'gx:StorageServiceOffering': 'Stockage',
    'gx:ObjectStorageServiceOffering': 'Stockage objet',
    'gx:BlockStorageServiceOffering': 'Stockage bloc',
    'gx:FileStorageServiceOffering': 'Stockage de fichiers',
    'gx:ConnectivityServiceOffering': 'Connectivité',
    'gx:NetworkConnectivityServiceOffering': 'Connectivité réseau',
    'gx:LinkConnectivityServiceOffering': 'Liens de connectivité',
    'gx:PhysicalConnectivityServiceOffering': 'Connectivité physique',
    'gx:InterconnectionServiceOffering': 'Interconnexion',
    'gx:DigitalServiceOffering': 'Service numérique',
    'gx:DataProduct': 'Produit de données',
    'gx:DataProductCatalogue': 'Catalogue de produits de données',
  },
  en: {
    'gx:ServiceOffering': 'Service offering',
    'gx:InfrastructureServiceOffering': 'Infrastructure',
    'gx:ComputeServiceOffering': 'Compute',
    'gx:VirtualMachineServiceOffering': 'Virtual machines',
    'gx:BareMetalServiceOffering': 'Bare metal servers',
    'gx:ContainerServiceOffering': 'Containers',
    'gx:ComputeFunctionServiceOffering': 'Functions (serverless)',
    'gx:StorageServiceOffering': 'Storage',
    'gx:ObjectStorageServiceOffering': 'Object storage',
    'gx:BlockStorageServiceOffering': 'Block storage',
    'gx:FileStorageServiceOffering': 'File storage',
    'gx:ConnectivityServiceOffering': 'Connectivity',
    'gx:NetworkConnectivityServiceOffering': 'Network connectivity',
    'gx:LinkConnectivityServiceOffering': 'Connectivity links',
    'gx:PhysicalConnectivityServiceOffering': 'Physical connectivity',
    'gx:InterconnectionServiceOffering': 'Interconnection',
    'gx:DigitalServiceOffering': 'Digital service',
    'gx:DataProduct': 'Data product',
    'gx:DataProductCatalogue': 'Data product catalogue',
  },
}

/** Certification schemes, as the catalogue's facet values name them. */
export const SCHEME_NAMES: Record<Lang, Record<string, string>> = {
  fr: {
    SecNumCloud: 'SecNumCloud (ANSSI)',
    HDS: 'HDS (hébergement de données de santé)',
    ISO27001: 'ISO/IEC 27001',
    ISO27017: 'ISO/IEC 27017',
    ISO27018: 'ISO/IEC 27018',
    ISO27701: 'ISO/IEC 27701',
    C5: 'BSI C5',
    'EUCS-high': 'EUCS niveau élevé',
    SOC2: 'SOC 2',
  },
  en: {
    SecNumCloud: 'SecNumCloud (ANSSI)',
    HDS: 'HDS (French health data hosting)',
    ISO27001: 'ISO/IEC 27001',
    ISO27017: 'ISO/IEC 27017',
    ISO27018: 'ISO/IEC 27018',
    ISO27701: 'ISO/IEC 27701',
    C5: 'BSI C5',
    'EUCS-high': 'EUCS High',
    SOC2: 'SOC 2',
  },
}

export const REGIME_NAMES: Record<Lang, Record<string, string>> = {
  fr: {
    GDPR2016: 'RGPD (UE) 2016/679',
    LGPD2019: 'LGPD (Brésil, 2019)',
    PDPA2012: 'PDPA (Singapour, 2012)',
    CCPA2018: 'CCPA (Californie, 2018)',
    VCDPA2021: 'VCDPA (Virginie, 2021)',
  },
  en: {
    GDPR2016: 'GDPR (EU) 2016/679',
    LGPD2019: 'LGPD (Brazil, 2019)',
    PDPA2012: 'PDPA (Singapore, 2012)',
    CCPA2018: 'CCPA (California, 2018)',
    VCDPA2021: 'VCDPA (Virginia, 2021)',
  },
}

export const LEVEL_NAMES: Record<Lang, Record<string, string>> = {
  fr: {
    SC: 'Conformité standard (SC)',
    L1: 'Label niveau 1',
    L2: 'Label niveau 2',
    L3: 'Label niveau 3',
  },
  en: {
    SC: 'Standard Compliance (SC)',
    L1: 'Label Level 1',
    L2: 'Label Level 2',
    L3: 'Label Level 3',
  },
}

/** Example searches offered on the home page, as a buyer would type them. */
export const EXAMPLE_SEARCHES: Record<Lang, string[]> = {
  fr: ['stockage', 'messagerie', 'santé', 'machine virtuelle'],
  en: ['storage', 'email', 'health', 'virtual machine'],
}
