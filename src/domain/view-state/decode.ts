/**
 * URL query → view state. Every value is validated against the defaults (and optional limits);
 * whatever cannot be used falls back and is reported in `problems`, so a link never fails to
 * open and the UI can say what was not understood. Never throws.
 *
 * Meaning of absent keys: a query with none of the view-state keys (an app opened without a
 * permalink) gives the defaults. In a permalink, absent m / mode / c / l / lang fall back to the
 * defaults, and absent optional keys mean their neutral value (no filter kind, cmp none, nothing
 * selected, opacity 1), because `encodeViewState` omits exactly those.
 */
import { COMPARE_MODES } from '../filters/change.ts'
import { ATTAINMENTS, CLASS_OPTIONS, LEVELS, type ClassOption, type SectionFilter } from '../filters/types.ts'
import type { Locale } from '../time/format.ts'
import {
  decodeCamera,
  decodeChoice,
  decodeLayers,
  decodeMode,
  decodeMonth,
  decodeNames,
  decodeOptions,
  decodeSelected,
} from './decode-values.ts'
import { VIEW_STATE_KEYS } from './encode.ts'
import { decodeItem, splitQuery } from './query.ts'
import type { ViewState, ViewStateLimits } from './types.ts'

export interface DecodedViewState {
  state: ViewState
  /** One readable sentence per value that was not used as written. */
  problems: string[]
  /** Decoded values of keys that are not view-state keys (e.g. tour, stop), for the caller. */
  extras: Record<string, string>
}

const VIEW_KEYS: ReadonlySet<string> = new Set(VIEW_STATE_KEYS)

function parseClass(item: string): ClassOption | undefined {
  return CLASS_OPTIONS.find((option) => String(option) === item)
}

function parseChoice<T extends string>(choices: readonly T[]) {
  return (item: string): T | undefined => choices.find((choice) => choice === item)
}

function decodeFilter(pairs: Map<string, string>, limits: ViewStateLimits, problems: string[]): SectionFilter {
  const list = <T extends string | number>(key: string, parse: (item: string) => T | undefined): T[] => {
    const raw = pairs.get(key)
    return raw === undefined ? [] : decodeOptions(key, raw, parse, problems)
  }
  const changedRaw = decodeItem(pairs.get('chg') ?? '0').trim()
  const changedOnly = ['1', 'true'].includes(changedRaw)
  if (!['0', '1', 'true', 'false', ''].includes(changedRaw)) problems.push(`chg: "${changedRaw}" is not 1 or 0; using 0`)
  const names = (key: string, known: readonly string[] | undefined): string[] => {
    const raw = pairs.get(key)
    return raw === undefined ? [] : decodeNames(key, raw, known, problems)
  }
  return {
    classes: list('cls', parseClass),
    levels: list('lvl', parseChoice(LEVELS)),
    rivers: names('riv', limits.rivers),
    towns: names('town', limits.towns),
    attainment: list('att', parseChoice(ATTAINMENTS)),
    changedOnly,
  }
}

function copyState(state: ViewState): ViewState {
  return structuredClone(state)
}

/** Read a view state from a query ('?…', '#…' or bare 'k=v&…'), validating every value. */
export function decodeViewState(query: string, defaults: ViewState, limits: ViewStateLimits = {}): DecodedViewState {
  const pairs = splitQuery(typeof query === 'string' ? query : '')
  const problems: string[] = []
  const extras: Record<string, string> = {}
  for (const [key, raw] of pairs) if (!VIEW_KEYS.has(key)) extras[key] = decodeItem(raw)
  if (!VIEW_STATE_KEYS.some((key) => pairs.has(key))) return { state: copyState(defaults), problems, extras }

  const raw = (key: string): string | undefined => pairs.get(key)
  const month = raw('m')
  const mode = raw('mode')
  const camera = raw('c')
  const compare = raw('cmp')
  const selected = raw('sel')
  const locale = raw('lang')
  const order = raw('ord')
  const layers = decodeLayers(raw('l'), raw('op'), defaults.layers, problems)
  const state: ViewState = {
    camera: camera === undefined ? structuredClone(defaults.camera) : decodeCamera(camera, defaults.camera, problems),
    layers,
    clock: {
      month: month === undefined ? defaults.clock.month : decodeMonth(month, defaults.clock.month, limits, problems),
      mode: mode === undefined ? defaults.clock.mode : decodeMode(mode, defaults.clock.mode, problems),
    },
    compare: compare === undefined ? 'none' : decodeChoice('cmp', compare, COMPARE_MODES, 'none', problems),
    filter: decodeFilter(pairs, limits, problems),
    selected: selected === undefined ? null : decodeSelected(selected, layers, problems),
  }
  const chosenLocale: Locale | undefined =
    locale === undefined ? defaults.locale : decodeChoice<Locale>('lang', locale, ['zh', 'en'], defaults.locale ?? 'zh', problems)
  if (chosenLocale !== undefined) state.locale = chosenLocale
  // Any id is kept (an imported layer may be restored after the link is read); a link without `ord`
  // keeps the order the app already has.
  const chosenOrder = order === undefined ? defaults.order : decodeNames('ord', order, undefined, problems)
  if (chosenOrder !== undefined) state.order = [...chosenOrder]
  return { state, problems, extras }
}
