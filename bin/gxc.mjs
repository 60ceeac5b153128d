#!/usr/bin/env node
// gxc, the package's bin: src/entry/cli.ts run through tsx, from the sources as they are (a
// command runs once, so compiling it costs less than keeping a build of it current).
import { register } from 'tsx/esm/api'
import { fileURLToPath } from 'node:url'

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) })
const { main } = await import('../src/entry/cli.ts')
await main(process.argv)
