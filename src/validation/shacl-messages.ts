/**
 * Validation results (shapes-compiler.ts) → ShapeViolations. A shape's own sh:message is used when
 * it has one in the reader's language (the Gaia-X shapes rarely have one, in English); otherwise a
 * sentence per constraint component, built from the shapes graph, says in English and in French
 * what was expected and what was found.
 */
import type { Quad_Object, Quad_Subject, Term } from '@rdfjs/types'
import type { Literal, Store } from 'n3'
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
  /** What was expected and what was found, in English and in French. */
  message: Text
  severity: 'violation' | 'warning'
}

type Text = { en: string; fr: string }

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

/** A value as a message shows it: an IRI in angle brackets, a literal quoted and cut at 60. */
function quote(term: Term, open = '"', close = '"'): string {
  if (term.termType !== 'Literal') return `<${show(term)}>`
  const text = term.value.length > 60 ? `${term.value.slice(0, 57)}…` : term.value
  return `${open}${text}${close}`
}

/** Turns validation results into ShapeViolations with readable messages, from the shapes graph. */
export class Messages {
  private readonly owners = new Map<string, string | undefined>()

  constructor(private readonly shapes: Store) {}

  toViolation(result: ShapeResult, data: DataGraph): ShapeViolation {
    const { shape, path, value } = result
    const constraint = compact(result.constraint)
    const named = this.namedShape(shape)
    const sentence = this.sentence(constraint, shape, result.focus, path, value, data)
    return {
      focusNode: show(result.focus),
      ...(path === undefined ? {} : { path }),
      ...(value === undefined ? {} : { value: show(value) }),
      constraint,
      ...(named === undefined ? {} : { shape: named }),
      message: {
        en: this.ownMessage(shape, 'en') ?? sentence.en,
        fr: this.ownMessage(shape, 'fr') ?? sentence.fr,
      },
      severity: result.severity === `${SH}Violation` ? 'violation' : 'warning',
    }
  }

