// A partner talking to a node over HTTP (a child process, another host), as partner.ts does
// through app.request(). Presentations are VP-JWTs: signing one costs the partner a single Ed25519
// signature, where a Data Integrity presentation canonicalises every credential it holds again,
// so a test's partners never become the bottleneck of the node they load.
import { createDocumentLoader } from '../../src/credentials/document-loader.js'
import { signCredential } from '../../src/credentials/data-integrity/sign.js'
import { participantCredentials, partnerBase, partnerOffering } from './credentials.js'
import { TEST_NOW } from './test-node.js'
import { didKeySigner, enveloped, vcJwt, vpJwt, type JwtSigner } from './vc-jwt.js'

export type { JwtSigner }
export type Reply = { status: number; body: any }

// the contexts every node pins: what a partner signs Data Integrity credentials with
const loader = createDocumentLoader()

/** A new partner: a did:key that signs VC-JWTs, VP-JWTs and Data Integrity proofs. */
export function newHttpPartner(): Promise<JwtSigner> {
  return didKeySigner()
}

/** POST /api/v1/challenges on the node at `url`. */
export async function challengeOf(url: string): Promise<{ challenge: string; domain: string }> {
  const res = await fetch(`${url}/api/v1/challenges`, { method: 'POST' })
  if (res.status !== 201) throw new Error(`POST /api/v1/challenges answered ${res.status}`)
  return (await res.json()) as { challenge: string; domain: string }
}

/** POSTs a VP-JWT of `credentials` held by `signer`, bound to a fresh challenge of the node. */
export async function presentOverHttp(
  url: string,
  path: string,
  signer: JwtSigner,
  credentials: object[],
  types: string[] = [],
): Promise<Reply> {
  const vp = await vpJwt(signer, credentials, { ...(await challengeOf(url)), types })
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/vp+jwt' },
    body: vp,
  })
  return { status: res.status, body: await res.json() }
}

/** Onboards `signer` with its gx:LegalPerson and gx:VatID, as enveloped VC-JWTs. */
export async function onboardOverHttp(url: string, signer: JwtSigner): Promise<Reply> {
  const held = await Promise.all(
    participantCredentials(signer.did, partnerBase(signer.did)).map(async (c) =>
      enveloped(await vcJwt(signer, c)),
    ),
  )
  return presentOverHttp(url, '/api/v1/participants', signer, held)
}

/** A partner's offering `slug`, signed as an enveloped VC-JWT or with a Data Integrity proof. */
export async function signedOffering(
  signer: JwtSigner,
  slug: string,
  format: 'vc-jwt' | 'data-integrity' = 'vc-jwt',
  overrides: Parameters<typeof partnerOffering>[2] = {},
): Promise<object> {
  const credential = partnerOffering(signer.did, slug, overrides)
  if (format === 'vc-jwt') return enveloped(await vcJwt(signer, credential))
  return signCredential(credential, { key: signer.dataIntegrity!, loader, date: TEST_NOW })
}

/** The subject id (the offering id) of a partner's offering `slug`. */
export function offeringIdOf(signer: JwtSigner, slug: string): string {
  return `${partnerBase(signer.did)}/offerings/${slug}`
}
