/**
 * A verifier for `eddsa-rdfc-2022` DataIntegrityProofs on VC 2.0 credentials that reaches exactly
 * the verdict of `verifyCredential` (vc 7.3, jsonld-signatures 11.6, data-integrity 2.5) at a
 * fraction of its cost. The library expands the credential twice (document, proof configuration)
 * before it canonicalises; here the document's expansion is the one the pipeline already made,
 * and the proof configuration's canonical N-Quads are written directly. Everything the library
 * checks is checked in the same order with the same error messages, so `findingsOf` maps them to
 * the same findings. Whatever this module does not model exactly returns `undefined`, and the
 * caller runs `verifyCredential`. Workers-safe: WebCrypto, no `node:`.
 */
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey'
import * as vc from '@digitalbazaar/vc'
import * as base58 from 'base58-universal'
import jsigs from 'jsonld-signatures'
import { DID_V1_CONTEXT, MULTIKEY_V1_CONTEXT, VC_V2_CONTEXT } from '../contexts.js'
import type { DocumentLoader } from '../document-loader.js'
import { sha256 } from '../hash.js'
import type { VerifyOptions, VerifyResult } from './verify.js'
import { dedupe, findingsOf } from './verify-findings.js'

const PROOF_TYPE = 'eddsa-rdfc-2022'
const SEC = 'https://w3id.org/security#'
const XSD_DATE_TIME = 'http://www.w3.org/2001/XMLSchema#dateTime'
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type'
const CACHE_SIZE = 1000

type Canonize = (input: unknown, options: object) => Promise<string>
// the cryptosuite's own canonize: same toRDF options (rdfDirection, safe, base null), same rdf-canonize
const canonize = (eddsaRdfc2022 as unknown as { canonize: Canonize }).canonize
// vc exports the envelope checks `verifyCredential` runs first; reusing them keeps every message
const checkCredential = (vc as unknown as { _checkCredential?: (o: object) => void })
  ._checkCredential
const extendContextLoader = (
  jsigs as unknown as { extendContextLoader: (loader: DocumentLoader) => DocumentLoader }
).extendContextLoader

