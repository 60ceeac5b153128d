/**
 * The project's SHACL shapes compiled into plain functions over an indexed data graph: each shape
 * becomes a list of checks, each a closure over its parameters (a Set for sh:in, a RegExp for
 * sh:pattern, a lexical-form test for sh:datatype), run against a Map from subject to predicate to
 * values.
 *
 * It replaces a general engine (shacl-engine: 280–308 µs per offering in the ingest bench, a path
 * walk, a context and a value set for every property shape of every node) and is held to the
 * official verdicts: test/shapes-agreement.test.ts runs the official Gaia-X shapes with
 * rdf-validate-shacl on every published example, seed and negative fixture and compares, and
 * shapes-compiler.test.ts compares it with rdf-validate-shacl component by component.
 *
 * It implements SHACL Core (https://www.w3.org/TR/shacl/) for what Gaia-X shapes use: class
 * targets, predicate paths, and the components in COMPONENTS. A shapes graph that uses anything
 * else (another kind of target or path, sh:equals, SPARQL…) is refused when compiled, so that no
 * shape is ever half-checked in silence. A node's classes are its rdf:type values: the data graph
 * comes with their Gaia-X superclasses added (withInferredTypes()), and a partner's own
 * rdfs:subClassOf triples do not make a node an instance of a Gaia-X class. Workers-safe: no
 * `node:`.
 */
import type { Quad, Quad_Subject, Term } from '@rdfjs/types'
import type { Store } from 'n3'
import { AppError } from '../errors.js'

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'
const SH = 'http://www.w3.org/ns/shacl#'
const XSD = 'http://www.w3.org/2001/XMLSchema#'
const RDF_TYPE = `${RDF}type`

/** One SHACL validation result, before it is worded (shacl-messages.ts). */
export type ShapeResult = {
  /** The shape that holds the constraint: a property shape for the property's constraints. */
  shape: Term
  focus: Term
  /** The SHACL constraint component's IRI. */
  constraint: string
  path?: string
  value?: Term
  severity: string
}

/**
 * The data graph as the checks read it: distinct values per subject and predicate, in the order
 * the quads came (the named graphs of the input merged into one, as SHACL validates one graph).
 */
export class DataGraph {
  private readonly bySubject = new Map<string, Map<string, Term[]>>()
  private readonly seen = new Set<string>()
  /** subjects in the order they first appear, with their types */
  readonly typed: { node: Term; types: Term[] }[] = []

  constructor(quads: readonly Quad[]) {
    for (const q of quads) {
      const subject = termKey(q.subject)
      const key = `${subject} ${q.predicate.value} ${termKey(q.object)}`
      if (this.seen.has(key)) continue
      this.seen.add(key)
      let predicates = this.bySubject.get(subject)
      if (!predicates) {
        predicates = new Map()
        this.bySubject.set(subject, predicates)
      }
      const values = predicates.get(q.predicate.value)
      if (values) values.push(q.object)
      else predicates.set(q.predicate.value, [q.object])
      if (q.predicate.value === RDF_TYPE && values === undefined) {
        this.typed.push({ node: q.subject, types: predicates.get(RDF_TYPE)! })
      }
    }
  }

  /** The distinct values of `node` for `predicate`. */
  values(node: Term, predicate: string): readonly Term[] {
    return this.bySubject.get(termKey(node))?.get(predicate) ?? NONE
  }

  /** Every predicate of `node` with its values, in the order they came. */
  properties(node: Term): ReadonlyMap<string, readonly Term[]> {
    return this.bySubject.get(termKey(node)) ?? NO_PROPERTIES
  }
}

const NONE: readonly Term[] = []
const NO_PROPERTIES: ReadonlyMap<string, readonly Term[]> = new Map()

/** RDF term equality as a string: kind, value, and a literal's datatype and language. */
export function termKey(term: Term): string {
  if (term.termType === 'Literal') {
    return `L${term.value}\u0000${term.datatype.value}\u0000${term.language}`
  }
  return `${term.termType === 'BlankNode' ? 'B' : 'N'}${term.value}`
}

/** Where a shape's results go: collected, or only noticed (a nested shape's conformance). */
class Sink {
  failed = false
  constructor(readonly results?: ShapeResult[]) {}

  report(result: ShapeResult): void {
    this.failed = true
    this.results?.push(result)
  }
}

/**
 * A run over one data graph, with the (shape, node) pairs being reported on and being checked,
 * apart: a check reached again through a cycle of sh:node is taken to hold (the outer one decides),
 * and a report never stands in for a check, whose answer it does not know yet.
 */
