/**
 * The district's town boundaries (geodata/basemap/towns.geojson, the basemap file) for "what lies in this
 * town?". Loaded once and shared; a failure is returned as a message, never thrown.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson'
import { fetchJson } from '@/data/fetch-file.ts'

export interface TownArea {
  id: string
  name: string
  nameEn: string
  feature: Feature<Polygon | MultiPolygon>
}

let pending: Promise<TownArea[]> | null = null

async function fetchTowns(baseUrl: string): Promise<TownArea[]> {
  const collection = await fetchJson<FeatureCollection>('geodata/basemap/towns.geojson', baseUrl)
  return collection.features
    .filter((feature): feature is Feature<Polygon | MultiPolygon> => feature.geometry?.type === 'Polygon' || feature.geometry?.type === 'MultiPolygon')
    .map((feature) => ({
      id: String(feature.properties?.id ?? ''),
      name: String(feature.properties?.name ?? ''),
      nameEn: String(feature.properties?.name_en ?? feature.properties?.name ?? ''),
      feature,
    }))
}

export function loadTowns(baseUrl: string): Promise<TownArea[]> {
  pending ??= fetchTowns(baseUrl).catch((error: unknown) => {
    pending = null
    throw error
  })
  return pending
}