/** The proof shape this module models; any other key or value type falls back. */
export type StandardProof = {
  type: 'DataIntegrityProof'
  cryptosuite: 'eddsa-rdfc-2022'
  created: string
  verificationMethod: string
  proofPurpose: string
  proofValue?: unknown
  expires?: string
  domain?: string
  challenge?: string
  nonce?: string
}
const LITERALS = ['challenge', 'domain', 'nonce'] as const
const PROOF_KEYS = new Set([
  'type',
  'cryptosuite',
  'created',
  'verificationMethod',
  'proofPurpose',
  'proofValue',
  'expires',
  ...LITERALS,
])
// an absolute IRI (jsonld's test) with nothing N-Quads would escape, and no `//` after `did:`
const DID_URL = /^did:[a-z0-9]+:[^\s\u0000-\u0020<>"{}|^`\\]+$/
// data-integrity's XMLDateTimeRegExp, unanchored and with its unescaped `.`, as the library tests it
const W3C_DATE =
  /-?([1-9][0-9]{3,}|0[0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T(([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](.[0-9]+)?|(24:00:00(.0+)?))(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))?/

/**
 * The verdict of `verifyCredential` for a VC 2.0 credential with one `eddsa-rdfc-2022`
 * DataIntegrityProof, computed from the JSON-LD expansion of the credential without its proof
 * (`jsonld.expand(claims, { documentLoader: loader, safe: true })`, as the pipeline makes it, with
 * the same loader). `undefined` means the credential is outside the modelled shape (another suite,
 * several proofs, unknown proof fields, a context that remaps the proof terms, did:web documents
 * that need framing…): call `verifyCredential` for it. If the expansion itself failed, do not call
 * this; `verifyCredential` reports that failure.
 *
 * @example
 * const { proof: _proof, ...claims } = credential
 * const expanded = await jsonld.expand(claims, { documentLoader: loader, safe: true })
 * const result =
 *   (await verifyDataIntegrityFast(credential, expanded, { loader, now })) ??
 *   (await verifyCredential(credential, { loader, now }))
 */
export async function verifyDataIntegrityFast(
  credential: Record<string, unknown>,
  expandedWithoutProof: object[],
  options: VerifyOptions,
): Promise<VerifyResult | undefined> {
  const proof = standardProof(credential.proof)
  const context = credential['@context']
  if (!proof || !Array.isArray(context) || context[0] !== VC_V2_CONTEXT) return undefined
  if ('credentialStatus' in credential || typeof checkCredential !== 'function') return undefined
  // jsonld's node map renames blank-node datatypes in place; keep the caller's expansion intact
  if (hasBlankDatatype(expandedWithoutProof)) return undefined

  // vc.verifyCredential: envelope checks first, reported as the error of its one result
  try {
    checkCredential({ credential, now: options.now })
  } catch (error) {
    return rejected([error, error])
  }
  // jsonld-signatures: a proof whose purpose is not assertionMethod matches no purpose
  if (proof.proofPurpose !== 'assertionMethod') {
    return rejected([verificationError(new Error(NO_PROOF_MATCHED))])
  }
  if (!(await proofTermsHold(context, options.loader))) return undefined

  // DataIntegrityProof.verifyProof: verification method, verify data, signature, dates
  const method = await resolveMethod(proof.verificationMethod, options.loader)
  if (method === undefined) return undefined
  if ('error' in method) return proofFailed(method.error)
  // the proof configuration's hash and the key import overlap the document's canonicalisation
  const [document, proofHash, key] = await Promise.all([
    canonize(expandedWithoutProof, { documentLoader: options.loader, skipExpansion: true }).catch(
      () => undefined,
    ),
    sha256(proofConfigNQuads(proof)),
    importKey(method.publicKeyMultibase),
  ])
  if (document === undefined || key === undefined) return undefined
  const { proofValue } = proof
  if (!(proofValue && typeof proofValue === 'string')) {
    return proofFailed(new TypeError('The proof does not include a valid "proofValue" property.'))
  }
  if (proofValue[0] === 'u') return undefined
  if (proofValue[0] !== 'z') {
    return proofFailed(new Error('Only base58btc or base64url multibase encoding is supported.'))
  }
  // base58-universal answers undefined for characters outside the alphabet, as in the library
  const signature: Uint8Array | undefined = base58.decode(proofValue.slice(1))
  // hashData (vc-di-eddsa, eddsa-rdfc-2022 Hashing): SHA-256(proof config) ‖ SHA-256(document)
  const data = new Uint8Array(64)
  data.set(proofHash, 0)
  data.set(await sha256(document), 32)
  const valid =
    signature?.length === 64 &&
    (await crypto.subtle.verify({ name: 'Ed25519' }, key, signature as BufferSource, data))
  if (!valid) {
    // A rejection is confirmed by the library's own verifier, which fails differently per runtime
    // (node:crypto answers false where the Workers build's @noble throws on a malformed R or S):
    // its answer or its error is then exactly what vc reports here.
    let confirmed: boolean
    try {
      confirmed = await libraryVerifier(method).then((v) => v.verify({ data, signature }))
    } catch (error) {
      return proofFailed(error)
    }
    // @noble (the Workers build) checks cofactored and accepted it: vc goes on, so leave it to vc
    if (confirmed) return undefined
    return proofFailed(new Error('Invalid signature.'))
  }
  if (!W3C_DATE.test(proof.created)) {
    return proofFailed(
      new Error(`"proof.created" ("${proof.created}") must be an XSD dateTimeStamp.`),
    )
  }
  if (proof.expires !== undefined && !W3C_DATE.test(proof.expires)) {
    return proofFailed(
      new Error(`"proof.expires" ("${proof.expires}") must be an XSD dateTimeStamp.`),
    )
  }

  // AssertionProofPurpose, then CredentialIssuancePurpose's issuer check
  const controller = await resolveController(method.controller, options.loader)
  if (controller === undefined) return undefined
  if ('error' in controller) return proofFailed(controller.error)
  if (controller.assertionMethod.some((m) => m === null)) return undefined
  const authorized = controller.assertionMethod.some(
    (m) => m === method.id || (typeof m === 'object' && (m as { id?: unknown }).id === method.id),
  )
  if (!authorized) {
    return proofFailed(
      new Error(
        `Verification method "${method.id}" not authorized by controller for proof purpose "assertionMethod".`,
      ),
    )
  }
  const issuer = credential.issuer as string | { id?: unknown }
  if (controller.id !== (typeof issuer === 'string' ? issuer : issuer.id)) {
    return proofFailed(
      new Error('Credential issuer must match the verification method controller.'),
    )
  }
  return { verified: true, proofType: PROOF_TYPE, errors: [] }
}

const NO_PROOF_MATCHED =
  'Did not verify any proofs; insufficient proofs matched the acceptable suite(s) and required purpose(s).'

/** What verify.ts reports for vc's `{ error, results: [{ error }] }`: findings of each error. */
function rejected(errors: unknown[]): VerifyResult {
  const findings = errors.filter((e): e is Error => e instanceof Error).flatMap(findingsOf)
  return { verified: false, proofType: PROOF_TYPE, errors: dedupe(findings) }
}

/** jsonld-signatures wraps a failed proof's error in a VerificationError and keeps it in results. */
function proofFailed(error: unknown): VerifyResult {
  return rejected([verificationError(error), error])
}

function verificationError(error: unknown): Error {
  return Object.assign(new Error('Verification error(s).'), {
    name: 'VerificationError',
    errors: [error],
  })
}

function standardProof(value: unknown): StandardProof | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  const proof = value as Record<string, unknown>
  for (const key of Object.keys(proof)) if (!PROOF_KEYS.has(key)) return undefined
  const strings = ['created', 'proofPurpose'] as const
  const optional = ['expires', ...LITERALS] as const
  const valid =
    proof.type === 'DataIntegrityProof' &&
    proof.cryptosuite === PROOF_TYPE &&
    strings.every((k) => typeof proof[k] === 'string') &&
    optional.every((k) => !(k in proof) || typeof proof[k] === 'string') &&
    typeof proof.verificationMethod === 'string' &&
    DID_URL.test(proof.verificationMethod)
  return valid ? (proof as StandardProof) : undefined
}

function hasBlankDatatype(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(hasBlankDatatype)
  if (typeof node !== 'object' || node === null) return false
  const record = node as Record<string, unknown>
  if ('@value' in record)
    return typeof record['@type'] === 'string' && record['@type'].startsWith('_:')
  return Object.values(record).some(hasBlankDatatype)
}

/**
 * The proof configuration's canonical N-Quads (vc-di-eddsa, eddsa-rdfc-2022 Proof Configuration).
 * It has one blank node, so RDFC-1.0 labels it `_:c14n0`, and rdf-canonize sorts the lines by
 * code unit. The IRIs are those of the DataIntegrityProof scoped context in the VC 2.0 context;
 * `proofTermsHold` checks that a credential's contexts leave them so.
 *
 * @example
 * await sha256(proofConfigNQuads(proof)) // the first half of the signed data
 */
export function proofConfigNQuads(proof: StandardProof): string {
  const subject = '_:c14n0'
  const lines = [
    `${subject} <http://purl.org/dc/terms/created> ${dateTime(proof.created)} .\n`,
    `${subject} <${RDF_TYPE}> <${SEC}DataIntegrityProof> .\n`,
    `${subject} <${SEC}cryptosuite> "${PROOF_TYPE}"^^<${SEC}cryptosuiteString> .\n`,
    `${subject} <${SEC}proofPurpose> <${SEC}assertionMethod> .\n`,
    `${subject} <${SEC}verificationMethod> <${proof.verificationMethod}> .\n`,
  ]
  if (proof.expires !== undefined) {
    lines.push(`${subject} <${SEC}expiration> ${dateTime(proof.expires)} .\n`)
  }
  for (const term of LITERALS) {
    const value = proof[term]
    if (value !== undefined) lines.push(`${subject} <${SEC}${term}> "${escapeLiteral(value)}" .\n`)
  }
  return lines.sort().join('')
}

function dateTime(value: string): string {
  return `"${escapeLiteral(value)}"^^<${XSD_DATE_TIME}>`
}

// rdf-canonize 5's N-Quads literal escaping: ECHARs where N-Triples has them, else \uXXXX
const LITERAL_ESCAPE = /[\u0000-\u001F\u007F"\\]/g
const ECHAR: Record<string, string> = {
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\f': '\\f',
  '\r': '\\r',
  '"': '\\"',
  '\\': '\\\\',
}

/**
 * A string as rdf-canonize 5 writes it between the quotes of an N-Quads literal.
 *
 * @example
 * escapeLiteral('a "b"\n') // 'a \\"b\\"\\n'
 */
export function escapeLiteral(value: string): string {
  return value.replace(
    LITERAL_ESCAPE,
    (c) => ECHAR[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  )
}

// A probe proof with every modelled term; its canonical form under a credential's contexts,
// computed once by the library's own canonize, must equal what proofConfigNQuads writes.
const PROBE = {
  type: 'DataIntegrityProof',
  cryptosuite: PROOF_TYPE,
  created: '2000-01-01T00:00:00Z',
  verificationMethod: 'did:example:probe#key-1',
  proofPurpose: 'assertionMethod',
  expires: '2000-01-02T00:00:00Z',
  challenge: 'probe-challenge',
  domain: 'probe-domain',
  nonce: 'probe-nonce',
} as const
const probed = new WeakMap<DocumentLoader, Map<string, Promise<boolean>>>()

/**
 * Whether the proof terms keep their VC 2.0 meaning under `context`. The VC 2.0 context protects
 * `DataIntegrityProof` and its scoped terms, but a later context could still define `did` as a
 * prefix (changing every verification method IRI) or protect one of the scoped terms (making the
 * library's expansion fail). Term definitions do not depend on the values, so one probe per
 * context list decides it; the result is cached per loader, since a loader fixes the documents.
 */
async function proofTermsHold(context: unknown[], loader: DocumentLoader): Promise<boolean> {
  const cache = probed.get(loader) ?? new Map<string, Promise<boolean>>()
  probed.set(loader, cache)
  const key = JSON.stringify(context)
  let holds = cache.get(key)
  if (holds === undefined) {
    holds = canonize(
      { '@context': context, ...PROBE },
      { documentLoader: extendContextLoader(loader), safe: true, base: null },
    ).then(
      (nquads) => nquads === proofConfigNQuads(PROBE),
      () => false,
    )
    remember(cache, key, holds, 100)
  }
  return holds
}

type Method = { id: string; controller: string; publicKeyMultibase: string }
type Controller = { id: unknown; assertionMethod: unknown[] }
type Loaded<T> = T | { error: unknown } | undefined

// did:key documents derive from the DID itself, so one resolution per loader holds for good
const methods = new WeakMap<DocumentLoader, Map<string, Method>>()
const controllers = new WeakMap<DocumentLoader, Map<string, Controller>>()

async function resolveMethod(url: string, loader: DocumentLoader): Promise<Loaded<Method>> {
  const cached = methods.get(loader)?.get(url)
  if (cached) return cached
  let document: unknown
  try {
    document = (await loader(url))?.document
  } catch (error) {
    return { error }
  }
  const method = multikey(document)
  if (method && url.startsWith('did:key:')) {
    const cache = methods.get(loader) ?? new Map<string, Method>()
    methods.set(loader, cache)
    remember(cache, url, method)
  }
  return method
}

/** The fields Ed25519Multikey.from reads, when it would read them without an error. */
function multikey(document: unknown): Method | undefined {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return undefined
  const m = document as Record<string, unknown>
  const context = m['@context']
  const valid =
    m.type === 'Multikey' &&
    typeof m.id === 'string' &&
    typeof m.controller === 'string' &&
    m.controller.startsWith('did:') &&
    typeof m.publicKeyMultibase === 'string' &&
    !('revoked' in m) &&
    !('secretKeyMultibase' in m) &&
    (!context ||
      context === MULTIKEY_V1_CONTEXT ||
      (Array.isArray(context) && context.includes(MULTIKEY_V1_CONTEXT)))
  if (!valid) return undefined
  const { id, controller, publicKeyMultibase } = m as Method
  return publicKeyOf(publicKeyMultibase) ? { id, controller, publicKeyMultibase } : undefined
}

/** The 32 key bytes of an ed25519-pub Multikey; anything else is left to the library. */
function publicKeyOf(publicKeyMultibase: string): Uint8Array | undefined {
  if (!publicKeyMultibase.startsWith('z')) return undefined
  const bytes = base58.decode(publicKeyMultibase.slice(1))
  const ed25519 = bytes?.length === 34 && bytes[0] === 0xed && bytes[1] === 0x01
  return ed25519 ? bytes.slice(2) : undefined
}

async function resolveController(did: string, loader: DocumentLoader): Promise<Loaded<Controller>> {
  const cached = controllers.get(loader)?.get(did)
  if (cached) return cached
  let document: unknown
  try {
    document = (await loader(did))?.document
  } catch (error) {
    return { error }
  }
  if (typeof document !== 'object' || document === null) return undefined
  const d = document as Record<string, unknown>
  const context = d['@context']
  // ControllerProofPurpose frames any other document with jsonld; that stays with the library
  const didDocument =
    context === DID_V1_CONTEXT || (Array.isArray(context) && context[0] === DID_V1_CONTEXT)
  if (!didDocument) return undefined
  // jsonld.getValues: `[].concat(value || [])`
  const controller = {
    id: d.id,
    assertionMethod: ([] as unknown[]).concat(d.assertionMethod || []),
  }
  if (did.startsWith('did:key:')) {
    const cache = controllers.get(loader) ?? new Map<string, Controller>()
    controllers.set(loader, cache)
    remember(cache, did, controller)
  }
  return controller
}

// imported keys are a pure function of the key bytes, whatever DID carries them
const keys = new Map<string, Promise<CryptoKey | undefined>>()

function importKey(publicKeyMultibase: string): Promise<CryptoKey | undefined> {
  let key = keys.get(publicKeyMultibase)
  if (key === undefined) {
    const raw = publicKeyOf(publicKeyMultibase)!
    key = crypto.subtle
      .importKey('raw', raw as BufferSource, { name: 'Ed25519' }, false, ['verify'])
      .catch(() => undefined)
    remember(keys, publicKeyMultibase, key)
  }
  return key
}

/** What the eddsa-rdfc-2022 cryptosuite's createVerifier builds from the same method. */
async function libraryVerifier(method: Method) {
  const key = await Ed25519Multikey.from({
    '@context': MULTIKEY_V1_CONTEXT,
    type: 'Multikey',
    ...method,
  })
  return key.verifier() as {
    verify(input: { data: Uint8Array; signature: Uint8Array | undefined }): Promise<boolean>
  }
}

function remember<K, V>(map: Map<K, V>, key: K, value: V, size = CACHE_SIZE): void {
  // insertion order makes the first key the oldest
  if (map.size >= size) map.delete(map.keys().next().value as K)
  map.set(key, value)
}
