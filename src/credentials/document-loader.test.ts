import { readdirSync, readFileSync } from 'node:fs'
import jsonld from 'jsonld'
import { describe, expect, it, vi } from 'vitest'
import { gaiaXReference } from '../../test/helpers/reference.js'
import { UnknownDocumentError } from '../errors.js'
import {
  GAIA_X_DEVELOPMENT_CONTEXT,
  GAIA_X_LOIRE_CONTEXT,
  GAIA_X_TAGUS_CONTEXT,
  pinnedContexts,
  VC_V2_CONTEXT,
} from './contexts.js'
import { createDocumentLoader } from './document-loader.js'

const loireExamples = new URL('loire-2511/examples/', gaiaXReference)
const tagusExamples = new URL('tagus-2210/examples/', gaiaXReference)
const JWS_2020_CONTEXT = 'https://w3id.org/security/suites/jws-2020/v1'
const XSD_ANY_URI = 'http://www.w3.org/2001/XMLSchema#anyURI'

type Json = Record<string, unknown>
const readJson = (url: URL) => JSON.parse(readFileSync(url, 'utf8')) as Json

function jsonFiles(dir: URL, extension: string): string[] {
  const files = readdirSync(dir).filter((f) => f.endsWith(extension))
  // A wrong relative path must fail loudly, not run zero examples.
  expect(files.length).toBeGreaterThan(0)
  return files.sort()
}

/** Every value of `property` anywhere in an expanded document. */
function valuesOf(node: unknown, property: string): unknown[] {
  if (Array.isArray(node)) return node.flatMap((n) => valuesOf(n, property))
  if (typeof node !== 'object' || node === null) return []
  return Object.entries(node).flatMap(([key, value]) => [
    ...(key === property ? (value as unknown[]) : []),
    ...valuesOf(value, property),
  ])
}

async function rejection(promise: Promise<unknown>): Promise<Json> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeDefined()
  return error as Json
}

