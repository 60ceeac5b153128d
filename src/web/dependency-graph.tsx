// The gx:dependsOn graph of an offering, drawn on the server as SVG (no script, no image to load)
// and given again as a nested list, its text equivalent. Each box says, in colour and in a
// symbol, whether the offering's provider and locations are in the EU/EEA.
import type { SovereigntyProfile, Verdict } from '../catalogue/sovereignty.js'
import type { OfferingRow } from '../store/store.js'
import { bidiControlsShownIn } from '../model/bidi.js'
import { offeringPath } from './components.js'
import type { Ui } from './i18n.js'

type GraphNode = {
  id: string
  name: string
  provider: string | null
  level: string | null
  attested: boolean
  held: boolean
  verdict: Verdict
  via: string | null
  depth: number
}

const W = 220
const H = 62
const GAP_X = 56
const GAP_Y = 16
const PAD = 16
const SYMBOL: Record<Verdict, string> = { yes: '✓', no: '✗', unknown: '?' }

function combine(...verdicts: Verdict[]): Verdict {
  if (verdicts.includes('no')) return 'no'
  return verdicts.includes('unknown') ? 'unknown' : 'yes'
}

/** The offering and everything it depends on, each placed one column right of what needs it. */
export function graphNodes(
  row: OfferingRow,
  profile: SovereigntyProfile,
  providerName: string | null,
): GraphNode[] {
  const root: GraphNode = {
    id: row.id,
    name: row.name,
    provider: providerName,
    level: profile.label.attestedLevel ?? profile.label.eligibleLevel,
    attested: profile.label.attestedLevel !== null,
    held: true,
    verdict: combine(profile.headquarters.inEuEea, profile.locations.inEu),
    via: null,
    depth: 0,
  }
  const depth = new Map([[row.id, 0]])
  const found = [root]
  for (const dependency of profile.dependencies) {
    const at = (depth.get(dependency.via) ?? 0) + 1
    depth.set(dependency.id, at)
    found.push(
      dependency.held
        ? {
            id: dependency.id,
            name: dependency.name,
            provider: dependency.provider.name ?? dependency.provider.id,
            level: dependency.level,
            attested: dependency.basis === 'attested',
            held: true,
            verdict: combine(dependency.headquartersInEuEea, dependency.locationsInEu),
            via: dependency.via,
            depth: at,
          }
        : {
            id: dependency.id,
            name: dependency.id,
            provider: null,
            level: null,
            attested: false,
            held: false,
            verdict: 'unknown',
            via: dependency.via,
            depth: at,
          },
    )
  }
  return found
}

function levelText(ui: Ui, node: GraphNode): string {
  if (!node.held) return ui.t('offering.notHeld')
  if (!node.level) return ui.t('label.none')
  return ui.t(node.attested ? 'label.attested' : 'label.eligible', { level: node.level })
}

/** `text` cut to `max` characters, as the box draws it (a bidi control as its six-letter code). */
function clip(text: string, max: number): string {
  const shown = bidiControlsShownIn(text)
  return shown.length > max ? `${shown.slice(0, max - 1)}…` : shown
}

export function DependencyGraph({
  ui,
  nodes,
  weakest,
}: {
  ui: Ui
  nodes: GraphNode[]
  weakest?: string
}) {
  const columns = new Map<number, GraphNode[]>()
  for (const node of nodes) columns.set(node.depth, [...(columns.get(node.depth) ?? []), node])
  const place = new Map<string, { x: number; y: number }>()
  for (const [column, members] of columns) {
    members.forEach((node, row) =>
      place.set(node.id, { x: PAD + column * (W + GAP_X), y: PAD + row * (H + GAP_Y) }),
    )
  }
  const width = PAD * 2 + columns.size * W + (columns.size - 1) * GAP_X
  const height =
    PAD * 2 + Math.max(...[...columns.values()].map((m) => m.length)) * (H + GAP_Y) - GAP_Y
  const root = nodes[0]!
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-labelledby="graph-title graph-desc"
    >
      <title id="graph-title">{ui.t('graph.title', { name: root.name })}</title>
      <desc id="graph-desc">{ui.t('graph.desc', { count: nodes.length })}</desc>
      <defs>
        <marker
          id="arrow"
          viewBox="0 0 10 10"
          refX="10"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto"
        >
          <path d="M0 0L10 5L0 10z" class="arrow" />
        </marker>
      </defs>
      {nodes.map((node) => {
        const from = node.via ? place.get(node.via) : undefined
        const to = place.get(node.id)!
        if (!from) return null
        const [x1, y1, x2, y2] = [from.x + W, from.y + H / 2, to.x, to.y + H / 2]
        const mid = (x1 + x2) / 2
        return (
          <path
            class="edge"
            d={`M${x1} ${y1}C${mid} ${y1} ${mid} ${y2} ${x2 - 2} ${y2}`}
            marker-end="url(#arrow)"
          />
        )
      })}
      {nodes.map((node) => {
        const { x, y } = place.get(node.id)!
        return (
          <g>
            <rect
              x={x}
              y={y}
              width={W}
              height={H}
              rx="6"
              class={`n-${node.verdict}${node.id === weakest ? ' weak' : ''}`}
            />
            <text x={x + 10} y={y + 19}>
              {`${SYMBOL[node.verdict]} ${clip(node.name, 30)}`}
            </text>
            <text x={x + 10} y={y + 36} class="small">
              {clip(node.provider ?? '', 34)}
            </text>
            <text x={x + 10} y={y + 52} class="small">
              {clip(levelText(ui, node), 34)}
            </text>
          </g>
        )
      })}
    </svg>
  )
}

/** The graph as a nested list: each offering under what depends on it, with a link to its page. */
export function DependencyList({
  ui,
  nodes,
  weakest,
}: {
  ui: Ui
  nodes: GraphNode[]
  weakest?: string
}) {
  const children = (id: string) => nodes.filter((n) => n.via === id)
  const item = (node: GraphNode) => {
    const below = children(node.id)
    return (
      <li>
        {node.held ? (
          <a href={ui.href(offeringPath(node.id))}>{node.name}</a>
        ) : (
          <code>{node.id}</code>
        )}
        {node.provider && <> — {node.provider}</>} — {ui.t(`graph.${node.verdict}`)} —{' '}
        {levelText(ui, node)}
        {node.id === weakest && <strong> — {ui.t('offering.weakest')}</strong>}
        {below.length > 0 && <ul>{below.map(item)}</ul>}
      </li>
    )
  }
  return <ul>{item(nodes[0]!)}</ul>
}
