// gxc sign <file> --key key.json [--format di|jwt]: signs every unsigned credential of the file as
// its issuer, with a Data Integrity proof (eddsa-rdfc-2022) or as a VC-JWT.
import { Option, type Command } from 'commander'
import type { DocumentLoader } from '../credentials/document-loader.js'
import {
  entriesOf,
  hashOf,
  isPresentation,
  isSigned,
  jsonText,
  placeholderFindings,
  readAllInputs,
  writeOutput,
  type InputEntry,
  type Json,
} from './documents.js'
import type { CliHost, CommandContext } from './index.js'
import { readKey, type PartnerKey } from './key-file.js'
import { presentable } from './node-client.js'
import { CliError, EXIT, type CliFinding, type Output } from './output.js'

export type SignFormat = 'di' | 'jwt'
type SignOptions = { key: string; format: SignFormat; out?: string }

// the contexts every node pins (signing needs no DID resolution), loaded on the first signature
let loader: DocumentLoader | undefined

export function registerSign(program: Command, host: CliHost): void {
  program
    .command('sign')
    .description(host.t('sign.description'))
    .argument('<file>', host.t('sign.arg.file'))
    .requiredOption('-k, --key <file>', host.t('opt.key'))
    .addOption(
      new Option('--format <format>', host.t('sign.opt.format'))
        .choices(['di', 'jwt'])
        .default('di'),
    )
    .option('-o, --out <file>', host.t('sign.opt.out'))
    .addHelpText('after', host.t('sign.example'))
    .action(host.action((cli, file: string, options: SignOptions) => sign(cli, file, options)))
}

async function sign({ out }: CommandContext, file: string, options: SignOptions) {
  const [document] = await readAllInputs(out, [file])
  const key = await readKey(out, options.key)
  const entries = entriesOf(document!)
  const left = entries.flatMap(placeholderFindings)
  if (left.length > 0) throw new CliError(1, out.t('sign.placeholders', { file }), left)
  const signed: (Json | string)[] = []
  let fresh = 0
  for (const entry of entries) {
    if (isSigned(entry.credential)) {
      signed.push(entry.credential)
      continue
    }
    signed.push(await signEntry(out, entry, key, options.format))
    fresh += 1
  }
  const value = document!.value
  const result: Json | unknown[] | string =
    typeof value === 'string'
      ? value
      : Array.isArray(value)
        ? signed
        : isPresentation(value)
          ? { ...value, verifiableCredential: signed.map(presentable) }
          : signed[0]!
  const text = typeof result === 'string' ? result + '\n' : jsonText(result)
  if (options.out) writeOutput(out, options.out, text)
  // --json promises one JSON document: a VC-JWT alone is not one
  else if (out.json && typeof result === 'string') out.result({ jwt: result })
  else out.raw(text)
  out.note(out.t('sign.done', { count: fresh, did: key.did, skipped: entries.length - fresh }))
  if (options.out) {
    out.result({
      file: options.out,
      issuer: key.did,
      format: options.format,
      credentials: await Promise.all(
        signed.map(async (c) => ({ hash: await hashOf(c).catch(() => null) })),
      ),
    })
  }
  return EXIT.done
}

/**
 * Signs one unsigned credential as `key`, which must be its issuer. `date` fixes the proof's
 * `created` (onboard and submit pass the credential's validFrom, so signing the same credential
 * again gives the same bytes, and a rerun finds it stored by its hash).
 */
export async function signEntry(
  out: Output,
  entry: InputEntry,
  key: PartnerKey,
  format: SignFormat,
  date?: Date,
): Promise<Json | string> {
  const credential = entry.credential as Json
  const issuer =
    typeof credential.issuer === 'object' && credential.issuer !== null
      ? (credential.issuer as Json).id
      : credential.issuer
  if (issuer !== key.did) {
    throw new CliError(1, out.t('sign.not-issuer', { issuer: String(issuer), did: key.did }), [
      notIssuer(out, entry, String(issuer), key.did),
    ])
  }
  if (format === 'jwt') return key.signJwt(credential, { typ: 'vc+jwt', cty: 'vc' })
  const { signCredential } = await import('../credentials/data-integrity/sign.js')
  loader ??= (await import('../credentials/document-loader.js')).createDocumentLoader()
  try {
    return await signCredential(credential, { key: key.signing, loader, date })
  } catch (error) {
    throw new CliError(
      1,
      out.t('sign.failed', { file: entry.file, reason: (error as Error).message }),
      [],
      'sign-failed',
    )
  }
}

function notIssuer(out: Output, entry: InputEntry, issuer: string, did: string): CliFinding {
  return {
    code: 'issuer-not-key',
    path: `${entry.pointer}/issuer`,
    file: entry.file,
    message: {
      en: `The credential's issuer is ${issuer}; the key signs as ${did}. Sign with the issuer's key, or set issuer to ${did}.`,
      fr: `L’émetteur de l’attestation est ${issuer} ; la clé signe en tant que ${did}. Signez avec la clé de l’émetteur, ou mettez ${did} comme émetteur.`,
    },
    severity: 'violation',
  }
}
