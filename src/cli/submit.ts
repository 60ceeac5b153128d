// gxc submit <files or folders…> --key key.json: offerings and resources in presentations of up
// to 50, with a progress bar and its rate. What the node already stores (GET
// /api/v1/credentials/{hash}) is skipped, so a rerun after an interruption resumes; a refused
// batch is narrowed down to the credentials its findings name, and the summary lists each.
import { Option, type Command } from 'commander'
import { entriesOf, readInputs, type InputEntry } from './documents.js'
import type { CliHost, CommandContext } from './index.js'
import { readKey, type PartnerKey } from './key-file.js'
import { NodeClient, problemCode, refusal, type Answer } from './node-client.js'
import { CliError, EXIT, type Output } from './output.js'
import { answerFindings, prepare, type Ready, type Refused } from './presenting.js'
import { duration, progress, type Progress } from './progress.js'
import type { SignFormat } from './sign.js'

type SubmitOptions = { node: string; key: string; batch: string; format: SignFormat }

/** The node's default GXC_MAX_CREDENTIALS: a presentation of more is refused. */
const BATCH = 50
const CHECK_CONCURRENCY = 16

export function registerSubmit(program: Command, host: CliHost): void {
  program
    .command('submit')
    .description(host.t('submit.description'))
    .argument('<paths...>', host.t('submit.arg.paths'))
    .requiredOption('-k, --key <file>', host.t('opt.key'))
    .addOption(host.nodeOption())
    .option('--batch <n>', host.t('submit.opt.batch'), String(BATCH))
    .addOption(
      new Option('--format <format>', host.t('submit.opt.format'))
        .choices(['di', 'jwt'])
        .default('di'),
    )
    .addHelpText('after', host.t('submit.example'))
    .action(
      host.action((cli, paths: string[], options: SubmitOptions) => submit(cli, paths, options)),
    )
}

type Held = { held: 'none' | 'no-offering' | 'some'; status: string }

type Run = {
  out: Output
  node: NodeClient
  key: PartnerKey
  accepted: number
  /** Credentials the node has answered for, accepted or refused. */
  sent: number
  refused: Refused[]
  bar: Progress
  stopping: boolean
}

async function submit({ out, deps }: CommandContext, paths: string[], options: SubmitOptions) {
  const batchSize = Number(options.batch)
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 1000) {
    throw new CliError(2, out.t('submit.bad-batch', { value: options.batch }), [], 'usage')
  }
  const key = await readKey(out, options.key)
  const node = new NodeClient(out, deps, options.node)
  const { documents, unreadable } = await readInputs(out, paths)
  const entries = documents.flatMap(entriesOf)
  const refused: Refused[] = unreadable.map((u) => ({
    file: u.file,
    pointer: '',
    findings: [
      {
        code: 'file-unreadable',
        path: '',
        file: u.file,
        message: { en: u.reason, fr: u.reason },
        severity: 'violation',
      },
    ],
  }))

  const started = Date.now()
  const preparing = progress(out, out.t('submit.preparing'), entries.length)
  const prepared = await prepare(out, entries, key, options.format, () => preparing.tick())
  preparing.done()
  const prepareMs = preparing.elapsedMs()
  refused.push(...prepared.refused)
  // resources before the offerings hosted on them, each group in file order
  const ready = [...prepared.ready].sort((a, b) => rank(a.entry) - rank(b.entry))

  const { held, status } = await heldByNode(node, key.did)
  const toCheck =
    held === 'none' ? [] : held === 'no-offering' ? ready.filter((r) => rank(r.entry) === 0) : ready
  const checking = progress(out, out.t('submit.checking'), toCheck.length)
  const stored = await storedHashes(node, toCheck, checking)
  checking.done()
  const checkMs = checking.elapsedMs()
  const pending = ready.filter((r) => !stored.has(r.hash))

  const run: Run = {
    out,
    node,
    key,
    accepted: 0,
    sent: 0,
    refused,
    bar: progress(out, out.t('submit.sending'), pending.length),
    stopping: false,
  }
  const stopListening = out.io.onInterrupt?.(() => {
    run.stopping = true
    out.note(out.t('submit.stopping'))
  })
  try {
    for (let i = 0; i < pending.length && !run.stopping; i += batchSize) {
      await sendBatch(run, pending.slice(i, i + batchSize))
    }
  } catch (error) {
    // refused for who the partner is, not for what it sent: say what unblocks it
    if (error instanceof CliError && error.code === 'forbidden') {
      if (status === 'pending') {
        out.note(out.t('onboard.pending', { node: node.url, did: key.did }))
      } else if (status === 'unknown') {
        out.note(out.t('status.unknown', { did: key.did, node: node.url }))
      }
    }
    throw error
  } finally {
    stopListening?.()
    run.bar.done()
  }

  // the rate is the sending's (what the node takes in); the time is the whole run's
  const seconds = run.bar.elapsedMs() / 1000
  const total = (Date.now() - started) / 1000
  const summary = {
    total: entries.length + unreadable.length,
    accepted: run.accepted,
    alreadyStored: ready.length - pending.length,
    refused: refused.length,
    notSent: pending.length - run.sent,
    seconds: Math.round(total * 10) / 10,
    rate: Math.round((run.accepted / Math.max(seconds, 0.001)) * 10) / 10,
    // where the time went: signing and hashing, asking the node what it stores, sending
    phases: {
      prepare: Math.round(prepareMs / 100) / 10,
      check: Math.round(checkMs / 100) / 10,
      send: Math.round(seconds * 10) / 10,
    },
  }
  out.result({ ...summary, refusedEntries: refused, interrupted: run.stopping })
  printSummary(out, summary, refused, total, seconds)
  if (run.stopping) {
    out.note(out.t('submit.resume'))
    return EXIT.interrupted
  }
  return refused.length > 0 ? EXIT.refused : EXIT.done
}

