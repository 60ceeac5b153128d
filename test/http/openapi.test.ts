import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ProblemSchema } from '../../src/http/openapi/schemas.js'
import { expectProblem } from '../helpers/partner.js'
import { createTestNode } from '../helpers/test-node.js'

type Json = Record<string, any>

const PUBLIC_URL = 'https://catalogue.bleu.fr'
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']
const PROBLEM_REF = '#/components/schemas/Problem'
// API.md defines the VC-API's failed verifications as results, not as problems
const VERIFICATION_REF = '#/components/schemas/VerificationResult'

let node: Awaited<ReturnType<typeof createTestNode>>
let doc: Json
beforeAll(async () => {
  node = await createTestNode({ env: { GXC_PUBLIC_URL: PUBLIC_URL } })
  const res = await node.app.request('/openapi.json')
  expect(res.status).toBe(200)
  doc = await res.json()
})
afterAll(() => node.close())

function operations(): { path: string; method: string; operation: Json }[] {
  return Object.entries<Json>(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({
      path,
      method,
      operation: item[method],
    })),
  )
}

/**
 * `METHOD /path/{param}` for every route a handler serves (middleware is registered as ALL); a
 * parameter with its own pattern (`:path{.+}`) as `{path}`.
 */
function servedRoutes(): Set<string> {
  return new Set(
    node.app.routes
      .filter((route) => route.method !== 'ALL')
      .map((route) => `${route.method} ${route.path.replace(/:([^/{]+)(\{[^}]*\})?/g, '{$1}')}`),
  )
}

function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => refsIn(item, found))
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === '$ref' && typeof item === 'string') found.push(item)
      else refsIn(item, found)
    }
  }
  return found
}

function resolve(ref: string): unknown {
  expect(ref.startsWith('#/')).toBe(true)
  return ref
    .slice(2)
    .split('/')
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<any>((at, token) => at?.[token], doc)
}

describe('GET /openapi.json', () => {
  it('serves an OpenAPI 3.1 document naming the node’s public URL as its server', () => {
    expect(doc.openapi).toBe('3.1.0')
    expect(doc.info).toMatchObject({ title: expect.any(String), version: '1' })
    expect(doc.info.description).toContain('problem+json')
    expect(doc.servers).toEqual([{ url: PUBLIC_URL, description: expect.any(String) }])
  })

  it('documents every route the app serves, and serves every route it documents', () => {
    const served = servedRoutes()
    const documented = new Set(
      operations().map(({ path, method }) => `${method.toUpperCase()} ${path}`),
    )
    expect([...served].filter((route) => !documented.has(route))).toEqual([])
    expect([...documented].filter((route) => !served.has(route))).toEqual([])
    // the endpoints of API.md this node implements, as a floor for the check above
    for (const route of [
      'GET /.well-known/did.json',
      'GET /.well-known/gaia-x-catalogue',
      'GET /api/v1/contexts',
      'GET /openapi.json',
      'GET /docs',
      'GET /healthz',
      'GET /readyz',
      'GET /metrics',
      'GET /api/v1/offerings',
      'GET /api/v1/offerings/{id}',
      'GET /api/v1/participants',
      'GET /api/v1/participants/{id}',
      'GET /api/v1/credentials/{hash}',
      'GET /api/v1/catalogue/dcat',
      'POST /api/v1/challenges',
      'POST /api/v1/validate',
      'POST /api/v1/participants',
      'POST /api/v1/submissions',
      'POST /api/v1/offerings/{id}/revoke',
      'POST /api/v1/admin/participants/{id}/approve',
      'POST /api/v1/admin/participants/{id}/suspend',
      'POST /api/v1/admin/reindex',
    ]) {
      expect(documented).toContain(route)
    }
  })

  it('gives every operation a tag, a summary, a success response and problems for its errors', () => {
    for (const { path, method, operation } of operations()) {
      const where = `${method.toUpperCase()} ${path}`
      expect(operation.tags?.length, where).toBeGreaterThan(0)
      expect(operation.summary, where).toEqual(expect.any(String))
      const statuses = Object.keys(operation.responses)
      expect(
        statuses.some((status) => /^2\d\d$/.test(status)),
        where,
      ).toBe(true)
      expect(statuses, where).toContain('default')
      // a 5xx other than `default` is readyz's own "not ready" answer, a status rather than an error
      for (const status of statuses.filter((s) => s === 'default' || /^4/.test(s))) {
        const content = operation.responses[status].content ?? {}
        const problem = content['application/problem+json']?.schema?.$ref
        const result = content['application/json']?.schema?.$ref
        expect(problem === PROBLEM_REF || result === VERIFICATION_REF, `${where} ${status}`).toBe(
          true,
        )
      }
    }
  })

  it('is structurally sound: every $ref resolves and every path parameter is declared', () => {
    const refs = refsIn(doc)
    expect(refs.length).toBeGreaterThan(20)
    for (const ref of refs) expect(resolve(ref), ref).toBeDefined()
    for (const { path, method, operation } of operations()) {
      expect(Object.keys(operation.responses).length).toBeGreaterThan(0)
      for (const response of Object.values<Json>(operation.responses)) {
        expect(response.description).toEqual(expect.any(String))
      }
      const parameters: Json[] = operation.parameters ?? []
      for (const parameter of parameters) {
        expect(['query', 'header', 'path', 'cookie']).toContain(parameter.in)
        expect(parameter.schema, `${method} ${path} ${parameter.name}`).toBeDefined()
      }
      const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1])
      const declared = parameters.filter((p) => p.in === 'path')
      expect(declared.map((p) => p.name).sort()).toEqual(templated.sort())
      for (const parameter of declared) expect(parameter.required).toBe(true)
    }
  })

  it('describes problems with the same schema the node answers them with', async () => {
    expect(doc.components.schemas.Problem.required).toEqual(
      expect.arrayContaining(['type', 'title', 'status', 'detail', 'instance', 'requestId']),
    )
    const res = await node.app.request('/api/v1/offerings?limit=0')
    expect(ProblemSchema.safeParse(await res.json()).success).toBe(true)
  })

  it('puts the admin bearer scheme on every operator route', () => {
    expect(doc.components.securitySchemes.adminBearer).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    })
    const guarded = operations().filter(
      ({ path }) => path.startsWith('/api/v1/admin/') || path === '/credentials/issue',
    )
    expect(guarded.length).toBeGreaterThanOrEqual(4)
    for (const { operation } of guarded) expect(operation.security).toEqual([{ adminBearer: [] }])
    const revoke = doc.paths['/api/v1/offerings/{id}/revoke'].post
    expect(revoke.security).toEqual([{}, { adminBearer: [] }])
  })

  it('documents the query parameters with the schemas that validate them', async () => {
    const lists = operations().filter(({ method, path }) => method === 'get' && !path.includes('{'))
    let checked = 0
    for (const { path, operation } of lists) {
      for (const parameter of (operation.parameters ?? []) as Json[]) {
        const { schema } = parameter
        const invalid =
          schema.type === 'integer' && schema.maximum !== undefined
            ? String(schema.maximum + 1)
            : schema.items?.enum
              ? 'not-a-value'
              : undefined
        if (invalid === undefined) continue
        const res = await node.app.request(`${path}?${parameter.name}=${invalid}`)
        const problem = await expectProblem(res, 400, 'bad-request')
        expect(problem.errors?.map((e) => e.path)).toEqual([`/query/${parameter.name}`])
        checked++
      }
    }
    // limit on offerings and participants; status and label on offerings
    expect(checked).toBeGreaterThanOrEqual(4)
  })
})
