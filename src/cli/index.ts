// gxc, the command line of partners and operators (README, "Command line"): one file per command,
// commander for the arguments, every result on stdout and every diagnostic on stderr. Exit codes:
// 0 done, 1 findings or refused, 2 usage error, unreadable input, unreachable node, or a fault of
// gxc itself (one line; GXC_DEBUG=1 adds the stack).
import { Command, CommanderError, Help, Option } from 'commander'
import { AppError } from '../errors.js'
import { DEFAULT_DATA_DIR } from './admin-token.js'
import { registerAdmin } from './admin.js'
import { registerBackup } from './backup.js'
import { registerExport } from './export.js'
import { registerImport } from './import.js'
import { registerKeys } from './keys.js'
import { commanderInFrench, translate, type Lang, type MessageKey } from './messages.js'
import { registerNew } from './new.js'
import { DEFAULT_NODE } from './node-client.js'
import { registerOnboard } from './onboard.js'
import {
  CliError,
  detectLang,
  EXIT,
  Output,
  wantsColor,
  type CliFinding,
  type ExitCode,
} from './output.js'
import { registerRestore } from './restore.js'
import { registerRevoke } from './revoke.js'
import type { CliDeps } from './runtime.js'
import { registerSign } from './sign.js'
import { registerStatus } from './status.js'
import { registerSubmit } from './submit.js'
import { registerValidate } from './validate.js'
import { registerVerify } from './verify.js'

/** What a command receives: where to speak, and what it may use. */
export type CommandContext = { out: Output; deps: CliDeps }

/** What each command file gets to declare itself: translated texts and the action wrapper. */
export type CliHost = {
  lang: Lang
  t(key: MessageKey, params?: Record<string, string | number>): string
  /** `--node <url>`: GXC_NODE, else the node `npm start` serves. */
  nodeOption(): Option
  /** `--data-dir <dir>`: GXC_DATA_DIR (as the node reads it), else ./data. */
  dataDirOption(description: MessageKey): Option
  /**
   * Wraps a command body: the Output is built from the global options (--json, --lang,
   * --no-color) and the body's exit code (0 by default) becomes the run's.
   */
  action<A extends unknown[]>(
    body: (cli: CommandContext, ...args: A) => Promise<ExitCode | void>,
  ): (...args: unknown[]) => Promise<void>
}

const VERSION = '0.1.0'

/**
 * Runs gxc with `argv` (as process.argv: node, script, then the arguments) and resolves to its
 * exit code. Never throws and never exits the process: the entry sets `process.exitCode`.
 *
 * @example
 * process.exitCode = await runCli(process.argv, { io, runtime })
 */
export async function runCli(argv: string[], deps: CliDeps): Promise<ExitCode> {
  const { io } = deps
  const args = argv.slice(2)
  const lang = detectLang(langArgument(args), io.env)
  let out = new Output(io, {
    lang,
    json: args.includes('--json'),
    color: wantsColor(!args.includes('--no-color'), io.env),
  })
  let code: ExitCode = EXIT.done
  const fromEnv = (name: string, fallback: string) => {
    const value = io.env[name]
    return value ? { value, shown: `${value} (${name})` } : { value: fallback, shown: fallback }
  }
  const host: CliHost = {
    lang,
    t: (key, params) => translate(lang, key, params),
    nodeOption() {
      const { value, shown } = fromEnv('GXC_NODE', DEFAULT_NODE)
      return new Option('-n, --node <url>', translate(lang, 'opt.node')).default(value, shown)
    },
    dataDirOption(description) {
      const { value, shown } = fromEnv('GXC_DATA_DIR', DEFAULT_DATA_DIR)
      return new Option('--data-dir <dir>', translate(lang, description)).default(value, shown)
    },
    action:
      (body) =>
      async (...received) => {
        const command = received.at(-1) as Command
        const globals = command.optsWithGlobals<{
          json?: boolean
          lang?: string
          color?: boolean
        }>()
        out = new Output(io, {
          lang: detectLang(globals.lang, io.env),
          json: globals.json === true,
          color: wantsColor(globals.color !== false, io.env),
        })
        // commander passes the arguments, the options, then the command: what the body declared
        const args = received.slice(0, -1) as unknown as Parameters<typeof body> extends [
          unknown,
          ...infer A,
        ]
          ? A
          : never
        code = (await body({ out, deps }, ...(args as never))) ?? EXIT.done
      },
  }
  const program = buildProgram(host, deps)
  try {
    if (args.length === 0) {
      program.outputHelp()
      return EXIT.failed
    }
    await program.parseAsync(argv)
  } catch (error) {
    code = report(out, error, io.env.GXC_DEBUG === '1')
  }
  out.flush()
  return code
}

