/**
 * A conformance check of seed data against the official Loire 25.11 files in ../shared/gaia-x
 * (shapes.ttl, ontology.ttl). It implements the subset of SHACL those shapes use for our claims:
 * closed shapes, cardinalities, sh:in, sh:datatype (lexical form included), sh:class resolved
 * against the whole graph (as a presentation would hold it) and sh:or. It validates the
 * credentialSubject graph, never the envelope: Loire repeats the subject's class in the
 * credential's `type`, so closed shapes would reject `issuer` or `validFrom` (see the Gaia-X
 * README). It reads files with node:fs, so it serves tests and seeding, not the node itself.
 */
import { readFileSync } from 'node:fs'
import jsonld from 'jsonld'
import { createDocumentLoader } from '../src/credentials/document-loader.js'
import type { UnsignedCredential } from './catalogue-data.js'

const defaultDir = new URL('../../shared/gaia-x/loire-2511/', import.meta.url)
const prefixes: Record<string, string> = {
  gx: 'https://w3id.org/gaia-x/2511#',
  schema: 'https://schema.org/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  dcterms: 'http://purl.org/dc/terms/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  sh: 'http://www.w3.org/ns/shacl#',
}
const RDF_TYPE = `${prefixes.rdf}type`
const XSD_STRING = `${prefixes.xsd}string`
const iri = (t: string) =>
  t.startsWith('<') ? t.slice(1, -1) : t.replace(/^(\w+):/, (m, p) => prefixes[p] ?? m)

type Term = string | Term[] | { [p: string]: Term[] }
function parseTurtle(text: string): Map<string, Record<string, Term[]>> {
  const tokens: string[] =
    text.match(
      /"""[\s\S]*?"""|"(?:[^"\\]|\\.)*"(?:@[\w-]+|\^\^[^\s;,.\])]+)?|<[^>]*>|[[\]();,]|[^\s[\]();,]+/g,
    ) ?? []
  let i = 0
  // each reader consumes its closing token: `]`, `)` or the statement's `.`
  const object = (): Term => {
    const t = tokens[i++]!
    if (t === '[') return properties(']')
    if (t !== '(') return t
    const list: Term[] = []
    while (tokens[i] !== ')') list.push(object())
    i++
    return list
  }
  const properties = (end: string) => {
    const d: Record<string, Term[]> = {}
    while (tokens[i] !== end) {
      const p = tokens[i++]!
      for (;;) {
        ;(d[p] ??= []).push(object())
        if (tokens[i] !== ',') break
        i++
      }
      if (tokens[i] === ';') i++
    }
    i++
    return d
  }
  const statements = new Map<string, Record<string, Term[]>>()
  while (i < tokens.length) {
    if (tokens[i] === '@prefix') i = tokens.indexOf('.', i) + 1
    else statements.set(tokens[i++]!, properties('.'))
  }
  return statements
}

export type Value = { literal: boolean; value: string; datatype?: string }
type Constraint = { in?: Set<string>; datatype?: string; class?: string; or?: Constraint[] }
type PropertyShape = Constraint & { path: string; min: number; max: number }
export type Shape = { closed: boolean; allowed: Set<string>; properties: PropertyShape[] }
const literalKey = (value: string, datatype = XSD_STRING) => `${value}^^${datatype}`
function constraintOf(d: Record<string, Term[]>): Constraint {
  const one = (k: string) => d[k]?.[0] as string | undefined
  return {
    in: d['sh:in'] && new Set((d['sh:in'][0] as string[]).map((v) => literalKey(JSON.parse(v)))),
    datatype: one('sh:datatype') && iri(one('sh:datatype')!),
    class: one('sh:class') && iri(one('sh:class')!),
    or: d['sh:or'] && (d['sh:or'][0] as Record<string, Term[]>[]).map(constraintOf),
  }
}
export type LoireShapes = { shapes: Map<string, Shape>; classesOf: (iri: string) => string[] }

/** Parses shapes.ttl and the class hierarchy of ontology.ttl; shapes are keyed by target class IRI. */
export function loadLoireShapes(dir: URL = defaultDir): LoireShapes {
  const shapes = new Map<string, Shape>()
  for (const d of parseTurtle(readFileSync(new URL('shapes.ttl', dir), 'utf8')).values()) {
    const target = d['sh:targetClass']?.[0] as string | undefined
    if (!target) continue
    const properties = ((d['sh:property'] ?? []) as Record<string, Term[]>[]).map((p) => ({
      ...constraintOf(p),
      path: iri(p['sh:path']![0] as string),
      min: Number(p['sh:minCount']?.[0] ?? 0),
      max: Number(p['sh:maxCount']?.[0] ?? Infinity),
    }))
    const ignored = ((d['sh:ignoredProperties']?.[0] ?? []) as string[]).map(iri)
    const allowed = new Set([...properties.map((p) => p.path), ...ignored, RDF_TYPE])
    shapes.set(iri(target), { closed: d['sh:closed']?.[0] === 'true', allowed, properties })
  }
  const parents = new Map<string, string>()
  const ontology = readFileSync(new URL('ontology.ttl', dir), 'utf8')
  for (const [, c, p] of ontology.matchAll(/(gx:\w+) a owl:Class ;\s*rdfs:subClassOf (gx:\w+)/g)) {
    parents.set(iri(c!), iri(p!))
  }
  const classesOf = (c: string): string[] => [
    c,
    ...(parents.has(c) ? classesOf(parents.get(c)!) : []),
  ]
  return { shapes, classesOf }
}

