import { readdirSync, readFileSync } from 'node:fs'
import jsonld from 'jsonld'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  bleuCatalogue,
  partnerCatalogue,
  partnerProfiles,
  type ParticipantBundle,
} from '../../seed/catalogue-data.js'
import {
  offeringCredential,
  offeringCredentialV1,
  participantCredentials,
  partnerOffering,
} from '../../test/helpers/credentials.js'
import { gaiaXReference } from '../../test/helpers/reference.js'
import {
  ED25519_2020_CONTEXT,
  GAIA_X_DEVELOPMENT_CONTEXT,
  GAIA_X_LOIRE_CONTEXT,
  pinnedContexts,
  VC_V1_CONTEXT,
  VC_V2_CONTEXT,
} from './contexts.js'
import { createDocumentLoader, type DocumentLoader } from './document-loader.js'
import { expandCredential, tryExpandFast } from './expand.js'
import { didKeyOf, generateKeyMaterial, signingKey } from './did/keys.js'
import { signCredential } from './data-integrity/sign.js'

type Json = Record<string, any>

const loader = createDocumentLoader()
const JWS_2020_CONTEXT = 'https://w3id.org/security/suites/jws-2020/v1'

type Outcome =
  { ok: unknown; text: string } | { error: { name: unknown; message: unknown; code: unknown } }

/** The result as a structure (readable diffs) and as JSON text (key order, nothing undefined). */
function ok(value: unknown): Outcome {
  const text = JSON.stringify(value)
  return { ok: JSON.parse(text), text }
}

async function outcome(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    return ok(await run())
  } catch (e) {
    const error = e as { name?: unknown; message?: unknown; details?: Json }
    const code = [error.details?.code, error.details?.event?.code].join(' ')
    return { error: { name: error.name, message: error.message, code } }
  }
}

const reference = (doc: Json, load: DocumentLoader = loader) =>
  outcome(() => jsonld.expand(doc, { documentLoader: load, safe: true }))

type Tally = { fast: number; fallback: number; errors: number }

/** Asserts that expandCredential equals jsonld.expand on `doc`; reports whether it went fast. */
async function assertEquivalent(doc: Json, tally?: Tally, load: DocumentLoader = loader) {
  const before = JSON.stringify(doc)
  const expected = await reference(doc, load)
  expect(await outcome(() => expandCredential(doc, load))).toStrictEqual(expected)
  const fast = await tryExpandFast(doc, load)
  // the fast path never answers where jsonld throws, and answers exactly as jsonld does
  if (fast !== undefined) expect(ok(fast)).toStrictEqual(expected)
  expect(JSON.stringify(doc)).toBe(before)
  if (tally) {
    if (fast !== undefined) tally.fast++
    else tally.fallback++
    if ('error' in expected) tally.errors++
  }
  return fast !== undefined
}

const validity = { validFrom: '2026-01-01T00:00:00Z', validUntil: '2027-01-01T00:00:00Z' }
const bleu = bleuCatalogue(
  { did: 'did:web:catalogue.bleu.example', baseUrl: 'https://catalogue.bleu.example' },
  validity,
)
const partners = partnerProfiles.map((p) =>
  partnerCatalogue(
    p.key,
    {
      did: `did:web:catalogue.bleu.example:partners:${p.key}`,
      baseUrl: `https://catalogue.bleu.example/partners/${p.key}`,
    },
    validity,
    { bleuOfferingIds: bleu.offeringIds },
  ),
)
const credentialsOf = (b: ParticipantBundle): Json[] => [
  b.participant,
  ...b.registrationNumbers,
  b.issuer,
  ...b.resources,
  ...b.offerings,
]
const seed: Json[] = [bleu, ...partners].flatMap(credentialsOf)

/** The same claims as a VC 1.1 credential (Ed25519Signature2020 era). */
function asV1(credential: Json): Json {
  const { validFrom, validUntil, ...rest } = structuredClone(credential)
  return {
    ...rest,
    '@context': [VC_V1_CONTEXT, ED25519_2020_CONTEXT, ...rest['@context'].slice(1)],
    issuanceDate: validFrom,
    expirationDate: validUntil,
  }
}

