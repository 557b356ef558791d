// GeoJSON export: RFC 7946 text in WGS84 (the app only ever holds WGS84), without the legacy "crs"
// member, coordinates rounded to 7 decimals (~1 cm) to keep files small.
import type { Feature, FeatureCollection } from 'geojson'

const decimals = 1e7

function round(value: unknown): unknown {
  if (typeof value === 'number') return Math.round(value * decimals) / decimals
  return Array.isArray(value) ? value.map(round) : value
}

export function toGeoJson(input: FeatureCollection | Feature[]): string {
  const features = Array.isArray(input) ? input : input.features
  const collection = {
    type: 'FeatureCollection',
    features: features.map((feature) => ({
      type: 'Feature',
      ...(feature.id !== undefined ? { id: feature.id } : {}),
      properties: feature.properties ?? {},
      geometry: feature.geometry && 'coordinates' in feature.geometry ? { ...feature.geometry, coordinates: round(feature.geometry.coordinates) } : feature.geometry,
    })),
  }
  return JSON.stringify(collection)
}
