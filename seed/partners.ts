// Fictional European ISVs and integrators whose offerings run on Bleu. Names, addresses,
// registration bases and domains are invented; check digits are computed by the builder so the
// identifiers pass format validation without belonging to anyone we know of.
import type {
  EvidenceSpec,
  ExportSpec,
  LegalDocumentSpec,
  ProviderSpec,
  StandardSpec,
} from './catalogue-types.js'

const api = (formatType: string): ExportSpec => ({
  requestType: 'API',
  accessType: 'digital',
  formatType,
})
const supportCenter = (formatType: string): ExportSpec => ({
  requestType: 'supportCenter',
  accessType: 'digital',
  formatType,
})

const standards = {
  fhir: {
    title: 'HL7 FHIR R4',
    reference: 'https://hl7.org/fhir/R4/',
    publisher: 'HL7 International',
  },
  openapi: {
    title: 'OpenAPI Specification 3.1',
    reference: 'https://spec.openapis.org/oas/v3.1.0',
    publisher: 'OpenAPI Initiative',
  },
  odata: {
    title: 'OData Version 4.0',
    reference: 'https://docs.oasis-open.org/odata/odata/v4.0/',
    publisher: 'OASIS',
  },
  oidc: {
    title: 'OpenID Connect Core 1.0',
    reference: 'https://openid.net/specs/openid-connect-core-1_0.html',
    publisher: 'OpenID Foundation',
  },
  dcatAp: {
    title: 'DCAT-AP 3.0',
    reference: 'https://semiceu.github.io/DCAT-AP/releases/3.0.0/',
    publisher: 'European Commission (SEMIC)',
  },
} satisfies Record<string, StandardSpec>

function iso27001(country: string): EvidenceSpec {
  return {
    description:
      'ISO/IEC 27001 : système de management de la sécurité de l’information certifié ; certificat dans le document joint. — ISO/IEC 27001 certified information security management system; certificate in the attached document.',
    document: {
      type: 'gx:ComplianceAssurance',
      path: '/evidence/iso-27001-certificate.pdf',
      governingLawCountries: [country],
    },
  }
}
function dataProcessingTerms(country: string): LegalDocumentSpec {
  return {
    type: 'gx:CustomerDataProcessingTerms',
    path: '/legal/data-processing-agreement.pdf',
    governingLawCountries: [country],
  }
}

