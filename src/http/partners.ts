import { createRoute } from '@hono/zod-openapi'
import { onboardParticipant, submitCredentials } from '../catalogue/partners.js'
import { participantSummaries } from '../catalogue/views.js'
import { validateSubmission } from '../validation/pipeline.js'
import { readPresentation, readSubmission } from './body.js'
import { documentBody, presentationBody } from './openapi/bodies.js'
import { createRouter, problems } from './openapi/router.js'
import {
  AcceptedSchema,
  ChallengeSchema,
  ParticipantEnvelopeSchema,
  ValidationReportSchema,
} from './openapi/schemas.js'

// Bodies are read by body.ts, under the node's limits; the routes only declare them.
export const partners = createRouter()
const tags = ['Partners']

const challenge = createRoute({
  method: 'post',
  path: '/challenges',
  tags,
  summary: 'A challenge to sign a presentation over',
  description: 'Single-use and short-lived.',
  responses: {
    201: {
      description: 'The challenge, and the domain to sign for.',
      content: { 'application/json': { schema: ChallengeSchema } },
    },
    ...problems(),
  },
})

partners.openapi(challenge, async (c) => {
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

const validate = createRoute({
  method: 'post',
  path: '/validate',
  tags,
  summary: 'Dry run: check a document, store nothing',
  description: 'No authentication. Every finding is reported; nothing is stored.',
  request: { body: documentBody },
  responses: {
    200: {
      description: 'The validation report.',
      content: { 'application/json': { schema: ValidationReportSchema } },
    },
    ...problems(400, 413, 415),
  },
})

partners.openapi(validate, async (c) => {
  const { report } = await validateSubmission(c.var.ctx, await readSubmission(c))
  return c.json(report, 200)
})

const onboard = createRoute({
  method: 'post',
  path: '/participants',
  tags,
  summary: 'Onboard a participant',
  description:
    'A presentation by the participant’s DID (one holder, one proof by it) holding its one `gx:LegalPerson` (or Tagus `gx:LegalParticipant`), registration-number and terms credentials. A DID is one participant: it keeps the subject id it was onboarded with.',
  request: { body: presentationBody },
  responses: {
    200: {
      description: 'Already onboarded: the stored participant.',
      content: { 'application/json': { schema: ParticipantEnvelopeSchema } },
    },
    201: {
      description: 'Onboarded: `active`, or `pending` where the node requires approval.',
      content: { 'application/json': { schema: ParticipantEnvelopeSchema } },
    },
    ...problems(400, 401, 413, 415, 422),
  },
})

partners.openapi(onboard, async (c) => {
  const { created, participant } = await onboardParticipant(c.var.ctx, await readPresentation(c))
  const [summary] = await participantSummaries(c.var.ctx.store, [participant])
  return c.json({ participant: summary! }, created ? 201 : 200)
})

const submit = createRoute({
  method: 'post',
  path: '/submissions',
  tags,
  summary: 'Submit offering credentials',
  description:
    'A presentation from an active participant (one holder, one proof by it) holding offering (and resource) credentials it issued, and label credentials of trusted compliance services. Participant credentials go through onboarding. All or nothing.',
  request: { body: presentationBody },
  responses: {
    200: {
      description: 'The same content again: the stored entries.',
      content: { 'application/json': { schema: AcceptedSchema } },
    },
    201: {
      description: 'Stored.',
      content: { 'application/json': { schema: AcceptedSchema } },
    },
    ...problems(400, 401, 403, 409, 413, 415, 422),
  },
})

partners.openapi(submit, async (c) => {
  const { created, accepted } = await submitCredentials(c.var.ctx, await readPresentation(c))
  const entries = accepted.map((a) => ({ id: a.subjectId ?? a.id, hash: a.hash, status: a.status }))
  return c.json({ accepted: entries }, created ? 201 : 200)
})
