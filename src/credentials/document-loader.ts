/**
 * The only document loader the node uses: pinned contexts from a Map, DIDs from a resolver,
 * everything else refused. It never touches the network, so an unknown context is an error
 * instead of a fetch an attacker could steer.
 */
import { UnknownDocumentError } from '../errors.js'
import { pinnedContexts } from './contexts.js'

/**
 * What jsonld and jsonld-signatures expect back from a loader. `tag: 'static'` tells jsonld
 * that the document never changes, so it keeps the processed context in its process-wide cache
 * and skips both the loader call and the context processing on later operations.
 */
export type RemoteDocument = {
  contextUrl: null
  documentUrl: string
  document: unknown
  tag?: 'static'
}

export type DocumentLoader = (url: string) => Promise<RemoteDocument>

/** resolves a DID or DID URL (with #fragment) to a DID document / verification method, or undefined */
export type DidDocumentResolver = (didUrl: string) => Promise<object | undefined>

export type DocumentLoaderOptions = {
  /** URL → context document; defaults to every context the node pins. */
  contexts?: ReadonlyMap<string, object>
  resolveDid?: DidDocumentResolver
}

/**
 * Creates a loader for jsonld and `@digitalbazaar/vc`: a pinned URL is one Map lookup, a `did:`
 * URL goes to `resolveDid`, and any other URL throws `UnknownDocumentError`. URLs match exactly,
 * so `http://` or a trailing `/` is a different, unknown URL.
 *
 * @NOTE jsonld caches `static` contexts per URL for the whole process, across loaders. Only the
 * documents of `pinnedContexts` are tagged `static`; a custom `contexts` entry for a pinned URL
 * therefore cannot replace the pinned document once jsonld has cached it. Give test contexts
 * their own URLs.
 *
 * @example
 * const loader = createDocumentLoader({ resolveDid })
 * const expanded = await jsonld.expand(credential, { documentLoader: loader, safe: true })
 */
export function createDocumentLoader(options: DocumentLoaderOptions = {}): DocumentLoader {
  const { contexts = pinnedContexts, resolveDid } = options
  // Built once: a call returns the same frozen wrapper around the same (pinned: deep-frozen)
  // document, with no copy on the hot path. Custom documents are shared as given.
  const documents = new Map<string, RemoteDocument>()
  for (const [url, document] of contexts) {
    const pinned = pinnedContexts.get(url) === document
    documents.set(
      url,
      Object.freeze({
        contextUrl: null,
        documentUrl: url,
        document,
        ...(pinned ? { tag: 'static' as const } : {}),
      }),
    )
  }

  return async function loadDocument(url: string): Promise<RemoteDocument> {
    const pinned = documents.get(url)
    if (pinned !== undefined) return pinned
    if (url.startsWith('did:') && resolveDid !== undefined) {
      // @NOTE DID documents are not tagged static: a DID can rotate its keys.
      const document = await resolveDid(url)
      if (document !== undefined) return { contextUrl: null, documentUrl: url, document }
    }
    throw new UnknownDocumentError(url)
  }
}
