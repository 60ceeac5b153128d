/**
 * SHACL validation of Gaia-X claims against the project's own shapes (schemas/shapes/): Loire
 * 25.11 and Tagus 22.10 in one shapes graph, compiled once per process or isolate. Workers-safe:
 * no `node:`, no fs, no process.
 *
 * The data graph holds the claims only: the credentialSubject nodes and what they embed or link
 * to, never the credential envelope or its proof. Loire credentials repeat the subject's class in
 * the credential's own `type`, so the closed shapes would reject `issuer`, `validFrom` and `proof`
 * (see schemas/reference/gaia-x/README.md). `sh:class` links (gx:providedBy, gx:dependsOn…)
 * only resolve when the linked nodes are in the same graph: validate a whole presentation, plus
 * the participants the node already holds.
 *
 * Engine: shacl-engine, chosen over rdf-validate-shacl by bench/shacl.ts (the official verdicts
 * on every fixture, about three times the throughput), with two of its constraint components
 * replaced (sh:in for speed, sh:or for correctness: shacl-constraints.ts). Engine results become
 * ShapeViolations in shacl-messages.ts.
 */
import type { DatasetCore, Quad, Quad_Object, Term } from '@rdfjs/types'
import { DataFactory, Parser, Store } from 'n3'
import { Validator } from 'shacl-engine'
import { LOIRE_NAMESPACE, loireShapes, loireSubclasses } from '../../schemas/shapes/loire-2511.js'
import { loireClasses, tagusClasses } from '../../schemas/shapes/classes.js'
import { TAGUS_NAMESPACE, tagusShapes } from '../../schemas/shapes/tagus-2210.js'
import { AppError } from '../errors.js'
import { customValidations } from './shacl-constraints.js'
import { Messages, type ShapeViolation } from './shacl-messages.js'

export type { ShapeViolation } from './shacl-messages.js'

export type ShapesResult = { conforms: boolean; violations: ShapeViolation[] }

export type ShapesValidator = { validate(data: Quad[]): Promise<ShapesResult> }

/** The registry's development namespace, which some 25.11 credentials use instead of 2511#. */
export const GAIA_X_DEVELOPMENT_NAMESPACE = 'https://w3id.org/gaia-x/development#'

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'
const RDF_TYPE = `${RDF}type`
const SH = 'http://www.w3.org/ns/shacl#'

const { namedNode, literal, quad, defaultGraph } = DataFactory

/**
 * Rewrites every IRI (and literal datatype) in the development namespace
 * `https://w3id.org/gaia-x/development#` into the Loire 25.11 namespace, so that one set of
 * Loire shapes applies to both. The registry publishes 25.11 under both names and its generated
 * context maps `gx:` to the development one, so credentials in the wild use either; the terms
 * are the same. Other quads are returned as they are.
 *
 * @example
 * const result = await shapesValidator().validate(withInferredTypes(normaliseNamespaces(quads)))
 */
export function normaliseNamespaces(quads: Quad[]): Quad[] {
  const renamed = (iri: string) =>
    iri.startsWith(GAIA_X_DEVELOPMENT_NAMESPACE)
      ? LOIRE_NAMESPACE + iri.slice(GAIA_X_DEVELOPMENT_NAMESPACE.length)
      : undefined
  return quads.map((q) => {
    const subject = q.subject.termType === 'NamedNode' ? renamed(q.subject.value) : undefined
    const predicate = renamed(q.predicate.value)
    let object: Quad_Object | undefined
    if (q.object.termType === 'NamedNode') {
      const iri = renamed(q.object.value)
      if (iri) object = namedNode(iri)
    } else if (q.object.termType === 'Literal') {
      const datatype = renamed(q.object.datatype.value)
      if (datatype) object = literal(q.object.value, namedNode(datatype))
    }
    if (!subject && !predicate && !object) return q
    return quad(
      subject ? namedNode(subject) : q.subject,
      predicate ? namedNode(predicate) : q.predicate,
      object ?? q.object,
      q.graph,
    )
  })
}

let known: ReadonlySet<string> | undefined

/**
 * Every class the node knows, as full IRIs (the development namespace reads as Loire's): every
 * class of the Loire 25.11 ontology and of the Tagus 22.10 shapes (schemas/shapes/classes.ts). A
 * credential subject of none of them is about something no Gaia-X rule describes.
 *
 * @example
 * knownClasses().has('https://w3id.org/gaia-x/2511#ServiceOffering') // true
 */
