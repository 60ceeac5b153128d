// The real Tagus (22.10) presentations in schemas/reference/gaia-x/tagus-2210/examples, through
// the same validation pipeline as a submission, offline: the claims must satisfy our Tagus shapes,
// and every JsonWebSignature2020 proof must be reported as unverifiable for want of its did:web
// document (gx-compliance fetched them; their hosts are not allow-listed here), never crash.
import { readdirSync, readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseConfig } from '../src/config.js'
import { type AppContext, createContext } from '../src/context.js'
import { createNodeIdentity } from '../src/credentials/did/identity.js'
import { generateKeyMaterial } from '../src/credentials/did/keys.js'
import { openDatabase } from '../src/entry/node-runtime.js'
import { createLogger } from '../src/logger.js'
import { validateDocument } from '../src/validation/pipeline.js'
import { gaiaXReference } from './helpers/reference.js'

const DIR = new URL('tagus-2210/examples/', gaiaXReference)
const NOW = new Date('2026-11-28T12:00:00Z')

type Credential = { proof?: { verificationMethod: string } }
type Example = { file: string; document: { verifiableCredential: Credential[] } }

const examples: Example[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((file) => ({ file, document: JSON.parse(readFileSync(new URL(file, DIR), 'utf8')) }))
const signed = examples.filter((e) => e.document.verifiableCredential.every((c) => c.proof))
const unsigned = examples.filter((e) => !signed.includes(e))

/**
 * What the unsigned examples (templates published next to the signed ones) genuinely break,
 * besides having no proof. Anything else is a bug of ours.
 */
const TEMPLATE_FINDINGS: Record<string, string[]> = {
  // "@id": "__id of the service offering exposing this data__" is a relative IRI: safe mode refuses
  'data-resource.json': ['credential-malformed'],
  // the same placeholders as plain strings where the shapes want participant IRIs (node-kind), and
  // `"@type": "vcard:Address"`: the Tagus context has no vcard prefix, so this is the IRI
  // `vcard:Address`, not the vCard class the shapes ask for (shape-class)
  'physical-resource.json': ['shape-class', 'shape-node-kind'],
  // "gx:hash": "" is not a SHA-256 digest (a business rule, not a shape)
  'so-tsandcs.json': ['terms-hash-invalid'],
  'software-resource.json': [],
  'virtual-resource.json': [],
}

// Real data, real mistakes: terms hashes that are empty, "bobby" or a 40-hex SHA-1 value.
// the wizard put an offering and its resources in one credential: the node takes one subject each
const SIGNED_DATA_FINDINGS = new Set(['terms-hash-invalid', 'credential-subjects-multiple'])

let ctx: AppContext
let close: () => void

beforeAll(async () => {
  const config = parseConfig({ GXC_LOG_LEVEL: 'silent', GXC_SEED: 'false' })
  const database = openDatabase(':memory:')
  close = database.close
  ctx = createContext(config, {
    store: database.store,
    identity: await createNodeIdentity(await generateKeyMaterial(), config.publicUrl),
    clock: () => NOW,
    logger: createLogger('test', 'silent'),
  })
})

afterAll(() => close())

describe('the real Tagus 22.10 examples', () => {
  it('are all here: five signed presentations and five unsigned templates', () => {
    expect(signed.map((e) => e.file)).toHaveLength(5)
    expect(unsigned.map((e) => e.file).sort()).toEqual(Object.keys(TEMPLATE_FINDINGS).sort())
  })

  it.each(signed)('$file conforms to the Tagus shapes', async ({ document }) => {
    const { report } = await validateDocument(ctx, document)
    expect(report.errors.filter((e) => e.code.startsWith('shape-'))).toEqual([])
    expect(report.credentials).toHaveLength(document.verifiableCredential.length)
  })

  it.each(signed)(
    '$file reports each did:web verification method as unresolvable offline',
    async ({ document }) => {
      const { report } = await validateDocument(ctx, document)
      const proofFindings = report.errors.filter((e) => !SIGNED_DATA_FINDINGS.has(e.code))
      expect(proofFindings.map((e) => [e.code, e.path])).toEqual(
        document.verifiableCredential.map((_, i) => [
          'verification-method-unresolvable',
          `/verifiableCredential/${i}/proof/verificationMethod`,
        ]),
      )
      for (const [i, credential] of document.verifiableCredential.entries()) {
        expect(proofFindings[i]!.message.en).toContain(credential.proof!.verificationMethod)
        expect(proofFindings[i]!.message.fr).toContain('GXC_FETCH_ALLOW')
      }
      expect(report.verified).toBe(false)
    },
  )

  it('reports the wizard’s offering-and-resources credential as stating several subjects', async () => {
    const { document } = signed.find((e) => e.file.startsWith('service-offering-and-ressources'))!
    const { report } = await validateDocument(ctx, document)
    expect(
      report.errors.filter((e) => e.code === 'credential-subjects-multiple').map((e) => e.path),
    ).toEqual(['/verifiableCredential/0/credentialSubject/1'])
  })

  it.each(unsigned)('$file (a template) is reported as unsigned', async ({ file, document }) => {
    const { report } = await validateDocument(ctx, document)
    const codes = [...new Set(report.errors.map((e) => e.code))].sort()
    expect(codes).toEqual(['proof-missing', ...TEMPLATE_FINDINGS[file]!].sort())
  })
})
