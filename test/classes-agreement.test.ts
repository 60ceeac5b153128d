// The classes a credential subject may have (schemas/shapes/classes.ts) are the official ones:
// every owl:Class of the Loire 25.11 ontology, every sh:targetClass of the Tagus 22.10 shapes.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loireClasses, tagusClasses } from '../schemas/shapes/classes.js'
import { gaiaXReference } from './helpers/reference.js'

const read = (path: string) => readFileSync(new URL(path, gaiaXReference), 'utf8')
const localNames = (text: string, pattern: RegExp) =>
  [...new Set([...text.matchAll(pattern)].map((m) => m[1]!))].sort()

describe('the classes the node knows', () => {
  it('are the Loire 25.11 ontology’s classes', () => {
    const official = localNames(read('loire-2511/ontology.ttl'), /^gx:(\w+)\s+a\s+owl:Class/gm)
    expect([...loireClasses].sort()).toEqual(official)
  })

  it('are the Tagus 22.10 shapes’ target classes, and its compliance credential', () => {
    const official = localNames(read('tagus-2210/shapes.ttl'), /sh:targetClass\s+gx:(\w+)/g)
    expect([...tagusClasses].sort()).toEqual([...official, 'compliance'].sort())
  })
})
