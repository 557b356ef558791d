/**
 * Pure builders for a catalogue layer drawn from a PMTiles archive: the same thematic layers as a
 * GeoJSON layer (thematicLayers — so colours, hover, selection and hiding read the same feature-state)
 * with the archive's inner layer as 'source-layer', and a vector source that promotes `properties.id`
 * to the feature id so feature-state works on tiles too.
 */
import type { LayerSpecification, VectorSourceSpecification } from 'maplibre-gl'
import type { LayerDefinition, VectorTileSource } from '@/domain/layers/types.ts'
import { thematicLayers } from '../thematic-layers.ts'

export const PMTILES_SCHEME = 'pmtiles://'

/** The source URL MapLibre hands to the pmtiles protocol: the archive's absolute URL behind `pmtiles://`. */
export function pmtilesSourceUrl(url: string, baseUrl: string): string {
  return PMTILES_SCHEME + new URL(url, baseUrl).href
}

export function tileSourceSpecification(tiles: VectorTileSource, baseUrl: string): VectorSourceSpecification {
  return { type: 'vector', url: pmtilesSourceUrl(tiles.url, baseUrl), promoteId: 'id' }
}

/** The thematic layers of `definition`, each reading `definition.tiles.sourceLayer` from its source. */
export function tileLayers(definition: LayerDefinition): LayerSpecification[] {
  const sourceLayer = definition.tiles?.sourceLayer
  if (!sourceLayer) throw new Error(`layer "${definition.id}" has no tiles.sourceLayer`)
  // thematicLayers builds fill, line, circle and symbol layers, which all take a source-layer.
  // A tile layer is large by nature: class numerals only from the dense zoom (thematic-layers.ts).
  return thematicLayers(definition, { featureCount: Number.POSITIVE_INFINITY }).map((layer) => ({ ...layer, 'source-layer': sourceLayer }) as LayerSpecification)
}
