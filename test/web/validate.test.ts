import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Finding } from '../../src/errors.js'
import { lineOfPointer, prettyJson } from '../../src/web/json-lines.js'
import { didJwkSigner, vcJwt } from '../helpers/vc-jwt.js'
import { BROWSER_ACCEPT, PUBLIC_URL, seededNode, textOf, type SeededNode } from './seeded.js'

let node: SeededNode
let stored: Record<string, any>
const EXCHANGE = `${PUBLIC_URL}/offerings/bleu-exchange-online`

beforeAll(async () => {
  node = await seededNode()
  const row = await node.ctx.store.getOffering(EXCHANGE)
  stored = JSON.parse((await node.ctx.store.getCredential(row!.credentialHash))!.document)
}, 120_000)
afterAll(() => node.close())

/** The form as a browser posts it: multipart, the pasted text or a file. */
function submit(fields: { document?: string; file?: Blob }, path = '/valider') {
  const form = new FormData()
  form.set('document', fields.document ?? '')
  form.set('file', fields.file ?? new Blob([]), 'credential.json')
  return node.app.request(path, { method: 'POST', body: form, headers: { Accept: BROWSER_ACCEPT } })
}

async function apiReport(body: string, type = 'application/json') {
  const res = await node.app.request('/api/v1/validate', {
    method: 'POST',
    body,
    headers: { 'Content-Type': type },
  })
  expect(res.status).toBe(200)
  return (await res.json()) as { conforms: boolean; verified: boolean; errors: Finding[] }
}

/** Each finding of the API's report is on the page, next to the line its path points to. */
function expectFindingsAtLines(html: string, shown: unknown, errors: Finding[], lang: 'fr' | 'en') {
  const pretty = prettyJson(shown)
  expect(errors.length).toBeGreaterThan(0)
  for (const finding of errors) {
    const line = lineOfPointer(pretty, finding.path) + 1
    const at = html.indexOf(`id="l${line}"`)
    expect(at, `${finding.code} ${finding.path} → line ${line}`).toBeGreaterThan(0)
    const after = textOf(html.slice(at, at + 4000))
    expect(after).toContain(finding.message[lang].slice(0, 60))
    expect(html).toContain(`href="#l${line}"`)
  }
}

describe('GET /valider', () => {
  it('offers a form to paste or upload a document, that posts without JavaScript', async () => {
    const res = await node.app.request('/valider', { headers: { Accept: BROWSER_ACCEPT } })
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('<form method="post" action="/valider" enctype="multipart/form-data"')
    expect(html).toMatch(/<label for="document">/)
    expect(html).toMatch(/<textarea id="document" name="document"/)
    expect(html).toMatch(/<input type="file" id="file" name="file"/)
  })
})

describe('POST /valider', () => {
  it('reports a stored credential as POST /api/v1/validate does', async () => {
    const text = JSON.stringify(stored, null, 2)
    const expected = await apiReport(text)
    const res = await submit({ document: text })
    expect(res.status).toBe(200)
    const page = textOf(await res.text())
    expect(page).toContain(expected.verified ? 'Signatures vérifiées' : 'Signatures non vérifiées')
    expect(page).toContain(
      expected.conforms
        ? 'Conforme aux formes et aux règles'
        : 'Non conforme aux formes ou aux règles',
    )
    expect(page).toContain(`Constats (${expected.errors.length})`)
  })

  it('puts each finding next to the line it points to, in French or in English', async () => {
    const tampered = structuredClone(stored)
    tampered.credentialSubject['schema:name'] = 'Altered after signing'
    delete tampered.credentialSubject['gx:providedBy']
    const text = JSON.stringify(tampered)
    const expected = await apiReport(text)
    expect(expected.verified).toBe(false)
    const fr = await submit({ document: text })
    expect(fr.status).toBe(200)
    expectFindingsAtLines(await fr.text(), tampered, expected.errors, 'fr')
    const en = await submit({ document: text }, '/valider?lang=en')
    const html = await en.text()
    expect(html).toContain('<html lang="en">')
    expectFindingsAtLines(html, tampered, expected.errors, 'en')
  })

  it('reads an uploaded file as the pasted text', async () => {
    const tampered = { ...structuredClone(stored), validUntil: '2020-01-01T00:00:00Z' }
    const text = JSON.stringify(tampered)
    const expected = await apiReport(text)
    const res = await submit({ file: new Blob([text], { type: 'application/json' }) })
    expect(res.status).toBe(200)
    expectFindingsAtLines(await res.text(), tampered, expected.errors, 'fr')
  })

  it('checks a VC-JWT, its findings pointing into its decoded payload', async () => {
    const signer = await didJwkSigner('ES256')
    const { proof: _proof, ...claims } = structuredClone(stored)
    const payload = { ...claims, issuer: signer.did }
    const jwt = await vcJwt(signer, payload)
    const expected = await apiReport(jwt, 'application/vc+jwt')
    const res = await submit({ document: jwt })
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(textOf(html)).toContain('Charge utile décodée du JWT, ligne par ligne')
    expect(textOf(html)).toContain(`Constats (${expected.errors.length})`)
    if (expected.errors.length > 0) expectFindingsAtLines(html, payload, expected.errors, 'fr')
  })

  it('refuses, with a 400 that says why, nothing, text that is not JSON, bytes that are not UTF-8, a document past the limits', async () => {
    const cases: [Parameters<typeof submit>[0], string][] = [
      [{ document: '   ' }, 'Collez un document ou choisissez un fichier.'],
      [{ document: '{"a": ' }, 'Ce n’est ni un JSON bien formé ni un JWT compact.'],
      [{ document: '[1, 2]' }, 'Le document doit être un objet JSON'],
      [
        { file: new Blob([new Uint8Array([0x7b, 0xc0, 0xaf, 0x7d])]) },
        'Le fichier n’est pas de l’UTF-8 valide.',
      ],
      [{ document: `${'{"a":'.repeat(200)}1${'}'.repeat(200)}` }, 'Le document dépasse ici'],
      [
        { document: '{"@context": "x", "name": "\\ud800"}' },
        'Ce texte n’est pas de l’Unicode valide',
      ],
    ]
    for (const [fields, message] of cases) {
      const res = await submit(fields)
      expect(res.status, message).toBe(400)
      expect(textOf(await res.text())).toContain(message)
    }
  })
})

describe('POST /valider under a budget', () => {
  it('is metered with /api/v1/validate: past the budget, a 429 page that says when to come back', async () => {
    const metered = await seededNode({ GXC_RATE_LIMIT: 'validate=2/60s' })
    try {
      const post = (path: string) =>
        metered.app.request(path, {
          method: 'POST',
          body: new FormData(),
          headers: { Accept: BROWSER_ACCEPT },
        })
      expect((await post('/valider')).status).toBe(400)
      expect((await post('/api/v1/validate')).status).toBe(415)
      const refused = await post('/validate')
      expect(refused.status).toBe(429)
      expect(refused.headers.get('Retry-After')).toMatch(/^\d+$/)
      expect(refused.headers.get('Content-Type')).toMatch(/^text\/html/)
      expect(textOf(await refused.text())).toContain('Trop de demandes en peu de temps')
    } finally {
      metered.close()
    }
  }, 120_000)
})
