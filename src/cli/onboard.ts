// gxc onboard <files…> --key key.json: the participant's own credentials (gx:LegalPerson,
// registration numbers, gx:Issuer) presented to POST /api/v1/participants, signed first if they
// are not yet; the node answers `active`, or `pending` until its operator approves.
import type { Command } from 'commander'
import { entriesOf, readAllInputs } from './documents.js'
import type { CliHost, CommandContext } from './index.js'
import { readKey } from './key-file.js'
import { NodeClient, refusal } from './node-client.js'
import { CliError, EXIT } from './output.js'
import { answerFindings, prepare } from './presenting.js'

type OnboardOptions = { node: string; key: string }

export function registerOnboard(program: Command, host: CliHost): void {
  program
    .command('onboard')
    .description(host.t('onboard.description'))
    .argument('<files...>', host.t('onboard.arg.files'))
    .requiredOption('-k, --key <file>', host.t('opt.key'))
    .addOption(host.nodeOption())
    .addHelpText('after', host.t('onboard.example'))
    .action(
      host.action((cli, files: string[], options: OnboardOptions) => onboard(cli, files, options)),
    )
}

async function onboard({ out, deps }: CommandContext, files: string[], options: OnboardOptions) {
  const entries = (await readAllInputs(out, files)).flatMap(entriesOf)
  const key = await readKey(out, options.key)
  const { ready, refused } = await prepare(out, entries, key)
  if (refused.length > 0) {
    throw new CliError(
      1,
      out.t('onboard.not-ready'),
      refused.flatMap((r) => r.findings),
    )
  }
  const node = new NodeClient(out, deps, options.node)
  const answer = await node.present(
    '/api/v1/participants',
    key,
    ready.map((r) => r.credential),
  )
  if (answer.status !== 200 && answer.status !== 201) {
    throw refusal(out, answer, answerFindings(answer, ready))
  }
  const participant = (answer.body as { participant: { id: string; did: string; status: string } })
    .participant
  out.result({ created: answer.status === 201, participant })
  const done = answer.status === 201 ? 'onboard.created' : 'onboard.again'
  out.line(
    `${out.paint('green', '✓')} ${out.t(done, { did: participant.did, status: out.state(participant.status) })}`,
  )
  if (participant.status === 'pending') {
    out.note(out.t('onboard.pending', { node: node.url, did: participant.did }))
  }
  return EXIT.done
}
