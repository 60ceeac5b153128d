/**
 * Every JSON-LD context this node knows. The document loader serves these and nothing else, so
 * expanding or verifying a credential never fetches a URL. Workers-safe: no `fs`, no `node:`.
 */
import { contexts as credentialsContexts } from '@digitalbazaar/credentials-context'
import dataIntegrityContext from '@digitalbazaar/data-integrity-context'
import multikeyContext from '@digitalbazaar/multikey-context'
import canonicalize from 'canonicalize'
import didContext from 'did-context'
import ed25519Signature2020Context from 'ed25519-signature-2020-context'
import gaiaXLinkml from '../../schemas/contexts/gaia-x-linkml-2511.json' with { type: 'json' }
import gaiaXCompact from '../../schemas/contexts/gaia-x-compact-2511.json' with { type: 'json' }
import gaiaXTagus from '../../schemas/contexts/gaia-x-tagus-2210.json' with { type: 'json' }
import jws2020 from '../../schemas/contexts/jws-2020-v1.json' with { type: 'json' }
import credentialsExamplesV2 from '../../schemas/contexts/credentials-examples-v2.json' with { type: 'json' }
import { AppError } from '../errors.js'
import { sha256Hex } from './hash.js'

export const VC_V1_CONTEXT = 'https://www.w3.org/2018/credentials/v1'
export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2'
export const VC_UNDEFINED_TERMS_V2_CONTEXT = 'https://www.w3.org/ns/credentials/undefined-terms/v2'
export const VC_EXAMPLES_V2_CONTEXT = 'https://www.w3.org/ns/credentials/examples/v2'
export const DATA_INTEGRITY_V1_CONTEXT = 'https://w3id.org/security/data-integrity/v1'
export const DATA_INTEGRITY_V2_CONTEXT = 'https://w3id.org/security/data-integrity/v2'
export const ED25519_2020_CONTEXT = 'https://w3id.org/security/suites/ed25519-2020/v1'
export const MULTIKEY_V1_CONTEXT = 'https://w3id.org/security/multikey/v1'
export const JWS_2020_CONTEXT = 'https://w3id.org/security/suites/jws-2020/v1'
export const DID_V1_CONTEXT = 'https://www.w3.org/ns/did/v1'
export const GAIA_X_LOIRE_CONTEXT = 'https://w3id.org/gaia-x/2511#'
export const GAIA_X_DEVELOPMENT_CONTEXT = 'https://w3id.org/gaia-x/development#'
export const GAIA_X_TAGUS_CONTEXT =
  'https://registry.lab.gaia-x.eu/development/api/trusted-shape-registry/v1/shapes/jsonld/trustframework#'

type ContextPackage = { contexts: ReadonlyMap<string, object> }

function fromPackage(pkg: ContextPackage, url: string): [string, object] {
  const document = pkg.contexts.get(url)
  // @NOTE a dependency upgrade that renames or drops a context must fail at startup, not at the
  // first verification that needs it.
  if (document === undefined) throw new AppError('internal', `No pinned context for ${url}.`)
  return [url, document]
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

const credentials: ContextPackage = { contexts: credentialsContexts }

/**
 * A Gaia-X 25.11 context for `namespace`: the official LinkML context (`@vocab` and bare terms, as
 * the Gaia-X registry writes credentials) with `gx` and `@vocab` set to that namespace, and over it
 * our compact-IRI terms (`gx:providedBy`), typed as the shapes expect. Neither set redefines a term
 * of the other (schemas/contexts/README.md).
 */
function gaiaXContext(namespace: string): object {
  return {
    '@context': {
      ...gaiaXLinkml['@context'],
      '@vocab': namespace,
      ...gaiaXCompact['@context'],
      gx: namespace,
    },
  }
}

/**
 * URL → context document for every pinned context, deep-frozen. The documents are private copies:
 * the upstream packages keep theirs, and nothing can edit ours.
 */
export const pinnedContexts: ReadonlyMap<string, object> = new Map(
  [
    fromPackage(credentials, VC_V1_CONTEXT),
    fromPackage(credentials, VC_V2_CONTEXT),
    fromPackage(credentials, VC_UNDEFINED_TERMS_V2_CONTEXT),
    fromPackage(dataIntegrityContext, DATA_INTEGRITY_V1_CONTEXT),
    fromPackage(dataIntegrityContext, DATA_INTEGRITY_V2_CONTEXT),
    fromPackage(ed25519Signature2020Context, ED25519_2020_CONTEXT),
    fromPackage(multikeyContext, MULTIKEY_V1_CONTEXT),
    fromPackage(didContext, DID_V1_CONTEXT),
    [GAIA_X_LOIRE_CONTEXT, gaiaXContext(GAIA_X_LOIRE_CONTEXT)],
    [GAIA_X_DEVELOPMENT_CONTEXT, gaiaXContext(GAIA_X_DEVELOPMENT_CONTEXT)],
    [GAIA_X_TAGUS_CONTEXT, gaiaXTagus],
    // W3C CCG JsonWebSignature2020 (Tagus proofs and JsonWebKey2020 methods): no npm package ships it
    [JWS_2020_CONTEXT, jws2020],
    // the W3C test suites' fixtures use it; its `@vocab` only maps undefined terms into the examples namespace
    [VC_EXAMPLES_V2_CONTEXT, credentialsExamplesV2],
  ].map(([url, document]) => [url as string, deepFreeze(structuredClone(document as object))]),
)

export type ContextDigest = { url: string; sha256: string }

let digests: Promise<readonly ContextDigest[]> | undefined

/**
 * The SHA-256 (hex) of each pinned context's RFC 8785 (JCS) form, sorted by URL, so that peers and
 * clients can check that they expand credentials with the same documents as this node.
 *
 * @example
 * const digests = await contextDigests()
 * // [{ url: 'https://w3id.org/gaia-x/2511#', sha256: '3f1c…' }, …]
 */
export async function contextDigests(): Promise<ContextDigest[]> {
  // The contexts are frozen, so the digests are computed once per process (or isolate).
  digests ??= computeDigests()
  return (await digests).map((digest) => ({ ...digest }))
}

async function computeDigests(): Promise<readonly ContextDigest[]> {
  const entries = await Promise.all(
    [...pinnedContexts].map(async ([url, document]) => {
      const canonical = canonicalize(document)
      if (canonical === undefined) throw new AppError('internal', `Context ${url} has no JCS form.`)
      return { url, sha256: await sha256Hex(canonical) }
    }),
  )
  return entries.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
}