type Run = { graph: DataGraph; reporting: Set<string>; checking: Set<string> }

type NodeCheck = (run: Run, focus: Term, sink: Sink) => void
/**
 * A check of one value node: true when it conforms. Its result names the value, but for
 * sh:hasValue on a node shape, whose value is the one that was expected, not the node's.
 */
type ValueCheck = {
  component: string
  conforms(run: Run, value: Term): boolean
  namesValue?: false
}
/** A check of a property's values as a whole (counts, sh:hasValue, qualified counts). */
type ValuesCheck = { component: string; conforms(run: Run, values: readonly Term[]): boolean }

/** A compiled shape: `validate` reports each of its results on `focus` to `sink`. */
type CompiledShape = { validate(run: Run, focus: Term, sink: Sink): void }

/**
 * The constraint parameters this compiler implements, and those that only annotate. Every
 * sh: predicate of a shape must be one of them.
 */
const COMPONENTS = new Set(
  (
    'class datatype nodeKind in pattern flags minLength maxLength minInclusive maxInclusive ' +
    'minExclusive maxExclusive minCount maxCount hasValue node or and not property closed ' +
    'ignoredProperties qualifiedValueShape qualifiedMinCount qualifiedMaxCount path targetClass ' +
    'name description message order group severity deactivated'
  )
    .split(' ')
    .map((name) => SH + name),
)

/** The shapes graph compiled: its shapes by term, and the node shapes that target each class. */
export class CompiledShapes {
  private readonly compiled = new Map<string, CompiledShape>()
  /** class IRI → the node shapes whose sh:targetClass it is */
  private readonly byClass = new Map<string, CompiledShape[]>()

  constructor(private readonly shapes: Store) {
    for (const q of shapes.getQuads(null, `${SH}targetClass`, null, null)) {
      const shape = this.shape(q.subject)
      const list = this.byClass.get(q.object.value)
      if (!list) this.byClass.set(q.object.value, [shape])
      else if (!list.includes(shape)) list.push(shape)
    }
    for (const target of ['targetNode', 'targetSubjectsOf', 'targetObjectsOf', 'target']) {
      if (shapes.getQuads(null, SH + target, null, null).length > 0) {
        throw new AppError('internal', `sh:${target} is not supported by the shapes compiler.`)
      }
    }
  }

  /** Every result of the targeted shapes on `graph`, shape by shape in class order. */
  validate(graph: DataGraph): ShapeResult[] {
    const results: ShapeResult[] = []
    const sink = new Sink(results)
    const run: Run = { graph, reporting: new Set(), checking: new Set() }
    const focusNodes = new Map<CompiledShape, Term[]>()
    for (const { node, types } of graph.typed) {
      for (const type of types) {
        if (type.termType !== 'NamedNode') continue
        for (const shape of this.byClass.get(type.value) ?? []) {
          const nodes = focusNodes.get(shape)
          if (!nodes) focusNodes.set(shape, [node])
          else if (!nodes.includes(node)) nodes.push(node)
        }
      }
    }
    for (const [shape, nodes] of focusNodes) {
      for (const node of nodes) shape.validate(run, node, sink)
    }
    return results
  }

  /** The compiled shape `term`, compiled once (shapes can refer to each other and to themselves). */
  private shape(term: Term): CompiledShape {
    const key = termKey(term)
    const known = this.compiled.get(key)
    if (known) return known
    let body: CompiledShape['validate'] | undefined
    const shape: CompiledShape = {
      validate: (run, focus, sink) => {
        const active = `${key} ${termKey(focus)}`
        const under = sink.results ? run.reporting : run.checking
        if (under.has(active)) return
        under.add(active)
        try {
          body!(run, focus, sink)
        } finally {
          under.delete(active)
        }
      },
    }
    this.compiled.set(key, shape)
    body = this.compileBody(term)
    return shape
  }

