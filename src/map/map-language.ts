/**
 * The map in the UI language: its label layers' text (name or name_en), MapLibre's own control words and
 * the credits. MapLibre 6 reads its `locale` table (the Map option) each time a control is added, and has
 * no setter after creation; so a switch writes the map's table and adds the controls again, in the order
 * they had, which is the only way their titles, aria-labels and the scale's units are rewritten.
 */
import { FullscreenControl, NavigationControl, ScaleControl, type IControl } from 'maplibre-gl'
import { DISTRICT_VIEW } from '@/config/map.ts'
import { MAP_CONTROL_MESSAGES } from '@/i18n/map-control-messages.ts'
import { MESSAGES } from '@/i18n/messages.ts'
import type { Locale } from '@/domain/layers/types.ts'
import { LABEL_LAYERS, labelText } from './basemap-style.ts'
import { ResetViewControl } from './reset-view-control.ts'
import { addAttribution, creditsShown, setCreditsLanguage } from './attribution.ts'
import type { MapHandle } from './map-handle.ts'

/** MapLibre's `locale` option for a UI language. */
export function mapControlLocale(locale: Locale): Record<string, string> {
  return { ...MAP_CONTROL_MESSAGES[locale] }
}

const added = new WeakMap<MapHandle, IControl[]>()

/** Adds the map's controls (zoom and compass, fullscreen, whole district, scale, credits) in `locale`. */
export function addMapControls(map: MapHandle, locale: Locale, creditsFolded?: boolean): void {
  for (const control of added.get(map) ?? []) map.removeControl(control)
  const controls: [IControl, 'top-right' | 'bottom-left'][] = [
    [new NavigationControl({ visualizePitch: true }), 'top-right'],
    [new FullscreenControl(), 'top-right'],
    [new ResetViewControl(DISTRICT_VIEW.bounds, MESSAGES[locale]['map.resetView']), 'top-right'],
    [new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left'],
  ]
  for (const [control, position] of controls) map.addControl(control, position)
  added.set(map, controls.map(([control]) => control))
  setCreditsLanguage(map, locale)
  addAttribution(map, creditsFolded)
}

/** Switches labels, controls and credits of a created map to `locale`; the credits keep their folding. */
export function setMapLanguage(map: MapHandle, locale: Locale): void {
  // `_locale` is the table MapLibre's controls read (declared in maplibre-gl's typings; no public setter in 6.x).
  Object.assign(map._locale, MAP_CONTROL_MESSAGES[locale])
  map.getCanvas().setAttribute('aria-label', MAP_CONTROL_MESSAGES[locale]['Map.Title'])
  for (const layerId of LABEL_LAYERS) if (map.getLayer(layerId)) map.setLayoutProperty(layerId, 'text-field', labelText(locale))
  addMapControls(map, locale, !creditsShown(map))
}