function withContext(credential: Json, from: string, to: string): Json {
  const copy = structuredClone(credential)
  copy['@context'] = copy['@context'].map((c: unknown) => (c === from ? to : c))
  return copy
}

function readJson(dir: URL, extension: string): { name: string; doc: Json }[] {
  const files = readdirSync(dir).filter((f) => f.endsWith(extension))
  expect(files.length).toBeGreaterThan(0)
  return files
    .sort()
    .map((name) => ({ name, doc: JSON.parse(readFileSync(new URL(name, dir), 'utf8')) }))
}

/**
 * A Tagus example reduced to its claims: without the JsonWebSignature2020 context and the proofs
 * it describes. data-resource.json links to placeholders that are relative IRIs.
 */
function tagusPinned(doc: Json): Json {
  const text = JSON.stringify(doc).replace(/"__id of [^"]*__"/g, (_, i) => `"urn:example:${i}"`)
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.filter((v) => v !== JWS_2020_CONTEXT).map(strip)
    if (typeof value !== 'object' || value === null) return value
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'proof')
        .map(([key, child]) => [key, strip(child)]),
    )
  }
  return strip(JSON.parse(text)) as Json
}

/** A presentation, its credentials one by one (as the pipeline expands them), each without proof. */
function withParts(doc: Json): Json[] {
  const held = doc.verifiableCredential
  const parts: Json[] = held === undefined ? [] : Array.isArray(held) ? held : [held]
  return [doc, ...parts, ...[doc, ...parts].map(withoutProof)]
}

function withoutProof(doc: Json): Json {
  const { proof: _proof, ...claims } = doc
  return claims
}

