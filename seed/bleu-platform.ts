// What Bleu's offerings share: endpoint standards, certification evidence, French regions and the
// Loire building blocks (VM images, server flavours, encryption) the offering tables reuse.
import type { EvidenceSpec, ExportSpec, RegionSpec, StandardSpec } from './catalogue-types.js'

// @NOTE Bleu's production endpoints are not published here: every service URL uses this reserved
// placeholder domain so that nobody mistakes seed data for a real login page.
export const bleuServiceDomain = 'bleu.example'
export const at = (host: string) => `https://${host}.${bleuServiceDomain}`

export const standards = {
  graph: {
    title: 'Microsoft Graph REST API v1.0',
    reference: 'https://learn.microsoft.com/en-us/graph/api/overview?view=graph-rest-1.0',
    publisher: 'Microsoft',
  },
  arm: {
    title: 'Azure Resource Manager REST API',
    reference: 'https://learn.microsoft.com/en-us/rest/api/resources/',
    publisher: 'Microsoft',
  },
  smtp: {
    title: 'SMTP (RFC 5321)',
    reference: 'https://www.rfc-editor.org/rfc/rfc5321',
    publisher: 'IETF',
  },
  imap: {
    title: 'IMAP4rev1 (RFC 3501)',
    reference: 'https://www.rfc-editor.org/rfc/rfc3501',
    publisher: 'IETF',
  },
  webrtc: { title: 'WebRTC 1.0', reference: 'https://www.w3.org/TR/webrtc/', publisher: 'W3C' },
  ooxml: {
    title: 'Office Open XML (ECMA-376)',
    reference: 'https://ecma-international.org/publications-and-standards/standards/ecma-376/',
    publisher: 'Ecma International',
  },
  odf: {
    title: 'OpenDocument Format 1.3',
    reference: 'https://docs.oasis-open.org/office/OpenDocument/v1.3/',
    publisher: 'OASIS',
  },
  oidc: {
    title: 'OpenID Connect Core 1.0',
    reference: 'https://openid.net/specs/openid-connect-core-1_0.html',
    publisher: 'OpenID Foundation',
  },
  saml: {
    title: 'SAML 2.0',
    reference: 'https://docs.oasis-open.org/security/saml/v2.0/',
    publisher: 'OASIS',
  },
  scim: {
    title: 'SCIM 2.0 (RFC 7644)',
    reference: 'https://www.rfc-editor.org/rfc/rfc7644',
    publisher: 'IETF',
  },
  blob: {
    title: 'Azure Blob Storage REST API',
    reference: 'https://learn.microsoft.com/en-us/rest/api/storageservices/blob-service-rest-api',
    publisher: 'Microsoft',
  },
  smb: {
    title: 'SMB 3.1.1 ([MS-SMB2])',
    reference: 'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-smb2/',
    publisher: 'Microsoft',
  },
  nfs: {
    title: 'NFS 4.1 (RFC 8881)',
    reference: 'https://www.rfc-editor.org/rfc/rfc8881',
    publisher: 'IETF',
  },
  kubernetes: {
    title: 'Kubernetes API',
    reference: 'https://kubernetes.io/docs/reference/kubernetes-api/',
    publisher: 'Cloud Native Computing Foundation',
  },
  postgres: {
    title: 'PostgreSQL frontend/backend protocol 3.0',
    reference: 'https://www.postgresql.org/docs/current/protocol.html',
    publisher: 'PostgreSQL Global Development Group',
  },
  jwk: {
    title: 'JSON Web Key (RFC 7517)',
    reference: 'https://www.rfc-editor.org/rfc/rfc7517',
    publisher: 'IETF',
  },
  monitor: {
    title: 'Azure Monitor REST API',
    reference: 'https://learn.microsoft.com/en-us/rest/api/monitor/',
    publisher: 'Microsoft',
  },
  ai: {
    title: 'Azure AI services REST APIs',
    reference: 'https://learn.microsoft.com/en-us/azure/ai-services/',
    publisher: 'Microsoft',
  },
  rdp: {
    title: 'Remote Desktop Protocol ([MS-RDPBCGR])',
    reference: 'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-rdpbcgr/',
    publisher: 'Microsoft',
  },
} satisfies Record<string, StandardSpec>

export const api = (formatType: string): ExportSpec => ({
  requestType: 'API',
  accessType: 'digital',
  formatType,
})

export function keywords(family: 'microsoft-365' | 'azure', fr: string[], en: string[]) {
  return {
    fr: [...fr, 'souverain', 'cloud de confiance', 'données en France'],
    en: [...en, 'sovereign', 'trusted cloud', family === 'azure' ? 'Azure' : 'Microsoft 365'],
  }
}

