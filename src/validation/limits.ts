import type { Config } from '../config.js'
import type { Finding } from '../errors.js'

export type Limits = Config['limits']

/**
 * Structural limits checked before any JSON-LD processing, so a hostile document costs a walk of
 * its JSON and nothing more: nesting depth and string lengths. Returns the first breach found.
 *
 * @example
 * const breach = checkJsonLimits(body, config.limits)
 */
export function checkJsonLimits(value: unknown, limits: Limits): Finding | undefined {
  const stack: [unknown, string, number][] = [[value, '', 0]]
  while (stack.length > 0) {
    const [node, pointer, depth] = stack.pop()!
    if (typeof node === 'string') {
      if (node.length > limits.stringLength) {
        return limitFinding(pointer, {
          en: `This string is ${node.length} characters long; the node accepts at most ${limits.stringLength}.`,
          fr: `Cette chaîne compte ${node.length} caractères ; le nœud en accepte au plus ${limits.stringLength}.`,
        })
      }
      continue
    }
    if (typeof node !== 'object' || node === null) continue
    if (depth >= limits.jsonDepth) {
      return limitFinding(pointer, {
        en: `The document nests deeper than ${limits.jsonDepth} levels here.`,
        fr: `Le document dépasse ici ${limits.jsonDepth} niveaux d’imbrication.`,
      })
    }
    const entries = Array.isArray(node) ? node.entries() : Object.entries(node)
    for (const [key, child] of entries) {
      if (typeof key === 'string' && key.length > limits.stringLength) {
        return limitFinding(pointer, {
          en: `A property name is longer than ${limits.stringLength} characters.`,
          fr: `Un nom de propriété dépasse ${limits.stringLength} caractères.`,
        })
      }
      stack.push([
        child,
        `${pointer}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`,
        depth + 1,
      ])
    }
  }
  return undefined
}

export function limitFinding(path: string, message: Finding['message']): Finding {
  return { code: 'limit-exceeded', path, message, severity: 'violation' }
}
