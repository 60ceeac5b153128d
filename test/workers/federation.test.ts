// The federation sync on workerd with D1: a follower pulls a peer node (a second D1 in the same
// isolate, reached through its app) with the same code the Cron Trigger runs. Each has a D1 of
// its own: the test files of the run share the storage of env.DB.
import { env } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/app.js'
import { ingestCredentials } from '../../src/catalogue/ingest.js'
import type { AppContext } from '../../src/context.js'
import { generateKeyMaterial } from '../../src/credentials/did/keys.js'
import { signCredential } from '../../src/credentials/data-integrity/sign.js'
import { createWorkerContext } from '../../src/entry/worker.js'
import { registerPeer } from '../../src/federation/peers.js'
import { syncDuePeers } from '../../src/federation/sync.js'
import { createLogger } from '../../src/logger.js'
import { newDidKey, offeringCredential, participantCredentials } from '../helpers/credentials.js'

const NOW = new Date('2026-11-28T12:00:00Z')
const SOURCE = 'https://source.test'
const silent = createLogger('test', 'silent')

describe('federation on workerd + D1', () => {
  let source: AppContext
  let follower: AppContext
  let offeringId: string

  beforeAll(async () => {
    const { secretKeyMultibase } = await generateKeyMaterial()
    source = await createWorkerContext(
      { ...env, DB: env.PEER_DB, GXC_PUBLIC_URL: SOURCE, GXC_NODE_KEY: secretKeyMultibase },
      { clock: () => NOW, logger: silent },
    )
    const sourceApp = createApp(source)
    follower = await createWorkerContext(
      { ...env, DB: env.FOLLOWER_DB },
      {
        clock: () => NOW,
        logger: silent,
        fetchPeer: async (input, init) => {
          const url = new URL(String(input))
          return sourceApp.request(`${url.pathname}${url.search}`, init)
        },
      },
    )
    const key = await newDidKey()
    const sign = (credential: Record<string, unknown>) =>
      signCredential(credential, { key, loader: source.loader, date: NOW })
    const participant = await Promise.all(participantCredentials(key.did).map(sign))
    const offering = await sign(offeringCredential(key.did))
    offeringId = (offering.credentialSubject as { id: string }).id
    const stored = await ingestCredentials(
      source,
      { type: ['VerifiablePresentation'], verifiableCredential: [...participant, offering] },
      { origin: 'local', onboarding: true },
    )
    expect(stored.ok).toBe(true)
  })

  it('registers the peer and pulls its participants and offerings, verified on D1', async () => {
    const { peer } = await registerPeer(follower, { url: SOURCE })
    expect(peer.did).toBe(source.identity.did)
    await syncDuePeers(follower)
    const held = await follower.store.getOffering(offeringId)
    expect(held).toMatchObject({ origin: source.identity.did, status: 'active' })
    const [state] = await follower.store.listPeers()
    expect(state).toMatchObject({ rejected: 0, lastError: null, lag: 0 })
    expect(state!.accepted).toBe(3)
  })
})