  private compileBody(term: Term): CompiledShape['validate'] {
    const subject = term as Quad_Subject
    const quads = this.shapes.getQuads(subject, null, null, null)
    for (const q of quads) {
      if (q.predicate.value.startsWith(SH) && !COMPONENTS.has(q.predicate.value)) {
        throw new AppError(
          'internal',
          `${q.predicate.value} (on shape ${term.value}) is not supported by the shapes compiler.`,
        )
      }
    }
    if (this.one(term, 'deactivated')?.value === 'true') return () => {}
    const severity = this.one(term, 'severity')?.value ?? `${SH}Violation`
    const path = this.one(term, 'path')
    if (path && path.termType !== 'NamedNode') {
      throw new AppError('internal', `Only predicate paths are supported (shape ${term.value}).`)
    }
    // the components in the order the shapes graph gives their parameters, each once
    const order: string[] = []
    for (const q of quads) if (!order.includes(q.predicate.value)) order.push(q.predicate.value)
    const valueChecks: ValueCheck[] = []
    const nodeChecks: NodeCheck[] = []
    const valuesChecks: ValuesCheck[] = []
    for (const parameter of order) {
      const name = parameter.slice(SH.length)
      // on a property shape, sh:hasValue is about its values as a whole; on a node shape, the node
      const values = path ? this.valuesCheck(term, name) : undefined
      if (values) valuesChecks.push(values)
      const value = values ? undefined : this.valueCheck(term, name)
      if (value) valueChecks.push(value)
      if (name === 'property') nodeChecks.push(this.propertyCheck(term))
      if (name === 'closed' && !path) {
        const closed = this.closedCheck(term, severity)
        if (closed) nodeChecks.push(closed)
      }
    }

    const predicate = path?.value
    const result = (focus: Term, constraint: string, value?: Term): ShapeResult => ({
      shape: term,
      focus,
      constraint,
      ...(predicate === undefined ? {} : { path: predicate }),
      ...(value === undefined ? {} : { value }),
      severity,
    })
    if (predicate === undefined) {
      // a node shape: its value checks apply to the focus node itself
      return (run, focus, sink) => {
        for (const check of nodeChecks) check(run, focus, sink)
        for (const check of valueChecks) {
          if (check.conforms(run, focus)) continue
          sink.report(
            result(focus, check.component, check.namesValue === false ? undefined : focus),
          )
        }
      }
    }
    return (run, focus, sink) => {
      const values = run.graph.values(focus, predicate)
      for (const check of valuesChecks) {
        if (!check.conforms(run, values)) sink.report(result(focus, check.component))
      }
      for (const value of values) {
        for (const check of nodeChecks) check(run, value, sink)
        for (const check of valueChecks) {
          if (!check.conforms(run, value)) sink.report(result(focus, check.component, value))
        }
      }
    }
  }

  /** The check of one value node that parameter `name` of `shape` stands for, if it is one. */
  private valueCheck(shape: Term, name: string): ValueCheck | undefined {
    const parameter = this.one(shape, name)
    if (!parameter) return undefined
    const component = componentOf(name)
    switch (name) {
      case 'class': {
        const classes = this.shapes
          .getObjects(shape as Quad_Subject, `${SH}class`, null)
          .map((c) => c.value)
        return {
          component,
          conforms: (run, value) => {
            if (value.termType === 'Literal') return false
            const types = run.graph.values(value, RDF_TYPE)
            return classes.every((cls) => types.some((type) => type.value === cls))
          },
        }
      }
      case 'datatype': {
        const lexical = LEXICAL_FORMS[parameter.value]
        return {
          component,
          conforms: (_run, value) =>
            value.termType === 'Literal' &&
            value.datatype.value === parameter.value &&
            (lexical === undefined || lexical(value.value)),
        }
      }
      case 'nodeKind': {
        const kinds = NODE_KINDS[parameter.value]
        if (!kinds) throw new AppError('internal', `Unknown sh:nodeKind ${parameter.value}.`)
        return { component, conforms: (_run, value) => kinds.includes(value.termType) }
      }
      case 'in': {
        const allowed = new Set(listItems(this.shapes, parameter).map(termKey))
        return { component, conforms: (_run, value) => allowed.has(termKey(value)) }
      }
      case 'pattern': {
        const pattern = new RegExp(parameter.value, this.one(shape, 'flags')?.value ?? '')
        return {
          component,
          conforms: (_run, value) => value.termType !== 'BlankNode' && pattern.test(value.value),
        }
      }
      case 'minLength':
      case 'maxLength': {
        const limit = Number(parameter.value)
        const within = name === 'minLength' ? (n: number) => n >= limit : (n: number) => n <= limit
        return {
          component,
          conforms: (_run, value) => value.termType !== 'BlankNode' && within(value.value.length),
        }
      }
      case 'minInclusive':
      case 'maxInclusive':
      case 'minExclusive':
      case 'maxExclusive': {
        const accepts = RANGES[name]!
        return {
          component,
          conforms: (_run, value) => {
            const order = compareLiterals(value, parameter)
            return order !== undefined && accepts(order)
          },
        }
      }
      case 'node': {
        const nodes = this.shapes
          .getObjects(shape as Quad_Subject, `${SH}node`, null)
          .map((node) => this.shape(node))
        return {
          component,
          conforms: (run, value) => nodes.every((n) => conformsTo(run, n, value)),
        }
      }
      case 'or':
      case 'and':
      case 'not': {
        // each sh:or (sh:and…) value is its own constraint, as SHACL 4.6 defines them
        const lists = this.shapes
          .getObjects(shape as Quad_Subject, SH + name, null)
          .map((head) =>
            name === 'not'
              ? [this.shape(head)]
              : listItems(this.shapes, head).map((s) => this.shape(s)),
          )
        const holds =
          name === 'or'
            ? (run: Run, value: Term, members: CompiledShape[]) =>
                members.some((m) => conformsTo(run, m, value))
            : name === 'and'
              ? (run: Run, value: Term, members: CompiledShape[]) =>
                  members.every((m) => conformsTo(run, m, value))
              : (run: Run, value: Term, members: CompiledShape[]) =>
                  !conformsTo(run, members[0]!, value)
        return {
          component,
          conforms: (run, value) => lists.every((members) => holds(run, value, members)),
        }
      }
      case 'hasValue': {
        const key = termKey(parameter)
        return { component, conforms: (_run, value) => termKey(value) === key, namesValue: false }
      }
      default:
        return undefined
    }
  }

