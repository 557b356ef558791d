import type { Feature, Geometry } from 'geojson'

/** A feature offered to a spatial question, with the layer it comes from. */
export interface LayerFeature {
  layerId: string
  feature: Feature<Geometry | null>
}
