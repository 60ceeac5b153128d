import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = new URL('..', import.meta.url).pathname
const CORE = ['src/credentials', 'src/catalogue', 'src/store', 'src/validation', 'src/federation']
// What would tie the core to one runtime or to HTTP: the app must run on Node and on Workers alike.
const FORBIDDEN = [
  /from '(hono|hono\/[^']*)'/,
  /from '(better-sqlite3|drizzle-orm\/better-sqlite3[^']*|drizzle-orm\/d1)'/,
  /from 'cloudflare:[^']*'/,
  /from 'node:[^']*'/,
  /\bprocess\.(env|exit|argv)\b/,
]

function sources(dir: string): string[] {
  let entries
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true })
  } catch {
    return []
  }
  return entries.flatMap((e) => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return sources(path)
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : []
  })
}

describe('the core modules', () => {
  it('import no HTTP framework, database driver, runtime module or process', () => {
    const files = CORE.flatMap(sources)
    expect(files.length).toBeGreaterThan(10)
    const offences = files.flatMap((file) => {
      const text = readFileSync(join(root, file), 'utf8')
      return FORBIDDEN.filter((rule) => rule.test(text)).map(
        (rule) => `${relative(root, join(root, file))}: ${rule}`,
      )
    })
    expect(offences).toEqual([])
  })
})