  /**
   * The shape's own sh:message in `language`; an untagged one counts as English, the language the
   * Gaia-X shapes write theirs in (a French reader gets the sentence below rather than English).
   */
  private ownMessage(shape: Term, language: 'en' | 'fr'): string | undefined {
    const messages = this.shapes
      .getObjects(shape as Quad_Subject, `${SH}message`, null)
      .filter((m): m is Literal => m.termType === 'Literal')
    const tagged = messages.find((m) => m.language.toLowerCase().split('-')[0] === language)
    return (tagged ?? (language === 'en' ? messages.find((m) => m.language === '') : undefined))
      ?.value
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

  /** What the constraint expected and what was found, in both languages. */
  private sentence(
    constraint: string,
    shape: Term,
    focus: Term,
    path: string | undefined,
    value: Term | undefined,
    data: DataGraph,
  ): Text {
    const p =
      path === undefined
        ? { en: 'This node', fr: 'Ce nœud' }
        : { en: compact(path), fr: compact(path) }
    const count = () => (path === undefined ? 0 : data.values(focus, path).length)
    const number = (name: string) => Number(this.one(shape, name)?.value)
    const text = (name: string) => this.one(shape, name)?.value
    const v =
      value === undefined
        ? { en: 'the value', fr: 'la valeur' }
        : { en: quote(value), fr: quote(value, '« ', ' »') }
    switch (constraint) {
      case 'sh:MinCountConstraintComponent': {
        const min = number('minCount')
        return {
          en: `${p.en} is required: at least ${values(min)}, found ${count()}.`,
          fr: `${p.fr} est obligatoire : au moins ${valeurs(min)} attendue${min > 1 ? 's' : ''}, ${trouvees(count())}.`,
        }
      }
      case 'sh:MaxCountConstraintComponent': {
        const max = number('maxCount')
        return max === 0
          ? { en: `${p.en} must not be given here.`, fr: `${p.fr} ne doit pas figurer ici.` }
          : {
              en: `${p.en} allows at most ${values(max)}, found ${count()}.`,
              fr: `${p.fr} admet au plus ${valeurs(max)}, ${trouvees(count())}.`,
            }
      }
      case 'sh:DatatypeConstraintComponent': {
        const datatype = compact(text('datatype') ?? '')
        const actual = value?.termType === 'Literal' ? compact(value.datatype.value) : undefined
        return actual === datatype
          ? {
              en: `${p.en}: ${v.en} is not a valid ${datatype}.`,
              fr: `${p.fr} : ${v.fr} n’est pas une valeur ${datatype} valide.`,
            }
          : {
              en: `${p.en} must be a literal of type ${datatype}; ${v.en} is ${actual ?? 'not a literal'}.`,
              fr: `${p.fr} doit être un littéral de type ${datatype} ; ${v.fr} ${actual ? `est de type ${actual}` : 'n’est pas un littéral'}.`,
            }
      }
      case 'sh:ClassConstraintComponent': {
        const cls = compact(text('class') ?? '')
        return {
          en: `${p.en} must link to a ${cls}; ${v.en} is not one in this graph.`,
          fr: `${p.fr} doit désigner un nœud ${cls} ; ${v.fr} n’en est pas un dans ce graphe.`,
        }
      }
      case 'sh:NodeKindConstraintComponent': {
        const kind = text('nodeKind')?.slice(SH.length) ?? ''
        const kinds = NODE_KINDS[kind] ?? { en: kind, fr: kind }
        return {
          en: `${p.en} must be ${kinds.en}; ${v.en} is not.`,
          fr: `${p.fr} doit être ${kinds.fr} ; ${v.fr} ne l’est pas.`,
        }
      }
      case 'sh:InConstraintComponent': {
        const allowed = listItems(this.shapes, this.one(shape, 'in')).map((t) => t.value)
        const [some, many] = [allowed.slice(0, 5).join(', '), allowed.length > 8]
        return {
          en: `${p.en}: ${v.en} is not an allowed value (${many ? `${allowed.length} values, e.g. ${some}` : allowed.join(', ')}).`,
          fr: `${p.fr} : ${v.fr} ne fait pas partie des valeurs admises (${many ? `${allowed.length} valeurs, par exemple ${some}` : allowed.join(', ')}).`,
        }
      }
      case 'sh:ClosedConstraintComponent': {
        const target = this.shapes.getObjects(shape as Quad_Subject, `${SH}targetClass`, null)[0]
        const cls = target && compact(target.value)
        return {
          en: `${p.en} is not a property of ${cls ? `a ${cls}` : 'this node'} (closed shape).`,
          fr: `${p.fr} n’est pas une propriété ${cls ? `d’un nœud ${cls}` : 'de ce nœud'} (forme fermée).`,
        }
      }
      case 'sh:OrConstraintComponent': {
        const options = listItems(this.shapes, this.one(shape, 'or')).map((o) => this.describe(o))
        return {
          en: `${p.en}: ${v.en} matches none of the allowed forms (${options.map((o) => o.en).join('; ')}).`,
          fr: `${p.fr} : ${v.fr} ne correspond à aucune des formes admises (${options.map((o) => o.fr).join(' ; ')}).`,
        }
      }
      case 'sh:PatternConstraintComponent':
        return {
          en: `${p.en}: ${v.en} does not match the pattern ${text('pattern')}.`,
          fr: `${p.fr} : ${v.fr} ne suit pas le motif ${text('pattern')}.`,
        }
      case 'sh:MinInclusiveConstraintComponent':
        return {
          en: `${p.en} must be at least ${text('minInclusive')}; got ${v.en}.`,
          fr: `${p.fr} doit valoir au moins ${text('minInclusive')} ; reçu ${v.fr}.`,
        }
      case 'sh:MaxInclusiveConstraintComponent':
        return {
          en: `${p.en} must be at most ${text('maxInclusive')}; got ${v.en}.`,
          fr: `${p.fr} doit valoir au plus ${text('maxInclusive')} ; reçu ${v.fr}.`,
        }
      case 'sh:MinLengthConstraintComponent':
        return {
          en: `${p.en} must be at least ${text('minLength')} characters long.`,
          fr: `${p.fr} doit compter au moins ${text('minLength')} caractères.`,
        }
      case 'sh:HasValueConstraintComponent': {
        const wanted = this.one(shape, 'hasValue')!
        return {
          en: `${p.en} must have the value ${quote(wanted)}.`,
          fr: `${p.fr} doit avoir la valeur ${quote(wanted, '« ', ' »')}.`,
        }
      }
      case 'sh:NodeConstraintComponent': {
        const node = compact(text('node') ?? '')
        return {
          en: `${p.en}: ${v.en} does not conform to ${node}.`,
          fr: `${p.fr} : ${v.fr} ne respecte pas la forme ${node}.`,
        }
      }
      case 'sh:QualifiedMinCountConstraintComponent':
        return {
          en: `${p.en} needs at least ${text('qualifiedMinCount')} value(s) of the expected kind.`,
          fr: `${p.fr} demande au moins ${text('qualifiedMinCount')} valeur(s) du genre attendu.`,
        }
      default:
        return {
          en: `${p.en}: ${v.en} violates ${constraint}.`,
          fr: `${p.fr} : ${v.fr} enfreint ${constraint}.`,
        }
    }
  }

  /** A short description of one sh:or alternative. */
  private describe(option: Term): Text {
    const cls = this.one(option, 'class')
    if (cls) return { en: `a ${compact(cls.value)}`, fr: `un nœud ${compact(cls.value)}` }
    const datatype = this.one(option, 'datatype')
    const allowed = this.one(option, 'in')
    if (allowed) {
      const count = listItems(this.shapes, allowed).length
      return { en: `one of ${count} listed values`, fr: `l’une de ${count} valeurs listées` }
    }
    if (datatype) {
      const type = compact(datatype.value)
      return { en: `a literal of type ${type}`, fr: `un littéral de type ${type}` }
    }
    const property = this.one(option, 'property')
    if (property) {
      const conforming = compact(property.value)
      return { en: `a node conforming to ${conforming}`, fr: `un nœud conforme à ${conforming}` }
    }
    return { en: 'a node matching the alternative', fr: 'un nœud conforme à l’alternative' }
  }
}

const NODE_KINDS: Record<string, Text> = {
  IRI: { en: 'an IRI', fr: 'une IRI' },
  Literal: { en: 'a literal', fr: 'un littéral' },
  BlankNode: { en: 'a blank node', fr: 'un nœud anonyme' },
  BlankNodeOrIRI: {
    en: 'a link or an embedded node, not a literal',
    fr: 'un lien ou un nœud imbriqué, pas un littéral',
  },
  BlankNodeOrLiteral: { en: 'a blank node or a literal', fr: 'un nœud anonyme ou un littéral' },
  IRIOrLiteral: { en: 'an IRI or a literal', fr: 'une IRI ou un littéral' },
}

/** "1 value", "2 values". */
function values(n: number): string {
  return `${n} value${n === 1 ? '' : 's'}`
}

/** « 1 valeur », « 2 valeurs ». */
function valeurs(n: number): string {
  return `${n} valeur${n > 1 ? 's' : ''}`
}

/** « aucune trouvée », « 1 trouvée », « 2 trouvées ». */
function trouvees(n: number): string {
  return n === 0 ? 'aucune trouvée' : `${n} trouvée${n > 1 ? 's' : ''}`
}
