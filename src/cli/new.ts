// gxc new participant | offering | resource: a starter credential to fill, sign and submit.
import { Argument, type Command } from 'commander'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { entriesOf, fileError, jsonText, placeholderFindings, writeOutput } from './documents.js'
import type { CliHost, CommandContext } from './index.js'
import { readKey } from './key-file.js'
import { CliError, EXIT, type Output } from './output.js'
import { starter, type StarterKind, type StarterOptions } from './starters.js'

type NewOptions = Omit<StarterOptions, 'did' | 'now'> & {
  key?: string
  out?: string
  termsFile?: string
}

export function registerNew(program: Command, host: CliHost): void {
  program
    .command('new')
    .description(host.t('new.description'))
    .addArgument(
      new Argument('<kind>', host.t('new.arg.kind')).choices([
        'participant',
        'offering',
        'resource',
      ]),
    )
    .option('-k, --key <file>', host.t('new.opt.key'))
    .option('-o, --out <file>', host.t('new.opt.out'))
    .option('--name <name>', host.t('new.opt.name'))
    .option('--description <text>', host.t('new.opt.description'))
    .option('--country <code>', host.t('new.opt.country'))
    .option('--vat-id <number>', host.t('new.opt.vat-id'))
    .option('--locality <city>', host.t('new.opt.locality'))
    .option('--keyword <word...>', host.t('new.opt.keyword'))
    .option('--terms-url <url>', host.t('new.opt.terms-url'))
    .option('--terms-hash <sha256>', host.t('new.opt.terms-hash'))
    .option('--terms-file <file>', host.t('new.opt.terms-file'))
    .option('--hosted-on <id...>', host.t('new.opt.hosted-on'))
    .option('--id <subject id>', host.t('new.opt.id'))
    .addHelpText('after', host.t('new.example'))
    .action(
      host.action((cli, kind: StarterKind, options: NewOptions) => newStarter(cli, kind, options)),
    )
}

async function newStarter({ out }: CommandContext, kind: StarterKind, options: NewOptions) {
  const did = options.key ? (await readKey(out, options.key)).did : undefined
  const termsHash = options.termsFile ? sha256Of(out, options.termsFile) : options.termsHash
  if (termsHash !== undefined && !/^[0-9a-f]{64}$/i.test(termsHash)) {
    throw new CliError(2, out.t('new.bad-terms-hash', { value: termsHash }), [], 'usage')
  }
  const document = starter(kind, { ...options, did, termsHash })
  const left = entriesOf({ file: options.out ?? '-', value: document }).flatMap(placeholderFindings)
  if (!options.out) {
    out.raw(jsonText(document))
  } else {
    writeOutput(out, options.out, jsonText(document))
    out.note(out.t('new.wrote', { file: options.out, kind }))
    out.result({ kind, file: options.out, placeholders: left.map((f) => f.path) })
  }
  if (left.length > 0) out.note(out.t('new.placeholders', { count: left.length }))
  else if (did && options.out) out.note(out.t('new.next', { file: options.out }))
  return EXIT.done
}

function sha256Of(out: Output, file: string): string {
  try {
    return createHash('sha256').update(readFileSync(file)).digest('hex')
  } catch (error) {
    throw fileError(out, file, error)
  }
}
