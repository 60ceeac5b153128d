import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey'
import { driver as didKeyDriver } from '@digitalbazaar/did-method-key'
import { DID_V1_CONTEXT, MULTIKEY_V1_CONTEXT } from '../contexts.js'
import { didJwkDocument } from './did-jwk.js'
import type { DidDocumentResolver } from '../document-loader.js'

export type DidDocument = Record<string, unknown> & { id: string }

/** Where the resolver finds did:web documents: the node's own and those the store holds. */
export type HeldDidDocuments = (did: string) => Promise<DidDocument | undefined>

/**
 * The did:web a public URL stands for (did:web method spec §3.2: the port is percent-encoded,
 * path segments become `:`-separated).
 *
 * @example
 * didWebFromUrl('http://127.0.0.1:8787') // 'did:web:127.0.0.1%3A8787'
 * didWebFromUrl('https://catalogue.bleu.fr/gx') // 'did:web:catalogue.bleu.fr:gx'
 */
export function didWebFromUrl(publicUrl: string): string {
  const url = new URL(publicUrl)
  const host = url.port ? `${url.hostname}%3A${url.port}` : url.hostname
  const path = url.pathname.split('/').filter(Boolean).map(encodeURIComponent)
  return ['did:web', host, ...path].join(':')
}

/**
 * A DID document with one Ed25519 Multikey for assertions and authentication.
 *
 * @example
 * didDocumentFor('did:web:catalogue.bleu.fr', 'z6Mk…', { alsoKnownAs: ['did:key:z6Mk…'] })
 */
export function didDocumentFor(
  did: string,
  publicKeyMultibase: string,
  options: { fragment?: string; alsoKnownAs?: string[] } = {},
): DidDocument {
  const id = `${did}#${options.fragment ?? publicKeyMultibase}`
  return {
    '@context': [DID_V1_CONTEXT, MULTIKEY_V1_CONTEXT],
    id: did,
    ...(options.alsoKnownAs ? { alsoKnownAs: options.alsoKnownAs } : {}),
    verificationMethod: [{ id, type: 'Multikey', controller: did, publicKeyMultibase }],
    assertionMethod: [id],
    authentication: [id],
  }
}

const keys = didKeyDriver()
keys.use({ multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from })

/**
 * Resolves a DID or DID URL to its document or verification method, offline: did:key and did:jwk
 * from the key itself, did:web only from documents the node holds. Strangers' did:web documents are never
 * fetched here, so an unknown did:web simply does not resolve. Unresolvable input gives undefined.
 *
 * @example
 * const resolve = createDidResolver(async (did) => (did === nodeDid ? nodeDoc : undefined))
 * await resolve('did:key:z6Mk…#z6Mk…') // the Multikey verification method
 */
export function createDidResolver(held: HeldDidDocuments): DidDocumentResolver {
  return async (didUrl) => {
    const [did = '', fragment] = didUrl.split('#', 2)
    if (did.startsWith('did:key:')) {
      try {
        return await keys.get({ url: didUrl })
      } catch {
        return undefined
      }
    }
    const document = did.startsWith('did:jwk:')
      ? didJwkDocument(did)
      : did.startsWith('did:web:')
        ? await held(did)
        : undefined
    if (!document) return undefined
    if (fragment === undefined) return document
    return verificationMethodOf(document, didUrl)
  }
}

function verificationMethodOf(document: DidDocument, id: string): object | undefined {
  const methods = Array.isArray(document.verificationMethod) ? document.verificationMethod : []
  const fragment = id.slice(id.indexOf('#'))
  const method = methods.find(
    (m): m is Record<string, unknown> =>
      typeof m === 'object' && m !== null && (m.id === id || m.id === fragment),
  )
  if (!method) return undefined
  // jsonld-signatures reads the method as a JSON-LD document of its own, so it needs a context
  return { '@context': MULTIKEY_V1_CONTEXT, ...method, id }
}