function rank(entry: InputEntry): number {
  const credential = entry.credential
  if (typeof credential === 'string') return 1
  const types = [credential.type, (credential.credentialSubject as { type?: unknown })?.type].flat()
  return types.some((t) => typeof t === 'string' && /ServiceOffering$/.test(t)) ? 1 : 0
}

/**
 * What the node may hold of this participant's, so that a first run does not ask for each of
 * thousands of hashes: nothing of a DID it does not know, and none of its offerings when it
 * indexes none (a participant's offerings are indexed under it, whatever their status).
 */
async function heldByNode(node: NodeClient, did: string): Promise<Held> {
  const answer = await node.get(`/api/v1/participants/${encodeURIComponent(did)}`)
  if (answer.status === 404) return { held: 'none', status: 'unknown' }
  const status = String(answer.body?.participant?.status ?? 'unknown')
  return {
    held: answer.status === 200 && answer.body?.offeringCount === 0 ? 'no-offering' : 'some',
    status,
  }
}

/** The hashes of `ready` the node already stores, asked CHECK_CONCURRENCY at a time. */
async function storedHashes(node: NodeClient, ready: Ready[], bar: Progress): Promise<Set<string>> {
  const stored = new Set<string>()
  let next = 0
  const worker = async () => {
    while (next < ready.length) {
      const { hash } = ready[next++]!
      const answer = await node.get(`/api/v1/credentials/${encodeURIComponent(hash)}`, {
        accept: 'application/ld+json, application/vc+jwt',
      })
      if (answer.status === 200) stored.add(hash)
      bar.tick()
    }
  }
  await Promise.all(Array.from({ length: Math.min(CHECK_CONCURRENCY, ready.length) }, worker))
  return stored
}

/**
 * One presentation. Refused as a whole (all or nothing), it is sent again without the credentials
 * the findings name, which are reported; findings that name none send the credentials one by one.
 * Too large for the node's limits, it is split in two. Any other refusal (a participant that is
 * pending or suspended, a wrong key) stops the run: every batch would meet it.
 */
