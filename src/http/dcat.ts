import { Hono } from 'hono'
import { dcatCatalogue } from '../catalogue/dcat.js'
import type { HonoEnv } from './env.js'

/** Mounted at `/api/v1/catalogue/dcat` (API.md). */
export const dcat = new Hono<HonoEnv>()

dcat.get('/', async (c) =>
  c.json(await dcatCatalogue(c.var.ctx), 200, { 'Content-Type': 'application/ld+json' }),
)
