/**
 * The constraint components shapesValidator() runs instead of shacl-engine's own: sh:in for
 * speed, sh:or for correctness. They plug in through the engine's `validations` option, keyed by
 * the constraint's parameter.
 */
import type { Quad_Subject, Term } from '@rdfjs/types'
import { DataFactory, type Store } from 'n3'
import type { Context, Shape, Validation, ValidatorOptions } from 'shacl-engine'

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'
const SH = 'http://www.w3.org/ns/shacl#'

const { namedNode } = DataFactory

/** The replacements for sh:in and sh:or, compiled against `shapes` (the engine's shapes graph). */
export function customValidations(shapes: Store): NonNullable<ValidatorOptions['validations']> {
  return [
    [namedNode(`${SH}in`), (shape) => compileIn(shapes, shape.ptr.term)],
    [namedNode(`${SH}or`), (shape) => compileOr(shapes, shape)],
  ]
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
