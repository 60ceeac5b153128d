// What a real partner does, through `app.request` only: get a challenge, sign its credentials,
// present them as their holder for this node, onboard, submit and revoke.
import * as vc from '@digitalbazaar/vc'
import canonicalize from 'canonicalize'
import { expect } from 'vitest'
import { createDocumentLoader, type DocumentLoader } from '../../src/credentials/document-loader.js'
import type { SigningKey } from '../../src/credentials/did/keys.js'
import { REVOCATION_TYPE } from '../../src/credentials/presentation.js'
import { signCredential } from '../../src/credentials/data-integrity/sign.js'
import { signingSuite } from '../../src/credentials/data-integrity/suites.js'
import { sha256Hex } from '../../src/credentials/hash.js'
import type { Counts, EventRow } from '../../src/store/store.js'
import { newDidKey, participantCredentials, partnerBase } from './credentials.js'
import { TEST_NOW, type createTestNode } from './test-node.js'

export type TestNode = Awaited<ReturnType<typeof createTestNode>>
export type Challenge = { challenge: string; domain: string }
// Credentials are plain JSON that tests reshape freely (remove a claim, tamper with a value).
export type Json = Record<string, any>

/** An admin token for test nodes (the node wants 32 characters at least). */
export const ADMIN_TOKEN = 'test-admin-token-4f1c9e2b7a6d3058e1f2a3b4c5d6e7f8'

/** The environment of a test node where newcomers are active at once and the operator has a token. */
export const OPEN_NODE_ENV = {
  GXC_PUBLIC_URL: 'https://catalogue.bleu.fr',
  GXC_ONBOARDING: 'open',
  GXC_ADMIN_TOKEN: ADMIN_TOKEN,
}

export const JSON_TYPE = { 'Content-Type': 'application/json' }

// The contexts the node pins and publishes: what a partner signs with.
const pinned = createDocumentLoader()

// `now` exists in @digitalbazaar/vc but not in the project's declaration of it.
const createPresentation = vc.createPresentation as (
  options: Parameters<typeof vc.createPresentation>[0] & { now?: Date },
) => Record<string, unknown>

/** A new partner: a fresh did:key it controls. */
export function newPartner(): Promise<SigningKey> {
  return newDidKey()
}

/** POST /api/v1/challenges, as a partner does before every signed request. */
export async function challenge(app: TestNode['app']): Promise<Challenge> {
  const res = await app.request('/api/v1/challenges', { method: 'POST' })
  if (res.status !== 201) throw new Error(`POST /api/v1/challenges answered ${res.status}`)
  const body = (await res.json()) as Challenge
  return { challenge: body.challenge, domain: body.domain }
}

/** Signs a credential as `key` (eddsa-rdfc-2022, created at TEST_NOW). */
export function sign(node: TestNode, key: SigningKey, credential: object): Promise<Json> {
  return signCredential(credential, { key, loader: node.ctx.loader, date: TEST_NOW })
}

/**
 * A Tagus compliance credential of `issuer` (a compliance service, trusted where the node lists it
 * in GXC_TRUSTED_COMPLIANCE) whose subjects are the credentials it covers, by id and digest.
 */
export async function complianceCredential(
  node: TestNode,
  issuer: SigningKey,
  covers: Json[],
  validFrom: string,
  envelope: Json = {},
): Promise<Json> {
  return sign(node, issuer, {
    '@context': [
      'https://www.w3.org/ns/credentials/v2',
      'https://registry.lab.gaia-x.eu/development/api/trusted-shape-registry/v1/shapes/jsonld/trustframework#',
    ],
    type: ['VerifiableCredential'],
    id: `https://compliance.example.eu/credentials/${crypto.randomUUID()}`,
    issuer: issuer.did,
    validFrom,
    validUntil: '2027-11-01T00:00:00Z',
    credentialSubject: await Promise.all(
      covers.map(async (covered) => ({
        id: covered.id,
        type: 'gx:compliance',
        'gx:integrity': `sha256-${await sha256Hex(canonicalize(covered)!)}`,
        'gx:version': '22.10',
      })),
    ),
    ...envelope,
  })
}

export function signEach(node: TestNode, key: SigningKey, credentials: object[]): Promise<Json[]> {
  return Promise.all(credentials.map((credential) => sign(node, key, credential)))
}

/**
 * A Verifiable Presentation of `credentials` whose holder is `key.did` (or `options.holder`),
 * signed by `key` with an `authentication` proof bound to `challenge` and `domain`.
 */
export async function presentation(
  key: SigningKey,
  credentials: object[],
  { challenge, domain }: Challenge,
  options: { loader?: DocumentLoader; holder?: string; types?: string[] } = {},
): Promise<Json> {
  const unsigned = createPresentation({
    holder: options.holder ?? key.did,
    ...(credentials.length > 0 ? { verifiableCredential: credentials } : {}),
    version: 2.0,
    now: TEST_NOW,
  })
  if (options.types) unsigned.type = ['VerifiablePresentation', ...options.types]
  return vc.signPresentation({
    presentation: unsigned,
    suite: signingSuite(key, 'eddsa-rdfc-2022', TEST_NOW),
    documentLoader: options.loader ?? pinned,
    challenge,
    domain,
  })
}

