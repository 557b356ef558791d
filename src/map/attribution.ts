/**
 * The map's credits (sources and licences, MapLibre's attribution control with its defaults: compact, with
 * the MapLibre credit, open until the map is first dragged). While presenting, the credits start folded
 * into the ⓘ button on every screen: at the bottom of a projected map the open line would run under the
 * presenter's controls, and one press on ⓘ still shows it.
 */
import { AttributionControl } from 'maplibre-gl'
import type { MapHandle } from './map-handle.ts'

const controls = new WeakMap<MapHandle, AttributionControl>()

export function addAttribution(map: MapHandle, folded = false): void {
  const previous = controls.get(map)
  if (previous) map.removeControl(previous)
  const control = new AttributionControl()
  map.addControl(control, 'bottom-right')
  controls.set(map, control)
  if (!folded) return
  // The compact control starts open (MapLibre folds it on the first drag); a presenter wants it folded now.
  const element = map.getContainer().querySelector('.maplibregl-ctrl-attrib')
  element?.removeAttribute('open')
  element?.classList.remove('maplibregl-compact-show')
}
