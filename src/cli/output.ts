// How gxc speaks: results on stdout (one JSON document with --json), diagnostics on stderr, in
// French or English, with colours only on a terminal that wants them.
import type { Finding } from '../errors.js'
import { BIDI_CONTROL } from '../model/bidi.js'
import { isMessageKey, translate, type Lang, type MessageKey } from './messages.js'
import type { Io, Sink } from './runtime.js'

/**
 * What a command ends with: 0 done, 1 findings or refused, 2 usage error or node unreachable;
 * 130 (128 + SIGINT, as shells report it) for a bulk submission stopped by Ctrl-C.
 */
export const EXIT = { done: 0, refused: 1, failed: 2, interrupted: 130 } as const
export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

/** A finding as gxc reports it: the node's, plus the file it points into. */
export type CliFinding = Finding & { file?: string }

/**
 * What stops a command, already in the user's language: `exitCode` 1 for a refusal or findings,
 * 2 for a usage error, an unreadable input or an unreachable node. Never shown with a stack.
 */
export class CliError extends Error {
  override name = 'CliError'
  constructor(
    readonly exitCode: 1 | 2,
    message: string,
    readonly findings: CliFinding[] = [],
    /** A stable code for --json output (`node-unreachable`, `file-unreadable`…). */
    readonly code = exitCode === 1 ? 'refused' : 'failed',
  ) {
    super(message)
  }
}

const STYLES = {
  red: ['\u001b[31m', '\u001b[39m'],
  green: ['\u001b[32m', '\u001b[39m'],
  yellow: ['\u001b[33m', '\u001b[39m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  bold: ['\u001b[1m', '\u001b[22m'],
} as const
export type Style = keyof typeof STYLES

/**
 * What gxc prints comes partly from others: a partner's name, a node's problem, a peer's error, a
 * snapshot's reasons. A control character in them would be obeyed by the terminal (ESC ]0; sets
 * its title, ESC [2J clears it, OSC 52 writes the clipboard; a bidi override or mark reorders the
 * line), so each is shown as its escape (`\u001b`). Only gxc’s own styles (STYLES) pass, tabs and
 * line breaks.
 */
const UNPRINTABLE = new RegExp(
  `\\u001b\\[(?:1|2|22|31|32|33|39)m|[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f]|${BIDI_CONTROL.source}`,
  'g',
)

/**
 * `text` as a terminal should show it.
 *
 * @example
 * printable('Evil\u001b]0;owned\u0007 SAS') // 'Evil\\u001b]0;owned\\u0007 SAS'
 */
function printable(text: string): string {
  return text.replace(UNPRINTABLE, (match) =>
    match.length > 1 ? match : `\\u${match.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

export type OutputOptions = { lang: Lang; json: boolean; color: boolean }

export class Output {
  readonly lang: Lang
  readonly json: boolean
  private document: unknown
  private readonly colorOut: boolean
  private readonly colorErr: boolean

  constructor(
    readonly io: Io,
    options: OutputOptions,
  ) {
    this.lang = options.lang
    this.json = options.json
    this.colorOut = options.color && io.stdout.isTTY === true
    this.colorErr = options.color && io.stderr.isTTY === true
  }

  t(key: MessageKey, params?: Record<string, string | number>): string {
    return translate(this.lang, key, params)
  }

  /** A line of the result on stdout; in --json mode the document says it instead. */
  line(text = ''): void {
    if (!this.json) this.io.stdout.write(printable(text) + '\n')
  }

  /** Raw result text on stdout (a starter, a signed credential), whatever the mode. */
  raw(text: string): void {
    this.io.stdout.write(text.endsWith('\n') ? text : text + '\n')
  }

  /** The command's result as one JSON document, printed when the command ends (--json). */
  result(document: unknown): void {
    this.document = document
  }

  /** Prints the --json document, if any: called once by the runner. */
  flush(): void {
    if (this.json && this.document !== undefined) {
      this.io.stdout.write(JSON.stringify(this.document, null, 2) + '\n')
    }
  }

  /** A diagnostic on stderr. */
  note(text: string): void {
    this.io.stderr.write(this.clearLine() + printable(text) + '\n')
  }

  warn(text: string): void {
    const mark = this.paint('yellow', 'gxc:', 'err')
    this.io.stderr.write(`${this.clearLine()}${mark} ${printable(text)}\n`)
  }

  error(text: string): void {
    const mark = this.paint('red', 'gxc:', 'err')
    this.io.stderr.write(`${this.clearLine()}${mark} ${printable(text)}\n`)
  }

  // a progress bar may be on the terminal's last line: a diagnostic takes its place
  private clearLine(): string {
    return this.io.stderr.isTTY ? '\r\u001b[2K' : ''
  }

  /** A participant's or offering's status (`pending`…) in the user's language. */
  state(status: string): string {
    const key = `state.${status}`
    return isMessageKey(key) ? this.t(key) : status
  }

  paint(style: Style, text: string, stream: 'out' | 'err' = 'out'): string {
    const on = stream === 'out' ? this.colorOut : this.colorErr
    if (!on) return text
    const [open, close] = STYLES[style]
    return `${open}${text}${close}`
  }

  /** Findings, one block each: code, file and JSON Pointer, then the message in the user's language. */
  findings(findings: CliFinding[], indent = '  '): void {
    if (this.json) return
    for (const f of findings) {
      const mark = f.severity === 'warning' ? this.paint('yellow', '!') : this.paint('red', '✗')
      const where = [f.file, f.path === '' ? '/' : f.path].filter((p) => p !== undefined).join(' ')
      this.line(`${indent}${mark} ${this.paint('bold', f.code)}  ${this.paint('dim', where)}`)
      this.line(`${indent}  ${f.message[this.lang]}`)
    }
  }
}

/** The user's language: --lang, else LC_ALL, LC_MESSAGES or LANG (the first set), else English. */
export function detectLang(explicit: string | undefined, env: Io['env']): Lang {
  if (explicit === 'fr' || explicit === 'en') return explicit
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name]
    if (value) return /^fr([_.@-]|$)/i.test(value) ? 'fr' : 'en'
  }
  return 'en'
}

/** Colours unless NO_COLOR is set (https://no-color.org) or --no-color was given. */
export function wantsColor(flag: boolean, env: Io['env']): boolean {
  return flag && !env.NO_COLOR && env.TERM !== 'dumb'
}

export function isTty(sink: Sink): boolean {
  return sink.isTTY === true
}
