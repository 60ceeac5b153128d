// The files gxc reads and writes: credentials, presentations and bundles as JSON, VC-JWTs as
// text, folders walked for them, `-` for stdin; writes are atomic (a temp file, then a rename).
import { chmodSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { credentialHash } from '../credentials/hash.js'
import { envelopedJwtOf, isEnveloped } from '../credentials/jwt/vc-jwt-decode.js'
import type { CliFinding } from './output.js'
import { CliError, type Output } from './output.js'
import { PLACEHOLDER_TEXT } from './starters.js'

export type Json = Record<string, unknown>

/** A file as read: its JSON, or the compact JWT it holds. */
export type InputDocument = { file: string; value: Json | unknown[] | string }

/** One credential of an input file, with the JSON Pointer it sits at in that file. */
export type InputEntry = { file: string; pointer: string; credential: Json | string }

export type Unreadable = { file: string; reason: string }

const EXTENSIONS = ['.json', '.jsonld', '.jwt']

/**
 * Reads the files, folders (every .json, .jsonld and .jwt file under them, sorted) and `-` (stdin)
 * given. A path that does not exist stops the command (exit 2); a file that is not JSON or a JWT is
 * returned in `unreadable` for the command to report.
 */
export async function readInputs(
  out: Output,
  paths: string[],
): Promise<{ documents: InputDocument[]; unreadable: Unreadable[] }> {
  const documents: InputDocument[] = []
  const unreadable: Unreadable[] = []
  for (const path of paths) {
    if (path === '-') {
      const parsed = parseDocument(await readStdin(out), out)
      if ('reason' in parsed) unreadable.push({ file: '-', reason: parsed.reason })
      else documents.push({ file: '-', value: parsed.value })
      continue
    }
    for (const file of filesOf(out, path)) {
      const parsed = parseDocument(readText(out, file), out)
      if ('reason' in parsed) unreadable.push({ file, reason: parsed.reason })
      else documents.push({ file, value: parsed.value })
    }
  }
  return { documents, unreadable }
}

/** Reads inputs and stops (exit 2) on any file that is not a credential document. */
export async function readAllInputs(out: Output, paths: string[]): Promise<InputDocument[]> {
  const { documents, unreadable } = await readInputs(out, paths)
  const first = unreadable[0]
  if (first) throw new CliError(2, `${first.file}: ${first.reason}`, [], 'file-unreadable')
  return documents
}

function filesOf(out: Output, path: string): string[] {
  let stats
  try {
    stats = statSync(path)
  } catch (error) {
    throw fileError(out, path, error)
  }
  if (!stats.isDirectory()) return [path]
  const found: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue
      const child = join(dir, name)
      if (statSync(child).isDirectory()) walk(child)
      else if (EXTENSIONS.some((ext) => name.endsWith(ext))) found.push(child)
    }
  }
  walk(path)
  return found
}

/** A file's text, or exit 2 naming why it cannot be read. */
export function readText(out: Output, file: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    throw fileError(out, file, error)
  }
}

export function fileError(out: Output, file: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException)?.code
  const reason =
    code === 'ENOENT'
      ? out.t('file.missing')
      : code === 'EACCES' || code === 'EPERM'
        ? out.t('file.denied')
        : code === 'EISDIR'
          ? out.t('file.folder')
          : String((error as Error)?.message ?? error)
  return new CliError(2, out.t('file.unreadable', { file, reason }), [], 'file-unreadable')
}

async function readStdin(out: Output): Promise<string> {
  const chunks: string[] = []
  for await (const chunk of out.io.stdin) chunks.push(String(chunk))
  return chunks.join('')
}

function parseDocument(
  text: string,
  out: Output,
): { value: InputDocument['value'] } | { reason: string } {
  const trimmed = text.trim()
  if (/^ey[\w-]*\.[\w-]*\.[\w-]*$/.test(trimmed)) return { value: trimmed }
  try {
    const value = JSON.parse(trimmed) as unknown
    if (typeof value === 'object' && value !== null) return { value: value as Json | unknown[] }
    return { reason: out.t('file.not-credential') }
  } catch (error) {
    return { reason: out.t('file.not-json', { detail: (error as Error).message }) }
  }
}

