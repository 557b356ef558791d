/**
 * Legend swatches for a layer drawn with its file's own colours (LayerDefinition.fileStyle): the colours
 * its features carry, as the map draws them — the fill where it is visible, else the outline or line,
 * else the marker — so the legend does not show only the layer colour while the map shows the file's.
 */
import type { FeatureCollection } from 'geojson'
import { FEATURE_STYLE } from '@/data/import/feature-style.ts'

/** At most this many file colours are listed; a file with more is summarised by its first ones. */
export const MAX_FILE_COLOURS = 6

export function fileStyleColours(collection: FeatureCollection | undefined): string[] {
  const colours = new Set<string>()
  for (const feature of collection?.features ?? []) {
    const properties = feature.properties ?? {}
    const fillShown = typeof properties[FEATURE_STYLE.fill] === 'string' && properties[FEATURE_STYLE.fillOpacity] !== 0
    const colour = fillShown ? properties[FEATURE_STYLE.fill] : (properties[FEATURE_STYLE.stroke] ?? properties[FEATURE_STYLE.marker])
    if (typeof colour === 'string') colours.add(colour)
    if (colours.size >= MAX_FILE_COLOURS) break
  }
  return [...colours]
}
