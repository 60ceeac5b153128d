// Bleu's catalogue as data: what each offering is, what it depends on and what it claims. The
// builder in catalogue-data.ts turns it into Loire credentials.
import {
  api,
  at,
  evidence,
  everywhere,
  flavor,
  keywords,
  platformAndCustomerKeys,
  regions,
  standards,
  vmImage,
} from './bleu-platform.js'
import type { OfferingSpec, ProviderSpec } from './catalogue-types.js'

const all3 = ['secnumcloud', 'hds', 'iso27001']
const noHealth = ['secnumcloud', 'iso27001']

const m365: OfferingSpec[] = [
  {
    slug: 'bleu-exchange-online',
    type: 'gx:ServiceOffering',
    family: 'microsoft-365',
    name: 'Bleu Exchange Online',
    description:
      'Messagerie professionnelle, agendas et contacts Exchange Online opérés par Bleu depuis la France, sous droit français : boîtes de 100 Go, archivage, protection anti-spam et anti-malware, accès Outlook, web et mobile. — Business email, calendars and contacts with Exchange Online, operated by Bleu from France under French law: 100 GB mailboxes, archiving, anti-spam and anti-malware protection, Outlook, web and mobile access.',
    keywords: keywords(
      'microsoft-365',
      ['messagerie', 'courriel', 'agenda'],
      ['email', 'calendar', 'Exchange'],
    ),
    endpoint: { url: at('outlook'), standards: [standards.graph, standards.smtp, standards.imap] },
    exports: [api('message/rfc822'), api('text/calendar'), api('text/vcard')],
    evidence: all3,
    dependsOn: ['bleu-entra-id'],
    regions: everywhere,
  },
  {
    slug: 'bleu-sharepoint-online',
    type: 'gx:ServiceOffering',
    family: 'microsoft-365',
    name: 'Bleu SharePoint Online',
    description:
      'Intranets, bibliothèques documentaires et gestion de contenu SharePoint Online : versions, métadonnées, étiquettes de confidentialité, co-édition et circuits de validation. — Intranets, document libraries and content management with SharePoint Online: versioning, metadata, sensitivity labels, co-authoring and approval workflows.',
    keywords: keywords(
      'microsoft-365',
      ['gestion documentaire', 'intranet', 'partage de fichiers'],
      ['document management', 'intranet', 'file sharing', 'SharePoint'],
    ),
    endpoint: { url: at('sharepoint'), standards: [standards.graph] },
    exports: [api('application/octet-stream'), api('application/json')],
    evidence: all3,
    dependsOn: ['bleu-entra-id'],
    regions: everywhere,
  },
  {
    slug: 'bleu-onedrive',
    type: 'gx:ServiceOffering',
    family: 'microsoft-365',
    name: 'Bleu OneDrive',
    description:
      'Stockage personnel de fichiers (1 To par agent), synchronisation des postes, partage interne et externe encadré par l’administrateur, restauration des fichiers sur 30 jours. — Personal file storage (1 TB per user), desktop sync, internal and external sharing governed by the administrator, 30-day file restore.',
    keywords: keywords(
      'microsoft-365',
      ['stockage de fichiers', 'synchronisation', 'partage'],
      ['file storage', 'sync', 'sharing', 'OneDrive'],
    ),
    endpoint: { url: at('onedrive'), standards: [standards.graph] },
    exports: [api('application/octet-stream')],
    evidence: all3,
    dependsOn: ['bleu-sharepoint-online', 'bleu-entra-id'],
    regions: everywhere,
  },
  {
    slug: 'bleu-teams',
    type: 'gx:ServiceOffering',
    family: 'microsoft-365',
    name: 'Bleu Teams',
    description:
      'Réunions audio et vidéo, webinaires, conversations et canaux d’équipe Microsoft Teams ; enregistrements, transcriptions et fichiers partagés restent en France. — Microsoft Teams audio and video meetings, webinars, chat and team channels; recordings, transcripts and shared files stay in France.',
    keywords: keywords(
      'microsoft-365',
      ['visioconférence', 'réunion', 'messagerie instantanée'],
      ['video conferencing', 'meetings', 'chat', 'Teams'],
    ),
    endpoint: { url: at('teams'), standards: [standards.graph, standards.webrtc] },
    exports: [api('application/json'), api('video/mp4')],
    evidence: all3,
    dependsOn: ['bleu-exchange-online', 'bleu-sharepoint-online', 'bleu-onedrive', 'bleu-entra-id'],
    regions: everywhere,
  },
  {
    slug: 'bleu-m365-apps',
    type: 'gx:ServiceOffering',
    family: 'microsoft-365',
    name: 'Bleu Microsoft 365 Apps',
    description:
      'Word, Excel, PowerPoint, Outlook et OneNote en versions web et bureau (Windows, macOS), avec co-édition en temps réel ; formats ouverts OOXML et ODF. — Word, Excel, PowerPoint, Outlook and OneNote for web and desktop (Windows, macOS) with real-time co-authoring; open OOXML and ODF formats.',
    keywords: keywords(
      'microsoft-365',
      ['bureautique', 'traitement de texte', 'tableur'],
      ['office suite', 'word processing', 'spreadsheet'],
    ),
    endpoint: { url: at('office'), standards: [standards.ooxml, standards.odf] },
    exports: [
      api('application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
      api('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    ],
    evidence: noHealth,
    dependsOn: ['bleu-onedrive', 'bleu-entra-id'],
    regions: everywhere,
  },
  {
    slug: 'bleu-entra-id',
    type: 'gx:ServiceOffering',
    family: 'microsoft-365',
    name: 'Bleu Entra ID',
    description:
      'Annuaire et gestion des identités et des accès Microsoft Entra ID : authentification unique OpenID Connect et SAML, authentification multifacteur, accès conditionnel, provisionnement SCIM, synchronisation avec Active Directory. — Microsoft Entra ID directory and identity and access management: OpenID Connect and SAML single sign-on, multi-factor authentication, conditional access, SCIM provisioning, Active Directory sync.',
    keywords: keywords(
      'microsoft-365',
      ['identité', 'annuaire', 'authentification unique'],
      ['identity', 'directory', 'single sign-on', 'Entra ID'],
    ),
    endpoint: {
      url: at('login'),
      standards: [standards.oidc, standards.saml, standards.scim, standards.graph],
    },
    exports: [api('application/json')],
    evidence: noHealth,
    regions: everywhere,
  },
  {
    slug: 'bleu-purview',
    type: 'gx:ServiceOffering',
    family: 'microsoft-365',
    name: 'Bleu Purview',
    description:
      'Conformité et protection des données Microsoft Purview : prévention des fuites (DLP), étiquettes de sensibilité, règles de conservation, eDiscovery et journal d’audit pour la messagerie et les documents. — Microsoft Purview compliance and data protection: data loss prevention, sensitivity labels, retention policies, eDiscovery and audit log across mail and documents.',
    keywords: keywords(
      'microsoft-365',
      ['conformité', 'prévention des fuites', 'archivage légal'],
      ['compliance', 'data loss prevention', 'eDiscovery'],
    ),
    endpoint: { url: at('compliance'), standards: [standards.graph] },
    exports: [api('application/json'), api('message/rfc822')],
    evidence: noHealth,
    dependsOn: ['bleu-exchange-online', 'bleu-sharepoint-online'],
    regions: everywhere,
  },
]

const azure: OfferingSpec[] = [
  {
    slug: 'bleu-virtual-machines',
    type: 'gx:VirtualMachineServiceOffering',
    family: 'azure',
    name: 'Bleu Virtual Machines',
    description:
      'Machines virtuelles Linux et Windows à la demande (usage général, mémoire optimisée ; Intel et AMD), démarrage sécurisé et chiffrement côté hôte, réparties sur les zones de France Centre et en France Sud. — On-demand Linux and Windows virtual machines (general purpose, memory optimised; Intel and AMD) with secure boot and host-side encryption, spread across the France Centre zones and France Sud.',
    keywords: keywords(
      'azure',
      ['machine virtuelle', 'calcul', 'IaaS'],
      ['virtual machine', 'compute', 'IaaS'],
    ),
    endpoint: { url: at('management'), standards: [standards.arm] },
    exports: [api('application/octet-stream')],
    evidence: all3,
    dependsOn: ['bleu-managed-disks'],
    regions: everywhere,
    claims: {
      'gx:tenantSeparation': 'hw-virtualized',
      'gx:codeArtifact': [
        vmImage(
          'Ubuntu Server 24.04 LTS',
          '24.04',
          'https://ubuntu.com/legal/intellectual-property-policy',
          'Canonical Ltd.',
          false,
        ),
        vmImage(
          'Windows Server 2022 Datacenter: Azure Edition',
          '2022',
          'https://www.microsoft.com/licensing/terms/',
          'Microsoft Corporation',
          true,
        ),
      ],
      'gx:instantiationReq': [
        flavor('Standard_D4s_v5', 4, 16, 'Intel', 'Xeon Scalable, 3rd generation (Ice Lake)'),
        flavor('Standard_E8s_v5', 8, 64, 'Intel', 'Xeon Scalable, 3rd generation (Ice Lake)'),
        flavor('Standard_D8as_v5', 8, 32, 'AMD', 'EPYC, 3rd generation (Milan)'),
      ],
    },
  },
  {
    slug: 'bleu-managed-disks',
    type: 'gx:BlockStorageServiceOffering',
    family: 'azure',
    name: 'Bleu Managed Disks',
    description:
      'Disques managés SSD Premium, SSD Standard et HDD Standard pour les machines virtuelles, instantanés incrémentiels, chiffrement au repos par clés gérées par Bleu ou par le client. — Premium SSD, Standard SSD and Standard HDD managed disks for virtual machines, incremental snapshots, encryption at rest with Bleu-managed or customer-managed keys.',
    keywords: keywords(
      'azure',
      ['stockage bloc', 'disque', 'instantané'],
      ['block storage', 'disk', 'snapshot'],
    ),
    endpoint: { url: at('management'), standards: [standards.arm] },
    exports: [api('application/octet-stream')],
    evidence: all3,
    regions: everywhere,
    claims: {
      'gx:storageConsistency': 'Strong',
      'gx:storageConfiguration': {
        type: 'gx:BlockStorageConfiguration',
        'gx:storageEncryption': platformAndCustomerKeys,
        'gx:blockStorageTechnology': ['SSD', 'HDD'],
      },
    },
  },
  {
    slug: 'bleu-blob-storage',
    type: 'gx:ObjectStorageServiceOffering',
    family: 'azure',
    name: 'Bleu Blob Storage',
    description:
      'Stockage objet Azure Blob : niveaux chaud, froid et archive, immuabilité (WORM) pour l’archivage, versionnage, redondance locale ou entre zones, chiffrement par clés gérées par le client. — Azure Blob object storage: hot, cool and archive tiers, immutability (WORM) for archiving, versioning, local or zone redundancy, customer-managed key encryption.',
    keywords: keywords(
      'azure',
      ['stockage objet', 'archivage', 'sauvegarde'],
      ['object storage', 'archiving', 'blob'],
    ),
    endpoint: { url: at('blob.core'), standards: [standards.blob] },
    exports: [api('application/octet-stream')],
    evidence: all3,
    regions: everywhere,
    claims: {
      'gx:storageConfiguration': {
        type: 'gx:StorageConfiguration',
        'gx:storageEncryption': platformAndCustomerKeys,
      },
      'gx:objectAPICompatibility': ['Azure-Blob'],
      'gx:accessAttributes': ['Read-Write', 'Append-Only'],
      'gx:storageConsistency': 'Strong',
      'gx:versioning': true,
    },
  },
  {
    slug: 'bleu-files',
    type: 'gx:FileStorageServiceOffering',
    family: 'azure',
    name: 'Bleu Files',
    description:
      'Partages de fichiers SMB et NFS entièrement managés pour remplacer les serveurs de fichiers, avec authentification Active Directory ou Entra ID Kerberos et instantanés de partage. — Fully managed SMB and NFS file shares to replace file servers, with Active Directory or Entra ID Kerberos authentication and share snapshots.',
    keywords: keywords(
      'azure',
      ['partage de fichiers', 'serveur de fichiers'],
      ['file shares', 'file server', 'SMB', 'NFS'],
    ),
    endpoint: { url: at('file.core'), standards: [standards.smb, standards.nfs, standards.arm] },
    exports: [api('application/octet-stream')],
    evidence: all3,
    regions: everywhere,
    claims: {
      // SMB 3 is the closest allowed gx:highLevelAccessProtocol value to CIFS; the shape has no SMB.
      'gx:storageConfiguration': {
        type: 'gx:FileStorageConfiguration',
        'gx:storageEncryption': platformAndCustomerKeys,
        'gx:highLevelAccessProtocol': ['CIFS', 'NFSv4'],
      },
      'gx:accessAttributes': ['Read-Write'],
      'gx:storageConsistency': 'Strong',
    },
  },
  {
    slug: 'bleu-kubernetes',
    type: 'gx:ServiceOffering',
    family: 'azure',
    name: 'Bleu Kubernetes Service',
    description:
      'Kubernetes managé (AKS) : plan de contrôle géré par Bleu, pools de nœuds sur les machines virtuelles Bleu, contrôle d’accès Entra ID, volumes persistants sur disques managés, mises à jour encadrées. — Managed Kubernetes (AKS): Bleu-managed control plane, node pools on Bleu virtual machines, Entra ID access control, persistent volumes on managed disks, controlled upgrades.',
    keywords: keywords(
      'azure',
      ['conteneurs', 'orchestration'],
      ['containers', 'Kubernetes', 'orchestration', 'CaaS'],
    ),
    endpoint: { url: at('management'), standards: [standards.kubernetes, standards.arm] },
    exports: [api('application/json')],
    evidence: all3,
    dependsOn: ['bleu-virtual-machines', 'bleu-managed-disks', 'bleu-entra-id'],
    regions: everywhere,
  },
  {
    slug: 'bleu-postgresql',
    type: 'gx:ServiceOffering',
    family: 'azure',
    name: 'Bleu Database for PostgreSQL',
    description:
      'PostgreSQL managé (serveur flexible) : haute disponibilité entre zones, sauvegardes automatiques jusqu’à 35 jours, restauration à un instant donné, chiffrement par clés gérées par le client. — Managed PostgreSQL (flexible server): zone-redundant high availability, automatic backups up to 35 days, point-in-time restore, customer-managed key encryption.',
    keywords: keywords(
      'azure',
      ['base de données', 'PostgreSQL managé'],
      ['database', 'managed PostgreSQL', 'DBaaS'],
    ),
    endpoint: { url: at('postgres.database'), standards: [standards.postgres, standards.arm] },
    exports: [api('application/sql')],
    evidence: all3,
    dependsOn: ['bleu-managed-disks', 'bleu-blob-storage'],
    regions: everywhere,
  },
  {
    slug: 'bleu-backup',
    type: 'gx:ServiceOffering',
    family: 'azure',
    name: 'Bleu Backup',
    description:
      'Sauvegarde managée des machines virtuelles, bases de données et partages de fichiers : coffres immuables, suppression réversible de 14 jours, restauration granulaire, copie vers France Sud. — Managed backup of virtual machines, databases and file shares: immutable vaults, 14-day soft delete, granular restore, copy to France Sud.',
    keywords: keywords(
      'azure',
      ['sauvegarde', 'restauration', 'reprise d’activité'],
      ['backup', 'restore', 'disaster recovery'],
    ),
    endpoint: { url: at('management'), standards: [standards.arm] },
    exports: [api('application/octet-stream')],
    evidence: all3,
    dependsOn: ['bleu-blob-storage'],
    regions: everywhere,
  },
  {
    slug: 'bleu-key-vault',
    type: 'gx:ServiceOffering',
    family: 'azure',
    name: 'Bleu Key Vault and Managed HSM',
    description:
      'Coffres de clés, secrets et certificats, et HSM managés validés FIPS 140 niveau 3 : clés gérées par le client (BYOK) pour le stockage, les bases de données et Microsoft 365 ; les clés HSM ne sortent jamais en clair ; chaque opération est journalisée. — Key, secret and certificate vaults and FIPS 140 Level 3 validated managed HSMs: customer-managed keys (BYOK) for storage, databases and Microsoft 365; HSM keys never leave in clear; every operation is logged.',
    keywords: keywords(
      'azure',
      ['gestion des clés', 'chiffrement', 'HSM'],
      ['key management', 'encryption', 'HSM', 'Key Vault'],
    ),
    endpoint: { url: at('vault'), standards: [standards.jwk, standards.arm] },
    exports: [api('application/pkcs12'), api('application/jwk-set+json')],
    evidence: noHealth,
    regions: everywhere,
    cryptographicSecurityStandards: ['RFC8446', 'FIPS186-5', 'RFC7515'],
  },
  {
    slug: 'bleu-monitor',
    type: 'gx:ServiceOffering',
    family: 'azure',
    name: 'Bleu Monitor',
    description:
      'Supervision : métriques, journaux (requêtes KQL), alertes et tableaux de bord ; journaux d’activité et de diagnostic conservés en France et exportables vers le SOC ou le SIEM du client. — Monitoring: metrics, logs (KQL queries), alerts and dashboards; activity and diagnostic logs kept in France and exportable to the customer’s SOC or SIEM.',
    keywords: keywords(
      'azure',
      ['supervision', 'journalisation', 'alertes'],
      ['monitoring', 'logging', 'alerting', 'observability'],
    ),
    endpoint: { url: at('management'), standards: [standards.monitor] },
    exports: [api('text/csv'), api('application/json')],
    evidence: noHealth,
    regions: everywhere,
  },
  {
    slug: 'bleu-ai-services',
    type: 'gx:ServiceOffering',
    family: 'azure',
    name: 'Bleu AI Services',
    description:
      'Services d’IA opérés en France : reconnaissance et synthèse vocale, traduction, extraction d’informations des documents, analyse de texte ; les données du client ne servent pas à entraîner les modèles. — AI services run in France: speech to text and text to speech, translation, document data extraction, text analytics; customer data is not used to train the models.',
    keywords: keywords(
      'azure',
      ['intelligence artificielle', 'traduction', 'reconnaissance vocale'],
      ['artificial intelligence', 'translation', 'speech recognition', 'document AI'],
    ),
    endpoint: { url: at('cognitiveservices'), standards: [standards.ai] },
    exports: [api('application/json')],
    evidence: noHealth,
    dependsOn: ['bleu-blob-storage', 'bleu-key-vault'],
    regions: ['france-centre'],
  },
  {
    slug: 'bleu-virtual-desktop',
    type: 'gx:ServiceOffering',
    family: 'azure',
    name: 'Bleu Virtual Desktop',
    description:
      'Postes de travail virtuels : bureaux et applications Windows 11 multisession accessibles depuis tout terminal, profils utilisateurs sur Bleu Files, accès conditionnel Entra ID. — Virtual desktops: Windows 11 multi-session desktops and apps reachable from any device, user profiles on Bleu Files, Entra ID conditional access.',
    keywords: keywords(
      'azure',
      ['poste de travail virtuel', 'télétravail'],
      ['virtual desktop', 'remote work', 'VDI'],
    ),
    endpoint: { url: at('rdweb'), standards: [standards.rdp, standards.arm] },
    exports: [api('application/octet-stream')],
    evidence: noHealth,
    dependsOn: ['bleu-virtual-machines', 'bleu-files', 'bleu-entra-id'],
    regions: everywhere,
  },
]

// @NOTE Fictional SIREN base (the check digit is computed) and illustrative address: this is seed
// data, not Bleu SAS's registry entry.
export const bleuProvider: ProviderSpec = {
  key: 'bleu',
  name: 'Bleu',
  description:
    'Bleu SAS, société de droit français détenue par Orange et Capgemini, fournit Microsoft 365 et Azure depuis une infrastructure dédiée en France, exploitée par ses équipes de Paris et Rennes, pour l’État, les administrations, les hôpitaux, les collectivités, les OIV et les OSE. — Bleu SAS, a French company owned by Orange and Capgemini, delivers Microsoft 365 and Azure from dedicated infrastructure in France, run by its teams in Paris and Rennes, for the French State, public agencies, hospitals, local authorities and operators of vital and essential services.',
  country: 'FR',
  headquarters: {
    countryCode: 'FR',
    countryName: 'France',
    region: 'FR10',
    locality: 'Paris',
    postalCode: '75015',
    street: '45 rue de Javel',
  },
  registrations: [{ kind: 'fr-siren', base: '93827461' }],
  evidence,
  legalDocuments: [
    {
      type: 'gx:CustomerDataProcessingTerms',
      path: '/legal/data-processing-agreement.pdf',
      governingLawCountries: ['FR'],
    },
    {
      type: 'gx:GovernmentInvestigationManagement',
      path: '/legal/government-requests-policy.pdf',
      governingLawCountries: ['FR'],
    },
  ],
  regions,
  offerings: [...m365, ...azure],
}
