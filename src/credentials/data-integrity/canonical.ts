import jsonld from 'jsonld'
import type { DocumentLoader } from '../document-loader.js'

/**
 * The RDFC-1.0 canonical N-Quads of a JSON-LD document, proof included (a Data Integrity proof
 * becomes its own blank-node graph). Two nodes holding the same credential answer byte-identical
 * text, so a peer can compare or hash what it pulled without any JSON-LD processing of its own.
 *
 * `safe` mode makes a term the contexts do not define an error instead of a silently dropped
 * triple; stored credentials passed the same expansion, so it only fails on a corrupted row.
 *
 * @example
 * await canonicalNQuads(credential, ctx.loader) // '<https://…> <https://schema.org/name> "…" .\n…'
 */
export async function canonicalNQuads(document: object, loader: DocumentLoader): Promise<string> {
  return jsonld.canonize(document, {
    algorithm: 'RDFC-1.0',
    format: 'application/n-quads',
    documentLoader: loader,
    safe: true,
  })
}
