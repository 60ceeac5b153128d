import type { FacetEntry, FacetName, SearchItem, SearchResult } from '../../catalogue/search.js'
import type { CertificationClaim } from '../../model/certifications.js'
import { textIn } from '../../catalogue/text-language.js'
import {
  Certifications,
  LabelLevel,
  Locations,
  Sr,
  Tag,
  offeringPath,
  providerPath,
} from '../components.js'
import type { MessageKey, Params, Ui } from '../i18n.js'
import { EXAMPLE_SEARCHES } from '../names.js'
import { toggled, without } from '../search-params.js'

export const FACET_ORDER: FacetName[] = [
  'provider',
  'type',
  'country',
  'certification',
  'label',
  'regime',
]
const FACET_SHOWN = 8

/** Hidden inputs that carry `params` through a GET form. */
export function Hidden({ params }: { params: Params }) {
  return (
    <>
      {Object.entries(params).flatMap(([name, values]) =>
        (typeof values === 'string' ? [values] : (values ?? [])).map((value) => (
          <input type="hidden" name={name} value={value} />
        )),
      )}
    </>
  )
}

/** The search box; with `sort`, the sort order too. Other parameters ride along hidden. */
export function SearchBox({
  ui,
  q,
  sort,
  keep = {},
  federation,
}: {
  ui: Ui
  q?: string
  sort?: { value: string; choices: string[] }
  keep?: Params
  /** Offer to ask the live peers too (there are some), ticked when asked. */
  federation?: boolean
}) {
  const example = EXAMPLE_SEARCHES[ui.lang][0] ?? ''
  return (
    <form class="search" method="get" action="/recherche" role="search">
      <div class="field">
        <label for="q">
          {ui.t('search.label')}{' '}
          <span class="hint" id="q-hint">
            {ui.t('search.hint', { example })}
          </span>
        </label>
        <input type="search" id="q" name="q" value={q ?? ''} aria-describedby="q-hint" />
      </div>
      {sort && (
        <div>
          <label for="sort">{ui.t('search.sort')}</label>
          <select id="sort" name="sort">
            {sort.choices.map((choice) => (
              <option value={choice} selected={choice === sort.value}>
                {ui.t(`search.sort.${choice}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
      )}
      {federation !== undefined && (
        <div>
          <input type="checkbox" id="scope" name="scope" value="federation" checked={federation} />{' '}
          <label for="scope" class="inline">
            {ui.t('search.scope')}
          </label>
        </div>
      )}
      <Hidden params={{ ...keep, ...(ui.chosen ? { lang: [ui.lang] } : {}) }} />
      <button type="submit">{ui.t('search.submit')}</button>
    </form>
  )
}

export function facetLabel(
  ui: Ui,
  name: string,
  entry: Pick<FacetEntry, 'value' | 'label'>,
): string {
  switch (name) {
    case 'type':
      return ui.type(entry.value)
    case 'country':
      return ui.country(entry.value)
    case 'certification':
      return ui.scheme(entry.value)
    case 'label': {
      // `eligible:L2` counts the level an offering's own credentials meet, without a label
      const eligible = /^eligible:(.+)$/.exec(entry.value)?.[1]
      return eligible
        ? ui.t('label.eligible', { level: eligible })
        : ui.t('label.attested', { level: entry.value })
    }
    case 'regime':
      return ui.regime(entry.value)
    case 'status':
      return ui.t(`status.${entry.value}` as MessageKey)
    default:
      return entry.label
  }
}

function facetGroups(facets: SearchResult['facets'], params: Record<string, string[]>) {
  return FACET_ORDER.map((name) => {
    const entries = [...(facets[name] ?? [])]
    // a value asked for stays on show, ticked, though it counts nothing now
    for (const value of params[name] ?? []) {
      if (!entries.some((e) => e.value === value)) entries.push({ value, label: value, count: 0 })
    }
    return { name, entries }
  }).filter((g) => g.entries.length > 0)
}

/** Whether a search has facets to show (the page then gives them a column). */
export function hasFacets(facets: SearchResult['facets'], params: Record<string, string[]>) {
  return facetGroups(facets, params).length > 0
}

/** The facets as one GET form of checkboxes, each value with its count, in a column of their own. */
export function FacetPanel({
  ui,
  facets,
  params,
  more,
}: {
  ui: Ui
  facets: SearchResult['facets']
  params: Record<string, string[]>
  more?: string
}) {
  const groups = facetGroups(facets, params)
  if (groups.length === 0) return null
  const carried = without(params, 'cursor', ...FACET_ORDER)
  return (
    <aside aria-labelledby="filters-title">
      <form method="get" action="/recherche" aria-labelledby="filters-title">
        <h2 id="filters-title">{ui.t('search.filters')}</h2>
        <Hidden params={{ ...carried, ...(ui.chosen ? { lang: [ui.lang] } : {}) }} />
        {groups.map(({ name, entries }) => {
          const selected = params[name] ?? []
          const open = more === name
          const shown = open
            ? entries
            : entries.filter((e, i) => i < FACET_SHOWN || selected.includes(e.value))
          return (
            <fieldset class="facet" id={`f-${name}`}>
              <legend>{ui.t(`facet.${name}` as MessageKey)}</legend>
              <ul>
                {shown.map((entry, i) => (
                  <li>
                    <input
                      type="checkbox"
                      id={`f-${name}-${i}`}
                      name={name}
                      value={entry.value}
                      checked={selected.includes(entry.value)}
                    />
                    <label for={`f-${name}-${i}`}>
                      <bdi>{facetLabel(ui, name, entry)}</bdi> ({ui.number(entry.count)})
                    </label>
                  </li>
                ))}
              </ul>
              {entries.length > FACET_SHOWN && (
                <a
                  href={`${ui.href('/recherche', { ...without(params, 'cursor'), more: open ? undefined : name })}#f-${name}`}
                >
                  {open ? ui.t('facet.fewer') : ui.t('facet.more', { count: entries.length })}
                </a>
              )}
            </fieldset>
          )
        })}
        <button type="submit">{ui.t('search.apply')}</button>
      </form>
    </aside>
  )
}

/** The filters in force, each a link that removes it. */
export function ActiveFilters({ ui, params }: { ui: Ui; params: Record<string, string[]> }) {
  const names = [...FACET_ORDER, 'keyword', 'status']
  const active = names.flatMap((name) => (params[name] ?? []).map((value) => ({ name, value })))
  if (active.length === 0) return null
  return (
    <div>
      <h2 class="sr" id="active-title">
        {ui.t('search.active')}
      </h2>
      <ul class="chips" aria-labelledby="active-title">
        {active.map(({ name, value }) => {
          const label = ui.t('search.filterValue', {
            facet: ui.t(`facet.${name}` as MessageKey),
            value: facetLabel(ui, name, { value, label: value }),
          })
          return (
            <li>
              <a href={ui.href('/recherche', toggled(params, name, value))}>
                <Sr>{ui.t('search.remove')} </Sr>
                {label} <span aria-hidden="true">✕</span>
              </a>
            </li>
          )
        })}
        <li>
          <a href={ui.href('/recherche', without(params, 'cursor', ...names))}>
            {ui.t('search.clear')}
          </a>
        </li>
      </ul>
    </div>
  )
}

export type ResultExtras = {
  claims?: CertificationClaim[]
  attestedBy?: string
  /** The page of an entry held elsewhere (a live peer's answer). */
  elsewhere?: { href: string; peer: string }
}

/** Results as a list whose ticked items the compare page takes. */
export function ComparableResults({
  ui,
  items,
  extras,
}: {
  ui: Ui
  items: SearchItem[]
  extras: ResultExtras[]
}) {
  return (
    <form method="get" action="/comparer">
      {ui.chosen && <Hidden params={{ lang: [ui.lang] }} />}
      <ol class="results">
        {items.map((item, i) => (
          <ResultItem ui={ui} item={item} extras={extras[i] ?? {}} index={i} />
        ))}
      </ol>
      <button type="submit" class="secondary noprint">
        {ui.t('search.compare')}
      </button>
    </form>
  )
}

export function ResultItem({
  ui,
  item,
  extras,
  index,
}: {
  ui: Ui
  item: SearchItem
  extras: ResultExtras
  /** Its place in the list, which names its compare box. */
  index: number
}) {
  const href = extras.elsewhere?.href ?? ui.href(offeringPath(item.id))
  const checkbox = `cmp-${index}`
  const text = textIn(item.description, ui.lang)
  const description = text.length > 260 ? `${text.slice(0, 257).trimEnd()}…` : text
  return (
    <li class="result">
      <h3>
        <a href={href}>
          <bdi>{item.name}</bdi>
        </a>{' '}
        {item.status !== 'active' && <Tag tone="no">{ui.t(`status.${item.status}`)}</Tag>}
      </h3>
      <p class="muted">
        {extras.elsewhere ? (
          ui.t('search.fromPeer', { peer: extras.elsewhere.peer })
        ) : (
          <>
            <a href={ui.href(providerPath(item.provider.id))}>
              <bdi>{item.provider.name ?? item.provider.id}</bdi>
            </a>
            {item.provider.status === 'suspended' && (
              <>
                {' '}
                <Tag tone="no">{ui.t('result.providerSuspended')}</Tag>
              </>
            )}
          </>
        )}
        {' · '}
        {item.types.map((type) => ui.type(type)).join(', ')}
      </p>
      <p>{description}</p>
      <dl>
        <dt>{ui.t('result.locations')}</dt>
        <dd>
          <Locations ui={ui} locations={item.locations} />
        </dd>
        <dt>{ui.t('result.certifications')}</dt>
        <dd>
          <Certifications
            ui={ui}
            granted={item.certifications}
            claims={extras.claims}
            attestedBy={extras.attestedBy}
          />
        </dd>
        <dt>{ui.t('result.label')}</dt>
        <dd>
          <LabelLevel
            ui={ui}
            attested={item.labelLevel}
            eligible={item.eligibleLabelLevel ?? null}
          />
        </dd>
      </dl>
      {!extras.elsewhere && (
        <p class="noprint">
          <input type="checkbox" id={checkbox} name="id" value={item.id} />{' '}
          <label for={checkbox} class="inline">
            {ui.t('search.compareOne')} <Sr>{item.name}</Sr>
          </label>
        </p>
      )}
    </li>
  )
}
