#!/usr/bin/env node
// gxc, the package's bin: TypeScript sources run through tsx, as `npm start` runs the node, so the
// command line and the node share one build of the code (src/entry/cli.ts).
import { register } from 'tsx/esm/api'
import { fileURLToPath } from 'node:url'

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) })
const { main } = await import('../src/entry/cli.ts')
await main(process.argv)
