// gxc admin approve | suspend | reindex | peers add | list | remove | sync: the operator API
// (docs/API.md, "Operator") with the admin token.
import { Option, type Command } from 'commander'
import { adminRefusal, adminToken, tokenOptions, type TokenOptions } from './admin-token.js'
import type { CliHost, CommandContext } from './index.js'
import { NodeClient, type Answer } from './node-client.js'
import { EXIT, type Output } from './output.js'

type AdminOptions = TokenOptions & { node: string }
type PeerOptions = AdminOptions & { did?: string; kind?: 'node' | 'ces'; mirror: boolean }

type PeerView = {
  id: string
  url: string
  did: string | null
  kind: string
  mirror: boolean
  cursor: string | null
  lastSyncAt: string | null
  lag: number | null
  accepted: number
  rejected: number
  lastError: string | null
}

export function registerAdmin(program: Command, host: CliHost): void {
  const admin = program
    .command('admin')
    .description(host.t('admin.description'))
    .addHelpText('after', host.t('admin.example'))
  const withNode = (command: Command) => tokenOptions(command.addOption(host.nodeOption()), host)

  for (const action of ['approve', 'suspend'] as const) {
    withNode(
      admin
        .command(action)
        .description(host.t(`admin.${action}.description`))
        .argument('<participant>', host.t('admin.arg.participant')),
    ).action(
      host.action((cli, participant: string, options: AdminOptions) =>
        setStatus(cli, action, participant, options),
      ),
    )
  }
  withNode(admin.command('reindex').description(host.t('admin.reindex.description'))).action(
    host.action(async (cli, options: AdminOptions) => {
      const answer = await call(cli, options, 'POST', '/api/v1/admin/reindex')
      cli.out.result(answer.body)
      cli.out.line(
        `${cli.out.paint('green', '✓')} ${cli.out.t('admin.reindexed', summaryOf(answer.body))}`,
      )
    }),
  )

  const peers = admin.command('peers').description(host.t('admin.peers.description'))
  withNode(
    peers
      .command('add')
      .description(host.t('admin.peers.add.description'))
      .argument('<url>', host.t('admin.arg.peer-url'))
      .option('--did <did>', host.t('admin.opt.did'))
      .addOption(new Option('--kind <kind>', host.t('admin.opt.kind')).choices(['node', 'ces']))
      .option('--no-mirror', host.t('admin.opt.no-mirror')),
  ).action(
    host.action(async (cli, url: string, options: PeerOptions) => {
      const body = {
        url,
        ...(options.did ? { did: options.did } : {}),
        ...(options.kind ? { kind: options.kind } : {}),
        mirror: options.mirror,
      }
      const answer = await call(cli, options, 'POST', '/api/v1/admin/peers', body, [200, 201])
      const peer = (answer.body as { peer: PeerView }).peer
      cli.out.result(answer.body)
      cli.out.line(
        `${cli.out.paint('green', '✓')} ${cli.out.t(answer.status === 201 ? 'admin.peer-added' : 'admin.peer-known', { id: peer.id, url: peer.url, did: peer.did ?? '-' })}`,
      )
    }),
  )
  withNode(peers.command('list').description(host.t('admin.peers.list.description'))).action(
    host.action(async (cli, options: AdminOptions) => {
      const answer = await call(cli, options, 'GET', '/api/v1/admin/peers')
      const list = (answer.body as { peers: PeerView[] }).peers
      cli.out.result(answer.body)
      if (list.length === 0) cli.out.line(cli.out.t('admin.no-peers'))
      for (const peer of list) printPeer(cli.out, peer)
    }),
  )
  withNode(
    peers
      .command('remove')
      .description(host.t('admin.peers.remove.description'))
      .argument('<id>', host.t('admin.arg.peer-id')),
  ).action(
    host.action(async (cli, id: string, options: AdminOptions) => {
      await call(
        cli,
        options,
        'DELETE',
        `/api/v1/admin/peers/${encodeURIComponent(id)}`,
        undefined,
        [204],
      )
      cli.out.result({ removed: id })
      cli.out.line(`${cli.out.paint('green', '✓')} ${cli.out.t('admin.peer-removed', { id })}`)
    }),
  )
  withNode(
    peers
      .command('sync')
      .description(host.t('admin.peers.sync.description'))
      .argument('<id>', host.t('admin.arg.peer-id')),
  ).action(
    host.action(async (cli, id: string, options: AdminOptions) => {
      const answer = await call(
        cli,
        options,
        'POST',
        `/api/v1/admin/peers/${encodeURIComponent(id)}/sync`,
      )
      const body = answer.body as {
        accepted: number
        rejected: number
        unchanged: number
        error?: string | null
      }
      cli.out.result(body)
      cli.out.line(
        cli.out.t('admin.synced', {
          id,
          accepted: body.accepted,
          rejected: body.rejected,
          unchanged: body.unchanged,
        }),
      )
      if (body.error) {
        cli.out.error(body.error)
        return EXIT.refused
      }
      return body.rejected > 0 ? EXIT.refused : EXIT.done
    }),
  )
}

async function setStatus(
  cli: CommandContext,
  action: 'approve' | 'suspend',
  participant: string,
  options: AdminOptions,
) {
  const answer = await call(
    cli,
    options,
    'POST',
    `/api/v1/admin/participants/${encodeURIComponent(participant)}/${action}`,
  )
  const row = (answer.body as { participant: { did: string; name: string; status: string } })
    .participant
  cli.out.result(answer.body)
  cli.out.line(
    `${cli.out.paint('green', '✓')} ${cli.out.t('admin.status-set', { did: row.did, name: row.name, status: cli.out.state(row.status) })}`,
  )
  return EXIT.done
}

/** An operator request; any status but `ok` is a refusal with the node's own words. */
async function call(
  { out, deps }: CommandContext,
  options: AdminOptions,
  method: string,
  path: string,
  json?: unknown,
  ok: number[] = [200],
): Promise<Answer> {
  const token = adminToken(out, options)
  const node = new NodeClient(out, deps, options.node)
  const answer = await node.request(method, path, { json, token })
  if (!ok.includes(answer.status)) throw adminRefusal(out, answer, options)
  return answer
}

function summaryOf(body: unknown): Record<string, string | number> {
  const entries = Object.entries((body ?? {}) as Record<string, unknown>)
  return { detail: entries.map(([k, v]) => `${k} ${String(v)}`).join(', ') }
}

function printPeer(out: Output, peer: PeerView): void {
  const state = peer.lastError
    ? out.paint('red', peer.lastError)
    : out.paint('green', peer.lastSyncAt ?? out.t('admin.never'))
  out.line(
    `${out.paint('bold', peer.id)}  ${peer.url}  ${peer.did ?? '-'}  (${peer.kind}${peer.mirror ? '' : ', live'})`,
  )
  out.line(
    `  ${out.t('admin.peer-state', { cursor: peer.cursor ?? '-', lag: peer.lag ?? '-', accepted: peer.accepted, rejected: peer.rejected })}  ${state}`,
  )
}
