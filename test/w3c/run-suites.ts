/**
 * Runs the official W3C test suites against a node started from this checkout and prints, for each
 * suite, how many tests passed, failed and were skipped, with the title and reason of every failure.
 *
 * NOT part of `npm test`: it needs the network. It clones the suites from GitHub and installs their
 * dependencies from the npm registry (the node under test still fetches nothing: every context it
 * reads is pinned, every DID it resolves is offline).
 *
 *   npm run test:w3c                                        # every suite
 *   npm run test:w3c -- vc-di-eddsa vc-api-verifier         # some of them
 *
 * Environment:
 *   W3C_GIT_URL  where repositories are cloned from, `{repo}` standing for owner/name
 *                (default `https://github.com/{repo}.git`; a folder of local clones works as well)
 *   W3C_WORK     working folder, kept afterwards with each suite's mocha report (<suite>.json)
 *                and output (<suite>.log) (default: a new temporary folder)
 *   W3C_LATEST=1 test the suites' default branches instead of the commits pinned below
 *
 * The suites declare some of their dependencies as `github:` specifiers; they are cloned like the
 * suites and installed from packed tarballs, so that W3C_GIT_URL alone decides where git reads.
 * The node runs behind a local TLS front with a throw-away self-signed certificate: the suites send
 * an endpoint's configured headers (the admin bearer token of the issuers) only to https URLs.
 */
import 'reflect-metadata'
import * as x509 from '@peculiar/x509'
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { joseCoseShim } from './jose-cose.js'

type Json = Record<string, unknown>

const here = dirname(fileURLToPath(import.meta.url))
const checkout = resolve(here, '../..')
const gitUrl = process.env.W3C_GIT_URL ?? 'https://github.com/{repo}.git'
const latest = process.env.W3C_LATEST === '1'
const work = process.env.W3C_WORK ?? mkdtempSync(join(tmpdir(), 'w3c-suites-'))

/** The commits the counts in docs/w3c-suites.md were obtained with (W3C_LATEST=1 ignores them). */
const PINNED: Record<string, string> = {
  'w3c/vc-data-model-2.0-test-suite': '6e075243825f50c79017de4a27089d329c093d0f',
  'w3c/vc-di-eddsa-test-suite': 'a62061b23892deb44dbad67a0315d403fdf09440',
  'w3c/vc-di-ed25519signature2020-test-suite': '4b0b6c3974f7aa6325c12c44a3f135d1ec4c83bd',
  'w3c/vc-jose-cose-test-suite': 'ff6be51dc4d3c373dfaffa9a634cf751faf5285a',
  'w3c-ccg/vc-api-issuer-test-suite': '4aa46e285c24cf1f5afa5bb808bb086a39524f22',
  'w3c-ccg/vc-api-verifier-test-suite': '41541eeb9c31215d32403f4fe32bb441fbbf141e',
  'w3c/vc-test-suite-implementations': 'a15c6cf73e588f93a5b532a02c051ad7b59777ab',
  'w3c-ccg/vc-test-suite-implementations': '8fd6a18d907194e259c8e91983eac608735781dd',
  'w3c-ccg/data-integrity-test-suite-assertion': '8d84d182f022f02049135f7d1ad3d5d0181e5560',
}

/** What a suite is told about the node: the `implementations` entry of its localConfig.cjs. */
type Node = { base: string; didKey: string; token: string }
type Suite = {
  name: string
  repo: string
  /** Its localConfig.cjs implementation entry. */
  implementation: (node: Node) => Json
  /** Set up anything else the suite needs to reach the node; returns env for mocha. */
  prepare?: (dir: string, node: Node) => Record<string, string>
  /** Its mocha timeout, when its package.json sets another than 15 s. */
  timeout?: number
  /** Node flags its code needs on Node 20. */
  nodeFlags?: string[]
}

const issuer = (node: Node, profile: string, tags: string[], extra: Json = {}): Json => ({
  id: node.didKey,
  endpoint: `${node.base}/issuers/${profile}/credentials/issue`,
  headers: { Authorization: `Bearer ${node.token}` },
  tags,
  ...extra,
})
const verifier = (node: Node, path: string, tags: string[]): Json => ({
  id: `${node.base}${path}`,
  endpoint: `${node.base}${path}`,
  tags,
})
const NAME = { name: 'bleu-catalogue', implementation: 'bleu-catalogue (this checkout)' }