const santeNumeriqueAtlantique: ProviderSpec = {
  key: 'sante-numerique-atlantique',
  name: 'Santé Numérique Atlantique',
  description:
    'Intégrateur nantais de systèmes d’information hospitaliers : hébergement et exploitation des dossiers patients, entrepôts de données de santé, migration des établissements vers un cloud de confiance. — Nantes-based hospital information systems integrator: hosting and operation of patient records, health data warehouses, migration of care facilities to a trusted cloud.',
  country: 'FR',
  headquarters: {
    countryCode: 'FR',
    countryName: 'France',
    region: 'FRG0',
    locality: 'Nantes',
    postalCode: '44000',
    street: '12 quai de la Fosse',
  },
  registrations: [{ kind: 'fr-siren', base: '84217395' }],
  evidence: {
    hds: {
      description:
        'Certification Hébergeur de Données de Santé (HDS) pour l’infogérance et la sauvegarde des systèmes hébergés sur Bleu ; certificat dans le document joint. — Health Data Hosting (HDS) certification for managed operations and backup of systems hosted on Bleu; certificate in the attached document.',
      document: {
        type: 'gx:ComplianceAssurance',
        path: '/evidence/hds-certificate.pdf',
        governingLawCountries: ['FR'],
      },
    },
    iso27001: iso27001('FR'),
  },
  legalDocuments: [dataProcessingTerms('FR')],
  offerings: [
    {
      slug: 'sna-dossier-patient-heberge',
      type: 'gx:ServiceOffering',
      name: 'Hosted Patient Record Operations',
      description:
        'Hébergement, exploitation et maintien en condition de sécurité des dossiers patients informatisés (DPI) des hôpitaux et GHT, 24 h/24, sur l’infrastructure Bleu en France. — Hosting, round-the-clock operation and security maintenance of hospitals’ electronic patient records on Bleu infrastructure in France.',
      keywords: {
        fr: ['dossier patient', 'hôpital', 'données de santé', 'infogérance'],
        en: ['patient record', 'hospital', 'health data', 'managed services'],
      },
      endpoint: {
        url: 'https://dpi.sante-numerique-atlantique.example',
        standards: [standards.fhir],
      },
      exports: [api('application/fhir+json'), supportCenter('application/sql')],
      evidence: ['hds', 'iso27001'],
      dependsOn: ['bleu-virtual-machines', 'bleu-postgresql', 'bleu-backup', 'bleu-key-vault'],
      provisionType: 'private',
    },
    {
      slug: 'sna-entrepot-donnees-sante',
      type: 'gx:ServiceOffering',
      name: 'Health Data Warehouse',
      description:
        'Entrepôt de données de santé (EDS) pour la recherche et le pilotage : ingestion FHIR, pseudonymisation, espaces projet cloisonnés, traçabilité des accès. — Health data warehouse for research and steering: FHIR ingestion, pseudonymisation, isolated project workspaces, access traceability.',
      keywords: {
        fr: ['entrepôt de données de santé', 'recherche', 'pseudonymisation'],
        en: ['health data warehouse', 'research', 'pseudonymisation', 'FHIR'],
      },
      endpoint: {
        url: 'https://eds.sante-numerique-atlantique.example',
        standards: [standards.fhir, standards.openapi],
      },
      exports: [api('application/fhir+json'), api('application/vnd.apache.parquet')],
      evidence: ['hds', 'iso27001'],
      dependsOn: ['bleu-blob-storage', 'bleu-kubernetes', 'bleu-key-vault'],
    },
    {
      slug: 'sna-migration-m365-sante',
      type: 'gx:ServiceOffering',
      name: 'Microsoft 365 Migration for Care Facilities',
      description:
        'Migration de la messagerie, des fichiers et de la visioconférence des établissements de santé vers Microsoft 365 opéré par Bleu, avec règles de conformité et formation des équipes. — Migration of care facilities’ email, files and video conferencing to Bleu-operated Microsoft 365, with compliance policies and staff training.',
      keywords: {
        fr: ['migration', 'messagerie', 'établissement de santé'],
        en: ['migration', 'email', 'care facility', 'Microsoft 365'],
      },
      endpoint: {
        url: 'https://migration.sante-numerique-atlantique.example',
        standards: [standards.openapi],
      },
      exports: [supportCenter('application/pdf')],
      evidence: ['iso27001'],
      dependsOn: ['bleu-exchange-online', 'bleu-teams', 'bleu-entra-id', 'bleu-purview'],
    },
  ],
}

