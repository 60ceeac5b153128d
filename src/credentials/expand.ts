/**
 * JSON-LD expansion of credentials with jsonld's exact output and errors, at a fraction of its
 * cost. jsonld 9 spends most of an expansion re-processing contexts: every node whose type has a
 * type-scoped context (`VerifiableCredential` in VC 2.0, a few gx: classes) deep-clones the ~270
 * term definitions of the active context several times, and reverting that context for the
 * nested nodes clones them again. Here each context transition (active context + local context →
 * new active context) is computed once, by jsonld's own context processor, and memoised; the
 * expansion algorithm, a synchronous port of jsonld's lib/expand.js limited to the constructs
 * credentials use, runs on those memoised contexts. Anything outside that subset, and anything
 * jsonld would warn about or reject in safe mode, goes to `jsonld.expand` itself, so every error
 * is jsonld's own. Workers-safe: no `node:`.
 *
 * @NOTE written against jsonld 9.0.0 (pinned in package.json). expand.test.ts holds it to
 * `jsonld.expand`; run it before any jsonld upgrade.
 */
import jsonld from 'jsonld'
// @ts-expect-error jsonld ships no types; the members used are typed in `contextApi` below
import jsonldContext from 'jsonld/lib/context.js'
// @ts-expect-error as above
import JsonldContextResolver from 'jsonld/lib/ContextResolver.js'
import type { DocumentLoader, RemoteDocument } from './document-loader.js'

type TermDefinition = {
  '@id'?: string | null
  '@type'?: string
  '@container'?: string[]
  '@context'?: unknown
  '@language'?: string | null
  '@direction'?: string | null
  reverse?: boolean
  _prefix?: boolean
}

/** jsonld's active context. Never mutated once built, which jsonld's own caches rely on too. */
type ActiveContext = {
  mappings: Map<string, TermDefinition>
  previousContext?: ActiveContext
  '@vocab'?: string
  '@language'?: string
  '@direction'?: string
}

type EventHandler = (input: { event: unknown; next: () => void }) => void

const contextApi = jsonldContext as {
  getInitialContext(options: object): ActiveContext
  process(input: {
    activeCtx: ActiveContext
    localCtx: unknown
    options: object
    propagate: boolean
    overrideProtected: boolean
  }): Promise<ActiveContext>
}
const ContextResolver = JsonldContextResolver as new (options: { sharedCache: object }) => object
const safeEventHandler = (jsonld as unknown as { safeEventHandler: EventHandler }).safeEventHandler

// The three ways expansion changes the active context, with the flags expand.js passes for each:
// a document's `@context`, a type's scoped context, a property's scoped context.
const EMBEDDED = 0
const TYPE_SCOPED = 1
const PROPERTY_SCOPED = 2
type Kind = typeof EMBEDDED | typeof TYPE_SCOPED | typeof PROPERTY_SCOPED
const FLAGS = [
  { propagate: true, overrideProtected: false },
  { propagate: false, overrideProtected: false },
  { propagate: true, overrideProtected: true },
] as const

// Inline contexts are keyed by their JSON and terms come from documents, so a submitter can mint
// entries at will: every table is capped, and emptied when full (as blunt as jsonld's own caches).
const MAX_TRANSITIONS = 128
const MAX_TERMS = 2048
// Each transition learned restarts the synchronous pass; a document needing more goes to jsonld.
const MAX_LEARNED_PER_CALL = 16

/** What expansion asks of a term in a given context, computed once per context. */
type Term = {
  /** the term expanded as a property or type (vocab-relative) */
  iri: string | null
  /** `iri` is a keyword, an absolute IRI, or neither (the property is dropped: unsafe) */
  kind: 'keyword' | 'absolute' | 'invalid'
  scoped: unknown
  container: readonly string[]
  type: unknown
  language: unknown
  direction: unknown
  reverse: boolean
}

/** An active context with its memoised transitions and terms. */
type Scope = {
  context: ActiveContext
  previous: Scope | undefined
  terms: Map<string, Term>
  transitions: [Map<unknown, Scope>, Map<unknown, Scope>, Map<unknown, Scope>]
}

type LoaderState = {
  loader: DocumentLoader
  initial: Scope
  scopes: WeakMap<ActiveContext, Scope>
  /** jsonld's ContextResolver cache (URL or inline JSON → resolved context), for this loader. */
  resolved: BoundedMap<string, unknown>
}

