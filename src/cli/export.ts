// gxc export <file> --node <url>: the node's signed snapshot (src/cli/snapshot.ts), read through its
// public API and signed by the node itself through its VC-API (admin token).
import type { Command } from 'commander'
import { adminRefusal, adminToken, tokenOptions, type TokenOptions } from './admin-token.js'
import { writeOutput, type Json } from './documents.js'
import type { CliHost, CommandContext } from './index.js'
import { NodeClient, refusal } from './node-client.js'
import { EXIT } from './output.js'
import { duration, progress } from './progress.js'
import {
  foreignDidWebIssuers,
  manifestClaims,
  SNAPSHOT_FORMAT,
  unsignedManifest,
  type Snapshot,
  type SnapshotNode,
} from './snapshot.js'

type ExportOptions = TokenOptions & { node: string }

const PAGE = 100

export function registerExport(program: Command, host: CliHost): void {
  tokenOptions(
    program
      .command('export')
      .description(host.t('export.description'))
      .argument('<file>', host.t('export.arg.file'))
      .addOption(host.nodeOption())
      .addHelpText('after', host.t('export.example')),
    host,
  ).action(
    host.action((cli, file: string, options: ExportOptions) => exportNode(cli, file, options)),
  )
}

async function exportNode({ out, deps }: CommandContext, file: string, options: ExportOptions) {
  const token = adminToken(out, options)
  const node = new NodeClient(out, deps, options.node)
  const about = await node.get('/.well-known/gaia-x-catalogue')
  if (about.status !== 200) throw refusal(out, about)
  const description = about.body as SnapshotNode & { contexts: { url: string }[] }
  const self: SnapshotNode = {
    did: description.did,
    didKey: description.didKey,
    name: description.name,
    publicUrl: description.publicUrl,
  }
  const did = await node.get('/.well-known/did.json')
  if (did.status !== 200) throw refusal(out, did)
  const contexts: Record<string, Json> = {}
  for (const { url } of description.contexts) {
    const answer = await node.get(`/api/v1/contexts?url=${encodeURIComponent(url)}`)
    if (answer.status !== 200) throw refusal(out, answer)
    contexts[url] = answer.body as Json
  }

  const events: Json[] = []
  const bar = progress(out, out.t('export.progress'))
  let after = 0
  for (;;) {
    const answer = await node.get(`/api/v1/federation/events?after=${after}&limit=${PAGE}`)
    if (answer.status !== 200) throw refusal(out, answer)
    const page = answer.body as { events: Json[]; latest?: number }
    if (typeof page.latest === 'number') bar.total(page.latest)
    if (page.events.length === 0) break
    events.push(...page.events)
    after = Number(page.events.at(-1)!.seq)
    bar.tick(page.events.length)
  }
  bar.done()

  const createdAt = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
  const parts = { events, didDocuments: { [self.did]: did.body as Json }, contexts }
  const claims = await manifestClaims(parts)
  const issued = await node.post(
    '/credentials/issue',
    { credential: unsignedManifest(self, claims, createdAt) },
    { token },
  )
  if (issued.status !== 201) throw adminRefusal(out, issued, options)
  const snapshot: Snapshot = {
    format: SNAPSHOT_FORMAT,
    node: self,
    createdAt,
    ...parts,
    manifest: (issued.body as { verifiableCredential: Json }).verifiableCredential,
  }
  const text = JSON.stringify(snapshot)
  writeOutput(out, file, text)
  const foreign = foreignDidWebIssuers(snapshot)
  out.result({
    file,
    node: self,
    events: claims.events,
    credentials: claims.credentials,
    lastSeq: claims.lastSeq,
    bytes: Buffer.byteLength(text),
    foreignDidWeb: foreign,
  })
  out.line(
    `${out.paint('green', '✓')} ${out.t('export.done', { file, events: claims.events, credentials: claims.credentials, did: self.did, time: duration(bar.elapsedMs()) })}`,
  )
  if (foreign.length > 0)
    out.warn(out.t('export.foreign-did-web', { count: foreign.length, dids: foreign.join(', ') }))
  return EXIT.done
}