// each case runs jsonld.expand at least once, at ~1,000/s on a quiet machine
describe('expandCredential', { timeout: 120_000 }, () => {
  const signed: Json[] = []

  beforeAll(async () => {
    const material = await generateKeyMaterial()
    const keys = new Map<string, Awaited<ReturnType<typeof signingKey>>>()
    const keyFor = async (did: string) => {
      if (!keys.has(did)) keys.set(did, await signingKey(material, did))
      return keys.get(did)!
    }
    const date = new Date('2026-01-01T00:00:00Z')
    for (const credential of seed) {
      const key = await keyFor(credential.issuer)
      signed.push(await signCredential(credential, { key, loader, date }))
      const v1 = asV1(credential)
      signed.push(await signCredential(v1, { key, loader, date, format: 'Ed25519Signature2020' }))
    }
  }, 120_000)

  it('expands every seed credential like jsonld, on the fast path', async () => {
    expect(seed.length).toBeGreaterThan(50)
    for (const credential of seed) expect(await assertEquivalent(credential)).toBe(true)
  })

  it('expands the signed seed credentials like jsonld, with and without their proof', async () => {
    expect(signed.length).toBe(2 * seed.length)
    for (const credential of signed) {
      expect(await assertEquivalent(credential)).toBe(true)
      expect(await assertEquivalent(withoutProof(credential))).toBe(true)
    }
  })

  it('expands the VC 1.1, development and Tagus-context variants like jsonld', async () => {
    const tagus = [...pinnedContexts.keys()].find((url) => url.includes('trustframework#'))!
    for (const credential of seed) {
      expect(await assertEquivalent(asV1(credential))).toBe(true)
      const development = withContext(credential, GAIA_X_LOIRE_CONTEXT, GAIA_X_DEVELOPMENT_CONTEXT)
      expect(await assertEquivalent(development)).toBe(true)
      // gx: terms without the Loire coercions; some seed terms need them, so either may throw
      await assertEquivalent(withContext(credential, GAIA_X_LOIRE_CONTEXT, tagus))
    }
  })

  it("expands the test helpers' credentials like jsonld", async () => {
    const did = didKeyOf('z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK')
    const docs: Json[] = [
      offeringCredential(did),
      offeringCredentialV1(did),
      ...participantCredentials(did),
      partnerOffering(did, 'analytics', { subject: { 'gx:keyword': ['a', 'b'] } }),
      partnerOffering(did, 'storage', { credential: { validUntil: '2028-01-01T00:00:00Z' } }),
    ]
    for (const doc of docs) expect(await assertEquivalent(doc)).toBe(true)
  })

  it('expands the Gaia-X Loire and Tagus examples and the fixtures like jsonld', async () => {
    const loire = readJson(new URL('loire-2511/examples/', gaiaXReference), '.jsonld')
    const fixtures = ['valid', 'invalid'].flatMap((dir) =>
      readJson(new URL(`../../test/fixtures/credentials/${dir}/`, import.meta.url), '.json'),
    )
    for (const { doc } of [...loire, ...fixtures]) {
      for (const part of withParts(doc)) expect(await assertEquivalent(part)).toBe(true)
    }
    const tagus = readJson(new URL('tagus-2210/examples/', gaiaXReference), '.json')
    for (const { doc } of tagus) {
      // as signed (JsonWebSignature2020 context pinned): like jsonld, by either path
      for (const part of withParts(doc)) await assertEquivalent(part)
      for (const part of withParts(tagusPinned(doc)))
        expect(await assertEquivalent(part)).toBe(true)
    }
  })

  it('leaves contexts its loader does not serve as static to jsonld, with the same result', async () => {
    const custom = 'https://contexts.example/custom/v1'
    const contexts = new Map([
      ...pinnedContexts,
      [custom, { '@context': { ex: 'https://ex.example/', label: 'ex:label' } }],
    ])
    const customLoader = createDocumentLoader({ contexts })
    const doc = offeringCredential('did:web:p.example')
    doc['@context'] = [...doc['@context'], custom]
    ;(doc.credentialSubject as Json).label = 'étiquette'
    expect(await assertEquivalent(doc, undefined, customLoader)).toBe(false)

    const restricted = createDocumentLoader({
      contexts: new Map([[VC_V2_CONTEXT, pinnedContexts.get(VC_V2_CONTEXT)!]]),
    })
    await assertEquivalent(offeringCredential('did:web:p.example'), undefined, restricted)
  })

  it('handles each edge value like jsonld wherever it appears', async () => {
    const tally: Tally = { fast: 0, fallback: 0, errors: 0 }
    const base = seed.find((c) => c.credentialSubject['gx:serviceOfferingTermsAndConditions'])!
    const places: ((doc: Json) => Json)[] = [
      (doc) => doc,
      (doc) => doc.credentialSubject,
      (doc) => doc.credentialSubject['gx:serviceOfferingTermsAndConditions'],
    ]
    for (const value of VALUES) {
      for (const place of places) {
        for (const key of ['schema:name', 'gx:means', 'gx:providedBy', 'gx:url', 'unknownTerm']) {
          const doc = structuredClone(base)
          place(doc)[key] = structuredClone(value)
          await assertEquivalent(doc, tally)
        }
        if (isContextual(value) || (typeof value === 'object' && value !== null)) {
          const doc = structuredClone(base)
          Object.assign(place(doc), structuredClone(value))
          await assertEquivalent(doc, tally)
        }
      }
    }
    expect(tally.fast).toBeGreaterThan(200)
    expect(tally.errors).toBeGreaterThan(200)
  })

  it('handles property-scoped contexts and top-level edge cases like jsonld', async () => {
    const scoped = {
      ex: {
        '@id': 'https://ex.example/p',
        '@context': { 'schema:name': { '@id': 'schema:name', '@type': 'xsd:token' } },
      },
    }
    const docs: Json[] = [
      // the property-scoped context applies again after the VerifiableCredential scope reverts
      {
        ...structuredClone(seed[0]!),
        '@context': [...seed[0]!['@context'], scoped],
        ex: { 'schema:name': 'n' },
      },
      { '@context': seed[0]!['@context'] },
      { '@context': seed[0]!['@context'], id: 'https://only.example/id' },
      { '@context': seed[0]!['@context'], type: 'VerifiableCredential' },
      {},
      { '@context': [], id: 'https://x.example/' },
      { '@context': seed[0]!['@context'], '@graph': [seed[1]] },
      {
        '@context': seed[0]!['@context'],
        type: 'VerifiablePresentation',
        verifiableCredential: [withoutProof(signed[0]!), withoutProof(signed[2]!)],
      },
      {
        '@context': seed[0]!['@context'],
        type: 'VerifiablePresentation',
        verifiableCredential: ['did:web:x.example', {}],
      },
      { ...structuredClone(seed[0]!), proof: [{ id: 'https://p.example/' }] },
      { ...structuredClone(seed[0]!), proof: [] },
    ]
    for (const doc of docs) await assertEquivalent(doc)
    expect(await assertEquivalent(docs[0]!)).toBe(true)
  })

  it('fails or falls back exactly like jsonld on 400 random mutations', async () => {
    const random = mulberry32(0x5eed)
    const bases = [...seed, ...signed.slice(0, 20), ...seed.slice(0, 10).map(asV1)]
    const tally: Tally = { fast: 0, fallback: 0, errors: 0 }
    for (let i = 0; i < 400; i++) {
      const doc = structuredClone(bases[Math.floor(random() * bases.length)]!)
      const steps = 1 + Math.floor(random() * 3)
      for (let s = 0; s < steps; s++) mutate(doc, random)
      await assertEquivalent(doc, tally)
    }
    // both paths, and both outcomes, are exercised
    expect(tally.fast).toBeGreaterThan(100)
    expect(tally.fallback).toBeGreaterThan(50)
    expect(tally.errors).toBeGreaterThan(50)
  })
})