async function sendBatch(run: Run, batch: Ready[], depth = 0): Promise<void> {
  const answer = await presentBatch(run, batch)
  if (answer.status === 200 || answer.status === 201) {
    run.accepted += batch.length
    run.sent += batch.length
    run.bar.tick(batch.length)
    return
  }
  const code = problemCode(answer)
  if (
    answer.status === 413 ||
    (answer.status === 400 && code === 'bad-request' && limitHit(answer))
  ) {
    if (batch.length > 1) {
      const half = Math.ceil(batch.length / 2)
      await sendBatch(run, batch.slice(0, half), depth)
      await sendBatch(run, batch.slice(half), depth)
      return
    }
  }
  if (answer.status === 422 || answer.status === 409 || answer.status === 400) {
    const findings = answerFindings(answer, batch)
    const named = new Set(
      (answer.body?.errors ?? []).flatMap((f: { path?: string }) => {
        const index = /^\/verifiableCredential\/(\d+)/.exec(f.path ?? '')?.[1]
        return index === undefined ? [] : [Number(index)]
      }),
    )
    if (batch.length === 1 || (named.size === 0 && depth > 0)) {
      refuse(run, batch, findings)
      return
    }
    if (named.size === 0 || named.size === batch.length || depth > 0) {
      for (const one of batch) await sendBatch(run, [one], depth + 1)
      return
    }
    for (const [i, one] of batch.entries()) {
      if (!named.has(i)) continue
      refuse(
        run,
        [one],
        findings.filter((f) => f.file === one.entry.file && f.path.startsWith(one.entry.pointer)),
      )
    }
    await sendBatch(
      run,
      batch.filter((_, i) => !named.has(i)),
      depth + 1,
    )
    return
  }
  throw refusal(run.out, answer, answerFindings(answer, batch))
}

async function presentBatch(run: Run, batch: Ready[]): Promise<Answer> {
  const credentials = batch.map((r) => r.credential)
  const answer = await run.node.present('/api/v1/submissions', run.key, credentials)
  // a challenge that expired between its issue and its use: once more with a fresh one
  if (answer.status === 401 && problemCode(answer) === 'unauthorized') {
    const codes = (answer.body?.errors ?? []).map((f: { code?: string }) => f.code)
    if (codes.includes('challenge-invalid')) {
      return run.node.present('/api/v1/submissions', run.key, credentials)
    }
  }
  return answer
}

function limitHit(answer: Answer): boolean {
  return (answer.body?.errors ?? []).some((f: { code?: string }) => f.code === 'limit-exceeded')
}

function refuse(run: Run, batch: Ready[], findings: Refused['findings']): void {
  for (const one of batch) {
    const own = findings.filter(
      (f) => f.file === one.entry.file && f.path.startsWith(one.entry.pointer),
    )
    const credential = one.entry.credential
    run.refused.push({
      file: one.entry.file,
      pointer: one.entry.pointer,
      ...(typeof credential === 'object' && typeof credential.id === 'string'
        ? { id: credential.id }
        : {}),
      findings: own.length > 0 ? own : findings,
    })
  }
  run.sent += batch.length
  run.bar.tick(batch.length)
}

function printSummary(
  out: Output,
  summary: {
    total: number
    accepted: number
    alreadyStored: number
    refused: number
    notSent: number
  },
  refused: Refused[],
  total: number,
  seconds: number,
): void {
  for (const r of refused) {
    out.line(
      `${out.paint('red', '✗')} ${r.file}${r.pointer ? ` ${r.pointer}` : ''}${r.id ? `  ${r.id}` : ''}`,
    )
    out.findings(r.findings, '    ')
  }
  const rate = (summary.accepted / Math.max(seconds, 0.001)).toFixed(1)
  const line =
    out.t('submit.summary', { ...summary, time: duration(total * 1000) }) +
    (summary.accepted > 0 ? out.t('submit.rate', { rate }) : '') +
    (summary.notSent > 0 ? out.t('submit.not-sent', { count: summary.notSent }) : '')
  out.line(
    summary.refused > 0
      ? out.paint('red', `✗ ${line}`)
      : summary.notSent > 0
        ? out.paint('yellow', `! ${line}`)
        : out.paint('green', `✓ ${line}`),
  )
}
