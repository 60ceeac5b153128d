import type { RequestIdVariables } from 'hono/request-id'
import type { AppContext } from '../context.js'

/** Handlers reach the node's services through `c.var.ctx`, never through module state. */
export type HonoEnv = { Variables: RequestIdVariables & { ctx: AppContext } }