// ---- mutations ----

type Random = () => number

function mulberry32(seed: number): Random {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]!

/** Every object in the document except the contexts. */
function nodesOf(value: unknown, out: Json[] = []): Json[] {
  if (Array.isArray(value)) for (const item of value) nodesOf(item, out)
  else if (typeof value === 'object' && value !== null) {
    out.push(value as Json)
    for (const [key, child] of Object.entries(value)) if (key !== '@context') nodesOf(child, out)
  }
  return out
}

const SCOPED_NODES: Json[] = [
  {
    type: 'gx:CustomerInstructions',
    'gx:means': 'https://support.example/portal',
    'gx:terms': 'x',
  },
  { type: 'gx:CustomerInstructions', 'gx:means': ['https://a.example/', 'relative/path'] },
  { type: 'gx:CpuCapabilities', 'gx:overProvisioningRatio': 2 },
  { type: ['gx:MemoryCapabilities', 'gx:CpuCapabilities'], 'gx:overProvisioningRatio': 1.5 },
  { type: 'gx:WaterUsageEffectiveness', 'gx:waterUsageEffectiveness': '1.2' },
  { type: 'gx:Datacenter', 'gx:waterUsageEffectiveness': 'https://wue.example/1' },
  { '@type': 'gx:CustomerInstructions', 'gx:means': { id: 'https://x.example/' } },
  { type: 'gx:CustomerInstructions', 'gx:means': { type: 'gx:CpuCapabilities', 'gx:means': 'y' } },
]

