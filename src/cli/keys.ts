// gxc keys new | show: a partner's Ed25519 key (did:key by default, or a did:web with the DID
// document to publish at its URL).
import type { Command } from 'commander'
import { dirname, join } from 'node:path'
import { didDocumentFor, didWebFromUrl } from '../credentials/did/did.js'
import { generateKeyMaterial } from '../credentials/did/keys.js'
import { exists, jsonText, writeOutput } from './documents.js'
import type { CliHost, CommandContext } from './index.js'
import { DID_WEB_FRAGMENT, keyFileOf, readKey } from './key-file.js'
import { CliError, EXIT } from './output.js'

type NewOptions = { out: string; didWeb?: string; didDocument?: string; force?: boolean }

export function registerKeys(program: Command, host: CliHost): void {
  const keys = program.command('keys').description(host.t('keys.description'))
  keys
    .command('new')
    .description(host.t('keys.new.description'))
    .option('-o, --out <file>', host.t('keys.opt.out'), 'key.json')
    .option('--did-web <url>', host.t('keys.opt.did-web'))
    .option('--did-document <file>', host.t('keys.opt.did-document'))
    .option('--force', host.t('keys.opt.force'))
    .addHelpText('after', host.t('keys.new.example'))
    .action(host.action((cli, options: NewOptions) => newKey(cli, options)))
  keys
    .command('show')
    .description(host.t('keys.show.description'))
    .argument('[file]', host.t('keys.arg.file'), 'key.json')
    .action(host.action((cli, file: string) => showKey(cli, file)))
}

async function newKey({ out }: CommandContext, options: NewOptions) {
  const documentFile = options.didWeb
    ? (options.didDocument ?? join(dirname(options.out), 'did.json'))
    : undefined
  // a usage error is said first: the files are only looked at for a command that can run
  let did: string | undefined
  if (options.didWeb) {
    try {
      const url = new URL(options.didWeb)
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError('not http(s)')
      did = didWebFromUrl(options.didWeb)
    } catch {
      throw new CliError(2, out.t('keys.bad-did-web', { url: options.didWeb }), [], 'usage')
    }
  }
  for (const file of [options.out, documentFile]) {
    if (file && exists(file) && !options.force) {
      throw new CliError(1, out.t('keys.exists', { file }), [], 'file-exists')
    }
  }
  const key = keyFileOf(await generateKeyMaterial(), did)
  writeOutput(out, options.out, jsonText(key), { mode: 0o600 })
  out.note(out.t('keys.wrote', { file: options.out }))
  if (documentFile && did) {
    const document = didDocumentFor(did, key.publicKeyMultibase, { fragment: DID_WEB_FRAGMENT })
    writeOutput(out, documentFile, jsonText(document))
    out.note(out.t('keys.wrote-did-document', { file: documentFile, url: didDocumentUrl(did) }))
  }
  out.line(key.did)
  out.result({
    did: key.did,
    verificationMethod: key.verificationMethod,
    keyFile: options.out,
    ...(documentFile ? { didDocumentFile: documentFile } : {}),
  })
  return EXIT.done
}

async function showKey({ out }: CommandContext, file: string) {
  const key = await readKey(out, file)
  out.line(key.did)
  out.result({ did: key.did, verificationMethod: key.verificationMethod, keyFile: file })
}

/** Where a did:web document is published (did:web method spec §3.2). */
function didDocumentUrl(did: string): string {
  const [host = '', ...path] = did.slice('did:web:'.length).split(':')
  const base = `https://${decodeURIComponent(host)}`
  return path.length === 0
    ? `${base}/.well-known/did.json`
    : `${base}/${path.map(decodeURIComponent).join('/')}/did.json`
}
