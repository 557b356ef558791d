/**
 * Turns an import result into an app layer: string feature ids (the map promotes `properties.id`, cards
 * and selection look features up by it), the geometry kind, and card fields for every property.
 */
import type { Feature, FeatureCollection } from 'geojson'
import type { CardField, GeometryKind, LayerDefinition, LayerStyle } from '@/domain/layers/types.ts'
import { STYLE_PROPERTY_KEYS } from '@/data/import/feature-style.ts'
import { coordinateLabel, isCoordinateColumn, nameColumnOf } from './card-title.ts'

/** Colour of a layer under preview (a committed layer takes the next free palette colour, layer-style.ts). */
export const PREVIEW_COLOUR = '#d81b60'

/**
 * Copies the features with a unique string `properties.id` (and `id`): a missing, empty or repeated id
 * becomes `imp-<n>` (n = position in the file, 1-based), so every feature can be selected on its own.
 */
export function withFeatureIds(collection: FeatureCollection): FeatureCollection {
  const seen = new Set<string>()
  const features = collection.features.map((feature, index): Feature => {
    const given = feature.properties?.id ?? feature.id
    let id = given === undefined || given === null ? '' : String(given).trim()
    if (id === '' || seen.has(id)) id = `imp-${index + 1}`
    while (seen.has(id)) id = `${id}-${index + 1}`
    seen.add(id)
    return { ...feature, id, properties: { ...(feature.properties ?? {}), id } }
  })
  return { type: 'FeatureCollection', features }
}

const KIND_OF: Record<string, GeometryKind> = {
  Point: 'point',
  MultiPoint: 'point',
  LineString: 'line',
  MultiLineString: 'line',
  Polygon: 'polygon',
  MultiPolygon: 'polygon',
}

export function geometryKindOf(collection: FeatureCollection): GeometryKind {
  const kinds = new Set(collection.features.map((feature) => KIND_OF[feature.geometry?.type ?? ''] ?? 'mixed'))
  return kinds.size === 1 ? [...kinds][0]! : 'mixed'
}

/** Every property key found on any feature, in first-seen order. */
export function propertyKeys(collection: FeatureCollection): string[] {
  const keys = new Set<string>()
  for (const feature of collection.features) for (const key of Object.keys(feature.properties ?? {})) keys.add(key)
  return [...keys]
}

/** Properties a planner reads: every property but the id (the card's own) and the file's styling. */
export function dataKeys(collection: FeatureCollection): string[] {
  return propertyKeys(collection).filter((key) => key !== 'id' && !STYLE_PROPERTY_KEYS.has(key))
}

/**
 * One text field per data property. Coordinate columns copied from the file say their system (`crs`,
 * the import's source system), since they are not the WGS84 the map draws.
 */
export function cardFieldsOf(collection: FeatureCollection, crs?: string): CardField[] {
  return dataKeys(collection).map((key) => ({
    key,
    label: crs && isCoordinateColumn(key) ? coordinateLabel(key, crs) : { zh: key, en: key },
    format: 'text',
  }))
}

export function importedDefinition(id: string, name: string, collection: FeatureCollection, style: LayerStyle, options: { crs?: string } = {}): LayerDefinition {
  const titleKey = nameColumnOf(collection, dataKeys(collection))
  return {
    id,
    family: 'imported',
    name: { zh: name, en: name },
    geometry: geometryKindOf(collection),
    source: '',
    style,
    cardFields: cardFieldsOf(collection, options.crs),
    visibleByDefault: true,
    // A planner's own file: not generated sample data (the file may itself say so in a column).
    sample: false,
    // The file's own colours are honoured where it has them (checked in data/import/feature-style.ts).
    fileStyle: true,
    ...(titleKey ? { titleKey } : {}),
  }
}