const VALUES: unknown[] = [
  null,
  42,
  1.5,
  true,
  '',
  'plain text',
  'https://absolute.example/iri',
  'relative/iri',
  '_:b0',
  '@foo',
  '@id',
  {},
  [],
  [null],
  [[1, 2]],
  { id: 'https://ref.example/1' },
  { '@id': 'relative' },
  { id: '_:b1' },
  { '@value': 'bonjour', '@language': 'fr' },
  { '@value': 'hello', '@language': 'EN-gb' },
  { '@value': 'x', '@language': 'not a tag' },
  { '@value': 5, '@language': 'en' },
  { '@value': 'x', '@type': 'xsd:string' },
  { '@value': '2026-01-01', '@type': 'xsd:date' },
  { '@value': 'x', '@type': 'Relative' },
  { '@value': 'x', '@type': '_:blank' },
  { '@value': 'x', '@type': 'xsd:string', '@language': 'en' },
  { '@value': 'x', 'gx:extra': 1 },
  { '@value': null },
  { '@value': { a: 1 } },
  { '@value': [1] },
  { '@language': 'en' },
  { '@value': 'x', '@index': 'i' },
  { '@value': 'x', '@direction': 'rtl' },
  { '@list': ['a', 'b'] },
  { '@set': ['a', 'b'] },
  { '@value': '{}', '@type': '@json' },
  { '@graph': [{ id: 'https://g.example/1', 'schema:name': 'g' }] },
  { type: 'gx:Unknown', 'schema:name': 'typed' },
  { type: 'Relative', 'schema:name': 'typed' },
  { type: 42 },
  { type: [] },
  { type: 'gx:Endpoint', 'gx:endpointURL': 'https://e.example' },
  { '@context': { ex: 'https://ex.example/' }, 'ex:thing': 'x' },
  { '@context': { '@vocab': 'https://vocab.example/' }, anything: 'x' },
  { '@context': { '@language': 'fr' }, 'schema:name': 'nom' },
  { '@context': { '@direction': 'ltr' }, 'schema:name': 'nom' },
  { '@context': { '@base': 'https://base.example/' }, id: 'rel', 'schema:name': 'n' },
  { '@context': null, 'schema:name': 'n' },
  { '@context': 'https://unknown.example/ctx', 'schema:name': 'n' },
  { '@context': VC_V2_CONTEXT, id: 'https://x.example/', name: 'n' },
  { '@context': { id: 'https://x.example/id' }, 'schema:name': 'n' },
  { '@context': { ex: { '@id': 'https://ex.example/p', '@container': '@list' } }, ex: [1, 2] },
  {
    '@context': { ex: { '@id': 'https://ex.example/p', '@container': '@language' } },
    ex: { fr: 'a' },
  },
  {
    '@context': { ex: { '@id': 'https://ex.example/p', '@reverse': true } },
    ex: { id: 'https://r.example' },
  },
  { '@context': { ex: { '@id': 'https://ex.example/p', '@type': '@json' } }, ex: { a: [1] } },
  {
    '@context': { ex: { '@id': 'https://ex.example/p', '@type': '@vocab' } },
    ex: 'gx:LegalPerson',
  },
  {
    '@context': { ex: { '@id': 'https://ex.example/p', '@context': { y: 'https://y.example/' } } },
    ex: { 'y:z': 1 },
  },
  { '@nest': { 'schema:name': 'nested' } },
  { '@reverse': { 'schema:knows': { id: 'https://r.example' } } },
  { '@included': [{ id: 'https://inc.example/', 'schema:name': 'i' }] },
  { '@index': 'i', 'schema:name': 'indexed' },
  { '@value': 'x', '@language': null },
  { '@value': 'x', '@type': 'xsd:string', '@language': null },
  { '@id': 'https://ref.example/2', '@type': 'gx:Endpoint' },
  {
    type: 'gx:CustomerInstructions',
    'gx:means': 'https://a.example/',
    'schema:about': { 'gx:means': 'https://b.example/' },
  },
  {
    type: 'VerifiableCredential',
    issuer: 'did:web:nested.example',
    'schema:about': { issuer: 'x' },
  },
  {
    // a type-scoped context that redefines the type's own term: types expand before it applies
    '@context': {
      T: { '@id': 'https://ex.example/T', '@context': { T: 'https://ex.example/Other' } },
    },
    type: 'T',
    'schema:about': { type: 'T' },
  },
  {
    // a value object and a node reference keep the type-scoped context; other nested nodes do not
    '@context': {
      T: { '@id': 'https://ex.example/T', '@context': { tp: 'https://tp.example/' } },
    },
    type: 'T',
    'schema:about': [{ id: 'tp:ref' }, { '@value': 'v', '@type': 'tp:Datatype' }],
    'schema:subjectOf': { id: 'tp:node', 'schema:name': 'n' },
  },
  {
    '@context': {
      T: {
        '@id': 'https://ex.example/T',
        '@context': { 'schema:name': { '@id': 'schema:name', '@type': 'xsd:token' } },
      },
    },
    type: 'T',
    'schema:name': 'scoped',
    'schema:about': { 'schema:name': 'reverted', type: 'T' },
    'schema:subjectOf': { '@value': 'value object', '@type': 'xsd:string' },
  },
  new Date(0),
]

