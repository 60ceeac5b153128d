import type { Counts } from './store/store.js'

export type IngestOutcome = 'accepted' | 'rejected'
export type FederationOutcome = 'accepted' | 'rejected' | 'unchanged'

/**
 * The stages of the write path, in order: the holder's proof of the presentation, reading the
 * submission within the limits, checking its credentials (digest, JSON-LD expansion, proof and
 * claims graph of each, all at once), then SHACL and the business rules over the whole
 * submission, and the store.
 */
export const INGEST_STAGES = ['holder', 'read', 'check', 'shapes', 'rules', 'store'] as const
export type IngestStage = (typeof INGEST_STAGES)[number]

/** Per process (Node) or per isolate (Workers) counters, rendered in Prometheus text format. */
export type Metrics = {
  observeRequest(route: string, method: string, status: number, seconds: number): void
  countIngest(result: IngestOutcome, n?: number): void
  /** Seconds one stage of the write path took, for a whole submission. */
  timeIngest(stage: IngestStage, seconds: number): void
  /** Credentials pulled from a peer (by its DID, or URL for a CES without one), by result. */
  countFederation(peer: string, result: FederationOutcome, n?: number): void
  /** The counts as plain data, for another process to add to its own. */
  snapshot(): MetricsSnapshot
  /** This process's counts plus `others` (the node's other processes), and the catalogue sizes. */
  render(counts: Counts, others?: readonly MetricsSnapshot[]): string
}

export type MetricsSnapshot = {
  requests: [string, number][]
  durations: [string, Histogram][]
  ingest: Record<IngestOutcome, number>
  stages: Record<IngestStage, number>
  federation: [string, number][]
}

/** Upper bounds in seconds; the search targets (p99 ≤ 10 ms at 100k, ≤ 50 ms at 1M) are bounds, so they read straight off the histogram. */
export const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] as const

export const METRICS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8'

type Histogram = { buckets: number[]; sum: number; count: number }

/**
 * In-memory metrics, no dependency and no timer, so the same code runs on Node and Workers. Each
 * isolate keeps its own counts: on Workers a scrape sees one isolate, which is what Prometheus'
 * counter semantics (resets allowed) tolerate. `route` must be a route pattern, never a raw path,
 * or every offering id would become a time series.
 *
 * @example
 * const metrics = createMetrics()
 * metrics.observeRequest('/api/v1/offerings/:id', 'GET', 200, 0.004)
 * metrics.render(await store.counts())
 */
export function createMetrics(): Metrics {
  const requests = new Map<string, number>()
  const durations = new Map<string, Histogram>()
  const ingest: Record<IngestOutcome, number> = { accepted: 0, rejected: 0 }
  const stages = noStageTime()
  const federation = new Map<string, number>()
  const snapshot = (): MetricsSnapshot =>
    structuredClone({
      requests: [...requests],
      durations: [...durations],
      ingest,
      stages,
      federation: [...federation],
    })

  return {
    observeRequest(route, method, status, seconds) {
      const key = JSON.stringify([route, method, String(status)])
      requests.set(key, (requests.get(key) ?? 0) + 1)
      let histogram = durations.get(route)
      if (!histogram) {
        histogram = { buckets: DURATION_BUCKETS.map(() => 0), sum: 0, count: 0 }
        durations.set(route, histogram)
      }
      // Stored per bucket, made cumulative at render time.
      const index = DURATION_BUCKETS.findIndex((bound) => seconds <= bound)
      if (index >= 0) histogram.buckets[index]! += 1
      histogram.sum += seconds
      histogram.count += 1
    },

    countIngest(result, n = 1) {
      ingest[result] += n
    },

    timeIngest(stage, seconds) {
      stages[stage] += seconds
    },

    countFederation(peer, result, n = 1) {
      const key = JSON.stringify([peer, result])
      federation.set(key, (federation.get(key) ?? 0) + n)
    },

    snapshot,

    render(counts, others = []) {
      const { requests, durations, ingest, stages, federation } = sum([snapshot(), ...others])
      const lines: string[] = []
      header(
        lines,
        'gxc_http_requests_total',
        'counter',
        'HTTP requests answered, by route pattern, method and status.',
      )
      for (const key of [...requests.keys()].sort()) {
        const [route, method, status] = JSON.parse(key) as [string, string, string]
        lines.push(sample('gxc_http_requests_total', { route, method, status }, requests.get(key)!))
      }

      const duration = 'gxc_http_request_duration_seconds'
      header(lines, duration, 'histogram', 'HTTP request duration in seconds, by route pattern.')
      for (const route of [...durations.keys()].sort()) {
        const histogram = durations.get(route)!
        let cumulative = 0
        DURATION_BUCKETS.forEach((bound, i) => {
          cumulative += histogram.buckets[i]!
          lines.push(sample(`${duration}_bucket`, { route, le: String(bound) }, cumulative))
        })
        lines.push(sample(`${duration}_bucket`, { route, le: '+Inf' }, histogram.count))
        lines.push(sample(`${duration}_sum`, { route }, histogram.sum))
        lines.push(sample(`${duration}_count`, { route }, histogram.count))
      }

      header(
        lines,
        'gxc_ingest_credentials_total',
        'counter',
        'Credentials through the ingest pipeline, by result.',
      )
      for (const result of ['accepted', 'rejected'] as const) {
        lines.push(sample('gxc_ingest_credentials_total', { result }, ingest[result]))
      }

      header(
        lines,
        'gxc_ingest_stage_seconds_total',
        'counter',
        'Time in each stage of the ingest pipeline; divided by gxc_ingest_credentials_total, the time per credential. Wall time: concurrent submissions overlap.',
      )
      for (const stage of INGEST_STAGES) {
        lines.push(sample('gxc_ingest_stage_seconds_total', { stage }, stages[stage]))
      }

      header(
        lines,
        'gxc_federation_credentials_total',
        'counter',
        'Credentials pulled from peers, by peer and result (rejected: failed verification, never stored).',
      )
      for (const key of [...federation.keys()].sort()) {
        const [peer, result] = JSON.parse(key) as [string, string]
        lines.push(
          sample('gxc_federation_credentials_total', { peer, result }, federation.get(key)!),
        )
      }

      const sizes = [
        ['gxc_catalogue_offerings', 'Offerings in the catalogue index.', counts.offerings],
        ['gxc_catalogue_participants', 'Participants the node knows.', counts.participants],
        ['gxc_catalogue_credentials', 'Credentials the node stores.', counts.credentials],
      ] as const
      for (const [name, help, value] of sizes) {
        header(lines, name, 'gauge', help)
        lines.push(sample(name, {}, value))
      }
      return lines.join('\n') + '\n'
    },
  }
}