const SUITES: Suite[] = [
  {
    name: 'vc-data-model-2.0',
    repo: 'w3c/vc-data-model-2.0-test-suite',
    implementation: (node) => ({
      ...NAME,
      issuers: [
        issuer(node, 'eddsa-rdfc-2022', ['vc2.0']),
        issuer(node, 'vc-jwt', ['EnvelopingProof']),
      ],
      verifiers: [verifier(node, '/credentials/verify', ['vc2.0', 'EnvelopingProof'])],
      vpVerifiers: [verifier(node, '/presentations/verify', ['vc2.0', 'EnvelopingProof'])],
    }),
  },
  {
    name: 'vc-di-eddsa',
    repo: 'w3c/vc-di-eddsa-test-suite',
    implementation: (node) => ({
      ...NAME,
      issuers: [
        issuer(node, 'eddsa-rdfc-2022', ['eddsa-rdfc-2022'], { supports: { vc: ['1.1', '2.0'] } }),
        issuer(node, 'eddsa-jcs-2022', ['eddsa-jcs-2022'], { supports: { vc: ['1.1', '2.0'] } }),
      ],
      verifiers: [verifier(node, '/credentials/verify', ['eddsa-rdfc-2022', 'eddsa-jcs-2022'])],
    }),
  },
  {
    name: 'vc-di-ed25519signature2020',
    repo: 'w3c/vc-di-ed25519signature2020-test-suite',
    implementation: (node) => ({
      ...NAME,
      issuers: [issuer(node, 'ed25519-signature-2020', ['Ed25519Signature2020'])],
      verifiers: [verifier(node, '/credentials/verify', ['Ed25519Signature2020'])],
    }),
  },
  // The CCG suites' `JWT` sections send VC 1.1 credentials to an issuer and expect a JSON
  // credential with an embedded `proof` back (SpruceID, whose issuer the verifier's section uses by
  // default, tags its Data Integrity issuers `JWT`). The node's VC-JWT issuer secures VC 2.0 only,
  // as a VC-JOSE-COSE envelope, which the VC DM 2.0 suite (`EnvelopingProof`) and the VC-JOSE-COSE
  // suite test; it does not claim the tag here (docs/w3c-suites.md has the counts when it does).
  {
    name: 'vc-api-issuer',
    repo: 'w3c-ccg/vc-api-issuer-test-suite',
    implementation: (node) => ({
      ...NAME,
      issuers: [issuer(node, 'eddsa-rdfc-2022', ['vc-api'])],
    }),
  },
  {
    name: 'vc-api-verifier',
    repo: 'w3c-ccg/vc-api-verifier-test-suite',
    implementation: (node) => ({
      ...NAME,
      verifiers: [verifier(node, '/credentials/verify', ['vc-api'])],
      vpVerifiers: [verifier(node, '/presentations/verify', ['vc-api'])],
    }),
  },
  {
    name: 'vc-jose-cose',
    repo: 'w3c/vc-jose-cose-test-suite',
    // a CLI suite (Docker images per implementation): see jose-cose.ts for the adapter
    implementation: () => ({
      ...NAME,
      'jose-cose': { features: { credential_jose: true, presentation_jose: true } },
    }),
    prepare: (dir, node) => joseCoseShim(dir, { ...node, checkout }),
    timeout: 150_000,
    // its implementations/index.js maps a Map iterator (Iterator helpers: Node 22, a flag on 20)
    nodeFlags: ['--harmony-iterator-helpers'],
  },
]

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): string {
  return execFileSync(command, args, {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  })
}

/** A clone of `repo` in the work folder, at its pinned commit unless W3C_LATEST=1. */
function clone(repo: string): string {
  const dir = join(work, 'src', repo.replace('/', '+'))
  if (!existsSync(dir)) {
    mkdirSync(dirname(dir), { recursive: true })
    run('git', ['clone', '--quiet', gitUrl.replace('{repo}', repo), dir], work)
  }
  const pinned = PINNED[repo]
  if (!latest && pinned) run('git', ['checkout', '--quiet', '--detach', pinned], dir)
  return dir
}