/** An unsigned presentation, as POST /api/v1/validate takes it. */
export function unsignedPresentation(credentials: object[]): Json {
  return createPresentation({ verifiableCredential: credentials, version: 2.0, now: TEST_NOW })
}

/** POSTs a JSON body. */
export async function post(
  node: TestNode,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return node.app.request(path, {
    method: 'POST',
    headers: { ...JSON_TYPE, ...headers },
    body: JSON.stringify(body),
  })
}

/** A partner's presentation for this node with a fresh challenge. */
export async function presentFor(
  node: TestNode,
  key: SigningKey,
  credentials: object[],
  types?: string[],
): Promise<Json> {
  return presentation(key, credentials, await challenge(node.app), {
    loader: node.ctx.loader,
    types,
  })
}

/** The participant credentials of `key` (gx:LegalPerson and gx:VatID), signed by it. */
export function signedParticipant(node: TestNode, key: SigningKey): Promise<Json[]> {
  return signEach(node, key, participantCredentials(key.did, partnerBase(key.did)))
}

/** Onboards `key` (POST /api/v1/participants) with its own participant credentials, or `credentials`. */
export async function onboard(
  node: TestNode,
  key: SigningKey,
  credentials?: object[],
): Promise<Response> {
  const held = credentials ?? (await signedParticipant(node, key))
  return post(node, '/api/v1/participants', await presentFor(node, key, held))
}

/** Submits signed credentials as `key` (POST /api/v1/submissions). */
export async function submit(
  node: TestNode,
  key: SigningKey,
  credentials: object[],
): Promise<Response> {
  return post(node, '/api/v1/submissions', await presentFor(node, key, credentials))
}

/**
 * Asks for the revocation of offering `id` as `key` (POST /api/v1/offerings/{id}/revoke): a
 * presentation typed OfferingRevocation holding the offering's current credential, as the node
 * serves it.
 */
export async function revoke(node: TestNode, key: SigningKey, id: string): Promise<Response> {
  const held = await storedCredential(node, id)
  const signed = await presentFor(node, key, held ? [held] : [], [REVOCATION_TYPE])
  return post(node, `${offeringPath(id)}/revoke`, signed)
}

/** The offering's current credential as the node serves it (`Accept: application/ld+json`). */
export async function storedCredential(node: TestNode, id: string): Promise<Json | undefined> {
  const res = await node.app.request(offeringPath(id), {
    headers: { Accept: 'application/ld+json' },
  })
  return res.status === 200 ? ((await res.json()) as Json) : undefined
}

export function offeringPath(id: string): string {
  return `/api/v1/offerings/${encodeURIComponent(id)}`
}

export function participantPath(id: string): string {
  return `/api/v1/participants/${encodeURIComponent(id)}`
}

/** An operator action on a participant: `approve` or `suspend`. */
export function adminParticipantPath(id: string, action: 'approve' | 'suspend'): string {
  return `/api/v1/admin/participants/${encodeURIComponent(id)}/${action}`
}

export function adminHeaders(token = ADMIN_TOKEN): Record<string, string> {
  return { Authorization: `Bearer ${token}` }
}

/** POSTs to an operator endpoint with the admin token and no body. */
export async function adminPost(
  node: TestNode,
  path: string,
  token = ADMIN_TOKEN,
): Promise<Response> {
  return node.app.request(path, { method: 'POST', headers: adminHeaders(token) })
}

/** What the node holds: counts and the whole event log, to show that a refusal stored nothing. */
export async function storeState(node: TestNode): Promise<{ counts: Counts; events: EventRow[] }> {
  return {
    counts: await node.ctx.store.counts(),
    events: await node.ctx.store.eventsAfter(0, 100_000),
  }
}

export type Problem = {
  type: string
  title: string
  status: number
  detail: string
  errors?: { code: string; path: string; property?: string; severity: string }[]
}

/** Asserts an RFC 9457 problem with this status and `type` ending in `/problems/<code>`. */
export async function expectProblem(res: Response, status: number, code: string): Promise<Problem> {
  const problem = (await res.json()) as Problem
  expect({ status: res.status, type: problem.type }).toEqual({
    status,
    type: expect.stringMatching(new RegExp(`/problems/${code}$`)),
  })
  expect(res.headers.get('content-type')).toContain('application/problem+json')
  expect(problem.status).toBe(status)
  return problem
}

/** The codes of a problem's or a report's findings. */
export function codes(findings: { code: string }[] | undefined): string[] {
  return (findings ?? []).map((f) => f.code)
}
