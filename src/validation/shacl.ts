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
 * The shapes are compiled into plain checks by shapes-compiler.ts; its results become
 * ShapeViolations in shacl-messages.ts.
 */
import type { Quad, Quad_Object, Term } from '@rdfjs/types'
import { DataFactory, Parser, Store } from 'n3'
import { LOIRE_NAMESPACE, loireShapes, loireSubclasses } from '../../schemas/shapes/loire-2511.js'
import { loireClasses, tagusClasses } from '../../schemas/shapes/classes.js'
import { TAGUS_NAMESPACE, tagusShapes } from '../../schemas/shapes/tagus-2210.js'
import { Messages, type ShapeViolation } from './shacl-messages.js'
import { CompiledShapes, DataGraph } from './shapes-compiler.js'

export type { ShapeViolation } from './shacl-messages.js'

export type ShapesResult = { conforms: boolean; violations: ShapeViolation[] }

export type ShapesValidator = { validate(data: Quad[]): Promise<ShapesResult> }

/** The registry's development namespace, which some 25.11 credentials use instead of 2511#. */
export const GAIA_X_DEVELOPMENT_NAMESPACE = 'https://w3id.org/gaia-x/development#'

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'
const RDF_TYPE = `${RDF}type`

const { namedNode, literal, quad } = DataFactory

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
 * itself (its count or values), and no Gaia-X shape does. Materialising the types also lets the
 * compiled shapes read a node's classes from its rdf:type values alone. The agreement
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

let compiled: { shapes: CompiledShapes; messages: Messages } | undefined

/**
 * The validator for the project's Loire and Tagus shapes. The shapes are parsed and compiled on
 * the first validation only (a few hundred milliseconds of CPU: 28,500 quads, most of them sh:in
 * lists), then reused: call it per request, it is memoised per process or isolate.
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
      const { shapes, messages } = compiled
      const graph = new DataGraph(data)
      const violations: ShapeViolation[] = []
      const seen = new Set<string>()
      for (const result of shapes.validate(graph)) {
        const violation = messages.toViolation(result, graph)
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

function compile() {
  const shapes = new Store()
  // One parser per document: n3 scopes blank-node labels per parser, so the two cannot clash.
  shapes.addQuads(new Parser().parse(loireShapes))
  shapes.addQuads(new Parser().parse(tagusShapes))
  return { shapes: new CompiledShapes(shapes), messages: new Messages(shapes) }
}
