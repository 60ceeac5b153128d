// gxc revoke <offering id> --key key.json: the issuer's revocation, a presentation holding the
// offering's current credential as the node serves it, so the signature names what it revokes,
// and typed REVOCATION_TYPE, so the issuer states under its signature that it revokes: peers
// apply it too (src/federation/revocation.ts), and a snapshot of the node carries it.
import type { Command } from 'commander'
import { REVOCATION_TYPE } from '../credentials/presentation.js'
import type { Json } from './documents.js'
import type { CliHost, CommandContext } from './index.js'
import { readKey } from './key-file.js'
import { NodeClient, refusal } from './node-client.js'
import { CliError, EXIT, type CliFinding } from './output.js'

type RevokeOptions = { node: string; key: string }

export function registerRevoke(program: Command, host: CliHost): void {
  program
    .command('revoke')
    .description(host.t('revoke.description'))
    .argument('<offering>', host.t('revoke.arg.offering'))
    .requiredOption('-k, --key <file>', host.t('opt.key'))
    .addOption(host.nodeOption())
    .addHelpText('after', host.t('revoke.example'))
    .action(host.action((cli, id: string, options: RevokeOptions) => revoke(cli, id, options)))
}

async function revoke({ out, deps }: CommandContext, id: string, options: RevokeOptions) {
  const key = await readKey(out, options.key)
  const node = new NodeClient(out, deps, options.node)
  const path = `/api/v1/offerings/${encodeURIComponent(id)}`
  const summary = await node.get(path)
  if (summary.status === 404) {
    throw new CliError(1, out.t('revoke.unknown', { id, node: node.url }), [], 'not-found')
  }
  if (summary.status !== 200) throw refusal(out, summary)
  if (summary.body?.offering?.status === 'revoked') {
    out.result({ id, status: 'revoked', already: true })
    out.line(`${out.paint('green', '✓')} ${out.t('revoke.already', { id })}`)
    return EXIT.done
  }
  const current = await node.get(path, { accept: 'application/ld+json' })
  if (current.status !== 200 || typeof current.body !== 'object') throw refusal(out, current)
  const answer = await node.present(`${path}/revoke`, key, [current.body as Json], {
    types: [REVOCATION_TYPE],
  })
  if (answer.status !== 200) throw refusal(out, answer)
  const warnings = ((answer.body as { warnings?: CliFinding[] }).warnings ?? []) as CliFinding[]
  out.result(answer.body)
  out.line(`${out.paint('green', '✓')} ${out.t('revoke.done', { id })}`)
  for (const warning of warnings) out.warn(warning.message[out.lang])
  return EXIT.done
}