class BoundedMap<K, V> extends Map<K, V> {
  constructor(readonly max: number) {
    super()
  }
  override set(key: K, value: V): this {
    if (this.size >= this.max && !this.has(key)) this.clear()
    return super.set(key, value)
  }
}

// Per loader, so that a context document only ever comes from the loader that serves it.
const states = new WeakMap<DocumentLoader, LoaderState>()

/** Thrown by the synchronous pass for a context transition it has not learned yet. */
class Miss {
  constructor(
    readonly kind: Kind,
    readonly scope: Scope,
    readonly key: unknown,
    readonly local: unknown,
  ) {}
}

/** Thrown by the synchronous pass for anything it leaves to jsonld. */
const FALLBACK = Symbol('fallback')

/**
 * `jsonld.expand(document, { documentLoader: loader, safe: true })` with the same output and the
 * same errors, several times faster for credentials whose contexts the loader serves as `static`
 * (the pinned contexts). Documents with other contexts, and constructs credentials do not use
 * (lists, language, index or id maps, `@graph`, `@nest`, `@reverse`, `@json`, relative IRIs) or
 * that safe mode rejects, are expanded by jsonld itself.
 *
 * @example
 * const [expanded] = await expandCredential(claims, ctx.loader)
 */
export async function expandCredential(
  document: Record<string, unknown>,
  loader: DocumentLoader,
): Promise<Record<string, unknown>[]> {
  return (
    (await tryExpandFast(document, loader)) ??
    jsonld.expand(document, { documentLoader: loader, safe: true })
  )
}

/**
 * The expansion jsonld gives outside safe mode, dropping what does not expand. Only to say what
 * else is wrong with a credential that `expandCredential` refused, never to accept one.
 *
 * @example
 * const expansion = await expandLeniently(claims, loader).catch(() => undefined)
 */
export function expandLeniently(
  document: Record<string, unknown>,
  loader: DocumentLoader,
): Promise<Record<string, unknown>[]> {
  return jsonld.expand(document, { documentLoader: loader })
}

/**
 * The fast path alone: the expansion, or `undefined` where `expandCredential` hands the
 * document to jsonld. For tests and benchmarks.
 *
 * @example
 * const expanded = await tryExpandFast(seedOffering, loader) // not undefined
 */
export async function tryExpandFast(
  document: Record<string, unknown>,
  loader: DocumentLoader,
): Promise<Record<string, unknown>[] | undefined> {
  if (!isPlainObject(document)) return undefined
  const state = stateOf(loader)
  for (let learned = 0; learned <= MAX_LEARNED_PER_CALL; learned++) {
    try {
      // a top-level node never expands to null or to an array here (those cases fall back)
      return [expandElement(state, state.initial, null, document) as Expanded]
    } catch (signal) {
      if (!(signal instanceof Miss) || !(await learn(state, signal))) return undefined
    }
  }
  return undefined
}

function stateOf(loader: DocumentLoader): LoaderState {
  let state = states.get(loader)
  if (state === undefined) {
    const scopes = new WeakMap<ActiveContext, Scope>()
    // the context jsonld.expand starts from: no processingMode option
    const initial = scopeOf(scopes, contextApi.getInitialContext({}))
    state = { loader, initial, scopes, resolved: new BoundedMap(100) }
    states.set(loader, state)
  }
  return state
}

function scopeOf(scopes: WeakMap<ActiveContext, Scope>, context: ActiveContext): Scope {
  let scope = scopes.get(context)
  if (scope === undefined) {
    scope = {
      context,
      previous: undefined,
      terms: new Map(),
      transitions: [new Map(), new Map(), new Map()],
    }
    scopes.set(context, scope)
  }
  return scope
}

/**
 * Runs jsonld's context processing for one transition and memoises the result, unless it loaded
 * a document that is not `static` (it may change, so jsonld loads it again every time) or raised
 * an event (jsonld.expand would raise it again: a safe-mode error, a default handler).
 */
async function learn(state: LoaderState, miss: Miss): Promise<boolean> {
  let memoisable = true
  const documentLoader = async (url: string): Promise<RemoteDocument> => {
    const remote = await state.loader(url)
    if (remote.tag !== 'static') memoisable = false
    return remote
  }
  const noteEvent: EventHandler = () => {
    memoisable = false
  }
  let context: ActiveContext
  try {
    context = await contextApi.process({
      activeCtx: miss.scope.context,
      // jsonld works on a clone of the document, and processing may write into an inline context
      localCtx: miss.kind === EMBEDDED ? structuredClone(miss.local) : miss.local,
      options: {
        documentLoader,
        base: '',
        contextResolver: new ContextResolver({ sharedCache: state.resolved }),
        eventHandler: [safeEventHandler, noteEvent],
      },
      ...FLAGS[miss.kind],
    })
  } catch {
    return false
  }
  if (!memoisable) return false
  const table = miss.scope.transitions[miss.kind]
  if (table.size >= MAX_TRANSITIONS) table.clear()
  table.set(miss.key, scopeOf(state.scopes, context))
  return true
}