const packed = new Map<string, string>()

/** `github:owner/name` → a tarball packed from its clone (installed as a registry package is). */
function tarballOf(specifier: string): string {
  const repo = specifier.replace(/^github:/, '').replace(/#.*$/, '')
  let tarball = packed.get(repo)
  if (!tarball) {
    const dir = clone(repo)
    localiseGithubDependencies(dir)
    const out = join(work, 'packed')
    mkdirSync(out, { recursive: true })
    const name = run(
      'npm',
      ['pack', '--silent', '--ignore-scripts', '--pack-destination', out],
      dir,
    )
    tarball = join(out, name.trim().split('\n').pop()!)
    packed.set(repo, tarball)
  }
  return tarball
}

function localiseGithubDependencies(dir: string): void {
  const file = join(dir, 'package.json')
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, string>>
  let changed = false
  for (const field of ['dependencies', 'devDependencies']) {
    for (const [name, spec] of Object.entries(pkg[field] ?? {})) {
      if (!spec.startsWith('github:')) continue
      if (field === 'devDependencies') delete pkg[field]![name]
      else pkg[field]![name] = `file:${tarballOf(spec)}`
      changed = true
    }
  }
  if (changed) {
    writeFileSync(file, JSON.stringify(pkg, null, 2))
    // a lockfile would still name the GitHub sources
    rmSync(join(dir, 'package-lock.json'), { force: true })
  }
}

function install(suite: Suite): string {
  const dir = clone(suite.repo)
  localiseGithubDependencies(dir)
  if (!existsSync(join(dir, 'node_modules'))) {
    process.stderr.write(`installing ${suite.name}…\n`)
    run('npm', ['install', '--no-audit', '--no-fund', '--omit=dev', '--ignore-scripts'], dir)
  }
  return dir
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => done(port))
    })
    server.on('error', fail)
  })
}

/** A throw-away self-signed certificate for 127.0.0.1 (the suites' https agent trusts any). */
async function selfSigned(): Promise<{ key: string; cert: string }> {
  const algorithm = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' }
  const keys = (await crypto.subtle.generateKey(algorithm, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair
  const now = Date.now()
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomBytes(8).toString('hex'),
    name: 'CN=127.0.0.1',
    notBefore: new Date(now - 60_000),
    notAfter: new Date(now + 86_400_000),
    keys,
    signingAlgorithm: algorithm,
    extensions: [new x509.SubjectAlternativeNameExtension([{ type: 'ip', value: '127.0.0.1' }])],
  })
  const pkcs8 = Buffer.from(await crypto.subtle.exportKey('pkcs8', keys.privateKey))
  const lines = pkcs8
    .toString('base64')
    .match(/.{1,64}/g)!
    .join('\n')
  return {
    key: `-----BEGIN PRIVATE KEY-----\n${lines}\n-----END PRIVATE KEY-----\n`,
    cert: certificate.toString('pem'),
  }
}