describe('createDocumentLoader', () => {
  it('loads every pinned context by its exact URL', async () => {
    const load = createDocumentLoader()
    for (const [url, document] of pinnedContexts) {
      expect(await load(url)).toEqual({
        contextUrl: null,
        documentUrl: url,
        document,
        tag: 'static',
      })
    }
  })

  it('returns the same frozen object on every call instead of copying it', async () => {
    const load = createDocumentLoader()
    const first = await load(VC_V2_CONTEXT)
    expect(await load(VC_V2_CONTEXT)).toBe(first)
    expect(first.document).toBe(pinnedContexts.get(VC_V2_CONTEXT))
    expect(Object.isFrozen(first)).toBe(true)
    expect(Object.isFrozen(first.document)).toBe(true)
  })

  it.each([
    'https://example.org/ctx',
    'http://www.w3.org/ns/credentials/v2',
    'https://www.w3.org/ns/credentials/v2/',
    'http://w3id.org/gaia-x/2511#',
    'https://w3id.org/gaia-x/2511',
    'HTTPS://www.w3.org/2018/credentials/v1',
    JWS_2020_CONTEXT.replace('/v1', '/v2'),
    '',
  ])('refuses %j, a URL the node does not pin', async (url) => {
    const error = await rejection(createDocumentLoader()(url))
    expect(error).toBeInstanceOf(UnknownDocumentError)
    expect(error).toMatchObject({ code: 'bad-request', url })
  })

  it('never calls fetch, even for a URL it refuses', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    try {
      await rejection(createDocumentLoader()('https://example.org/ctx'))
      expect(fetchSpy).not.toHaveBeenCalled()
    } finally {
      fetchSpy.mockRestore()
    }
  })

  it('hands a did: URL, fragment included, to the resolver', async () => {
    const method = { id: 'did:web:bleu.example#key-1', type: 'Multikey' }
    const resolveDid = vi.fn(async (didUrl: string) => (didUrl === method.id ? method : undefined))
    const result = await createDocumentLoader({ resolveDid })(method.id)
    expect(resolveDid).toHaveBeenCalledExactlyOnceWith(method.id)
    expect(result).toEqual({ contextUrl: null, documentUrl: method.id, document: method })
    expect(result).not.toHaveProperty('tag')
  })

  it('refuses a did: URL the resolver does not know', async () => {
    const load = createDocumentLoader({ resolveDid: async () => undefined })
    const error = await rejection(load('did:web:stranger.example'))
    expect(error).toBeInstanceOf(UnknownDocumentError)
    expect(error).toMatchObject({ url: 'did:web:stranger.example' })
  })

  it('refuses every did: URL when it has no resolver', async () => {
    const error = await rejection(
      createDocumentLoader()('did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK'),
    )
    expect(error).toBeInstanceOf(UnknownDocumentError)
  })

  it('serves only the contexts it is given when a custom map replaces the pinned one', async () => {
    const custom = { '@context': { ex: 'https://example.org/vocab#' } }
    const load = createDocumentLoader({ contexts: new Map([['https://example.org/ctx', custom]]) })
    expect(await load('https://example.org/ctx')).toEqual({
      contextUrl: null,
      documentUrl: 'https://example.org/ctx',
      document: custom,
    })
    expect(await rejection(load(VC_V2_CONTEXT))).toBeInstanceOf(UnknownDocumentError)
  })

  it('makes jsonld fail, without fetching, when a document names an unknown context', async () => {
    const error = await rejection(
      jsonld.expand(
        { '@context': [VC_V2_CONTEXT, 'https://evil.example/context.jsonld'], id: 'urn:example:1' },
        { documentLoader: createDocumentLoader(), safe: true },
      ),
    )
    expect(error).toMatchObject({ name: 'jsonld.InvalidUrl' })
    expect((error.details as { cause: unknown }).cause).toBeInstanceOf(UnknownDocumentError)
  })

  it('lets jsonld keep the processed pinned contexts, so a second expansion does not call the loader', async () => {
    const load = createDocumentLoader()
    const calls: string[] = []
    const documentLoader = (url: string) => (calls.push(url), load(url))
    const credential = readJson(new URL('credentialSubject2.jsonld', loireExamples))
    await jsonld.expand(credential, { documentLoader, safe: true })
    calls.length = 0
    await jsonld.expand(credential, { documentLoader, safe: true })
    expect(calls).toEqual([])
  })
})

