// gxc verify <file…>: every credential's proofs, offline, as the node checks them on the way in
// (src/validation/check-credential.ts): the signature, the issuer's control of the key, the
// validity period. did:web issuers resolve from the documents given with --did-document.
import type { Command } from 'commander'
import { entriesOf, readAllInputs } from './documents.js'
import type { CliHost, CommandContext } from './index.js'
import { locateFindings, offlineContext, presentationOf, readDidDocuments } from './offline.js'
import { EXIT } from './output.js'

type VerifyOptions = { didDocument?: string[] }

export function registerVerify(program: Command, host: CliHost): void {
  program
    .command('verify')
    .description(host.t('verify.description'))
    .argument('<files...>', host.t('verify.arg.files'))
    .option('--did-document <file...>', host.t('opt.did-document'))
    .addHelpText('after', host.t('verify.example'))
    .action(
      host.action((cli, files: string[], options: VerifyOptions) => verify(cli, files, options)),
    )
}

async function verify({ out, deps }: CommandContext, files: string[], options: VerifyOptions) {
  const entries = (await readAllInputs(out, files)).flatMap(entriesOf)
  const offline = await offlineContext(deps, await readDidDocuments(out, options.didDocument))
  try {
    const { ctx } = offline
    const { checkEntry } = await import('../validation/check-credential.js')
    const { submissionEntries, submissionOf } = await import('../validation/submission.js')
    const submission = submissionEntries(submissionOf(presentationOf(entries)), ctx.config)
    const results = []
    for (const [i, entry] of submission.entries.entries()) {
      const checked = await checkEntry(ctx, entry, `c${i}`, submission.budget)
      const verified = checked.credential?.verified === true && checked.errors.length === 0
      const findings = locateFindings(checked.errors, entries)
      const source = entries[i]!
      results.push({
        file: source.file,
        pointer: source.pointer,
        id: checked.credential?.extracted.credentialId ?? null,
        issuer: checked.credential?.extracted.issuer ?? null,
        proofType: checked.credential?.proofType ?? 'none',
        verified,
        findings,
      })
      const where = source.pointer ? `${source.file} ${source.pointer}` : source.file
      const what = checked.credential?.extracted.issuer ?? ''
      out.line(
        verified
          ? `${out.paint('green', '✓')} ${where}  ${out.t('verify.ok', { issuer: what })}`
          : `${out.paint('red', '✗')} ${where}  ${out.t('verify.failed')}`,
      )
      out.findings(findings, '    ')
    }
    const failed = results.filter((r) => !r.verified).length
    out.result({ verified: failed === 0, credentials: results })
    if (failed > 0) {
      out.note(out.t('verify.summary-failed', { failed, count: results.length }))
      return EXIT.refused
    }
    return EXIT.done
  } finally {
    offline.close()
  }
}