/** The node from this checkout on a fresh data folder, and an https front that forwards to it. */
async function startNode(): Promise<Node & { stop: () => void }> {
  const [port, tlsPort] = await Promise.all([freePort(), freePort()])
  const token = randomBytes(24).toString('hex')
  const base = `https://127.0.0.1:${tlsPort}`
  const dataDir = join(work, 'node-data')
  rmSync(dataDir, { recursive: true, force: true })
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/entry/node.ts'], {
    cwd: checkout,
    env: {
      ...process.env,
      GXC_HOST: '127.0.0.1',
      GXC_PORT: String(port),
      GXC_PUBLIC_URL: base,
      GXC_DATA_DIR: dataDir,
      GXC_ADMIN_TOKEN: token,
      GXC_SEED: 'false',
      GXC_RATE_LIMIT: 'off',
      GXC_SYNC_INTERVAL_MS: '0',
      GXC_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  const front = https.createServer(await selfSigned(), (req, res) => {
    const upstream = http.request(
      { host: '127.0.0.1', port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      },
    )
    upstream.on('error', () => res.writeHead(502).end())
    req.pipe(upstream)
  })
  await new Promise<void>((done) => front.listen(tlsPort, '127.0.0.1', done))
  const stop = () => {
    front.close()
    child.kill('SIGTERM')
  }
  for (let i = 0; ; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/.well-known/gaia-x-catalogue`)
      const { didKey } = (await res.json()) as { didKey: string }
      return { base, didKey, token, stop }
    } catch (error) {
      if (i > 120 || child.exitCode !== null) {
        stop()
        throw new Error('the node did not start', { cause: error })
      }
      await new Promise((r) => setTimeout(r, 500))
    }
  }
}

type Outcome = { passed: number; failed: number; pending: number; failures: string[] }

/**
 * Runs `command` without blocking this process, whose event loop serves the TLS front: a
 * synchronous child would leave every request of the suite unanswered until it times out.
 */
function runAsync(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  log: string,
): Promise<number | null> {
  const out = openSync(log, 'w')
  return new Promise<number | null>((done, fail) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', out, out],
    })
    child.on('error', fail)
    child.on('exit', (code) => done(code))
  }).finally(() => closeSync(out))
}

async function runSuite(suite: Suite, dir: string, node: Node): Promise<Outcome> {
  writeFileSync(
    join(dir, 'localConfig.cjs'),
    `module.exports = ${JSON.stringify({ settings: {}, implementations: [suite.implementation(node)] }, null, 2)}\n`,
  )
  const env = suite.prepare?.(dir, node) ?? {}
  const report = join(work, `${suite.name}.json`)
  rmSync(report, { force: true })
  // the suites' own timeout and flags (package.json "test"), with mocha's JSON report instead;
  // mocha exits with the number of failures, which the report lists
  await runAsync(
    process.execPath,
    [
      join(dir, 'node_modules/mocha/bin/mocha.js'),
      // mocha hands node flags (these, --preserve-symlinks) to the node process it forks
      ...(suite.nodeFlags ?? []),
      'tests/',
      '--reporter',
      'json',
      '--reporter-option',
      `output=${report}`,
      '--timeout',
      String(suite.timeout ?? 15_000),
      '--preserve-symlinks',
    ],
    dir,
    // a self-signed front: the suites' own https agent already trusts it, fetch() does not
    { NODE_TLS_REJECT_UNAUTHORIZED: '0', NODE_NO_WARNINGS: '1', ...env },
    join(work, `${suite.name}.log`),
  )
  const result = JSON.parse(readFileSync(report, 'utf8')) as {
    stats: { passes: number; failures: number; pending: number }
    failures: { fullTitle: string; err: { message?: string } }[]
  }
  return {
    passed: result.stats.passes,
    failed: result.stats.failures,
    pending: result.stats.pending,
    failures: result.failures.map(
      (f) => `${f.fullTitle}\n      ${(f.err.message ?? '').split('\n')[0]}`,
    ),
  }
}

async function main() {
  const wanted = process.argv.slice(2)
  const suites = wanted.length ? SUITES.filter((s) => wanted.includes(s.name)) : SUITES
  if (suites.length === 0) throw new Error(`no such suite; known: ${SUITES.map((s) => s.name)}`)
  const dirs = new Map(suites.map((suite) => [suite, install(suite)]))
  const node = await startNode()
  const outcomes: [Suite, Outcome][] = []
  try {
    for (const suite of suites) {
      process.stderr.write(`running ${suite.name}…\n`)
      outcomes.push([suite, await runSuite(suite, dirs.get(suite)!, node)])
    }
  } finally {
    node.stop()
  }
  for (const [suite, o] of outcomes) {
    const commit = run('git', ['rev-parse', '--short', 'HEAD'], dirs.get(suite)!).trim()
    console.log(
      `${suite.name} (${suite.repo}@${commit}): ${o.passed} passed, ${o.failed} failed, ${o.pending} pending`,
    )
    for (const failure of o.failures) console.log(`  ✗ ${failure}`)
  }
  console.log(`reports: ${work}`)
}

await main()
