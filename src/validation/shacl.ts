/**
 * SHACL validation of Gaia-X claims against the project's own shapes (schemas/shapes/): Loire
 * 25.11 and Tagus 22.10 in one shapes graph, compiled once per process or isolate. Workers-safe:
 * no `node:`, no fs, no process.
 *
 * The data graph holds the claims only: the credentialSubject nodes and what they embed or link
 * to, never the credential envelope or its proof. Loire credentials repeat the subject's class in
 * the credential's own `type`, so the closed shapes would reject `issuer`, `validFrom` and `proof`
 * (see ../shared/gaia-x/README.md). `sh:class` links (gx:providedBy, gx:dependsOn…) only resolve
 * when the linked nodes are in the same graph: validate a whole presentation, plus the
 * participants the node already holds.
 *
 * Engine: shacl-engine, chosen over rdf-validate-shacl by bench/shacl.ts (the official verdicts
 * on every fixture, about three times the throughput), with two of its constraint components
 * replaced below (sh:in for speed, sh:or for correctness).
 */
import type { Quad, Quad_Object, Quad_Subject, Term } from '@rdfjs/types'
import { DataFactory, Parser, Store } from 'n3'
// @ts-expect-error shacl-engine ships no types; the Engine* types below describe what we use
import { Validator } from 'shacl-engine'
import { LOIRE_NAMESPACE, loireShapes, loireSubclasses } from '../../schemas/shapes/loire-2511.js'
import { TAGUS_NAMESPACE, tagusShapes } from '../../schemas/shapes/tagus-2210.js'
import { AppError } from '../errors.js'

export type ShapeViolation = {
  /** The node that failed: its IRI, or `_:label` for a blank node, as labelled in the data. */
  focusNode: string
  /** The property IRI, when the constraint is on a property. */
  path?: string
  /** The offending value: a literal's lexical form, an IRI or `_:label`. */
  value?: string
  /** The SHACL constraint component, e.g. `sh:MinCountConstraintComponent`. */
  constraint: string
  /** The IRI of the (nearest named) shape that holds the constraint. */
  shape?: string
  message: string
  severity: 'violation' | 'warning'
}

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

/** The slice of shacl-engine's (untyped) API this module uses. */
type EngineTerm = Term
type EnginePointer = { term: EngineTerm; node(terms: EngineTerm[]): EnginePointer }
type EngineShape = {
  ptr: EnginePointer
  message: EngineTerm[]
  validator: { shape(ptr: EnginePointer): EngineShape }
  validate(context: EngineContext): Promise<EngineContext>
}
type EngineResult = {
  focusNode: EnginePointer
  path?: { predicates: EngineTerm[] }[]
  value?: EnginePointer
  constraintComponent: EngineTerm
  severity: EngineTerm
  shape: EngineShape
  message: EngineTerm[]
}
type EngineReport = { conforms: boolean; results: EngineResult[] }
type EngineContext = {
  valueOrNode: EnginePointer
  report: EngineReport
  create(options: { child: boolean; focusNode: EnginePointer }): EngineContext
  test(success: boolean, component: EngineTerm, args: object): void
}
type EngineValidator = {
  validate(data: { dataset: Store }, shapes?: { terms: EngineTerm[] }[]): Promise<EngineReport>
}
type EngineCompiler = (shape: EngineShape) => object
type EngineValidatorClass = new (
  shapes: Store,
  options: { factory: object; validations?: [EngineTerm, EngineCompiler][] },
) => EngineValidator

