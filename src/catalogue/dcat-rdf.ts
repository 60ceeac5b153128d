// The DCAT catalogue in the RDF syntaxes harvesters read besides JSON-LD. The JSON-LD document is
// the one model: it is turned into triples by jsonld's own toRDF and written by n3, so every
// syntax says exactly the same thing.
import jsonld from 'jsonld'
import { DataFactory, Writer, type Quad, type Quad_Object, type Quad_Subject } from 'n3'
import { AppError } from '../errors.js'
import { DCAT_CONTEXT, type DcatCatalogue } from './dcat.js'

export type RdfSyntax = 'text/turtle' | 'application/n-triples'

const { blankNode, literal, namedNode, quad } = DataFactory
const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string'

type JsonLdTerm = { termType: string; value: string }
type JsonLdQuad = {
  subject: JsonLdTerm
  predicate: JsonLdTerm
  object: JsonLdTerm & { datatype?: JsonLdTerm; language?: string }
}

// The document's context is inline, so nothing may be loaded; refusing keeps it so for good.
async function refuseEveryUrl(url: string): Promise<never> {
  throw new AppError('internal', `The DCAT document asked to load ${url}.`)
}

/**
 * The catalogue page as Turtle (with the document's prefixes) or N-Triples.
 *
 * @example
 * const turtle = await dcatRdf(await dcatCatalogue(ctx), 'text/turtle')
 */
export async function dcatRdf(doc: DcatCatalogue, syntax: RdfSyntax): Promise<string> {
  // safe mode: a term the context does not define would be dropped silently otherwise
  const triples = (await jsonld.toRDF(doc, {
    documentLoader: refuseEveryUrl,
    safe: true,
  })) as unknown as JsonLdQuad[]
  const writer = new Writer({
    format: syntax === 'text/turtle' ? 'Turtle' : 'N-Triples',
    ...(syntax === 'text/turtle' ? { prefixes: { ...DCAT_CONTEXT } } : {}),
  })
  writer.addQuads(triples.map(toN3))
  return new Promise((resolve, reject) => {
    writer.end((error, result: string) => (error ? reject(error) : resolve(result)))
  })
}

function toN3(t: JsonLdQuad): Quad {
  return quad(node(t.subject) as Quad_Subject, namedNode(t.predicate.value), object(t.object))
}

function node(term: JsonLdTerm) {
  return term.termType === 'BlankNode'
    ? blankNode(term.value.replace(/^_:/, ''))
    : namedNode(term.value)
}

function object(term: JsonLdQuad['object']): Quad_Object {
  if (term.termType !== 'Literal') return node(term)
  if (term.language) return literal(term.value, term.language)
  const datatype = term.datatype?.value
  return literal(term.value, datatype && datatype !== XSD_STRING ? namedNode(datatype) : undefined)
}
