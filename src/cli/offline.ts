// The node's own pipeline without a node: a private in-memory database with the migrations, the
// pinned contexts, offline DID resolution, and the did:web documents the user hands over. What
// `gxc validate` finds is what POST /api/v1/validate would find.
import type { AppContext } from '../context.js'
import { VC_V2_CONTEXT } from '../credentials/contexts.js'
import type { Finding } from '../errors.js'
import { readAllInputs, type InputEntry, type Json } from './documents.js'
import { presentable } from './node-client.js'
import { CliError, type CliFinding, type Output } from './output.js'
import type { CliDeps } from './runtime.js'

export type Offline = { ctx: AppContext; close(): void }

/**
 * A context on `:memory:`: what a CLI command needs of a node, and nothing on disk. The clock is
 * the real one: validity periods are checked as a node would check them now.
 */
export async function offlineContext(deps: CliDeps, didDocuments: Json[] = []): Promise<Offline> {
  const database = deps.runtime.openDatabase(':memory:')
  const ctx = await contextOn(database.store, didDocuments, { GXC_RATE_LIMIT: 'off' })
  return { ctx, close: database.close }
}

/**
 * A node's context on `store` for a CLI command, silent, holding `didDocuments`. Its identity is a
 * throwaway key: it only resolves its own DID, never one a command handles.
 */
export async function contextOn(
  store: AppContext['store'],
  didDocuments: Json[],
  env: Record<string, string> = {},
): Promise<AppContext> {
  const { parseConfig, createContext, createNodeIdentity, generateKeyMaterial, createLogger } =
    await coreModules()
  const config = parseConfig({ GXC_LOG_LEVEL: 'silent', GXC_SEED: 'false', ...env })
  const identity = await createNodeIdentity(await generateKeyMaterial(), config.publicUrl)
  const ctx = createContext(config, { store, identity, logger: createLogger('gxc', 'silent') })
  const now = Date.now()
  for (const document of didDocuments) {
    await store.putDidDocument(String(document.id), document, now)
  }
  return ctx
}

/**
 * What a context of the node is built from, loaded when a command needs it: gxc --help, keys or
 * admin then start without the JSON-LD, SHACL and signature libraries.
 */
export async function coreModules() {
  const [config, context, identity, keys, logger] = await Promise.all([
    import('../config.js'),
    import('../context.js'),
    import('../credentials/did/identity.js'),
    import('../credentials/did/keys.js'),
    import('../logger.js'),
  ])
  return {
    parseConfig: config.parseConfig,
    createContext: context.createContext,
    createNodeIdentity: identity.createNodeIdentity,
    generateKeyMaterial: keys.generateKeyMaterial,
    createLogger: logger.createLogger,
  }
}

/** The did:web documents given with `--did-document`, each a JSON object with an `id`. */
export async function readDidDocuments(out: Output, files: string[] = []): Promise<Json[]> {
  const documents = await readAllInputs(out, files)
  return documents.map(({ file, value }) => {
    if (typeof value !== 'object' || Array.isArray(value) || typeof value.id !== 'string') {
      throw new CliError(2, out.t('did-document.invalid', { file }), [], 'usage')
    }
    return value
  })
}

/** The entries of every input as one unsigned presentation, as the node's dry run takes one. */
export function presentationOf(entries: InputEntry[]): Json {
  return {
    '@context': [VC_V2_CONTEXT],
    type: ['VerifiablePresentation'],
    verifiableCredential: entries.map((e) => presentable(e.credential)),
  }
}

/**
 * Findings about `presentationOf(entries)` as findings about the files: `/verifiableCredential/3/…`
 * becomes the file of entry 3 and the pointer inside it.
 */
export function locateFindings(findings: Finding[], entries: InputEntry[]): CliFinding[] {
  return findings.map((finding) => {
    const match = /^\/verifiableCredential\/(\d+)(\/.*)?$/.exec(finding.path)
    const entry = match ? entries[Number(match[1])] : undefined
    if (!match || !entry)
      return entries.length === 1 ? { ...finding, file: entries[0]!.file } : finding
    return { ...finding, file: entry.file, path: `${entry.pointer}${match[2] ?? ''}` }
  })
}