/**
 * The credentials of a document: a presentation's `verifiableCredential`, an array's items, or
 * the document itself (a credential, an EnvelopedVerifiableCredential, a VC-JWT).
 */
export function entriesOf(document: InputDocument): InputEntry[] {
  const { file, value } = document
  if (typeof value === 'string') return [{ file, pointer: '', credential: value }]
  if (Array.isArray(value)) {
    return value.map((credential, i) => ({
      file,
      pointer: `/${i}`,
      credential: asEntry(credential),
    }))
  }
  if (isPresentation(value)) {
    const held = value.verifiableCredential
    const list = Array.isArray(held) ? held : held === undefined ? [] : [held]
    return list.map((credential, i) => ({
      file,
      pointer: Array.isArray(held) ? `/verifiableCredential/${i}` : '/verifiableCredential',
      credential: asEntry(credential),
    }))
  }
  return [{ file, pointer: '', credential: value }]
}

function asEntry(value: unknown): Json | string {
  return typeof value === 'string' ? value : (value as Json)
}

export function isPresentation(value: Json): boolean {
  const types = Array.isArray(value.type) ? value.type : [value.type]
  return types.includes('VerifiablePresentation')
}

/** A credential has a proof (Data Integrity) or is secured as a JWT. */
export function isSigned(credential: Json | string): boolean {
  if (typeof credential === 'string') return true
  const types = Array.isArray(credential.type) ? credential.type : [credential.type]
  return credential.proof !== undefined || types.includes('EnvelopedVerifiableCredential')
}

/** Strings a starter left for the user to fill, such as `"<your legal name>"`. */
export function placeholderFindings(entry: InputEntry): CliFinding[] {
  const found: CliFinding[] = []
  const walk = (value: unknown, pointer: string) => {
    if (typeof value === 'string') {
      if (PLACEHOLDER_TEXT.test(value)) {
        found.push({
          code: 'placeholder-unfilled',
          path: pointer,
          file: entry.file,
          message: {
            en: `Replace the placeholder ${value} with your own value.`,
            fr: `Remplacez l’emplacement ${value} par votre propre valeur.`,
          },
          severity: 'violation',
        })
      }
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${pointer}/${i}`))
    else if (typeof value === 'object' && value !== null) {
      for (const [key, v] of Object.entries(value)) walk(v, `${pointer}/${escapePointer(key)}`)
    }
  }
  walk(entry.credential, entry.pointer)
  return found
}

export function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1')
}

/** Writes `text` to `file` atomically; `mode` 0o600 for secrets. */
export function writeOutput(
  out: Output,
  file: string,
  text: string,
  options: { mode?: number } = {},
): void {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`)
  try {
    writeFileSync(temp, text.endsWith('\n') ? text : text + '\n', {
      mode: options.mode ?? 0o644,
    })
    if (options.mode !== undefined) chmodSync(temp, options.mode)
    renameSync(temp, file)
  } catch (error) {
    throw new CliError(
      2,
      out.t('file.unwritable', { file, reason: (error as Error).message }),
      [],
      'file-unwritable',
    )
  }
}

export function exists(file: string): boolean {
  try {
    statSync(file)
    return true
  } catch {
    return false
  }
}

/** A JSON document as gxc writes it: two-space indents, a final newline. */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n'
}

/** API.md's credential hash: JCS of a JSON-LD credential, or the compact JWT of a VC-JWT. */
export async function hashOf(credential: Json | string): Promise<string> {
  if (typeof credential === 'object' && isEnveloped(credential)) {
    const carried = envelopedJwtOf(credential)
    if ('jwt' in carried) return credentialHash(carried.jwt)
  }
  return credentialHash(credential)
}
