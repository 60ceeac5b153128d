// gxc talking to a node over its HTTP API (docs/API.md): problems read as RFC 9457 documents,
// a 429 waited out as its Retry-After says, the partner's challenge flow done for the user.
import { VC_V2_CONTEXT } from '../credentials/contexts.js'
import type { Json } from './documents.js'
import type { PartnerKey } from './key-file.js'
import { CliError, type CliFinding, type Output } from './output.js'
import type { CliDeps } from './runtime.js'

export type Answer = { status: number; body: any; headers: Headers }

export type Problem = {
  type?: string
  title?: string
  status?: number
  detail?: string
  errors?: CliFinding[]
}

export type RequestOptions = {
  json?: unknown
  /** A raw body with its content type (a VP-JWT). */
  body?: { text: string; type: string }
  accept?: string
  token?: string
}

export type PresentOptions = {
  /** Types beside VerifiablePresentation: the purpose the holder states under its signature. */
  types?: string[]
}

const TIMEOUT_MS = 300_000
const MAX_WAITS = 8
const MAX_WAIT_MS = 120_000

/** The default node: the one `npm start` serves (README, "The two commands"). */
export const DEFAULT_NODE = 'http://127.0.0.1:8787'

export class NodeClient {
  readonly url: string
  private readonly fetch: typeof fetch
  private readonly sleep: (ms: number) => Promise<void>
  private waited = false

  constructor(
    private readonly out: Output,
    deps: Pick<CliDeps, 'fetch' | 'sleep'>,
    url: string,
  ) {
    let parsed: URL
    try {
      parsed = new URL(url)
    } catch {
      throw new CliError(2, out.t('node.bad-url', { url }), [], 'usage')
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      throw new CliError(2, out.t('node.bad-url', { url }), [], 'usage')
    }
    this.url = url.replace(/\/+$/, '')
    this.fetch = deps.fetch ?? ((input, init) => globalThis.fetch(input, init))
    this.sleep = deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)))
  }

  /**
   * One request. A node that cannot be reached or answers 5xx stops the command (exit 2); a 429
   * is waited out (Retry-After) a few times; any other answer is the caller's to read.
   */
  async request(method: string, path: string, options: RequestOptions = {}): Promise<Answer> {
    const headers: Record<string, string> = { Accept: options.accept ?? 'application/json' }
    let body: string | undefined
    if (options.json !== undefined) {
      headers['Content-Type'] = 'application/json'
      body = JSON.stringify(options.json)
    } else if (options.body) {
      headers['Content-Type'] = options.body.type
      body = options.body.text
    }
    if (options.token) headers.Authorization = `Bearer ${options.token}`
    for (let attempt = 0; ; attempt++) {
      let response: Response
      try {
        response = await this.fetch(`${this.url}${path}`, {
          method,
          headers,
          body,
          redirect: 'manual',
          signal: AbortSignal.timeout(TIMEOUT_MS),
        })
      } catch (error) {
        throw new CliError(
          2,
          this.out.t('node.unreachable', { url: this.url, reason: networkReason(error) }),
          [],
          'node-unreachable',
        )
      }
      const answer = await readAnswer(response)
      if (response.status === 429 && attempt < MAX_WAITS) {
        const wait = retryAfterMs(response.headers.get('Retry-After'))
        // said once: a bulk submission paced by the node's rate limit waits at every batch
        if (!this.waited)
          this.out.note(this.out.t('node.waiting', { seconds: Math.ceil(wait / 1000) }))
        this.waited = true
        await this.sleep(wait)
        continue
      }
      if (response.status >= 500) {
        const problem = answer.body as Problem
        throw new CliError(
          2,
          this.out.t('node.failed', {
            url: this.url,
            status: response.status,
            detail: problem?.detail ?? problem?.title ?? '',
          }),
          [],
          'node-error',
        )
      }
      return answer
    }
  }

  get(path: string, options: RequestOptions = {}): Promise<Answer> {
    return this.request('GET', path, options)
  }

  post(path: string, json?: unknown, options: RequestOptions = {}): Promise<Answer> {
    return this.request('POST', path, { ...options, json })
  }

  /** POST /api/v1/challenges: a single-use challenge and the domain to sign for. */
  async challenge(): Promise<{ challenge: string; domain: string }> {
    const answer = await this.request('POST', '/api/v1/challenges')
    const body = answer.body as { challenge?: unknown; domain?: unknown }
    if (answer.status !== 201 || typeof body?.challenge !== 'string') {
      throw refusal(this.out, answer)
    }
    return { challenge: body.challenge, domain: String(body.domain) }
  }

  /**
   * POSTs a presentation of `credentials` to `path`, signed by `key` as its holder for a fresh
   * challenge of this node. A VP-JWT: one signature whatever the presentation holds, where a Data
   * Integrity proof would canonicalise every credential again.
   */
  async present(
    path: string,
    key: PartnerKey,
    credentials: (Json | string)[],
    options: PresentOptions = {},
  ): Promise<Answer> {
    const { challenge, domain } = await this.challenge()
    const jwt = await key.signJwt(
      {
        '@context': [VC_V2_CONTEXT],
        type: ['VerifiablePresentation', ...(options.types ?? [])],
        holder: key.did,
        verifiableCredential: credentials.map(presentable),
        nonce: challenge,
        aud: domain,
        // no `exp`: the single-use challenge bounds it here, and peers replay a revocation later
        iat: Math.floor(Date.now() / 1000),
      },
      { typ: 'vp+jwt', cty: 'vp' },
    )
    return this.request('POST', path, { body: { text: jwt, type: 'application/vp+jwt' } })
  }
}