function transition(state: LoaderState, scope: Scope, kind: Kind, local: unknown): Scope {
  // scoped contexts belong to memoised, never mutated term definitions: their identity is a key
  const key =
    kind !== EMBEDDED && typeof local === 'object' && local !== null ? local : JSON.stringify(local)
  const next = scope.transitions[kind].get(key)
  if (next === undefined) throw new Miss(kind, scope, key, local)
  return next
}

/** revertToPreviousContext, without its clone: contexts are never mutated. */
function previousOf(state: LoaderState, scope: Scope): Scope {
  scope.previous ??= scopeOf(state.scopes, scope.context.previousContext!)
  return scope.previous
}

function termOf(scope: Scope, key: string): Term {
  let term = scope.terms.get(key)
  if (term === undefined) {
    const { context } = scope
    const iri = expandIri(context, key, true)
    term = {
      iri,
      kind: isKeyword(iri) ? 'keyword' : isAbsoluteIri(iri) ? 'absolute' : 'invalid',
      scoped: contextValue(context, key, '@context'),
      container: (contextValue(context, key, '@container') as string[] | null) ?? [],
      type: contextValue(context, key, '@type'),
      language: contextValue(context, key, '@language'),
      direction: contextValue(context, key, '@direction'),
      reverse: context.mappings.get(key)?.reverse === true,
    }
    if (scope.terms.size >= MAX_TERMS) scope.terms.clear()
    scope.terms.set(key, term)
  }
  return term
}

// ---- jsonld 9.0.0 lib/expand.js, for the subset credentials use; the rest throws FALLBACK ----

type Expanded = Record<string, unknown>

/**
 * api.expand. Its `insideList` and `insideIndex` are always false (lists and index maps fall back),
 * so its `typeScopedContext` is always the active context itself, or none.
 */
function expandElement(
  state: LoaderState,
  scope: Scope,
  activeProperty: string | null,
  element: unknown,
): Expanded | Expanded[] | null {
  if (element === null || element === undefined) return null
  const active = activeProperty === null ? null : termOf(scope, activeProperty)

  if (Array.isArray(element)) {
    if (active?.container.includes('@list')) throw FALLBACK
    let result: Expanded[] = []
    for (let i = 0; i < element.length; i++) {
      const item = expandElement(state, scope, activeProperty, element[i])
      if (item === null) continue
      if (Array.isArray(item)) result = result.concat(item)
      else result.push(item)
    }
    return result
  }

  if (!isPlainObject(element)) {
    const type = typeof element
    if (type !== 'string' && type !== 'number' && type !== 'boolean') throw FALLBACK
    // a free-floating scalar is dropped with a warning: an error in safe mode
    if (active === null || active.iri === '@graph') throw FALLBACK
    return expandValue(scope, active, element as string | number | boolean)
  }

  // a type-scoped context does not apply to nested nodes, except to a value object or a reference
  const keys = Object.keys(element).sort()
  if (scope.context.previousContext) {
    let mustRevert = true
    if (keys.length <= 2 && !keys.includes('@context')) {
      for (const key of keys) {
        const iri = termOf(scope, key).iri
        if (iri === '@value' || (iri === '@id' && keys.length === 1)) {
          mustRevert = false
          break
        }
      }
    }
    if (mustRevert) scope = previousOf(state, scope)
  }

  if (active !== null && active.scoped !== undefined) {
    scope = transition(state, scope, PROPERTY_SCOPED, active.scoped)
  }
  if ('@context' in element) {
    const local = element['@context']
    // keyed by its JSON below, so it must be JSON (jsonld keys its own cache of inline contexts so)
    if (!isJson(local)) throw FALLBACK
    scope = transition(state, scope, EMBEDDED, local)
  }

  const typeScoped = scope
  let typeKey: string | null = null
  for (const key of keys) {
    if (termOf(scope, key).iri !== '@type') continue
    typeKey ??= key
    const value = element[key]
    const types = Array.isArray(value) ? (value.length > 1 ? value.slice().sort() : value) : [value]
    for (const type of types) {
      // jsonld rejects any other @type value (invalid type value)
      if (typeof type !== 'string') throw FALLBACK
      const scoped = termOf(typeScoped, type).scoped
      if (scoped !== undefined) scope = transition(state, scope, TYPE_SCOPED, scoped)
    }
  }

  const result = expandObject(state, scope, active, element, keys, typeKey, typeScoped)
  const count = Object.keys(result).length
  if ('@value' in result) {
    // a value object may hold @type or @language beside @value, and nothing else here
    if ('@type' in result && '@language' in result) throw FALLBACK
    if (count - 1 - +('@type' in result) - +('@language' in result) !== 0) throw FALLBACK
    if ('@language' in result && typeof result['@value'] !== 'string') throw FALLBACK
    const types = ([] as unknown[]).concat(result['@type'] ?? [])
    if (!types.every((t) => isAbsoluteIri(t) && !t.startsWith('_:'))) throw FALLBACK
  } else if ('@type' in result && !Array.isArray(result['@type'])) {
    result['@type'] = [result['@type']]
  } else if (count === 1 && '@language' in result) {
    throw FALLBACK
  }

  // a top-level (or @graph) object that is empty, a value or a bare reference is dropped: unsafe
  if (
    active === null ||
    active.iri === '@graph' ||
    termOf(scope, activeProperty!).container.includes('@graph')
  ) {
    if (isDroppedAtTop(result, count)) throw FALLBACK
  }
  return result
}