const KEYS = [
  'unknownTerm',
  'gx:undefinedProperty',
  'ex:thing',
  '@foo',
  'https://full.example/iri',
  'schema:name',
  'gx:providedBy',
  'gx:means',
  'gx:url',
  'gx:hash',
  'name',
  'description',
  'id',
  '@id',
  'type',
  '@type',
  '@value',
  '@language',
  'proof',
  'credentialSubject',
  'relatedResource',
  '_:blank',
  '',
]

function mutate(doc: Json, random: Random): void {
  const node = pick(random, nodesOf(doc))
  const keys = Object.keys(node).filter((k) => k !== '@context')
  const key = keys.length > 0 ? pick(random, keys) : undefined
  switch (Math.floor(random() * 11)) {
    case 0: // drop a key
      if (key !== undefined) delete node[key]
      break
    case 1: {
      // the same value under an alias of its key: colliding keywords, or merged values
      if (key === undefined) break
      const alias: Json = { id: '@id', '@id': 'id', type: '@type', '@type': 'type' }
      const other =
        alias[key] ??
        key.replace(/^gx:/, GAIA_X_LOIRE_CONTEXT).replace(/^schema:/, 'https://schema.org/')
      node[other] = structuredClone(node[key])
      break
    }
    case 2: // rename a key
      if (key !== undefined) {
        node[pick(random, KEYS)] = node[key]
        delete node[key]
      }
      break
    case 3: // a value into an array
      if (key !== undefined)
        node[key] = random() < 0.5 ? [node[key]] : [node[key], structuredClone(node[key])]
      break
    case 4: // a new term with a new value
      node[pick(random, KEYS)] = structuredClone(pick(random, VALUES))
      break
    case 5: // a string into a value object
      if (key !== undefined && typeof node[key] === 'string') {
        node[key] = pick(random, [
          { '@value': node[key], '@language': 'fr' },
          { '@value': node[key], '@type': 'xsd:string' },
          { '@value': node[key] },
          { '@id': node[key] },
        ])
      }
      break
    case 6: // a nested node whose type has a scoped context
      node[pick(random, ['gx:customerInstructions', 'gx:cpu', 'gx:means', 'schema:about'])] =
        structuredClone(pick(random, SCOPED_NODES))
      break
    case 7: // any value for an existing key
      if (key !== undefined) node[key] = structuredClone(pick(random, VALUES))
      break
    case 8: // another id or type
      if ('id' in node)
        node.id = pick(random, [
          'relative/path',
          '_:b0',
          '@foo',
          'urn:uuid:1',
          42,
          'did:web:x.example',
        ])
      else if ('type' in node)
        node.type = pick(random, [
          'Unknown',
          'gx:Unknown',
          [],
          'https://t.example/T',
          '@json',
          'VerifiableCredential',
        ])
      break
    case 9: // an inline context on this node
      Object.assign(
        node,
        structuredClone(
          pick(
            random,
            VALUES.filter((v) => isContextual(v)),
          ),
        ),
      )
      break
    default: {
      // the keys in another order (expansion sorts them)
      const entries = Object.entries(node).sort(() => random() - 0.5)
      for (const [k] of entries) delete node[k]
      for (const [k, v] of entries) node[k] = v
    }
  }
}

function isContextual(value: unknown): boolean {
  return typeof value === 'object' && value !== null && '@context' in value
}