/** A credential as a presentation holds it: a VC-JWT inside an EnvelopedVerifiableCredential. */
export function presentable(credential: Json | string): Json {
  if (typeof credential !== 'string') return credential
  return {
    '@context': VC_V2_CONTEXT,
    id: `data:application/vc+jwt,${credential}`,
    type: 'EnvelopedVerifiableCredential',
  }
}

async function readAnswer(response: Response): Promise<Answer> {
  const text = await response.text()
  let body: unknown = text
  const type = response.headers.get('Content-Type') ?? ''
  if (/json/.test(type) && text !== '') {
    try {
      body = JSON.parse(text)
    } catch {
      body = text
    }
  }
  return { status: response.status, body, headers: response.headers }
}

function retryAfterMs(header: string | null): number {
  const seconds = Number(header)
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000 + 50, MAX_WAIT_MS)
  const date = header ? Date.parse(header) : NaN
  if (Number.isFinite(date)) return Math.min(Math.max(date - Date.now(), 0) + 50, MAX_WAIT_MS)
  return 5_000
}

function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause
  if ((error as Error)?.name === 'TimeoutError') return 'timeout'
  return cause?.code ?? cause?.message ?? (error as Error)?.message ?? String(error)
}

/** The problem a node answered, if the answer is one. */
export function problemOf(answer: Answer): Problem {
  return typeof answer.body === 'object' && answer.body !== null ? (answer.body as Problem) : {}
}

/** The stable code of a problem (`credential-rejected`, `forbidden`…), from its `type`. */
export function problemCode(answer: Answer): string {
  return problemOf(answer).type?.split('/').pop() ?? `http-${answer.status}`
}

/**
 * A 4xx answer as a refusal (exit 1): the node's own words (`detail`, which for a pending
 * participant says the operator must approve it) and its findings.
 */
export function refusal(out: Output, answer: Answer, findings?: CliFinding[]): CliError {
  const problem = problemOf(answer)
  const detail =
    problem.detail ?? problem.title ?? (typeof answer.body === 'string' ? answer.body : '')
  return new CliError(
    1,
    out.t('node.refused', { status: answer.status, detail }),
    findings ?? problem.errors ?? [],
    problemCode(answer),
  )
}
