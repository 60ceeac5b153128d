/**
 * Validation results (shapes-compiler.ts) → ShapeViolations. A shape's own sh:message is used when
 * it has one (the Gaia-X shapes rarely do); otherwise a sentence per constraint component, built
 * from the shapes graph, says what was expected.
 */
import type { Quad_Object, Quad_Subject, Term } from '@rdfjs/types'
import type { Store } from 'n3'
import { LOIRE_NAMESPACE } from '../../schemas/shapes/loire-2511.js'
import { TAGUS_NAMESPACE } from '../../schemas/shapes/tagus-2210.js'
import { listItems, type DataGraph, type ShapeResult } from './shapes-compiler.js'

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

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'
const SH = 'http://www.w3.org/ns/shacl#'

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

/** Turns validation results into ShapeViolations with readable messages, from the shapes graph. */
export class Messages {
  private readonly owners = new Map<string, string | undefined>()

  constructor(private readonly shapes: Store) {}

  toViolation(result: ShapeResult, data: DataGraph): ShapeViolation {
    const { shape, path, value } = result
    const constraint = compact(result.constraint)
    const ownMessage = this.shapes
      .getObjects(shape as Quad_Subject, `${SH}message`, null)
      .find((m) => m.termType === 'Literal')
    const named = this.namedShape(shape)
    return {
      focusNode: show(result.focus),
      ...(path === undefined ? {} : { path }),
      ...(value === undefined ? {} : { value: show(value) }),
      constraint,
      ...(named === undefined ? {} : { shape: named }),
      message:
        ownMessage?.value ?? this.sentence(constraint, shape, result.focus, path, value, data),
      severity: result.severity === `${SH}Violation` ? 'violation' : 'warning',
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
    data: DataGraph,
  ): string {
    const property = path === undefined ? 'This node' : compact(path)
    const count = () => (path === undefined ? 0 : data.values(focus, path).length)
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
