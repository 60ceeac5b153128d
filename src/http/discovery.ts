import { Hono } from 'hono'
import * as z from 'zod'
import { contextDigests, pinnedContexts } from '../credentials/contexts.js'
import { NotFoundError } from '../errors.js'
import type { HonoEnv } from './env.js'
import { parseQuery } from './query.js'

export const API_VERSION = '1'
const TRUST_FRAMEWORKS = ['gaia-x-loire-25.11', 'gaia-x-tagus-22.10']

export const discovery = new Hono<HonoEnv>()

discovery.get('/.well-known/did.json', (c) =>
  c.json(c.var.ctx.identity.didDocument, 200, { 'Content-Type': 'application/did+json' }),
)

discovery.get('/.well-known/gaia-x-catalogue', async (c) => {
  const { config, identity, store } = c.var.ctx
  const base = config.publicUrl
  return c.json({
    did: identity.did,
    didKey: identity.didKey,
    name: config.nodeName,
    publicUrl: base,
    apiVersion: API_VERSION,
    trustFrameworks: TRUST_FRAMEWORKS,
    endpoints: {
      offerings: `${base}/api/v1/offerings`,
      participants: `${base}/api/v1/participants`,
      credentials: `${base}/api/v1/credentials`,
      contexts: `${base}/api/v1/contexts`,
      dcat: `${base}/api/v1/catalogue/dcat`,
      metrics: `${base}/metrics`,
      didDocument: `${base}/.well-known/did.json`,
    },
    counts: await store.counts(),
    contexts: await contextDigests(),
  })
})

const ContextQuery = z.object({ url: z.string().min(1).max(2048) })

discovery.get('/api/v1/contexts', (c) => {
  const { url } = parseQuery(c, ContextQuery)
  const document = pinnedContexts.get(url)
  if (!document) throw new NotFoundError(`This node does not pin the context ${url}.`)
  return c.json(document, 200, { 'Content-Type': 'application/ld+json' })
})

discovery.get('/healthz', (c) => c.json({ status: 'ok' }))

discovery.get('/readyz', async (c) => {
  const ready = await c.var.ctx.store.ready()
  return c.json({ status: ready ? 'ready' : 'not-ready' }, ready ? 200 : 503)
})
