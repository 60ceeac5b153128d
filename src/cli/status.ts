// gxc status --key key.json: what the node holds of the key's participant: its standing
// (active, pending, suspended) and how many offerings it has there.
import type { Command } from 'commander'
import type { CliHost, CommandContext } from './index.js'
import { readKey } from './key-file.js'
import { NodeClient, refusal } from './node-client.js'
import { CliError, EXIT } from './output.js'

type StatusOptions = { node: string; key: string }

type Detail = {
  participant: { id: string; did: string; name: string; status: string; origin: string }
  offeringCount: number
  credentials: { hash: string; types: string[]; status: string }[]
}

export function registerStatus(program: Command, host: CliHost): void {
  program
    .command('status')
    .description(host.t('status.description'))
    .requiredOption('-k, --key <file>', host.t('opt.key'))
    .addOption(host.nodeOption())
    .addHelpText('after', host.t('status.example'))
    .action(host.action((cli, options: StatusOptions) => status(cli, options)))
}

async function status({ out, deps }: CommandContext, options: StatusOptions) {
  const key = await readKey(out, options.key)
  const node = new NodeClient(out, deps, options.node)
  const answer = await node.get(`/api/v1/participants/${encodeURIComponent(key.did)}`)
  if (answer.status === 404) {
    throw new CliError(
      1,
      out.t('status.unknown', { did: key.did, node: node.url }),
      [],
      'not-found',
    )
  }
  if (answer.status !== 200) throw refusal(out, answer)
  const { participant, offeringCount, credentials } = answer.body as Detail
  out.result({ participant, offeringCount, credentials: credentials.length })
  out.line(`${participant.name}  ${participant.did}`)
  out.line(
    out.t('status.line', {
      status: out.paint(
        participant.status === 'active' ? 'green' : 'yellow',
        out.state(participant.status),
      ),
      offerings: offeringCount,
      credentials: credentials.length,
    }),
  )
  if (participant.status === 'pending') {
    out.note(out.t('onboard.pending', { node: node.url, did: participant.did }))
  }
  return EXIT.done
}
