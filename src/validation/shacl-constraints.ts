/**
 * The constraint components shapesValidator() runs instead of shacl-engine's own: sh:in and
 * sh:property for speed, sh:or for correctness. They plug in through the engine's `validations`
 * option, keyed by the constraint's parameter.
 */
import type { DatasetCore, Quad_Predicate, Quad_Subject, Term } from '@rdfjs/types'
import { DataFactory, type Store } from 'n3'
import type { Context, Shape, Validation, ValidatorOptions } from 'shacl-engine'

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'
const SH = 'http://www.w3.org/ns/shacl#'

const { namedNode } = DataFactory

/** The replacements for sh:in, sh:or and sh:property, compiled against `shapes` (the engine's shapes graph). */
export function customValidations(shapes: Store): NonNullable<ValidatorOptions['validations']> {
  return [
    [namedNode(`${SH}in`), (shape) => compileIn(shapes, shape.ptr.term)],
    [namedNode(`${SH}or`), (shape) => compileOr(shapes, shape)],
    [namedNode(`${SH}property`), (shape) => compileProperty(shapes, shape)],
  ]
}

/**
 * The parameters of a property shape that only ever constrain its value nodes, one at a time or
 * as a whole, so that a node without any value for the path satisfies them (SHACL 4: each of
 * these components reports per value node, or on too many of them), and those that validate
 * nothing. sh:minCount counts only when 0. Anything else (sh:hasValue, sh:qualifiedMinCount,
 * sh:equals, SPARQL…) can fail on no values: its shape is always run.
 */
const VALUES_ONLY = new Set(
  (
    'path name description message order group severity defaultValue deactivated maxCount ' +
    'nodeKind datatype class in or and not xone node minInclusive maxInclusive minExclusive ' +
    'maxExclusive minLength maxLength pattern flags languageIn uniqueLang lessThan ' +
    'lessThanOrEquals disjoint'
  )
    .split(' ')
    .map((name) => SH + name),
)

/**
 * sh:property that leaves out, on a focus node with no value for its path, a property shape of
 * the VALUES_ONLY kind: it would find nothing to report. shacl-engine runs every property shape
 * of every targeted node, resolving its path and building its value sets and contexts even when
 * the node has no such property, and a Gaia-X offering sets a few of the twenty-odd its shapes
 * describe: two property shapes in three are left out on the bench's offerings, and the shapes
 * stage fell from 336–348 to 280–308 µs per credential. The shapes it runs, it runs as the
 * engine's own sh:property does, in the same order.
 */
function compileProperty(shapes: Store, shape: Shape): Validation {
  const properties = shapes
    .getObjects(shape.ptr.term as Quad_Subject, `${SH}property`, null)
    .map((term) => {
      const path = shapes.getObjects(term as Quad_Subject, `${SH}path`, null)[0]
      const valuesOnly =
        path?.termType === 'NamedNode' &&
        shapes
          .getQuads(term as Quad_Subject, null, null, null)
          .every(
            (q) =>
              q.predicate.value === `${RDF}type` ||
              VALUES_ONLY.has(q.predicate.value) ||
              (q.predicate.value === `${SH}minCount` && q.object.value === '0'),
          )
      return {
        shape: shape.validator.shape(shape.ptr.node([term])),
        skipWithout: valuesOnly ? path : undefined,
      }
    })
  return {
    async generic(context: Context) {
      const focus = context.valueOrNode
      const propertyContext = context.create({ focusNode: focus })
      for (const { shape, skipWithout } of properties) {
        if (skipWithout && !focus.ptrs.some((p) => hasValue(p.dataset, p.term, skipWithout))) {
          continue
        }
        await shape.validate(propertyContext)
      }
    },
  }
}

function hasValue(dataset: DatasetCore, subject: Term, predicate: Term): boolean {
  return dataset.match(subject as Quad_Subject, predicate as Quad_Predicate).size > 0
}

/**
 * sh:in as a Set lookup. shacl-engine's own sh:in joins every allowed value into a message
 * argument on each check, passing or not: with the 1,909 MIME types of gx:mimeTypes on every
 * legal document, that dominated the validation time. Same semantics: RDF term equality.
 */
function compileIn(shapes: Store, shape: Term): Validation {
  const list = listItems(shapes, shapes.getObjects(shape as Quad_Subject, `${SH}in`, null)[0])
  const allowed = new Set(list.map(termKey))
  const component = namedNode(`${SH}InConstraintComponent`)
  return {
    generic(context: Context) {
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
function compileOr(shapes: Store, shape: Shape): Validation {
  const component = namedNode(`${SH}OrConstraintComponent`)
  const disjunctions = shapes
    .getObjects(shape.ptr.term as Quad_Subject, `${SH}or`, null)
    .map((head) =>
      listItems(shapes, head).map((item) => shape.validator.shape(shape.ptr.node([item]))),
    )
  return {
    async generic(context: Context) {
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