const rheinwerk: ProviderSpec = {
  key: 'rheinwerk-sovereign',
  name: 'Rheinwerk Sovereign Consulting GmbH',
  description:
    'Intégrateur SAP allemand spécialisé dans l’exploitation de SAP S/4HANA sur cloud souverain européen. — German SAP integrator specialised in running SAP S/4HANA on European sovereign cloud.',
  country: 'DE',
  headquarters: {
    countryCode: 'DE',
    countryName: 'Germany',
    region: 'DEA2',
    locality: 'Köln',
    postalCode: '50667',
    street: 'Am Rheinufer 7',
  },
  registrations: [
    { kind: 'de-vat', base: '29468135' },
    { kind: 'local', slug: 'handelsregister', value: 'HRB 104512, Amtsgericht Köln' },
    { kind: 'lei', base: '391200RHWSC7QK4XM1', countryCode: 'DE', subdivision: 'DE-NW' },
  ],
  evidence: { iso27001: iso27001('DE') },
  legalDocuments: [dataProcessingTerms('DE')],
  offerings: [
    {
      slug: 'rheinwerk-sap-s4hana-managed',
      type: 'gx:ServiceOffering',
      name: 'Managed SAP S/4HANA on Bleu',
      description:
        'Exploitation de SAP S/4HANA et SAP HANA sur machines virtuelles Bleu : installation, correctifs, sauvegardes, supervision et astreinte, environnements dédiés par client. — Operation of SAP S/4HANA and SAP HANA on Bleu virtual machines: installation, patching, backups, monitoring and on-call support, dedicated per-customer landscapes.',
      keywords: {
        fr: ['ERP', 'infogérance SAP', 'progiciel de gestion'],
        en: ['ERP', 'SAP managed services', 'S/4HANA'],
      },
      endpoint: { url: 'https://sap.rheinwerk-sovereign.example', standards: [standards.odata] },
      exports: [supportCenter('text/csv'), api('application/json')],
      evidence: ['iso27001'],
      dependsOn: ['bleu-virtual-machines', 'bleu-managed-disks', 'bleu-backup', 'bleu-monitor'],
      provisionType: 'private',
    },
    {
      slug: 'rheinwerk-sap-migration',
      type: 'gx:ServiceOffering',
      name: 'SAP Landscape Migration to Bleu',
      description:
        'Migration de paysages SAP existants (sur site ou autre cloud) vers Bleu : étude, transfert des données via stockage objet, bascule et recette. — Migration of existing SAP landscapes (on-premises or other clouds) to Bleu: assessment, data transfer through object storage, cut-over and acceptance testing.',
      keywords: {
        fr: ['migration SAP', 'transformation'],
        en: ['SAP migration', 'cloud migration'],
      },
      endpoint: {
        url: 'https://migrate.rheinwerk-sovereign.example',
        standards: [standards.openapi],
      },
      exports: [supportCenter('application/pdf')],
      evidence: ['iso27001'],
      dependsOn: ['bleu-virtual-machines', 'bleu-blob-storage'],
    },
  ],
}

const civitas: ProviderSpec = {
  key: 'civitas-digital',
  name: 'Civitas Digital SRL',
  description:
    'Éditeur belge de logiciels d’administration électronique pour les communes, provinces et CPAS. — Belgian e-government software vendor for municipalities, provinces and public social welfare centres.',
  country: 'BE',
  headquarters: {
    countryCode: 'BE',
    countryName: 'Belgium',
    region: 'BE35',
    locality: 'Namur',
    postalCode: '5000',
    street: 'Rue de Fer 42',
  },
  registrations: [{ kind: 'be-enterprise', base: '07654321' }],
  evidence: { iso27001: iso27001('BE') },
  legalDocuments: [dataProcessingTerms('BE')],
  offerings: [
    {
      slug: 'civitas-guichet-citoyen',
      type: 'gx:ServiceOffering',
      name: 'Civitas Citizen Portal',
      description:
        'Guichet en ligne pour les démarches des citoyens (état civil, population, urbanisme) avec authentification forte et suivi des demandes. — Online one-stop shop for citizens’ procedures (civil status, population register, planning) with strong authentication and request tracking.',
      keywords: {
        fr: ['guichet en ligne', 'démarches administratives', 'commune'],
        en: ['citizen portal', 'e-government', 'municipality'],
      },
      endpoint: {
        url: 'https://guichet.civitas-digital.example',
        standards: [standards.oidc, standards.openapi],
      },
      exports: [api('application/json'), api('text/csv')],
      evidence: ['iso27001'],
      dependsOn: ['bleu-kubernetes', 'bleu-postgresql', 'bleu-entra-id'],
    },
    {
      slug: 'civitas-courrier-deliberations',
      type: 'gx:ServiceOffering',
      name: 'Civitas Mail Registry and Council Decisions',
      description:
        'Enregistrement du courrier entrant, circuits de validation et préparation des séances du conseil, intégrés à SharePoint et Teams. — Incoming mail registry, approval workflows and council meeting preparation, integrated with SharePoint and Teams.',
      keywords: {
        fr: ['courrier', 'délibérations', 'conseil communal'],
        en: ['mail registry', 'council decisions', 'workflow'],
      },
      endpoint: { url: 'https://courrier.civitas-digital.example', standards: [standards.openapi] },
      exports: [api('application/pdf'), api('application/json')],
      evidence: ['iso27001'],
      dependsOn: ['bleu-sharepoint-online', 'bleu-teams'],
    },
  ],
}