  /** The check of a property's values as a whole that parameter `name` stands for, if it is one. */
  private valuesCheck(shape: Term, name: string): ValuesCheck | undefined {
    const parameter = this.one(shape, name)
    if (!parameter) return undefined
    const component = componentOf(name)
    switch (name) {
      case 'minCount': {
        const min = Number(parameter.value)
        return { component, conforms: (_run, values) => values.length >= min }
      }
      case 'maxCount': {
        const max = Number(parameter.value)
        return { component, conforms: (_run, values) => values.length <= max }
      }
      case 'qualifiedMinCount':
      case 'qualifiedMaxCount': {
        const qualified = this.shape(this.one(shape, 'qualifiedValueShape')!)
        const bound = Number(parameter.value)
        const within =
          name === 'qualifiedMinCount' ? (n: number) => n >= bound : (n: number) => n <= bound
        return {
          component,
          conforms: (run, values) =>
            within(values.filter((value) => conformsTo(run, qualified, value)).length),
        }
      }
      case 'hasValue': {
        const key = termKey(parameter)
        return {
          component,
          conforms: (_run, values) => values.some((value) => termKey(value) === key),
        }
      }
      default:
        return undefined
    }
  }

  /** sh:property: each property shape validates the node as its focus node. */
  private propertyCheck(shape: Term): NodeCheck {
    const properties = this.shapes
      .getObjects(shape as Quad_Subject, `${SH}property`, null)
      .map((property) => this.shape(property))
    return (run, focus, sink) => {
      for (const property of properties) property.validate(run, focus, sink)
    }
  }

  /** sh:closed: one result per value of each predicate neither a property's path nor ignored. */
  private closedCheck(shape: Term, severity: string): NodeCheck | undefined {
    if (this.one(shape, 'closed')?.value !== 'true') return undefined
    const allowed = new Set(
      this.shapes
        .getObjects(shape as Quad_Subject, `${SH}property`, null)
        .flatMap((property) => this.shapes.getObjects(property as Quad_Subject, `${SH}path`, null))
        .map((path) => path.value),
    )
    const ignored = this.one(shape, 'ignoredProperties')
    for (const item of ignored ? listItems(this.shapes, ignored) : []) allowed.add(item.value)
    const component = componentOf('closed')
    return (run, focus, sink) => {
      for (const [predicate, values] of run.graph.properties(focus)) {
        if (allowed.has(predicate)) continue
        for (const value of values) {
          sink.report({ shape, focus, constraint: component, path: predicate, value, severity })
        }
      }
    }
  }

  private one(shape: Term, name: string): Term | undefined {
    return this.shapes.getObjects(shape as Quad_Subject, SH + name, null)[0]
  }
}

/** The SHACL constraint component of parameter `name`: sh:minCount → sh:MinCountConstraintComponent. */
function componentOf(name: string): string {
  return `${SH}${name[0]!.toUpperCase()}${name.slice(1)}ConstraintComponent`
}

/** Whether `value` conforms to `shape`: no result at all, the first one ending the walk. */
function conformsTo(run: Run, shape: CompiledShape, value: Term): boolean {
  const sink = new Sink()
  shape.validate(run, value, sink)
  return !sink.failed
}

