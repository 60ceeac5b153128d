// /metrics with GXC_PROCESSES: a scrape reaches one serving process, which asks the first process
// for the counts of all the others, its own included (the peers' sync runs there), so that every
// scrape reads the whole node whichever process answers it.
import cluster, { type Worker } from 'node:cluster'
import type { Metrics, MetricsSnapshot } from '../metrics.js'

type Message = {
  gxcMetrics: 'ask' | 'collect' | 'snapshot' | 'answer'
  id: number
  snapshot?: MetricsSnapshot
  snapshots?: MetricsSnapshot[]
}

// a process that does not answer in time (busy, dying) is left out of that one scrape
const WAIT_MS = 1000

function isMessage(message: unknown): message is Message {
  return typeof message === 'object' && message !== null && 'gxcMetrics' in message
}

/** The first process: answers a serving process's ask with its own counts and the others'. */
export function gatherProcessMetrics(own: Metrics): void {
  let last = 0
  const gathering = new Map<
    number,
    { snapshots: MetricsSnapshot[]; waiting: Set<number>; done: () => void }
  >()
  cluster.on('message', (worker: Worker, message: unknown) => {
    if (!isMessage(message)) return
    if (message.gxcMetrics === 'snapshot') {
      const pending = gathering.get(message.id)
      if (!pending || !message.snapshot) return
      pending.snapshots.push(message.snapshot)
      pending.waiting.delete(worker.id)
      if (pending.waiting.size === 0) pending.done()
      return
    }
    if (message.gxcMetrics !== 'ask') return
    const id = ++last
    const others = Object.values(cluster.workers ?? {}).filter(
      (other): other is Worker => !!other && other !== worker && other.isConnected(),
    )
    const pending = {
      snapshots: [own.snapshot()],
      waiting: new Set(others.map((other) => other.id)),
      done: () => {
        clearTimeout(timer)
        gathering.delete(id)
        if (worker.isConnected()) {
          worker.send({ gxcMetrics: 'answer', id: message.id, snapshots: pending.snapshots })
        }
      },
    }
    const timer = setTimeout(pending.done, WAIT_MS).unref()
    gathering.set(id, pending)
    if (others.length === 0) return pending.done()
    for (const other of others) other.send({ gxcMetrics: 'collect', id })
  })
}

/** A serving process: gives its counts when collected, and asks for the others' at a scrape. */
export function otherProcessMetrics(own: Metrics): () => Promise<MetricsSnapshot[]> {
  let last = 0
  const asked = new Map<number, (snapshots: MetricsSnapshot[]) => void>()
  process.on('message', (message: unknown) => {
    if (!isMessage(message)) return
    if (message.gxcMetrics === 'collect') {
      process.send!({ gxcMetrics: 'snapshot', id: message.id, snapshot: own.snapshot() })
    } else if (message.gxcMetrics === 'answer') {
      asked.get(message.id)?.(message.snapshots ?? [])
    }
  })
  return () =>
    new Promise((resolve) => {
      const id = ++last
      const answered = (snapshots: MetricsSnapshot[]) => {
        clearTimeout(timer)
        asked.delete(id)
        resolve(snapshots)
      }
      // the first process gone quiet: this process's own counts still make a scrape
      const timer = setTimeout(() => answered([]), 2 * WAIT_MS)
      asked.set(id, answered)
      process.send!({ gxcMetrics: 'ask', id })
    })
}