// @NOTE SecNumCloud is stated as it stands publicly (J0 reached in April 2025, final decision is
// J3). The HDS and ISO/IEC 27001 statements must be checked against Bleu's certificates before
// this seed is used outside development.
export const evidence: Record<string, EvidenceSpec> = {
  secnumcloud: {
    description:
      'ANSSI SecNumCloud 3.2 : qualification en cours, non encore délivrée ; jalon J0 (recevabilité du dossier) franchi le 17 avril 2025, qualification visée en 2026. — ANSSI SecNumCloud 3.2: qualification in progress, not yet granted; milestone J0 (application accepted by ANSSI) reached on 17 April 2025, qualification targeted for 2026.',
    document: {
      type: 'gx:ComplianceAssurance',
      path: '/evidence/secnumcloud-qualification-status.pdf',
      governingLawCountries: ['FR'],
    },
  },
  hds: {
    description:
      'Certification Hébergeur de Données de Santé (HDS, article L.1111-8 du code de la santé publique) pour l’hébergement d’infrastructure et l’infogérance ; certificat et périmètre dans le document joint. — French Health Data Hosting (HDS) certification for infrastructure hosting and managed operations; certificate and scope in the attached document.',
    document: {
      type: 'gx:ComplianceAssurance',
      path: '/evidence/hds-certificate.pdf',
      governingLawCountries: ['FR'],
    },
  },
  iso27001: {
    description:
      'ISO/IEC 27001 : système de management de la sécurité de l’information certifié ; certificat et déclaration d’applicabilité dans le document joint. — ISO/IEC 27001 certified information security management system; certificate and statement of applicability in the attached document.',
    document: {
      type: 'gx:ComplianceAssurance',
      path: '/evidence/iso-27001-certificate.pdf',
      governingLawCountries: ['FR'],
    },
  },
}

const franceCentre = { countryCode: 'FR', countryName: 'France', region: 'FR10' }
const franceSud = { countryCode: 'FR', countryName: 'France', region: 'FRL0' }
const withheld =
  'Adresse non publiée pour des raisons de sécurité. — Street address withheld for security reasons.'
export const regions: RegionSpec[] = [
  {
    slug: 'france-centre',
    name: 'France Centre (Paris)',
    description:
      'Région principale de Bleu en Île-de-France : trois sites indépendants, une zone de disponibilité chacun. — Bleu’s primary region in Île-de-France: three independent sites, one availability zone each.',
    address: { ...franceCentre, locality: 'Paris' },
    datacenters: [1, 2, 3].map((n) => ({
      slug: `france-centre-${n}`,
      name: `France Centre — site ${n}`,
      description: `Centre de données ${n} de la région France Centre, exploité par Bleu. ${withheld}`,
      address: franceCentre,
      zones: [
        { slug: `france-centre-${n}`, name: `France Centre — zone ${n}`, address: franceCentre },
      ],
    })),
  },
  {
    slug: 'france-sud',
    name: 'France Sud (Marseille)',
    description:
      'Région secondaire de Bleu en Provence-Alpes-Côte d’Azur, pour la reprise d’activité et la géo-redondance en France. — Bleu’s secondary region in Provence-Alpes-Côte d’Azur, for disaster recovery and in-country geo-redundancy.',
    address: { ...franceSud, locality: 'Marseille' },
    datacenters: [
      {
        slug: 'france-sud-1',
        name: 'France Sud — site 1',
        description: `Centre de données de la région France Sud, exploité par Bleu. ${withheld}`,
        address: franceSud,
        zones: [{ slug: 'france-sud-1', name: 'France Sud — zone 1', address: franceSud }],
      },
    ],
  },
]
export const everywhere = ['france-centre', 'france-sud']

// Loire sizes are QUDT quantities; the project context maps qudt: and types quantityValue xsd:float.
export function memorySize(value: number, unit: 'GiB' | 'TiB') {
  return { type: 'gx:MemorySize', 'qudt:quantityValue': value, 'qudt:applicableUnit': unit }
}
export function flavor(
  name: string,
  vCPUs: number,
  ramGiB: number,
  vendor: string,
  generation: string,
) {
  return {
    type: 'gx:ServerFlavor',
    'schema:name': name,
    'gx:cpu': {
      type: 'gx:CpuCapabilities',
      'gx:vCPUs': vCPUs,
      'gx:pCPU': {
        type: 'gx:CPU',
        'gx:cpuArchitecture': 'x86-64',
        'gx:vendor': vendor,
        'gx:generation': generation,
      },
    },
    'gx:memory': {
      type: 'gx:MemoryCapabilities',
      'gx:memory': { type: 'gx:Memory', 'gx:memorySize': memorySize(ramGiB, 'GiB') },
    },
    'gx:bootVolume': {
      type: 'gx:Disk',
      'gx:diskSize': memorySize(128, 'GiB'),
      'gx:diskType': 'shared network storage',
    },
  }
}
export function vmImage(
  name: string,
  version: string,
  license: string,
  owner: string,
  licenseIncluded: boolean,
) {
  return {
    type: 'gx:VMImage',
    'schema:name': name,
    'gx:version': version,
    // gx:license is an SPDX id or an xsd:anyURI literal (sh:or), so the context cannot type it:
    // a URL must say its datatype itself or it fails both branches as a plain xsd:string.
    'gx:license': [{ '@value': license, '@type': 'xsd:anyURI' }],
    'gx:copyrightOwnedBy': [owner],
    'gx:resourcePolicy': ['default: allow'],
    'gx:licenseIncluded': licenseIncluded,
    'gx:vmImageDiskFormat': 'VHD',
    'gx:hypervisorType': 'Hyper-V',
    'gx:firmwareType': 'UEFI',
    'gx:secureBoot': true,
  }
}
export const platformAndCustomerKeys = [
  { type: 'gx:Encryption', 'gx:keyManagement': 'managed', 'gx:cipher': 'AES' },
  { type: 'gx:Encryption', 'gx:keyManagement': 'BYOK', 'gx:cipher': 'AES' },
]