export function knownClasses(): ReadonlySet<string> {
  known ??= new Set([
    ...loireClasses.map((local) => LOIRE_NAMESPACE + local),
    ...tagusClasses.map((local) => TAGUS_NAMESPACE + local),
  ])
  return known
}

let superclasses: Map<string, string[]> | undefined

function superclassesOf(): Map<string, string[]> {
  if (superclasses) return superclasses
  const parents = new Map<string, string[]>()
  for (const [sub, sup] of loireSubclasses) {
    const key = LOIRE_NAMESPACE + sub
    parents.set(key, [...(parents.get(key) ?? []), LOIRE_NAMESPACE + sup])
  }
  const closure = new Map<string, string[]>()
  for (const cls of parents.keys()) {
    const found: string[] = []
    const todo = [...(parents.get(cls) ?? [])]
    while (todo.length > 0) {
      const next = todo.shift()!
      if (found.includes(next)) continue
      found.push(next)
      todo.push(...(parents.get(next) ?? []))
    }
    closure.set(cls, found)
  }
  superclasses = closure
  return closure
}

/**
 * Adds `?node rdf:type ?super` for every Loire superclass of every type a node has (transitively,
 * from the 25.11 ontology), so that `sh:targetClass gx:ServiceOffering` reaches a
 * `gx:VirtualMachineServiceOffering` and `sh:class gx:RegistrationNumber` accepts a `gx:VatID`.
 *
 * The official README recommends adding the ontology's `rdfs:subClassOf` triples to the data
 * graph instead. The verdicts are the same: SHACL defines a node's classes as its rdf:type values
 * and their rdfs:subClassOf* superclasses in the data graph, which is exactly the set of rdf:type
 * values after this inference; the only difference would show in a shape constraining rdf:type
 * itself (its count or values), and no Gaia-X shape does. Materialising the types also serves
 * engines that read the hierarchy from the shapes graph only (shacl-engine does). The agreement
 * test runs the official shapes on the subClassOf variant and compares.
 *
 * @example
 * withInferredTypes([quad(vat, rdfType, namedNode(`${LOIRE_NAMESPACE}VatID`))])
 * // + quad(vat, rdfType, gx:RegistrationNumber)
 */
export function withInferredTypes(quads: Quad[]): Quad[] {
  const closure = superclassesOf()
  const seen = new Set<string>()
  const key = (subject: Term, cls: string) => `${subject.termType}|${subject.value}|${cls}`
  for (const q of quads) {
    if (q.predicate.value === RDF_TYPE) seen.add(key(q.subject, q.object.value))
  }
  const added: Quad[] = []
  for (const q of quads) {
    if (q.predicate.value !== RDF_TYPE || q.object.termType !== 'NamedNode') continue
    for (const sup of closure.get(q.object.value) ?? []) {
      const k = key(q.subject, sup)
      if (seen.has(k)) continue
      seen.add(k)
      added.push(quad(q.subject, q.predicate, namedNode(sup), q.graph))
    }
  }
  return added.length === 0 ? quads : [...quads, ...added]
}

// ---------------------------------------------------------------------------------------------
// The engine

type Compiled = {
  engine: Validator
  messages: Messages
  /** class IRI → the node shapes that target it (sh:targetClass) */
  shapesByClass: Map<string, Term[]>
}

let compiled: Compiled | undefined

/**
 * The validator for the project's Loire and Tagus shapes. The shapes are parsed and the engine
 * built on the first validation only (a few hundred milliseconds of CPU: 28,500 quads, most of
 * them sh:in lists), then reused: call it per request, it is memoised per process or isolate.
 *
 * `conforms` is false when at least one result has severity sh:Violation; sh:Warning and sh:Info
 * results are reported with severity `warning` and do not block (none of the Gaia-X shapes sets a
 * severity, so this equals SHACL's sh:conforms for them).
 *
 * @example
 * const quads = withInferredTypes(normaliseNamespaces(subjectQuads))
 * const { conforms, violations } = await shapesValidator().validate(quads)
 */