function buildProgram(host: CliHost, deps: CliDeps): Command {
  const { io } = deps
  const help = new Help()
  const program = new Command('gxc')
    .description(host.t('cli.description'))
    .version(VERSION, '-V, --version', host.t('opt.version'))
    .helpOption('-h, --help', host.t('opt.help'))
    .helpCommand('help [command]', host.t('opt.help-command'))
    .option('--json', host.t('opt.json'))
    .addOption(new Option('--lang <lang>', host.t('opt.lang')).choices(['fr', 'en']))
    .option('--no-color', host.t('opt.no-color'))
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(host.lang === 'fr' ? commanderInFrench(text) : text),
    })
    // help in the user's language, commander's own words included (inherited by every command)
    .configureHelp({
      styleTitle: (title) => host.t(HELP_TITLES[title] ?? 'help.options'),
      optionDescription: (option) =>
        help
          .optionDescription(option)
          .replace(/\((choices|default): /g, (_, word: 'choices' | 'default') =>
            host.t(`help.${word}`),
          )
          .replace(/, default: /, `, ${host.t('help.default').slice(1)}`),
      argumentDescription: (argument) =>
        help
          .argumentDescription(argument)
          .replace(/\((choices|default): /g, (_, word) =>
            host.t(`help.${word as 'choices' | 'default'}`),
          ),
    })
    .addHelpText('after', host.t('cli.help-after'))
  registerKeys(program, host)
  registerNew(program, host)
  registerSign(program, host)
  registerVerify(program, host)
  registerValidate(program, host)
  registerOnboard(program, host)
  registerSubmit(program, host)
  registerRevoke(program, host)
  registerStatus(program, host)
  registerAdmin(program, host)
  registerExport(program, host)
  registerImport(program, host)
  registerBackup(program, host)
  registerRestore(program, host)
  return program
}

const HELP_TITLES: Record<string, MessageKey> = {
  'Usage:': 'help.usage',
  'Arguments:': 'help.arguments',
  'Options:': 'help.options',
  'Global Options:': 'help.global-options',
  'Commands:': 'help.commands',
}

/** `--lang fr` or `--lang=fr` anywhere, read before commander so that help is translated too. */
function langArgument(args: string[]): string | undefined {
  for (const [i, arg] of args.entries()) {
    if (arg === '--lang') return args[i + 1]
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length)
  }
  return undefined
}

/** What went wrong, said once: a line on stderr, findings on stdout, or the --json document. */
function report(out: Output, error: unknown, debug: boolean): ExitCode {
  if (error instanceof CommanderError) {
    // commander has printed the usage error or the help already
    return error.exitCode === 0 ? EXIT.done : EXIT.failed
  }
  let exitCode: ExitCode
  let code: string
  let message: string
  let findings: CliFinding[] = []
  if (error instanceof CliError) {
    ;({ exitCode, code, message, findings } = error)
  } else if (
    error instanceof AppError &&
    error.code !== 'internal' &&
    error.code !== 'bad-config'
  ) {
    // a document the node's own checks refuse before any finding (a limit, a malformed body)
    exitCode = EXIT.refused
    code = error.code
    message = error.message
    findings = error.errors ?? []
  } else {
    exitCode = EXIT.failed
    code = 'internal'
    const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    message = out.t('cli.internal', { what: what.replace(/\s+/g, ' ').slice(0, 300) })
    if (debug && error instanceof Error && error.stack) out.note(error.stack)
  }
  out.error(message)
  if (findings.length > 0) out.findings(findings)
  if (out.json) out.result({ error: { code, message }, ...(findings.length ? { findings } : {}) })
  return exitCode
}
