/**
 * A map for the map-sync unit tests (issue 16 §2, as Maputnik's layer-watcher tests use a mock map): it has
 * the sources it is given and records every feature-state it is told, and does nothing else.
 */
import type { Map as MapLibreMap } from 'maplibre-gl'

export type FeatureStateCall = { source: string; id: string; state: Record<string, unknown> }

export function recordingMap(sources: string[]): { map: MapLibreMap; calls: FeatureStateCall[] } {
  const calls: FeatureStateCall[] = []
  const map = {
    getSource: (id: string) => (sources.includes(id) ? {} : undefined),
    setFeatureState: (target: { source: string; id: string | number }, state: Record<string, unknown>) => {
      calls.push({ source: target.source, id: String(target.id), state })
    },
  }
  return { map: map as unknown as MapLibreMap, calls }
}
