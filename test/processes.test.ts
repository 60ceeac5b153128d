// GXC_PROCESSES: the Node entry serving HTTP from several processes on one SQLite file. Each
// request goes on a new connection, so the first process hands them round the serving ones, and
// what one process writes (a challenge, its use, a submission) holds for the others.
import { mkdtempSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import { createServer, type AddressInfo, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { partnerBase, participantCredentials } from './helpers/credentials.js'
import { offeringIdOf, signedOffering } from './helpers/http-partner.js'
import { killAllNodes, runNodeToExit, startNode, type NodeProcess } from './helpers/node-process.js'
import { didKeySigner, enveloped, vcJwt, vpJwt } from './helpers/vc-jwt.js'

type Reply = { status: number; body: any }

const scratch = mkdtempSync(join(tmpdir(), 'gxc-processes-'))
let node: NodeProcess

beforeAll(async () => {
  node = await startNode({
    dataDir: join(scratch, 'data'),
    env: { GXC_PROCESSES: '2', GXC_ONBOARDING: 'open', GXC_LOG_LEVEL: 'info' },
  })
  // the first process reports once both serve
  for (let i = 0; i < 100 && !node.output().includes('serving from several processes'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}, 60_000)
afterAll(async () => {
  killAllNodes()
  rmSync(scratch, { recursive: true, force: true })
})

/** One request on a connection of its own (no keep-alive), so requests spread over processes. */
function send(method: string, path: string, body?: string, type?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${node.url}${path}`,
      { method, agent: false, headers: type ? { 'Content-Type': type } : {} },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          resolve({ status: res.statusCode!, body: text ? JSON.parse(text) : undefined })
        })
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

async function challenge(): Promise<{ challenge: string; domain: string }> {
  const reply = await send('POST', '/api/v1/challenges')
  expect(reply.status).toBe(201)
  return reply.body
}

function servingPids(): number[] {
  return [...node.output().matchAll(/"message":"catalogue node listening".*?"pid":(\d+)/g)].map(
    (match) => Number(match[1]),
  )
}

describe('GXC_PROCESSES=2', () => {
  it('serves from two processes on one port', () => {
    expect(new Set(servingPids()).size).toBe(2)
  })

  it('takes a challenge issued by one process in another, once only', async () => {
    const partner = await didKeySigner()
    const held = await Promise.all(
      participantCredentials(partner.did, partnerBase(partner.did)).map(async (c) =>
        enveloped(await vcJwt(partner, c)),
      ),
    )
    const vp = await vpJwt(partner, held, await challenge())
    const onboarded = await send('POST', '/api/v1/participants', vp, 'application/vp+jwt')
    expect(onboarded.status).toBe(201)
    // the same presentation again, to whichever process: its challenge is spent in the file
    for (let i = 0; i < 2; i++) {
      const replayed = await send('POST', '/api/v1/participants', vp, 'application/vp+jwt')
      expect(replayed.status).toBeGreaterThanOrEqual(400)
      expect(replayed.status).toBeLessThan(500)
    }
    // submissions through both processes, each finding what the other stored
    for (const slug of ['one', 'two', 'three', 'four']) {
      const offering = await signedOffering(partner, slug)
      const vp2 = await vpJwt(partner, [offering], await challenge())
      const res = await send('POST', '/api/v1/submissions', vp2, 'application/vp+jwt')
      expect(res.status, JSON.stringify(res.body)).toBe(201)
    }
    for (let i = 0; i < 4; i++) {
      const found = await send(
        'GET',
        `/api/v1/offerings?provider=${encodeURIComponent(partner.did)}`,
      )
      expect(found.body.total).toBe(4)
      const one = await send(
        'GET',
        `/api/v1/offerings/${encodeURIComponent(offeringIdOf(partner, 'one'))}`,
      )
      expect(one.status).toBe(200)
    }
  }, 60_000)

  it('counts what every process answered in each /metrics, whichever process serves it', async () => {
    const route =
      'gxc_http_requests_total{route="/api/v1/participants/:id",method="GET",status="404"}'
    for (let i = 0; i < 6; i++) {
      expect((await send('GET', '/api/v1/participants/did%3Akey%3Anobody')).status).toBe(404)
    }
    for (let i = 0; i < 4; i++) {
      const res = await fetch(`${node.url}/metrics`, { headers: { connection: 'close' } })
      const line = (await res.text()).split('\n').find((l) => l.startsWith(`${route} `))
      expect(line).toBe(`${route} 6`)
    }
  })

  it('replaces a serving process that dies, and goes on answering', async () => {
    const [victim] = servingPids()
    process.kill(victim!, 'SIGKILL')
    for (let i = 0; i < 100 && servingPids().length < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(node.output()).toContain('a serving process died; starting another')
    expect(servingPids()).toHaveLength(3)
    for (let i = 0; i < 4; i++) expect((await send('GET', '/readyz')).status).toBe(200)
  }, 30_000)

  it('stops every process on SIGTERM and exits 0', async () => {
    const pids = servingPids().slice(1)
    expect(await node.stop()).toEqual({ code: 0, signal: null })
    for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow()
  }, 30_000)
})

describe('GXC_PROCESSES with the port taken', () => {
  it('says so in one line, once, and exits 1', async () => {
    const holder: Server = createServer()
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve))
    const { port } = holder.address() as AddressInfo
    try {
      const run = await runNodeToExit({
        dataDir: join(scratch, 'busy'),
        port,
        env: { GXC_PROCESSES: '2' },
      })
      expect(run.code).toBe(1)
      expect(run.stderr.trim()).toBe(
        `GXC_PORT ${port} is in use: stop the other process or set GXC_PORT`,
      )
    } finally {
      holder.close()
    }
  }, 60_000)
})
