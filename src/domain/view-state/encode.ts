/**
 * View state → URL query. Short, readable keys, e.g.
 *
 *   ?m=2019-06&mode=month&c=121.52,30.9,10.2,0,0&l=sections,remediation-plots&cls=5,6&lvl=national
 *
 * | key  | value                                                  | written when        |
 * |------|--------------------------------------------------------|---------------------|
 * | m    | month 'YYYY-MM'                                        | always              |
 * | mode | month / quarter / year                                 | always              |
 * | c    | longitude,latitude,zoom,bearing,pitch                  | always              |
 * | l    | visible layer ids, in catalogue order ('' = none)      | always              |
 * | op   | layerId:opacity for layers whose opacity is not 1      | any such layer      |
 * | cmp  | previous (环比) / lastYear (同比)                      | comparing           |
 * | cls  | classes 1–6 (6 = 劣Ⅴ) and 'none' (无数据)               | non-empty           |
 * | lvl  | national / municipal / district / town                 | non-empty           |
 * | riv  | river names                                            | non-empty           |
 * | town | town names                                             | non-empty           |
 * | att  | met / unmet                                            | non-empty           |
 * | chg  | 1 (changed only)                                       | on                  |
 * | sel  | layerId:featureId                                      | a feature selected  |
 * | lang | zh / en                                                | locale set          |
 * | ord  | layer ids, top first (the planner's layer order)       | order set           |
 *
 * Month, mode, camera and layers are always written so that a link keeps meaning the same view
 * when the app's defaults change (e.g. the default month moves to newer data).
 */
import { encodeItem, encodeList, formatNumber, joinQuery } from './query.ts'
import { CAMERA_PRECISION, type Camera, type ViewState } from './types.ts'

/** Every key the view state uses; other keys (tour, stop…) are left to the caller. */
export const VIEW_STATE_KEYS = ['m', 'mode', 'c', 'l', 'op', 'cmp', 'cls', 'lvl', 'riv', 'town', 'att', 'chg', 'sel', 'lang', 'ord'] as const

/** Bearing moved into (−180, 180]. */
export function normaliseBearing(bearing: number): number {
  const wrapped = ((((bearing + 180) % 360) + 360) % 360) - 180
  return wrapped === -180 ? 180 : wrapped
}

/** 'lng,lat,zoom,bearing,pitch' with the precision of CAMERA_PRECISION. */
export function encodeCamera(camera: Camera): string {
  return [
    formatNumber(camera.center[0], CAMERA_PRECISION.center),
    formatNumber(camera.center[1], CAMERA_PRECISION.center),
    formatNumber(camera.zoom, CAMERA_PRECISION.zoom),
    formatNumber(normaliseBearing(camera.bearing), CAMERA_PRECISION.bearing),
    formatNumber(camera.pitch, CAMERA_PRECISION.pitch),
  ].join(',')
}

// Layer ids before ':' are fully escaped (':' → %3A) so that the first ':' always separates.

/** The [key, encoded value] pairs of a view state, in the table's order. */
export function viewStatePairs(state: ViewState): [string, string][] {
  const pairs: [string, string][] = [
    ['m', encodeItem(state.clock.month)],
    ['mode', state.clock.mode],
    ['c', encodeCamera(state.camera)],
    ['l', encodeList(state.layers.filter((layer) => layer.visible).map((layer) => layer.id))],
  ]
  const opacities = state.layers
    .filter((layer) => layer.opacity !== 1)
    .map((layer) => `${encodeURIComponent(layer.id)}:${formatNumber(layer.opacity, 2)}`)
  if (opacities.length > 0) pairs.push(['op', opacities.join(',')])
  if (state.compare !== 'none') pairs.push(['cmp', state.compare])
  const { filter } = state
  if (filter.classes.length > 0) pairs.push(['cls', encodeList(filter.classes)])
  if (filter.levels.length > 0) pairs.push(['lvl', encodeList(filter.levels)])
  if (filter.rivers.length > 0) pairs.push(['riv', encodeList(filter.rivers)])
  if (filter.towns.length > 0) pairs.push(['town', encodeList(filter.towns)])
  if (filter.attainment.length > 0) pairs.push(['att', encodeList(filter.attainment)])
  if (filter.changedOnly) pairs.push(['chg', '1'])
  if (state.selected) pairs.push(['sel', `${encodeURIComponent(state.selected.layerId)}:${encodeItem(state.selected.featureId)}`])
  if (state.locale) pairs.push(['lang', state.locale])
  if (state.order && state.order.length > 0) pairs.push(['ord', encodeList(state.order)])
  return pairs
}

/** The view state as a URL query string starting with '?'. */
export function encodeViewState(state: ViewState): string {
  return joinQuery(viewStatePairs(state))
}
