import { Hono } from 'hono'
import { onboardParticipant, submitCredentials } from '../catalogue/partners.js'
import { participantSummary } from '../catalogue/views.js'
import { validateDocument } from '../validation/pipeline.js'
import { readJsonObject } from './body.js'
import type { HonoEnv } from './env.js'

export const partners = new Hono<HonoEnv>()

partners.post('/challenges', async (c) => {
  const { config, store, clock } = c.var.ctx
  const now = clock().getTime()
  const challenge = crypto.randomUUID()
  const expiresAt = now + config.challengeTtlMs
  await store.createChallenge(challenge, expiresAt, now)
  return c.json(
    { challenge, domain: config.publicUrl, expiresAt: new Date(expiresAt).toISOString() },
    201,
  )
})

partners.post('/validate', async (c) => {
  const { report } = await validateDocument(c.var.ctx, await readJsonObject(c))
  return c.json(report)
})

partners.post('/participants', async (c) => {
  const { created, participant } = await onboardParticipant(c.var.ctx, await readJsonObject(c))
  return c.json({ participant: participantSummary(participant) }, created ? 201 : 200)
})

partners.post('/submissions', async (c) => {
  const { created, accepted } = await submitCredentials(c.var.ctx, await readJsonObject(c))
  const entries = accepted.map((a) => ({ id: a.subjectId ?? a.id, hash: a.hash, status: a.status }))
  return c.json({ accepted: entries }, created ? 201 : 200)
})