const NODE_KINDS: Record<string, Term['termType'][]> = {
  [`${SH}IRI`]: ['NamedNode'],
  [`${SH}Literal`]: ['Literal'],
  [`${SH}BlankNode`]: ['BlankNode'],
  [`${SH}BlankNodeOrIRI`]: ['BlankNode', 'NamedNode'],
  [`${SH}BlankNodeOrLiteral`]: ['BlankNode', 'Literal'],
  [`${SH}IRIOrLiteral`]: ['NamedNode', 'Literal'],
}

const RANGES: Record<string, (order: number) => boolean> = {
  minInclusive: (order) => order >= 0,
  maxInclusive: (order) => order <= 0,
  minExclusive: (order) => order > 0,
  maxExclusive: (order) => order < 0,
}

const TIME_ZONE = '(Z|[+-](0[0-9]|1[0-3]):[0-5][0-9]|[+-]14:00)?'
const DATE = '-?([1-9][0-9]{3,}|0[0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])'
const TIME = '(([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]+)?|24:00:00(\\.0+)?)'
const DECIMAL = '[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)'

/**
 * The lexical spaces (XSD 1.1 Part 2, §3.3) of the datatypes the shapes name, as sh:datatype
 * requires a literal's lexical form to be valid for its datatype. Others are not checked.
 */
const LEXICAL_FORMS: Record<string, (text: string) => boolean> = {
  [`${XSD}string`]: () => true,
  [`${XSD}anyURI`]: (text) => !/[\ufffe\uffff]/.test(text),
  [`${XSD}boolean`]: (text) => /^(true|false|1|0)$/.test(text),
  [`${XSD}integer`]: (text) => /^[+-]?[0-9]+$/.test(text),
  [`${XSD}decimal`]: (text) => new RegExp(`^${DECIMAL}$`).test(text),
  [`${XSD}float`]: (text) => new RegExp(`^(${DECIMAL}([Ee][+-]?[0-9]+)?|[+-]?INF|NaN)$`).test(text),
  [`${XSD}double`]: (text) =>
    new RegExp(`^(${DECIMAL}([Ee][+-]?[0-9]+)?|[+-]?INF|NaN)$`).test(text),
  [`${XSD}date`]: (text) => new RegExp(`^${DATE}${TIME_ZONE}$`).test(text),
  [`${XSD}dateTime`]: (text) => new RegExp(`^${DATE}T${TIME}${TIME_ZONE}$`).test(text),
}

const NUMERIC = new Set(
  [
    'integer',
    'decimal',
    'float',
    'double',
    'int',
    'long',
    'short',
    'byte',
    'nonNegativeInteger',
    'positiveInteger',
    'nonPositiveInteger',
    'negativeInteger',
    'unsignedInt',
    'unsignedLong',
    'unsignedShort',
    'unsignedByte',
  ].map((local) => XSD + local),
)
const TEMPORAL = new Set([`${XSD}dateTime`, `${XSD}date`])

/**
 * The order of two literals as SPARQL's `<` compares them: numbers with numbers, dates with
 * dates (both with a time zone or both without); undefined when they cannot be compared, which
 * a range constraint reports.
 */
function compareLiterals(a: Term, b: Term): number | undefined {
  if (a.termType !== 'Literal' || b.termType !== 'Literal') return undefined
  if (NUMERIC.has(a.datatype.value) && NUMERIC.has(b.datatype.value)) {
    const x = Number(a.value)
    const y = Number(b.value)
    return Number.isNaN(x) || Number.isNaN(y) ? undefined : x - y
  }
  if (TEMPORAL.has(a.datatype.value) && a.datatype.value === b.datatype.value) {
    if (zoned(a.value) !== zoned(b.value)) return undefined
    const x = Date.parse(a.value)
    const y = Date.parse(b.value)
    return Number.isNaN(x) || Number.isNaN(y) ? undefined : x - y
  }
  return undefined
}

function zoned(text: string): boolean {
  return /(Z|[+-][0-9]{2}:[0-9]{2})$/.test(text)
}

/** The members of the RDF list starting at `head` (rdf:first / rdf:rest), in order. */
export function listItems(store: Store, head: Term | undefined): Term[] {
  const items: Term[] = []
  let node = head
  while (node && node.value !== `${RDF}nil`) {
    const first = store.getObjects(node as Quad_Subject, `${RDF}first`, null)[0]
    if (first) items.push(first)
    node = store.getObjects(node as Quad_Subject, `${RDF}rest`, null)[0]
  }
  return items
}
