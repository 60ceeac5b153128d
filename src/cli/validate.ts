// gxc validate <file…>: the node's pipeline offline (limits, JSON-LD with the pinned contexts,
// proofs, SHACL, business rules) over the files as one submission, as POST /api/v1/validate
// sees one presentation of them. Every finding names its file and JSON Pointer. A credential not
// signed yet is a draft, not a finding: `gxc sign` comes next.
import type { Command } from 'commander'
import { entriesOf, isSigned, placeholderFindings, readAllInputs } from './documents.js'
import type { CliHost, CommandContext } from './index.js'
import { locateFindings, offlineContext, presentationOf, readDidDocuments } from './offline.js'
import { EXIT, type CliFinding } from './output.js'

type ValidateOptions = { didDocument?: string[] }

export function registerValidate(program: Command, host: CliHost): void {
  program
    .command('validate')
    .description(host.t('validate.description'))
    .argument('<files...>', host.t('validate.arg.files'))
    .option('--did-document <file...>', host.t('opt.did-document'))
    .addHelpText('after', host.t('validate.example'))
    .action(
      host.action((cli, files: string[], options: ValidateOptions) =>
        validate(cli, files, options),
      ),
    )
}

async function validate({ out, deps }: CommandContext, files: string[], options: ValidateOptions) {
  const documents = await readAllInputs(out, files)
  const entries = documents.flatMap(entriesOf)
  const offline = await offlineContext(deps, await readDidDocuments(out, options.didDocument))
  try {
    const { validateDocument } = await import('../validation/pipeline.js')
    const { report, credentials } = await validateDocument(offline.ctx, presentationOf(entries))
    const unsigned = new Set(
      entries.flatMap((e, i) => (isSigned(e.credential) ? [] : [`/verifiableCredential/${i}`])),
    )
    const placeholders = entries.flatMap(placeholderFindings)
    // a placeholder is the finding about its value: what the pipeline says of it adds nothing
    const filled = (f: CliFinding) =>
      !placeholders.some((p) => p.file === f.file && p.path === f.path)
    const findings: CliFinding[] = [
      ...placeholders,
      ...locateFindings(
        report.errors.filter(
          (f) => !(f.code === 'proof-missing' && unsigned.has(f.path.replace(/\/proof$/, ''))),
        ),
        entries,
      ).filter(filled),
    ]
    const violations = findings.filter((f) => f.severity === 'violation')
    const held = credentials.map((c) => {
      const index = Number(/^\/verifiableCredential\/(\d+)/.exec(c.pointer)?.[1])
      const entry = entries[index]
      return {
        file: entry?.file,
        pointer: entry?.pointer,
        id: c.extracted.credentialId,
        types: c.extracted.types,
        issuer: c.extracted.issuer,
        hash: c.hash,
        signed: entry ? isSigned(entry.credential) : true,
      }
    })
    out.result({
      conforms: violations.length === 0,
      credentials: held,
      unsigned: unsigned.size,
      findings,
    })
    out.findings(findings)
    const summary = { count: entries.length, files: documents.length, findings: violations.length }
    if (violations.length > 0) {
      out.line(out.paint('red', `✗ ${out.t('validate.refused', summary)}`))
      return EXIT.refused
    }
    out.line(out.paint('green', `✓ ${out.t('validate.conforms', summary)}`))
    if (unsigned.size > 0) out.note(out.t('validate.unsigned', { count: unsigned.size }))
    return EXIT.done
  } finally {
    offline.close()
  }
}
