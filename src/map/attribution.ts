/**
 * The map's credits (sources and licences, MapLibre's attribution control: compact, with the MapLibre
 * credit), written in the UI language. The control starts open on a wide screen until the map is first
 * dragged (MapLibre's default), and folded into the ⓘ button on screens under 1024 px wide, where the open
 * line would cover the bottom of a tablet's map, and while presenting, where it would run under the
 * presenter's controls; one press on ⓘ still shows it.
 */
import { AttributionControl } from 'maplibre-gl'
import { MAP_CREDIT_MESSAGES } from '@/i18n/map-control-messages.ts'
import type { Locale } from '@/domain/layers/types.ts'
import type { MapHandle } from './map-handle.ts'

/** Below this window width the credits start folded (issue 12 item 9: tablets). */
export const FOLD_CREDITS_BELOW_WIDTH = 1024

const controls = new WeakMap<MapHandle, AttributionControl>()
const languages = new WeakMap<MapHandle, Locale>()

function creditsIn(locale: Locale): string[] {
  const credits = MAP_CREDIT_MESSAGES[locale]
  return [credits.maplibre, credits.chongqin, credits.osm, credits.datav]
}

/** The language the credits of `map` are written in from now on (set by setMapLanguage). */
export function setCreditsLanguage(map: MapHandle, locale: Locale): void {
  languages.set(map, locale)
}

/** True while the credits of `map` are unfolded (shown in full). */
export function creditsShown(map: MapHandle): boolean {
  const element = map.getContainer().querySelector('.maplibregl-ctrl-attrib')
  return !!element && (!element.classList.contains('maplibregl-compact') || element.classList.contains('maplibregl-compact-show'))
}

export function addAttribution(map: MapHandle, folded = window.innerWidth < FOLD_CREDITS_BELOW_WIDTH): void {
  const previous = controls.get(map)
  if (previous) map.removeControl(previous)
  const control = new AttributionControl({ compact: true, customAttribution: creditsIn(languages.get(map) ?? 'zh') })
  map.addControl(control, 'bottom-right')
  controls.set(map, control)
  if (!folded) return
  // The compact control starts open (MapLibre folds it on the first drag); fold it now.
  const element = map.getContainer().querySelector('.maplibregl-ctrl-attrib')
  element?.removeAttribute('open')
  element?.classList.remove('maplibregl-compact-show')
}
