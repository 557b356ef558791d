/**
 * The alarm ring: a red ring round a source with alarms in the clock's period, thicker for more alarms
 * (1, 2–4, 5 and more). Read from feature-state `alarms`, which the family's clock sync writes, so a clock
 * step only changes paint (docs/architecture.md). Replaces the markers' comparison ring, which only
 * sections have.
 */
import type { DataDrivenPropertyValueSpecification, Map as MapLibreMap } from 'maplibre-gl'
import type { LayerDefinition } from '@/domain/layers/types.ts'
import { ALARM_RING_COLOUR, ALARM_RING_LAYERS, STATION_RING_COLOUR } from '@/config/source-layers.ts'

const alarms = ['number', ['coalesce', ['feature-state', 'alarms'], 0]]
const isHidden = ['boolean', ['feature-state', 'hidden'], false]
const isSelected = ['boolean', ['feature-state', 'selected'], false]

export function drawAlarmRings(map: MapLibreMap, definition: LayerDefinition): void {
  if (!ALARM_RING_LAYERS.includes(definition.id)) return
  const layerId = `${definition.id}-circle`
  if (!map.getLayer(layerId)) return
  // Stations keep a dark outline without alarms, so they are not taken for sections (same class colours).
  const station = definition.style.kind === 'water-class'
  const width = ['case', isHidden, 0, isSelected, 3, ['step', alarms, station ? 2.5 : 1, 1, 2.5, 2, 3, 5, 4.5]]
  const colour = ['case', isSelected, '#111111', ['>', alarms, 0], ALARM_RING_COLOUR, station ? STATION_RING_COLOUR : '#ffffff']
  map.setPaintProperty(layerId, 'circle-stroke-width', width as DataDrivenPropertyValueSpecification<number>)
  map.setPaintProperty(layerId, 'circle-stroke-color', colour as DataDrivenPropertyValueSpecification<string>)
}
