// The operator's token for gxc: GXC_ADMIN_TOKEN, else --token-file, else the `admin-token` file a
// node started without GXC_ADMIN_TOKEN writes in its data folder (src/entry/node-runtime.ts).
import type { Command } from 'commander'
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { readText } from './documents.js'
import type { CliHost } from './index.js'
import { refusal, type Answer } from './node-client.js'
import { CliError, type Output } from './output.js'

export type TokenOptions = { tokenFile?: string; dataDir: string }

export const DEFAULT_DATA_DIR = './data'

/** --token-file and --data-dir, as every command that needs the operator's token takes them. */
export function tokenOptions(command: Command, host: CliHost, dataDir = true): Command {
  command.option('--token-file <file>', host.t('opt.token-file'))
  if (dataDir) command.addOption(host.dataDirOption('opt.data-dir-token'))
  return command
}

export function adminToken(out: Output, options: TokenOptions): string {
  const fromEnv = out.io.env.GXC_ADMIN_TOKEN
  if (fromEnv) return fromEnv
  const file = tokenSource(out, options)
  let mode: number
  try {
    mode = statSync(file).mode
  } catch {
    throw new CliError(2, out.t('admin.no-token', { file }), [], 'no-admin-token')
  }
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    const octal = (mode & 0o777).toString(8).padStart(4, '0')
    throw new CliError(2, out.t('admin.token-shared', { file, mode: octal }), [], 'no-admin-token')
  }
  const token = readText(out, file).trim()
  if (token.length < 32)
    throw new CliError(2, out.t('admin.token-short', { file }), [], 'no-admin-token')
  return token
}

/** Where the token comes from, to name it (never its value): GXC_ADMIN_TOKEN or the file. */
export function tokenSource(out: Output, options: TokenOptions): string {
  if (out.io.env.GXC_ADMIN_TOKEN) return 'GXC_ADMIN_TOKEN'
  return options.tokenFile ?? join(options.dataDir, 'admin-token')
}

/**
 * An operator request the node refused; a 401 says which token was sent, since a folder's
 * `admin-token` is easily another node's.
 */
export function adminRefusal(out: Output, answer: Answer, options: TokenOptions): CliError {
  const error = refusal(out, answer)
  if (answer.status !== 401) return error
  const hint = out.t('admin.token-refused', { source: tokenSource(out, options) })
  return new CliError(1, `${error.message} ${hint}`, error.findings, error.code)
}