/** The sh:in values of `path` in the shape targeting `cls` (compact or full IRIs), as strings. */
export function allowedValues(loire: LoireShapes, cls: string, path: string): string[] {
  const property = loire.shapes.get(iri(cls))?.properties.find((p) => p.path === iri(path))
  return [...(property?.in ?? [])].map((key) => key.slice(0, key.lastIndexOf('^^')))
}

export type Graph = Map<string, Map<string, Value[]>>
type RdfTerm = { termType: string; value: string; datatype?: { value: string } }
type Quad = { subject: RdfTerm; predicate: RdfTerm; object: RdfTerm }
/** The RDF graph of the credentials' subjects, expanded in safe mode with the node's pinned contexts. */
export async function subjectGraph(credentials: UnsignedCredential[]): Promise<Graph> {
  const loader = createDocumentLoader()
  const graph: Graph = new Map()
  const skip = new Set(credentials.map((c) => c.id))
  for (const [n, c] of credentials.entries()) {
    // safe mode: an undefined term or a relative IRI throws instead of being dropped
    const quads = (await jsonld.toRDF(c, { documentLoader: loader, safe: true })) as Quad[]
    // blank-node labels restart with every document: scope them to their credential
    const node = (t: RdfTerm) => (t.termType === 'BlankNode' ? `_:c${n}.${t.value}` : t.value)
    for (const { subject, predicate, object } of quads) {
      if (skip.has(subject.value)) continue
      const props = graph.get(node(subject)) ?? new Map<string, Value[]>()
      graph.set(node(subject), props)
      const literal = object.termType === 'Literal'
      const value = literal ? object.value : node(object)
      const values = props.get(predicate.value) ?? []
      if (!values.some((v) => v.value === value && v.datatype === object.datatype?.value)) {
        values.push({ literal, value, datatype: object.datatype?.value })
      }
      props.set(predicate.value, values)
    }
  }
  return graph
}

// sh:datatype also rejects ill-formed literals, e.g. "four"^^xsd:integer from a coerced term
const lexical: Record<string, RegExp> = {
  [`${prefixes.xsd}integer`]: /^[+-]?\d+$/,
  [`${prefixes.xsd}float`]: /^([+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?|[+-]?INF|NaN)$/,
  [`${prefixes.xsd}boolean`]: /^(true|false|1|0)$/,
  [`${prefixes.xsd}anyURI`]: /^\S*$/,
}
const wellFormed = (v: Value) => lexical[v.datatype!]?.test(v.value) ?? true

/** Every violation found, one line each (`<node>: <path>: <problem>`); [] when the graph conforms. */
export function validateGraph(loire: LoireShapes, graph: Graph): string[] {
  const { shapes, classesOf } = loire
  const typesOf = (id: string) =>
    (graph.get(id)?.get(RDF_TYPE) ?? []).flatMap((t) => classesOf(t.value))
  const fails = (v: Value, c: Constraint): string | undefined => {
    if (c.or)
      return c.or.some((alt) => !fails(v, alt)) ? undefined : `"${v.value}" fits no sh:or branch`
    if (c.in && !(v.literal && c.in.has(literalKey(v.value, v.datatype))))
      return `"${v.value}" not in sh:in`
    if (c.datatype && !(v.literal && v.datatype === c.datatype && wellFormed(v)))
      return `"${v.value}" is not ${c.datatype}`
    if (c.class && (v.literal || !typesOf(v.value).includes(c.class)))
      return `${v.value} is no ${c.class}`
  }
  const violations: string[] = []
  for (const [id, props] of graph) {
    const classes = new Set(typesOf(id))
    if (classes.size === 0) violations.push(`${id}: untyped node`)
    for (const shape of [...classes].flatMap((c) => shapes.get(c) ?? [])) {
      for (const p of props.keys()) {
        if (shape.closed && !shape.allowed.has(p)) violations.push(`${id}: ${p} not allowed`)
      }
      for (const ps of shape.properties) {
        const values = props.get(ps.path) ?? []
        if (values.length < ps.min || values.length > ps.max) {
          violations.push(`${id}: ${ps.path} has ${values.length} values, not ${ps.min}..${ps.max}`)
        }
        for (const v of values) {
          const problem = fails(v, ps)
          if (problem) violations.push(`${id}: ${ps.path}: ${problem}`)
        }
      }
    }
  }
  return [...new Set(violations)]
}
