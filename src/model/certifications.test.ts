import { describe, expect, it } from 'vitest'
import { createDocumentLoader } from '../credentials/document-loader.js'
import { expandCredential } from '../credentials/expand.js'
import { certificationClaims, grantedCertifications } from './certifications.js'
import { VC, nodes, values, type ExpandedNode } from './expanded.js'

const loader = createDocumentLoader()
const BASE = 'https://provider.example.eu/legal'

type Measure = { description: string; file: string }

function document(file: string) {
  return {
    type: 'gx:ComplianceAssurance',
    'gx:url': `${BASE}/${file}`,
    'gx:mimeTypes': ['application/pdf'],
    'gx:governingLawCountries': ['FR'],
  }
}

/** The expanded credential subject of an offering stating these measures and documents. */
async function subject(
  measures: Measure[],
  legalDocuments: Record<string, unknown>[] = [],
): Promise<ExpandedNode> {
  const credential = {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://w3id.org/gaia-x/2511#'],
    type: ['VerifiableCredential', 'gx:ServiceOffering'],
    issuer: 'did:web:provider.example.eu',
    credentialSubject: {
      id: 'https://provider.example.eu/offerings/cloud',
      type: 'gx:ServiceOffering',
      'gx:requiredMeasures': measures.map((m) => ({
        type: 'gx:Measure',
        'schema:description': m.description,
        'gx:legalDocuments': [document(m.file)],
      })),
      'gx:legalDocuments': legalDocuments,
    },
  }
  const [expanded] = await expandCredential(credential, loader)
  return nodes(values(expanded as ExpandedNode, `${VC}credentialSubject`))[0]!
}

describe('certificationClaims', () => {
  it('reads a granted claim from a measure, with its document as evidence', async () => {
    const claims = certificationClaims(
      await subject([
        { description: 'ISO/IEC 27001 certified; certificate attached.', file: 'iso.pdf' },
      ]),
    )
    expect(claims).toEqual([{ scheme: 'ISO27001', status: 'claimed', evidence: `${BASE}/iso.pdf` }])
  })

  it.each([
    'ANSSI SecNumCloud 3.2 : qualification en cours, jalon J0 franchi.',
    'Qualification SecNumCloud non encore délivrée.',
    'SecNumCloud : qualification pas encore obtenue.',
    'SecNumCloud : décision de qualification en attente.',
    'SecNumCloud 3.2 qualification in progress, not yet granted.',
    'SecNumCloud qualification pending.',
    'SecNumCloud: not yet issued by ANSSI.',
    'SecNumCloud candidate, audit under way.',
  ])('reads "%s" as a qualification in progress', async (description) => {
    const claims = certificationClaims(await subject([{ description, file: 'snc.pdf' }]))
    expect(claims).toEqual([
      { scheme: 'SecNumCloud', status: 'in-progress', evidence: `${BASE}/snc.pdf` },
    ])
    expect(grantedCertifications(await subject([{ description, file: 'snc.pdf' }]))).toEqual([])
  })

  it('reads the bilingual wording of the seed as in progress', async () => {
    const description =
      'ANSSI SecNumCloud 3.2 : qualification en cours, non encore délivrée. — ANSSI SecNumCloud 3.2: qualification in progress, not yet granted.'
    const [claim] = certificationClaims(await subject([{ description, file: 'snc.pdf' }]))
    expect(claim).toMatchObject({ scheme: 'SecNumCloud', status: 'in-progress' })
  })

  it.each([
    'Certificat ISO/IEC 27001 en cours de validité, audits de surveillance annuels.',
    'ISO/IEC 27001 certified, with ongoing surveillance audits.',
  ])('reads "%s" as granted', async (description) => {
    const [claim] = certificationClaims(await subject([{ description, file: 'iso.pdf' }]))
    expect(claim).toMatchObject({ scheme: 'ISO27001', status: 'claimed' })
  })

  it('reads a qualification stated as granted as claimed', async () => {
    const claims = certificationClaims(
      await subject([
        { description: 'Qualification SecNumCloud 3.2 délivrée par l’ANSSI.', file: 'snc.pdf' },
      ]),
    )
    expect(claims).toEqual([
      { scheme: 'SecNumCloud', status: 'claimed', evidence: `${BASE}/snc.pdf` },
    ])
  })

  it.each([
    [
      'after',
      [
        { description: 'SecNumCloud qualification in progress.', file: 'snc-status.pdf' },
        { description: 'SecNumCloud qualification granted by ANSSI.', file: 'snc.pdf' },
      ],
    ],
    [
      'before',
      [
        { description: 'SecNumCloud qualification granted by ANSSI.', file: 'snc.pdf' },
        { description: 'SecNumCloud qualification in progress.', file: 'snc-status.pdf' },
      ],
    ],
  ])(
    'lets a granted claim stated %s an in-progress one for the same scheme win',
    async (_order, measures) => {
      expect(certificationClaims(await subject(measures))).toEqual([
        { scheme: 'SecNumCloud', status: 'claimed', evidence: `${BASE}/snc.pdf` },
      ])
    },
  )

  it('keeps one claim per scheme, each with its own status', async () => {
    const claims = certificationClaims(
      await subject([
        { description: 'ISO/IEC 27001 certified.', file: 'iso.pdf' },
        { description: 'SecNumCloud qualification en cours.', file: 'snc.pdf' },
      ]),
    )
    expect(claims).toEqual([
      { scheme: 'ISO27001', status: 'claimed', evidence: `${BASE}/iso.pdf` },
      { scheme: 'SecNumCloud', status: 'in-progress', evidence: `${BASE}/snc.pdf` },
    ])
    expect(grantedCertifications(await subject([]))).toEqual([])
  })

  it('adds no claim for a legal document that is also a measure’s evidence', async () => {
    // read alone, the bare document would be a granted SecNumCloud claim (its URL names it)
    const claims = certificationClaims(
      await subject(
        [{ description: 'SecNumCloud : qualification en cours.', file: 'secnumcloud.pdf' }],
        [document('secnumcloud.pdf')],
      ),
    )
    expect(claims).toEqual([
      { scheme: 'SecNumCloud', status: 'in-progress', evidence: `${BASE}/secnumcloud.pdf` },
    ])
  })

  it('reads a claim from a legal document no measure covers', async () => {
    const claims = certificationClaims(await subject([], [document('iso-27001-certificate.pdf')]))
    expect(claims).toEqual([
      { scheme: 'ISO27001', status: 'claimed', evidence: `${BASE}/iso-27001-certificate.pdf` },
    ])
  })

  it('recognises a scheme named only in the evidence URL', async () => {
    const claims = certificationClaims(
      await subject([{ description: 'Certificate in the attached document.', file: 'hds.pdf' }]),
    )
    expect(claims).toEqual([{ scheme: 'HDS', status: 'claimed', evidence: `${BASE}/hds.pdf` }])
  })

  it('never reads "in progress" from the evidence URL alone', async () => {
    const claims = certificationClaims(
      await subject([
        { description: 'SecNumCloud qualification granted.', file: 'pending/snc.pdf' },
      ]),
    )
    expect(claims).toEqual([expect.objectContaining({ status: 'claimed' })])
  })

  it('claims nothing where no recognised scheme is named', async () => {
    const claims = certificationClaims(
      await subject(
        [{ description: 'Encryption at rest with customer-managed keys.', file: 'kms.pdf' }],
        [document('terms.pdf')],
      ),
    )
    expect(claims).toEqual([])
  })
})
