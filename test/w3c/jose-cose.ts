/**
 * The W3C VC-JOSE-COSE suite tests command-line implementations in Docker images: it runs
 * `docker compose … run --rm <implementation> issue|verify --input <file> --key <file> --feature <f>
 * --output <file>` and reads `{result}` from the output file. This node is an HTTP service, so a
 * `docker` shim on the suite's PATH runs this file instead, which answers through the node's VC-API:
 *
 * - issue a credential: `POST /issuers/vc-jwt/credentials/issue`. A VC-API issuer instance signs
 *   with its own key, as itself: the credential's `issuer` becomes the node's did:key (what the
 *   VC-API suites do with an issuer's configured `id`) and the suite's key file is not used.
 * - issue a presentation: the VC-API has no presentation-signing endpoint; answered `indeterminate`.
 * - verify: `POST /credentials/verify` or `/presentations/verify` with the JWT in an
 *   Enveloped… object. The key file cannot be given to a VC-API verifier: the node finds keys
 *   through the issuer's DID.
 *
 * Run by run-suites.ts, never by `npm test`.
 */
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

type Target = { base: string; didKey: string; token: string; checkout: string }
type Result = { result: 'success' | 'failure' | 'indeterminate' | 'error'; data?: string }

const V2 = 'https://www.w3.org/ns/credentials/v2'

/** Writes the `docker` shim into `<suite>/.shim` and returns the env mocha runs with. */
export function joseCoseShim(dir: string, target: Target): Record<string, string> {
  const bin = join(dir, '.shim')
  mkdirSync(bin, { recursive: true })
  const tsx = join(target.checkout, 'node_modules/.bin/tsx')
  const self = fileURLToPath(import.meta.url)
  writeFileSync(join(bin, 'docker'), `#!/bin/sh\nexec "${tsx}" "${self}" "$@"\n`)
  chmodSync(join(bin, 'docker'), 0o755)
  return {
    PATH: `${bin}:${process.env.PATH ?? ''}`,
    W3C_NODE: JSON.stringify(target),
    W3C_TESTS_DIR: join(dir, 'tests'),
  }
}

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name)
  return at >= 0 ? args[at + 1] : undefined
}

async function post(target: Target, path: string, body: unknown, admin = false) {
  const res = await fetch(`${target.base}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(admin ? { Authorization: `Bearer ${target.token}` } : {}),
    },
    body: JSON.stringify(body),
  })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

async function answer(args: string[], target: Target): Promise<Result> {
  // `… run --rm <implementation> <issue|verify> …`
  const fn = args[args.indexOf('--rm') + 2]
  const feature = option(args, '--feature')
  const input = readFileSync(option(args, '--input')!, 'utf8').trim()
  const kind = feature === 'credential_jose' ? 'vc' : feature === 'presentation_jose' ? 'vp' : ''
  if (!kind) return { result: 'indeterminate', data: `feature ${feature} is not implemented` }
  if (fn === 'issue') {
    if (kind === 'vp') return { result: 'indeterminate', data: 'no presentation issuing' }
    const credential = { ...JSON.parse(input), issuer: target.didKey }
    const res = await post(target, '/issuers/vc-jwt/credentials/issue', { credential }, true)
    if (res.status !== 201) return { result: 'failure', data: JSON.stringify(res.body) }
    const envelope = res.body.verifiableCredential as { id: string }
    return { result: 'success', data: envelope.id.slice(envelope.id.indexOf(',') + 1) }
  }
  // a .json input is an unsecured document, which must fail as it is
  const document = input.startsWith('{')
    ? JSON.parse(input)
    : {
        '@context': V2,
        type: kind === 'vc' ? 'EnvelopedVerifiableCredential' : 'EnvelopedVerifiablePresentation',
        id: `data:application/${kind}+jwt,${input}`,
      }
  const res =
    kind === 'vc'
      ? await post(target, '/credentials/verify', { verifiableCredential: document })
      : await post(target, '/presentations/verify', { verifiablePresentation: document })
  return {
    result: res.body.verified === true ? 'success' : 'failure',
    data: JSON.stringify(res.body.errors),
  }
}

async function main(args: string[]) {
  const target = JSON.parse(process.env.W3C_NODE!) as Target
  const tests = process.env.W3C_TESTS_DIR!
  const paths = args.map((a) => a.replace(/^\/tests\//, `${tests}/`))
  let result: Result
  try {
    result = await answer(paths, target)
  } catch (error) {
    result = { result: 'error', data: String(error) }
  }
  writeFileSync(option(paths, '--output')!, JSON.stringify(result))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main(process.argv.slice(2))