/** _expandObject, without @nest, @reverse, @included, @graph, @index, @direction or @json. */
function expandObject(
  state: LoaderState,
  scope: Scope,
  active: Term | null,
  element: Record<string, unknown>,
  keys: string[],
  typeKey: string | null,
  typeScoped: Scope,
): Expanded {
  if (typeKey !== null && element[typeKey]) {
    const first = Array.isArray(element[typeKey]) ? element[typeKey][0] : element[typeKey]
    if (typeof first === 'string' && termOf(scope, first).iri === '@json') throw FALLBACK
  }
  if (active?.iri === '@reverse') throw FALLBACK

  const result: Expanded = {}
  for (const key of keys) {
    if (key === '@context') continue
    const value = element[key]
    const term = termOf(scope, key)
    const property = term.iri as string
    // a key that expands to no absolute IRI is dropped with a warning: an error in safe mode
    if (term.kind === 'invalid') throw FALLBACK
    if (term.kind === 'keyword') {
      if (property in result && property !== '@type') throw FALLBACK // colliding keywords
      switch (property) {
        case '@id': {
          if (typeof value !== 'string') throw FALLBACK
          const id = expandIri(scope.context, value, false)
          if (!isAbsoluteIri(id)) throw FALLBACK
          result['@id'] = id
          continue
        }
        case '@type': {
          const types = typeof value === 'string' ? [value] : value
          if (!Array.isArray(types)) throw FALLBACK
          for (const type of types) {
            if (typeof type !== 'string') throw FALLBACK
            // jsonld expands types vocab- then base-relative: a relative result falls back either way
            const iri = termOf(typeScoped, type)
            if (iri.kind !== 'absolute') throw FALLBACK
            addValue(result, '@type', iri.iri, false)
          }
          continue
        }
        case '@value': {
          const type = typeof value
          if (type !== 'string' && type !== 'number' && type !== 'boolean') throw FALLBACK
          result['@value'] = value
          continue
        }
        case '@language': {
          if (value === null) continue
          if (typeof value !== 'string') throw FALLBACK
          const language = value.toLowerCase()
          if (!BCP47.test(language)) throw FALLBACK
          result['@language'] = language
          continue
        }
        default:
          throw FALLBACK
      }
    }

    const termScope =
      term.scoped === undefined ? scope : transition(state, scope, PROPERTY_SCOPED, term.scoped)
    for (const entry of term.container) if (entry !== '@set' && entry !== '@graph') throw FALLBACK
    if (term.type === '@json') throw FALLBACK

    let expanded = expandElement(state, termScope, key, value)
    if (expanded === null) continue
    if (term.container.includes('@graph')) {
      const items = Array.isArray(expanded) ? expanded : [expanded]
      for (const item of items) if (isDroppedAtTop(item, Object.keys(item).length)) throw FALLBACK
      if (items.length === 0) continue
      expanded = items.map((item) => ({ '@graph': [item] }))
    }
    if (termOf(termScope, key).reverse) throw FALLBACK

    if (Array.isArray(expanded)) {
      if (expanded.length === 0 && !Object.hasOwn(result, property)) result[property] = []
      for (const item of expanded) addValue(result, property, item, true)
    } else {
      addValue(result, property, expanded, true)
    }
  }
  return result
}