describe('the static loader on the Gaia-X Loire examples', () => {
  const examples = jsonFiles(loireExamples, '.jsonld')
    .map((file) => ({ file, credential: readJson(new URL(file, loireExamples)) }))
    .filter(({ credential }) => [credential['@context']].flat().includes(GAIA_X_LOIRE_CONTEXT))

  it('finds the five examples that use the 2511 context', () => {
    expect(examples.map((e) => e.file)).toEqual([
      'credentialSubject2.jsonld',
      'serviceElasticSearch.jsonld',
      'test-issuer.jsonld',
      'test-issuer2.jsonld',
      'test-issuer3.jsonld',
    ])
  })

  it.each(examples)('expands $file in safe mode', async ({ credential }) => {
    const expanded = await jsonld.expand(credential, {
      documentLoader: createDocumentLoader(),
      safe: true,
    })
    const types = valuesOf(expanded, '@type') as string[]
    expect(types.some((t) => t.startsWith('https://w3id.org/gaia-x/2511#'))).toBe(true)
  })

  it('types every gx:url as xsd:anyURI, as the official shapes require', async () => {
    const urls = []
    for (const { credential } of examples) {
      const expanded = await jsonld.expand(credential, {
        documentLoader: createDocumentLoader(),
        safe: true,
      })
      urls.push(...valuesOf(expanded, 'https://w3id.org/gaia-x/2511#url'))
    }
    expect(urls).toEqual([
      { '@value': 'https://www.example.org/terms.html', '@type': XSD_ANY_URI },
      { '@value': 'https://www.example.org/elasticsearch/terms.html', '@type': XSD_ANY_URI },
    ])
  })

  it('expands the same examples under the development namespace when they name that context', async () => {
    for (const { credential } of examples) {
      const development = {
        ...credential,
        '@context': [credential['@context']]
          .flat()
          .map((c) => (c === GAIA_X_LOIRE_CONTEXT ? GAIA_X_DEVELOPMENT_CONTEXT : c)),
      }
      const expanded = await jsonld.expand(development, {
        documentLoader: createDocumentLoader(),
        safe: true,
      })
      for (const url of valuesOf(expanded, 'https://w3id.org/gaia-x/development#url')) {
        expect(url).toMatchObject({ '@type': XSD_ANY_URI })
      }
      expect(JSON.stringify(expanded)).not.toContain('https://w3id.org/gaia-x/2511#')
    }
  })

  it('reads a bare term into the Loire namespace, as the official context’s @vocab does', async () => {
    const credential = (extra: Json) => ({
      '@context': [VC_V2_CONTEXT, GAIA_X_LOIRE_CONTEXT],
      type: ['VerifiableCredential'],
      issuer: 'did:web:bleu.example',
      credentialSubject: {
        id: 'https://example.org/tc/1',
        type: 'gx:TermsAndConditions',
        'gx:url': 'https://example.org/tc',
        ...extra,
      },
    })
    const options = { documentLoader: createDocumentLoader(), safe: true }
    const subjectOf = async (extra: Json) => {
      const [expanded] = await jsonld.expand(credential(extra), options)
      const subjects = (expanded as Record<string, unknown[]>)[
        'https://www.w3.org/2018/credentials#credentialSubject'
      ]
      return subjects?.[0]
    }
    const hash = { [`${GAIA_X_LOIRE_CONTEXT}hash`]: [{ '@value': 'abc' }] }
    expect(await subjectOf({ 'gx:hash': 'abc' })).toMatchObject(hash)
    expect(await subjectOf({ hash: 'abc' })).toMatchObject(hash)
    // a misspelt bare term lands in the namespace too: the closed shapes, not safe mode, refuse it
    expect(await subjectOf({ hsah: 'abc' })).toHaveProperty([`${GAIA_X_LOIRE_CONTEXT}hsah`])
  })
})

describe('the static loader on the Gaia-X Tagus examples', () => {
  // As published, proofs included: their JsonWebSignature2020 context is pinned.
  const expand = (document: unknown) =>
    jsonld.expand(document as object, { documentLoader: createDocumentLoader(), safe: true })

  // data-resource.json links gx:producedBy and gx:exposedThrough to the placeholders
  // "__id of the … CS__": relative IRIs, which safe mode rightly refuses whatever the context.
  const placeholders = 'data-resource.json'
  const files = jsonFiles(tagusExamples, '.json')

  it.each(files.filter((f) => f !== placeholders))('expands %s in safe mode', async (file) => {
    const expanded = await expand(readJson(new URL(file, tagusExamples)))
    expect(JSON.stringify(expanded)).toContain(GAIA_X_TAGUS_CONTEXT)
  })

  it('rejects data-resource.json only for its placeholder @ids, and expands it once they are IRIs', async () => {
    const text = readFileSync(new URL(placeholders, tagusExamples), 'utf8')
    const error = await rejection(expand(JSON.parse(text)))
    expect(error).toMatchObject({ details: { event: { code: 'relative @id reference' } } })
    const fixed = text.replace(
      /"__id of [^"]*__"/g,
      (_, i: number) => `"urn:example:placeholder:${i}"`,
    )
    expect(fixed).not.toBe(text)
    const expanded = await expand(JSON.parse(fixed))
    expect(JSON.stringify(expanded)).toContain(`${GAIA_X_TAGUS_CONTEXT}producedBy`)
  })
})
