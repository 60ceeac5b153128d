// The Cron Trigger (wrangler.toml [triggers]) on workerd: the worker's `scheduled` handler sweeps
// the credentials whose validUntil has passed, as the Node entry's timer does. (The peers' sync it
// runs next is test/workers/federation.test.ts, through the same syncDuePeers.)
import { createScheduledController } from 'cloudflare:test'
import { env, exports } from 'cloudflare:workers'
import { expect, it } from 'vitest'
import { ingestCredentials } from '../../src/catalogue/ingest.js'
import { signCredential } from '../../src/credentials/data-integrity/sign.js'
import worker, { createWorkerContext } from '../../src/entry/worker.js'
import { createLogger } from '../../src/logger.js'
import {
  newDidKey,
  participantCredentials,
  partnerBase,
  partnerOffering,
} from '../helpers/credentials.js'

it('expires an offering whose credential ran out, on the scheduled run', async () => {
  // stored an hour ago, valid until a minute ago: only the sweep can notice
  const now = Date.now()
  const storedAt = new Date(now - 3_600_000)
  const ctx = await createWorkerContext(env, {
    clock: () => storedAt,
    logger: createLogger('test', 'silent'),
  })
  const key = await newDidKey()
  const sign = (credential: Record<string, unknown>) =>
    signCredential(credential, { key, loader: ctx.loader, date: storedAt })
  // ids under the partner's own base: the worker's D1 is shared with the other files of the run
  const base = partnerBase(key.did)
  const participant = await Promise.all(participantCredentials(key.did, base).map(sign))
  const offering = await sign(
    partnerOffering(key.did, 'lapsing', {
      credential: { validUntil: new Date(now - 60_000).toISOString() },
    }),
  )
  const stored = await ingestCredentials(
    ctx,
    { type: ['VerifiablePresentation'], verifiableCredential: [...participant, offering] },
    { origin: 'local', onboarding: true },
  )
  expect(stored.ok).toBe(true)
  const id = (offering.credentialSubject as { id: string }).id
  const status = async () => {
    const res = await exports.default.fetch(
      new Request(`https://catalogue.test/api/v1/offerings/${encodeURIComponent(id)}`),
    )
    return ((await res.json()) as { offering: { status: string } }).offering.status
  }
  expect(await status()).toBe('active')

  const controller = createScheduledController({ scheduledTime: now, cron: '*/10 * * * *' })
  await worker.scheduled(controller, env)

  expect(await status()).toBe('expired')
})