type Compiled = {
  engine: EngineValidator
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
        { dataset },
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
  const EngineClass = Validator as EngineValidatorClass
  const engine = new EngineClass(shapes, {
    factory,
    // shacl-engine's plug-in point for constraint components (its SPARQL support uses it too)
    validations: [
      [namedNode(`${SH}in`), (shape) => compileIn(shapes, shape.ptr.term)],
      [namedNode(`${SH}or`), (shape) => compileOr(shapes, shape)],
    ],
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

/**
 * sh:in as a Set lookup. shacl-engine's own sh:in joins every allowed value into a message
 * argument on each check, passing or not: with the 1,909 MIME types of gx:mimeTypes on every
 * legal document, that dominated the validation time. Same semantics: RDF term equality.
 */
function compileIn(shapes: Store, shape: EngineTerm): object {
  const list = listItems(shapes, shapes.getObjects(shape as Quad_Subject, `${SH}in`, null)[0])
  const allowed = new Set(list.map(termKey))
  const component = namedNode(`${SH}InConstraintComponent`)
  return {
    generic(context: EngineContext) {
      const value = context.valueOrNode
      if (allowed.has(termKey(value.term))) return context.test(true, component, {})
      context.test(false, component, { value })
    },
  }
}

/**
 * sh:or with one disjunction per sh:or value. shacl-engine 1.1.2 flattens every sh:or list of a
 * shape into a single disjunction, so Tagus gx:ServiceOfferingShape's two alternatives
 * ((dependsOn exists | absent) and (aggregationOf exists | absent)) became "any of four", and an
 * offering with an unresolvable gx:dependsOn but no gx:aggregationOf passed. SHACL (4.6.2) and
 * rdf-validate-shacl treat each value as its own constraint: so does this.
 */
function compileOr(shapes: Store, shape: EngineShape): object {
  const component = namedNode(`${SH}OrConstraintComponent`)
  const disjunctions = shapes
    .getObjects(shape.ptr.term as Quad_Subject, `${SH}or`, null)
    .map((head) =>
      listItems(shapes, head).map((item) => shape.validator.shape(shape.ptr.node([item]))),
    )
  return {
    async generic(context: EngineContext) {
      const value = context.valueOrNode
      for (const alternatives of disjunctions) {
        let conforms = false
        for (const alternative of alternatives) {
          const branch = await alternative.validate(
            context.create({ child: true, focusNode: value }),
          )
          if (branch.report.conforms) {
            conforms = true
            break
          }
        }
        context.test(conforms, component, { value })
      }
    },
  }
}

function termKey(term: Term): string {
  if (term.termType !== 'Literal') return `${term.termType}|${term.value}`
  return `Literal|${term.value}|${term.datatype.value}|${term.language}`
}

function listItems(store: Store, head: Term | undefined): Term[] {
  const items: Term[] = []
  let node = head
  while (node && node.value !== `${RDF}nil`) {
    const first = store.getObjects(node as Quad_Subject, `${RDF}first`, null)[0]
    if (first) items.push(first)
    node = store.getObjects(node as Quad_Subject, `${RDF}rest`, null)[0]
  }
  return items
}

// ---------------------------------------------------------------------------------------------
// Reports → ShapeViolation

const PREFIXES: [string, string][] = [
  ['gx:', LOIRE_NAMESPACE],
  ['gx:', TAGUS_NAMESPACE],
  ['sh:', SH],
  ['xsd:', 'http://www.w3.org/2001/XMLSchema#'],
  ['rdf:', RDF],
  ['schema:', 'https://schema.org/'],
  ['vcard:', 'http://www.w3.org/2006/vcard/ns#'],
  ['dcterms:', 'http://purl.org/dc/terms/'],
  ['qudt:', 'http://qudt.org/schema/qudt/'],
  ['qk:', 'http://qudt.org/vocab/quantitykind/'],
]

function compact(iri: string): string {
  for (const [prefix, ns] of PREFIXES) {
    if (iri.startsWith(ns) && iri.length > ns.length) return prefix + iri.slice(ns.length)
  }
  return iri
}

function show(term: Term): string {
  if (term.termType === 'BlankNode') return `_:${term.value}`
  return term.value
}

function quote(term: Term): string {
  if (term.termType !== 'Literal') return `<${show(term)}>`
  const text = term.value.length > 60 ? `${term.value.slice(0, 57)}…` : term.value
  return `"${text}"`
}

/** Turns engine results into ShapeViolations with readable messages, reading the shapes graph. */
class Messages {
  private readonly owners = new Map<string, string | undefined>()

  constructor(private readonly shapes: Store) {}

  toViolation(result: EngineResult, data: Store): ShapeViolation {
    const shape = result.shape.ptr.term
    const path = result.path?.length === 1 ? result.path[0]?.predicates[0]?.value : undefined
    const value = result.value?.term
    const constraint = compact(result.constraintComponent.value)
    const ownMessage = result.shape.message.find((m) => m.termType === 'Literal')
    const named = this.namedShape(shape)
    return {
      focusNode: show(result.focusNode.term),
      ...(path === undefined ? {} : { path }),
      ...(value === undefined ? {} : { value: show(value) }),
      constraint,
      ...(named === undefined ? {} : { shape: named }),
      message:
        ownMessage?.value ??
        this.sentence(constraint, shape, result.focusNode.term, path, value, data),
      severity: result.severity.value === `${SH}Violation` ? 'violation' : 'warning',
    }
  }

  /** The shape itself when it is named, else the named shape whose sh:property (…) holds it. */
  private namedShape(shape: Term): string | undefined {
    if (shape.termType === 'NamedNode') return shape.value
    const cached = this.owners.get(shape.value)
    if (cached !== undefined || this.owners.has(shape.value)) return cached
    let owner: string | undefined
    let node: Term | undefined = shape
    for (let depth = 0; node && depth < 10; depth++) {
      if (node.termType === 'NamedNode') {
        owner = node.value
        break
      }
      // up one level: a shape's owner, or the list cell holding it (sh:or, sh:and…)
      node = this.shapes.getSubjects(null, node as Quad_Object, null)[0]
    }
    this.owners.set(shape.value, owner)
    return owner
  }

  private one(shape: Term, property: string): Term | undefined {
    return this.shapes.getObjects(shape as Quad_Subject, SH + property, null)[0]
  }

  private sentence(
    constraint: string,
    shape: Term,
    focus: Term,
    path: string | undefined,
    value: Term | undefined,
    data: Store,
  ): string {
    const property = path === undefined ? 'This node' : compact(path)
    const count = () =>
      path === undefined ? 0 : data.getObjects(focus as Quad_Subject, path, null).length
    const number = (p: string) => Number(this.one(shape, p)?.value)
    const valueText = value === undefined ? 'the value' : quote(value)
    switch (constraint) {
      case 'sh:MinCountConstraintComponent': {
        const min = number('minCount')
        return `${property} is required: at least ${min} value${min === 1 ? '' : 's'}, found ${count()}.`
      }
      case 'sh:MaxCountConstraintComponent': {
        const max = number('maxCount')
        return max === 0
          ? `${property} must not be given here.`
          : `${property} allows at most ${max} value${max === 1 ? '' : 's'}, found ${count()}.`
      }
      case 'sh:DatatypeConstraintComponent': {
        const datatype = compact(this.one(shape, 'datatype')?.value ?? '')
        const actual = value?.termType === 'Literal' ? compact(value.datatype.value) : undefined
        return actual === datatype
          ? `${property}: ${valueText} is not a valid ${datatype}.`
          : `${property} must be a literal of type ${datatype}; ${valueText} is ${actual ?? 'not a literal'}.`
      }
      case 'sh:ClassConstraintComponent': {
        const cls = compact(this.one(shape, 'class')?.value ?? '')
        return `${property} must link to a ${cls}; ${valueText} is not one in this graph.`
      }
      case 'sh:NodeKindConstraintComponent': {
        const kind = this.one(shape, 'nodeKind')?.value.slice(SH.length) ?? ''
        const kinds: Record<string, string> = {
          IRI: 'an IRI',
          Literal: 'a literal',
          BlankNode: 'a blank node',
          BlankNodeOrIRI: 'a link or an embedded node, not a literal',
          BlankNodeOrLiteral: 'a blank node or a literal',
          IRIOrLiteral: 'an IRI or a literal',
        }
        return `${property} must be ${kinds[kind] ?? kind}; ${valueText} is not.`
      }
      case 'sh:InConstraintComponent': {
        const allowed = listItems(this.shapes, this.one(shape, 'in')).map((t) => t.value)
        const shown =
          allowed.length <= 8
            ? allowed.join(', ')
            : `${allowed.length} values, e.g. ${allowed.slice(0, 5).join(', ')}`
        return `${property}: ${valueText} is not an allowed value (${shown}).`
      }
      case 'sh:ClosedConstraintComponent': {
        const targets = this.shapes.getObjects(shape as Quad_Subject, `${SH}targetClass`, null)
        const cls = targets[0] ? `a ${compact(targets[0].value)}` : 'this node'
        return `${property} is not a property of ${cls} (closed shape).`
      }
      case 'sh:OrConstraintComponent': {
        const options = listItems(this.shapes, this.one(shape, 'or')).map((o) => this.describe(o))
        return `${property}: ${valueText} matches none of the allowed forms (${options.join('; ')}).`
      }
      case 'sh:PatternConstraintComponent':
        return `${property}: ${valueText} does not match the pattern ${this.one(shape, 'pattern')?.value}.`
      case 'sh:MinInclusiveConstraintComponent':
        return `${property} must be at least ${this.one(shape, 'minInclusive')?.value}; got ${valueText}.`
      case 'sh:MaxInclusiveConstraintComponent':
        return `${property} must be at most ${this.one(shape, 'maxInclusive')?.value}; got ${valueText}.`
      case 'sh:MinLengthConstraintComponent':
        return `${property} must be at least ${this.one(shape, 'minLength')?.value} characters long.`
      case 'sh:HasValueConstraintComponent':
        return `${property} must have the value ${quote(this.one(shape, 'hasValue')!)}.`
      case 'sh:NodeConstraintComponent':
        return `${property}: ${valueText} does not conform to ${compact(this.one(shape, 'node')?.value ?? '')}.`
      case 'sh:QualifiedMinCountConstraintComponent':
        return `${property} needs at least ${this.one(shape, 'qualifiedMinCount')?.value} value(s) of the expected kind.`
      default:
        return `${property}: ${valueText} violates ${constraint}.`
    }
  }

  /** A short description of one sh:or alternative. */
  private describe(option: Term): string {
    const cls = this.one(option, 'class')
    if (cls) return `a ${compact(cls.value)}`
    const datatype = this.one(option, 'datatype')
    const allowed = this.one(option, 'in')
    if (allowed) {
      const count = listItems(this.shapes, allowed).length
      return `one of ${count} listed values`
    }
    if (datatype) return `a literal of type ${compact(datatype.value)}`
    const property = this.one(option, 'property')
    if (property) return `a node conforming to ${compact(property.value)}`
    return 'a node matching the alternative'
  }
}
