import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createMetrics,
  DURATION_BUCKETS,
  escapeLabel,
  INGEST_STAGES,
  timeStage,
} from '../../src/metrics.js'
import { participantCredentials, partnerBase } from '../helpers/credentials.js'
import {
  newPartner,
  onboard,
  OPEN_NODE_ENV,
  signEach,
  type Json,
  type TestNode,
} from '../helpers/partner.js'
import { createTestNode } from '../helpers/test-node.js'

const NO_COUNTS = { offerings: 0, participants: 0, credentials: 0 }

/** The sample lines of an exposition, as `name{labels}` → value. */
function samples(text: string): Map<string, string> {
  const lines = text.split('\n').filter((line) => line !== '' && !line.startsWith('#'))
  return new Map(
    lines.map((line) => [line.slice(0, line.lastIndexOf(' ')), line.split(' ').at(-1)!]),
  )
}

describe('createMetrics().render', () => {
  it('writes HELP and TYPE once per metric family, before its samples', () => {
    const text = createMetrics().render({ offerings: 3, participants: 2, credentials: 9 })
    const families = [
      ['gxc_http_requests_total', 'counter'],
      ['gxc_http_request_duration_seconds', 'histogram'],
      ['gxc_ingest_credentials_total', 'counter'],
      ['gxc_ingest_stage_seconds_total', 'counter'],
      ['gxc_catalogue_offerings', 'gauge'],
      ['gxc_catalogue_participants', 'gauge'],
      ['gxc_catalogue_credentials', 'gauge'],
    ]
    for (const [name, type] of families) {
      expect(text.match(new RegExp(`^# HELP ${name} \\S`, 'gm')), name).toHaveLength(1)
      expect(text.match(new RegExp(`^# TYPE ${name} ${type}$`, 'gm')), name).toHaveLength(1)
    }
    expect(text.endsWith('\n')).toBe(true)
    expect(text).toContain('\ngxc_catalogue_offerings 3\n')
    expect(text).toContain('\ngxc_catalogue_participants 2\n')
    expect(text).toContain('\ngxc_catalogue_credentials 9\n')
    // Both ingest series exist from the start, so rate() has a zero to start from.
    expect(text).toContain('\ngxc_ingest_credentials_total{result="accepted"} 0\n')
    expect(text).toContain('\ngxc_ingest_credentials_total{result="rejected"} 0\n')
  })

  it('counts requests by route, method and status', () => {
    const metrics = createMetrics()
    metrics.observeRequest('/api/v1/offerings/:id', 'GET', 200, 0.002)
    metrics.observeRequest('/api/v1/offerings/:id', 'GET', 200, 0.003)
    metrics.observeRequest('/api/v1/offerings/:id', 'GET', 404, 0.001)
    metrics.observeRequest('/api/v1/submissions', 'POST', 201, 0.2)
    const lines = samples(metrics.render(NO_COUNTS))
    const requests = [...lines].filter(([key]) => key.startsWith('gxc_http_requests_total'))
    expect(requests).toEqual([
      ['gxc_http_requests_total{route="/api/v1/offerings/:id",method="GET",status="200"}', '2'],
      ['gxc_http_requests_total{route="/api/v1/offerings/:id",method="GET",status="404"}', '1'],
      ['gxc_http_requests_total{route="/api/v1/submissions",method="POST",status="201"}', '1'],
    ])
  })

  it('renders cumulative histogram buckets up to +Inf, with _sum and _count', () => {
    const metrics = createMetrics()
    for (const seconds of [0.001, 0.005, 0.007, 0.3, 2, 7]) {
      metrics.observeRequest('/healthz', 'GET', 200, seconds)
    }
    const text = metrics.render(NO_COUNTS)
    const name = 'gxc_http_request_duration_seconds'
    const buckets = text.split('\n').filter((line) => line.startsWith(`${name}_bucket{`))
    expect(buckets).toEqual([
      `${name}_bucket{route="/healthz",le="0.005"} 2`, // the bound is inclusive
      `${name}_bucket{route="/healthz",le="0.01"} 3`,
      `${name}_bucket{route="/healthz",le="0.025"} 3`,
      `${name}_bucket{route="/healthz",le="0.05"} 3`,
      `${name}_bucket{route="/healthz",le="0.1"} 3`,
      `${name}_bucket{route="/healthz",le="0.25"} 3`,
      `${name}_bucket{route="/healthz",le="0.5"} 4`,
      `${name}_bucket{route="/healthz",le="1"} 4`,
      `${name}_bucket{route="/healthz",le="2.5"} 5`,
      `${name}_bucket{route="/healthz",le="5"} 5`,
      `${name}_bucket{route="/healthz",le="+Inf"} 6`,
    ])
    expect(buckets).toHaveLength(DURATION_BUCKETS.length + 1)
    const lines = samples(text)
    expect(Number(lines.get(`${name}_sum{route="/healthz"}`))).toBeCloseTo(9.313, 9)
    expect(lines.get(`${name}_count{route="/healthz"}`)).toBe('6')
  })

  it('adds ingest results by the number of credentials', () => {
    const metrics = createMetrics()
    metrics.countIngest('accepted', 3)
    metrics.countIngest('accepted')
    metrics.countIngest('rejected', 2)
    const lines = samples(metrics.render(NO_COUNTS))
    expect(lines.get('gxc_ingest_credentials_total{result="accepted"}')).toBe('4')
    expect(lines.get('gxc_ingest_credentials_total{result="rejected"}')).toBe('2')
  })

  it('adds up the time of each stage of the write path, and of the other processes', async () => {
    const [one, two] = [createMetrics(), createMetrics()]
    one.timeIngest('check', 0.25)
    one.timeIngest('check', 0.5)
    two.timeIngest('store', 0.125)
    // a stage that throws still counts the time it took
    await expect(
      timeStage(
        one,
        'shapes',
        () => new Promise((_, reject) => setTimeout(() => reject(new Error('refused')), 5)),
      ),
    ).rejects.toThrow('refused')
    expect(await timeStage(undefined, 'read', () => 'no metrics, no timing')).toBe(
      'no metrics, no timing',
    )
    const lines = samples(one.render(NO_COUNTS, [two.snapshot()]))
    const stage = (name: string) =>
      Number(lines.get(`gxc_ingest_stage_seconds_total{stage="${name}"}`))
    expect(stage('check')).toBe(0.75)
    expect(stage('store')).toBe(0.125)
    expect(stage('shapes')).toBeGreaterThan(0.004)
    // every stage is a series from the start
    for (const name of INGEST_STAGES)
      expect(lines.has(`gxc_ingest_stage_seconds_total{stage="${name}"}`)).toBe(true)
  })

  it('adds the counts of the node’s other processes to its own, and changes neither', () => {
    const [one, two] = [createMetrics(), createMetrics()]
    one.observeRequest('/healthz', 'GET', 200, 0.002)
    two.observeRequest('/healthz', 'GET', 200, 0.3)
    two.observeRequest('/api/v1/offerings', 'GET', 200, 0.004)
    one.countIngest('accepted', 2)
    two.countIngest('accepted', 3)
    two.countFederation('did:web:peer.example', 'accepted', 5)
    const lines = samples(one.render(NO_COUNTS, [two.snapshot()]))
    const name = 'gxc_http_request_duration_seconds'
    expect(lines.get('gxc_http_requests_total{route="/healthz",method="GET",status="200"}')).toBe(
      '2',
    )
    expect(lines.get(`${name}_bucket{route="/healthz",le="0.005"}`)).toBe('1')
    expect(lines.get(`${name}_bucket{route="/healthz",le="0.5"}`)).toBe('2')
    expect(Number(lines.get(`${name}_sum{route="/healthz"}`))).toBeCloseTo(0.302, 9)
    expect(lines.get(`${name}_count{route="/api/v1/offerings"}`)).toBe('1')
    expect(lines.get('gxc_ingest_credentials_total{result="accepted"}')).toBe('5')
    expect(
      lines.get('gxc_federation_credentials_total{peer="did:web:peer.example",result="accepted"}'),
    ).toBe('5')
    // a snapshot is a copy: adding it up twice counts nothing twice
    const alone = samples(one.render(NO_COUNTS))
    expect(alone.get('gxc_http_requests_total{route="/healthz",method="GET",status="200"}')).toBe(
      '1',
    )
    expect(
      samples(two.render(NO_COUNTS)).get('gxc_ingest_credentials_total{result="accepted"}'),
    ).toBe('3')
  })

  it('escapes backslashes, double quotes and line feeds in label values', () => {
    expect(escapeLabel('a\\b"c\nd')).toBe('a\\\\b\\"c\\nd')
    const metrics = createMetrics()
    metrics.observeRequest('/odd\\"\n', 'GET', 200, 0.001)
    const text = metrics.render(NO_COUNTS)
    expect(text).toContain(
      'gxc_http_requests_total{route="/odd\\\\\\"\\n",method="GET",status="200"} 1\n',
    )
    // Every sample stays on one line: no raw line feed leaks out of a label.
    for (const line of text.split('\n').filter(Boolean)) {
      expect(line).toMatch(
        /^(# (HELP|TYPE) \S+ .+|[a-z_]+(\{.*\})? [0-9.e+-]+|[a-z_]+(\{.*\})? \+Inf)$/,
      )
    }
  })
})

// Passes once src/app.ts mounts metricsMiddleware(ctx.metrics) first and metricsRouter(ctx.metrics)
// at '/', and ingestCredentials counts into ctx.metrics (see the wiring note).
describe('GET /metrics', () => {
  let node: TestNode
  let partnerCredentials: Json[]
  beforeAll(async () => {
    node = await createTestNode({ env: OPEN_NODE_ENV })
    const key = await newPartner()
    partnerCredentials = await signEach(
      node,
      key,
      participantCredentials(key.did, partnerBase(key.did)),
    )
    expect((await onboard(node, key, partnerCredentials)).status).toBe(201)
    // A credential altered after signing: its proof fails, so the whole onboarding is refused.
    const other = await newPartner()
    const [legalPerson] = await signEach(
      node,
      other,
      participantCredentials(other.did, partnerBase(other.did)),
    )
    legalPerson!.credentialSubject['schema:name'] = 'Altered after signing'
    expect((await onboard(node, other, [legalPerson!])).status).toBe(422)

    await node.app.request('/healthz')
    await node.app.request('/healthz')
    await node.app.request(`/api/v1/participants/${encodeURIComponent('did:web:nobody.example')}`)
    await node.app.request(`/api/v1/participants/${encodeURIComponent('did:web:other.example')}`)
    await node.app.request('/no/such/route/12345')
  })
  afterAll(() => node.close())

  it('answers Prometheus text format 0.0.4', async () => {
    const res = await node.app.request('/metrics')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8')
    expect(await res.text()).toMatch(/^# HELP gxc_http_requests_total /)
  })

  it('labels requests with the route pattern, never the raw path', async () => {
    const lines = samples(await (await node.app.request('/metrics')).text())
    expect(lines.get('gxc_http_requests_total{route="/healthz",method="GET",status="200"}')).toBe(
      '2',
    )
    expect(
      lines.get(
        'gxc_http_requests_total{route="/api/v1/participants/:id",method="GET",status="404"}',
      ),
    ).toBe('2')
    expect(lines.get('gxc_http_requests_total{route="unmatched",method="GET",status="404"}')).toBe(
      '1',
    )
    expect(
      lines.get('gxc_http_requests_total{route="/api/v1/participants",method="POST",status="201"}'),
    ).toBe('1')
    expect(
      lines.get('gxc_http_requests_total{route="/api/v1/participants",method="POST",status="422"}'),
    ).toBe('1')
    const keys = [...lines.keys()].join('\n')
    expect(keys).not.toContain('nobody.example')
    expect(keys).not.toContain('12345')
  })

  it('times each route in the histogram', async () => {
    const lines = samples(await (await node.app.request('/metrics')).text())
    const name = 'gxc_http_request_duration_seconds'
    expect(lines.get(`${name}_count{route="/healthz"}`)).toBe('2')
    expect(lines.get(`${name}_bucket{route="/healthz",le="+Inf"}`)).toBe('2')
    expect(lines.get(`${name}_count{route="/api/v1/participants/:id"}`)).toBe('2')
    // a route that reads the store: workerd's clock stands still between I/O, so a /healthz
    // answered without any can take 0 s there
    expect(Number(lines.get(`${name}_sum{route="/api/v1/participants/:id"}`))).toBeGreaterThan(0)
  })

  it('counts a scrape after it is answered, so the next scrape sees it', async () => {
    const before = samples(await (await node.app.request('/metrics')).text())
    const after = samples(await (await node.app.request('/metrics')).text())
    const key = 'gxc_http_requests_total{route="/metrics",method="GET",status="200"}'
    expect(Number(after.get(key))).toBe(Number(before.get(key) ?? 0) + 1)
  })

  it('counts ingested credentials by result', async () => {
    const lines = samples(await (await node.app.request('/metrics')).text())
    expect(lines.get('gxc_ingest_credentials_total{result="accepted"}')).toBe(
      String(partnerCredentials.length),
    )
    expect(lines.get('gxc_ingest_credentials_total{result="rejected"}')).toBe('1')
  })

  it('times the stages of the onboardings it took in, holder proof to store', async () => {
    const lines = samples(await (await node.app.request('/metrics')).text())
    const stage = (name: string) =>
      Number(lines.get(`gxc_ingest_stage_seconds_total{stage="${name}"}`))
    // workerd's clock stands still between I/O: only the stages that read the store or verify
    // (WebCrypto) are sure to have taken time there
    for (const name of ['holder', 'check', 'store']) expect(stage(name), name).toBeGreaterThan(0)
    for (const name of INGEST_STAGES) expect(stage(name), name).toBeGreaterThanOrEqual(0)
  })

  it('reads the catalogue sizes from the store at scrape time', async () => {
    const counts = await node.ctx.store.counts()
    expect(counts.participants).toBe(1)
    const lines = samples(await (await node.app.request('/metrics')).text())
    expect(lines.get('gxc_catalogue_offerings')).toBe(String(counts.offerings))
    expect(lines.get('gxc_catalogue_participants')).toBe('1')
    expect(lines.get('gxc_catalogue_credentials')).toBe(String(counts.credentials))
  })
})