/** _expandValue, for a scalar under a property that expands to an absolute IRI. */
function expandValue(scope: Scope, term: Term, value: string | number | boolean): Expanded {
  const { type } = term
  if (term.kind !== 'absolute') throw FALLBACK
  if (typeof value === 'string' && (type === '@id' || type === '@vocab')) {
    // a relative or keyword-like reference falls back: jsonld keeps it, or warns (safe: error)
    const id = expandIri(scope.context, value, type === '@vocab')
    if (!isAbsoluteIri(id)) throw FALLBACK
    return { '@id': id }
  }
  const result: Expanded = {}
  if (type && type !== '@id' && type !== '@vocab' && type !== '@none') {
    result['@type'] = type
  } else if (typeof value === 'string') {
    if (term.language !== null) result['@language'] = term.language
    if (term.direction !== null) result['@direction'] = term.direction
  }
  result['@value'] = value
  return result
}

/**
 * _expandIri without a local context, vocab-relative or else base-relative. Resolving a relative
 * IRI against the base falls back: jsonld would resolve it, then warn (an error in safe mode).
 */
function expandIri(context: ActiveContext, value: string, vocab: boolean): string | null {
  if (isKeyword(value)) return value
  if (KEYWORD_LIKE.test(value)) return null
  if (vocab && context.mappings.has(value)) {
    const mapping = context.mappings.get(value)
    if (mapping === null) return null
    if (isPlainObject(mapping) && '@id' in mapping) return mapping['@id'] ?? null
  }
  const colon = value.indexOf(':')
  if (colon > 0) {
    const prefix = value.slice(0, colon)
    const suffix = value.slice(colon + 1)
    if (prefix === '_' || suffix.startsWith('//')) return value
    const mapping = context.mappings.get(prefix)
    if (mapping?._prefix) return mapping['@id'] + suffix
    if (isAbsoluteIri(value)) return value
  }
  if (vocab && '@vocab' in context) return context['@vocab'] + value
  if (!vocab) throw FALLBACK
  return value
}

/** getContextValue: a term's own entry, else the context's default language or direction. */
function contextValue(context: ActiveContext, key: string, type: keyof TermDefinition): unknown {
  const entry = context.mappings.get(key)
  if (entry !== undefined && Object.hasOwn(entry, type)) return entry[type]
  if ((type === '@language' || type === '@direction') && type in context) return context[type]
  return type === '@context' ? undefined : null
}

/** util.addValue with allowDuplicate (its default) and no prepend. */
function addValue(subject: Expanded, property: string, value: unknown, asArray: boolean) {
  if (Object.hasOwn(subject, property)) {
    const existing = subject[property]
    if (Array.isArray(existing)) existing.push(value)
    else subject[property] = [existing, value]
  } else {
    subject[property] = asArray ? [value] : value
  }
}

/** _dropUnsafeObject's test. */
function isDroppedAtTop(value: Expanded, count: number): boolean {
  return count === 0 || '@value' in value || '@list' in value || (count === 1 && '@id' in value)
}

// jsonld's own tests: url.js isAbsolute, util.js REGEX_KEYWORD and REGEX_BCP47, context.js isKeyword
const ABSOLUTE_IRI = /^([A-Za-z][A-Za-z0-9+-.]*|_):[^\s]*$/
const KEYWORD_LIKE = /^@[a-zA-Z]+$/
const BCP47 = /^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/
const KEYWORDS = new Set(
  (
    '@base @container @context @default @direction @embed @explicit @graph @id @included @index ' +
    '@json @language @list @nest @none @omitDefault @prefix @preserve @protected @requireAll ' +
    '@reverse @set @type @value @version @vocab'
  ).split(' '),
)

function isKeyword(value: unknown): boolean {
  return typeof value === 'string' && value[0] === '@' && KEYWORDS.has(value)
}

function isAbsoluteIri(value: unknown): value is string {
  return typeof value === 'string' && ABSOLUTE_IRI.test(value)
}

function isJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true
  if (typeof value === 'number') return Number.isFinite(value)
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!isJson(value[i])) return false
    return true
  }
  return isPlainObject(value) && Object.values(value).every(isJson)
}

// jsonld clones its input first (util.clone), which turns other objects into strings: they fall back
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}