export function shapesValidator(): ShapesValidator {
  return {
    async validate(data: Quad[]): Promise<ShapesResult> {
      compiled ??= compile()
      const { engine, messages, shapesByClass } = compiled
      // The data graph is one graph: named graphs of the input are merged into the default one.
      const dataset = new Store()
      // Only the shapes whose classes occur: every shape is targeted by class alone (checked in
      // compile()), so the others have no focus node, and skipping them saves their target
      // resolution (about a tenth of the time on an offering).
      const relevant = new Set<Term>()
      for (const q of data) {
        dataset.addQuad(q.subject, q.predicate, q.object, defaultGraph())
        if (q.predicate.value !== RDF_TYPE) continue
        for (const shape of shapesByClass.get(q.object.value) ?? []) relevant.add(shape)
      }
      const { results } = await engine.validate(
        { dataset: new MatchedGraph(dataset) },
        [...relevant].map((shape) => ({ terms: [shape] })),
      )
      const violations: ShapeViolation[] = []
      const seen = new Set<string>()
      for (const result of results) {
        const violation = messages.toViolation(result, dataset)
        // Subclass shapes repeat their superclass's properties, so one fault can be reported by
        // several shapes on the same node: report it once.
        const key = [violation.focusNode, violation.path, violation.constraint, violation.value]
        const k = JSON.stringify(key)
        if (seen.has(k)) continue
        seen.add(k)
        violations.push(violation)
      }
      return { conforms: !violations.some((v) => v.severity === 'violation'), violations }
    },
  }
}

function compile(): Compiled {
  const shapes = new Store()
  // One parser per document: n3 scopes blank-node labels per parser, so the two cannot clash.
  shapes.addQuads(new Parser().parse(loireShapes))
  shapes.addQuads(new Parser().parse(tagusShapes))
  const factory = { ...DataFactory, dataset: (quads?: Quad[]) => new Store(quads) }
  const engine = new Validator(new MatchedGraph(shapes), {
    factory,
    validations: customValidations(shapes),
  })
  const shapesByClass = new Map<string, Term[]>()
  for (const q of shapes.getQuads(null, `${SH}targetClass`, null, null)) {
    shapesByClass.set(q.object.value, [...(shapesByClass.get(q.object.value) ?? []), q.subject])
  }
  for (const target of ['targetNode', 'targetSubjectsOf', 'targetObjectsOf', 'target']) {
    if (shapes.getQuads(null, SH + target, null, null).length > 0) {
      // validate() picks the shapes by class; another kind of target needs code there
      throw new AppError('internal', `sh:${target} is not supported by shapesValidator().`)
    }
  }
  return { engine, messages: new Messages(shapes), shapesByClass }
}

/** A graph the engine reads and never writes. */
abstract class ReadOnlyGraph implements DatasetCore {
  abstract readonly size: number
  abstract match(
    subject?: Term | null,
    predicate?: Term | null,
    object?: Term | null,
    graph?: Term | null,
  ): DatasetCore
  abstract has(quad: Quad): boolean
  abstract [Symbol.iterator](): Iterator<Quad>

  add(): this {
    throw new AppError('internal', 'The graphs of a validation are read-only.')
  }

  delete(): this {
    throw new AppError('internal', 'The graphs of a validation are read-only.')
  }
}

/**
 * An n3 Store as the engine reads it, its `match` answered with an array. n3's own `match`
 * builds a readable stream for every call, and the engine's path walks call it for each step
 * of each property of each focus node (bench/ingest.ts, presentations of 50: the shapes stage
 * 336–348 µs per credential with arrays against 377 without).
 */
class MatchedGraph extends ReadOnlyGraph {
  constructor(private readonly store: Store) {
    super()
  }

  get size(): number {
    return this.store.size
  }

  match(subject?: Term | null, predicate?: Term | null, object?: Term | null, graph?: Term | null) {
    return new QuadList(
      this.store.getQuads(subject ?? null, predicate ?? null, object ?? null, graph ?? null),
    )
  }

  has(quad: Quad): boolean {
    return this.store.has(quad)
  }

  [Symbol.iterator](): Iterator<Quad> {
    return this.store[Symbol.iterator]()
  }
}

/** The quads one `match` found. */
class QuadList extends ReadOnlyGraph {
  constructor(private readonly quads: Quad[]) {
    super()
  }

  get size(): number {
    return this.quads.length
  }

  match(subject?: Term | null, predicate?: Term | null, object?: Term | null, graph?: Term | null) {
    return new QuadList(
      this.quads.filter(
        (q) =>
          (!subject || q.subject.equals(subject)) &&
          (!predicate || q.predicate.equals(predicate)) &&
          (!object || q.object.equals(object)) &&
          (!graph || q.graph.equals(graph)),
      ),
    )
  }

  has(quad: Quad): boolean {
    return this.quads.some((q) => q.equals(quad))
  }

  [Symbol.iterator](): Iterator<Quad> {
    return this.quads[Symbol.iterator]()
  }
}