const datalumen: ProviderSpec = {
  key: 'datalumen-analytics',
  name: 'Datalumen Analytics B.V.',
  description:
    'Éditeur néerlandais de solutions d’analyse de données et d’IA documentaire pour le secteur public. — Dutch vendor of data analytics and document AI solutions for the public sector.',
  country: 'NL',
  headquarters: {
    countryCode: 'NL',
    countryName: 'Netherlands',
    region: 'NL35',
    locality: 'Utrecht',
    postalCode: '3511 AB',
    street: 'Oudegracht 200',
  },
  registrations: [
    { kind: 'nl-rsin', base: '85316470' },
    { kind: 'local', slug: 'kvk', value: '81234567' },
    { kind: 'lei', base: '724500DLMNA3TQ8VXW', countryCode: 'NL', subdivision: 'NL-UT' },
  ],
  evidence: { iso27001: iso27001('NL') },
  legalDocuments: [dataProcessingTerms('NL')],
  offerings: [
    {
      slug: 'datalumen-insights',
      type: 'gx:ServiceOffering',
      name: 'Datalumen Insights',
      description:
        'Plateforme d’analyse et de tableaux de bord pour les politiques publiques : connecteurs aux bases métiers, modèles partagés, diffusion contrôlée. — Analytics and dashboard platform for public policy: connectors to line-of-business databases, shared models, controlled publication.',
      keywords: {
        fr: ['analyse de données', 'tableaux de bord', 'pilotage'],
        en: ['data analytics', 'dashboards', 'business intelligence'],
      },
      endpoint: { url: 'https://insights.datalumen.example', standards: [standards.openapi] },
      exports: [api('text/csv'), api('application/vnd.apache.parquet')],
      evidence: ['iso27001'],
      dependsOn: ['bleu-kubernetes', 'bleu-blob-storage', 'bleu-postgresql'],
    },
    {
      slug: 'datalumen-document-ai',
      type: 'gx:ServiceOffering',
      name: 'Datalumen Document AI',
      description:
        'Lecture automatique des formulaires et courriers administratifs : extraction des champs, classement, anonymisation, validation humaine des cas douteux. — Automated reading of administrative forms and letters: field extraction, classification, anonymisation, human review of uncertain cases.',
      keywords: {
        fr: ['IA documentaire', 'extraction', 'anonymisation'],
        en: ['document AI', 'data extraction', 'anonymisation'],
      },
      endpoint: { url: 'https://docai.datalumen.example', standards: [standards.openapi] },
      exports: [api('application/json')],
      evidence: ['iso27001'],
      dependsOn: ['bleu-ai-services', 'bleu-blob-storage', 'bleu-key-vault'],
    },
    {
      slug: 'datalumen-open-data',
      type: 'gx:ServiceOffering',
      name: 'Datalumen Open Data Publisher',
      description:
        'Publication de jeux de données ouverts avec métadonnées DCAT-AP, moissonnables par les portails nationaux et européens. — Open data publication with DCAT-AP metadata, harvestable by national and European portals.',
      keywords: {
        fr: ['données ouvertes', 'publication', 'métadonnées'],
        en: ['open data', 'publication', 'metadata', 'DCAT-AP'],
      },
      endpoint: { url: 'https://opendata.datalumen.example', standards: [standards.dcatAp] },
      exports: [api('text/csv'), api('application/ld+json')],
      evidence: ['iso27001'],
      dependsOn: ['bleu-blob-storage'],
    },
  ],
}

export const partnerProviders: ProviderSpec[] = [
  santeNumeriqueAtlantique,
  rheinwerk,
  civitas,
  datalumen,
]