/** The counts of several processes as one node's. */
function sum(snapshots: readonly MetricsSnapshot[]) {
  const requests = new Map<string, number>()
  const durations = new Map<string, Histogram>()
  const ingest: Record<IngestOutcome, number> = { accepted: 0, rejected: 0 }
  const stages = noStageTime()
  const federation = new Map<string, number>()
  for (const snapshot of snapshots) {
    for (const [key, n] of snapshot.requests) requests.set(key, (requests.get(key) ?? 0) + n)
    for (const [key, n] of snapshot.federation) federation.set(key, (federation.get(key) ?? 0) + n)
    for (const result of ['accepted', 'rejected'] as const)
      ingest[result] += snapshot.ingest[result]
    for (const stage of INGEST_STAGES) stages[stage] += snapshot.stages[stage]
    for (const [route, histogram] of snapshot.durations) {
      const total = durations.get(route) ?? {
        buckets: DURATION_BUCKETS.map(() => 0),
        sum: 0,
        count: 0,
      }
      histogram.buckets.forEach((n, i) => (total.buckets[i]! += n))
      total.sum += histogram.sum
      total.count += histogram.count
      durations.set(route, total)
    }
  }
  return { requests, durations, ingest, stages, federation }
}

function noStageTime(): Record<IngestStage, number> {
  return Object.fromEntries(INGEST_STAGES.map((stage) => [stage, 0])) as Record<IngestStage, number>
}

/**
 * `work`, its wall time added to `stage` when there are metrics to add it to.
 *
 * @example
 * const expanded = await timeStage(ctx.metrics, 'expand', () => expandCredential(claims, loader))
 */
export async function timeStage<T>(
  metrics: Pick<Metrics, 'timeIngest'> | undefined,
  stage: IngestStage,
  work: () => Promise<T> | T,
): Promise<T> {
  if (!metrics) return work()
  const start = performance.now()
  try {
    return await work()
  } finally {
    metrics.timeIngest(stage, (performance.now() - start) / 1000)
  }
}

function header(lines: string[], name: string, type: string, help: string) {
  lines.push(`# HELP ${name} ${help.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}`)
  lines.push(`# TYPE ${name} ${type}`)
}

function sample(name: string, labels: Record<string, string>, value: number): string {
  const pairs = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabel(v)}"`)
  return `${name}${pairs.length > 0 ? `{${pairs.join(',')}}` : ''} ${formatValue(value)}`
}

/** The exposition format escapes exactly backslash, double quote and line feed in label values. */
export function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')
}

function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN'
  if (value === Infinity) return '+Inf'
  if (value === -Infinity) return '-Inf'
  return String(value)
}
