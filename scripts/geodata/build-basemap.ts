/**
 * Step A: the offline district basemap (geodata/basemap/), all WGS84 (EPSG:4326).
 * Sources and licences: /work/shared/geodata-sources/SOURCES.md and geodata/README.md.
 */
import * as turf from '@turf/turf'
import type { Feature, MultiPolygon, Polygon } from 'geojson'
import { readFeatureCollection, writeFeatureCollection, writeJson, roundGeometry } from './io.ts'
import { basemapPath, sourcePath } from './paths.ts'
import { TOWN_NAMES, RIVER_NAMES, type PlaceName } from './names.ts'
import { labelPoint, pointsAlongRiver } from './places.ts'

type Area = Feature<Polygon | MultiPolygon>

/** Around the district with a margin, so the bay and the estuary fill the view at low zoom. */
export const SEA_BOUNDING_BOX: [number, number, number, number] = [121.1, 30.55, 122.1, 31.15]

function renamed(feature: Area, names: Record<string, PlaceName>): Area {
  const sourceName = String(feature.properties?.name)
  const name = names[sourceName]
  if (!name) throw new Error(`no current name for ${sourceName}`)
  return { type: 'Feature', properties: { ...name }, geometry: roundGeometry(feature.geometry) }
}

export function buildLand(): Area {
  const [outline] = readFeatureCollection<Polygon>(sourcePath('chongqin/fengxian_outline.wgs84.geojson')).features
  if (!outline) throw new Error('empty outline')
  // The source labels its single outline feature "南桥镇"; it is the whole district.
  return {
    type: 'Feature',
    properties: { id: 'fengxian', name: '奉贤区', name_en: 'Fengxian District', adcode: 310120 },
    geometry: roundGeometry(outline.geometry),
  }
}

export function buildTowns(): Area[] {
  const source = readFeatureCollection<Polygon>(sourcePath('chongqin/fengxian_towns.wgs84.geojson'))
  return source.features.map((feature) => renamed(feature, TOWN_NAMES))
}

export function buildRivers(): Feature<Polygon>[] {
  const source = readFeatureCollection<Polygon>(sourcePath('chongqin/fengxian_main_waters.wgs84.geojson'))
  return source.features.map((feature) => renamed(feature, RIVER_NAMES) as Feature<Polygon>)
}

function buildSea(): Area {
  const [sea] = readFeatureCollection<MultiPolygon>(sourcePath('osm-sea/sea_shanghai_region.wgs84.geojson')).features
  if (!sea) throw new Error('empty sea')
  const clipped = turf.intersect(turf.featureCollection<Polygon | MultiPolygon>([sea, turf.bboxPolygon(SEA_BOUNDING_BOX)]))
  if (!clipped) throw new Error('sea does not reach the bounding box')
  return { type: 'Feature', properties: { id: 'sea', name: '杭州湾', name_en: 'Hangzhou Bay and East China Sea' }, geometry: clipped.geometry }
}

function buildNeighbours(): Area[] {
  const districts = readFeatureCollection<MultiPolygon>(sourcePath('datav-admin/shanghai_districts.wgs84.geojson'))
  return districts.features
    .filter((district) => district.properties?.name !== '奉贤区')
    .map((district) => ({
      type: 'Feature',
      properties: { name: String(district.properties?.name), adcode: Number(district.properties?.adcode) },
      geometry: district.geometry,
    }))
}

const SOURCES = [
  {
    id: 'chongqin',
    name: 'tianyaxwq/chongqin static/data (fengxq.json, fengxqz.json, fengxsx.json), commit efec4fa',
    licence: 'Apache-2.0',
    attribution: 'Fengxian outline, towns, rivers: tianyaxwq/chongqin (Apache-2.0)',
    files: ['land.geojson', 'towns.geojson', 'town-labels.geojson', 'rivers.geojson', 'river-labels.geojson'],
  },
  {
    id: 'osm-sea',
    name: 'OpenStreetMap sea polygons via npm @geo-maps/earth-seas-1m@0.6.0',
    licence: 'ODbL-1.0',
    attribution: 'Sea: © OpenStreetMap contributors (ODbL 1.0)',
    files: ['sea.geojson'],
  },
  {
    id: 'datav',
    name: 'DataV.GeoAtlas Shanghai districts via liuweiyibai/china-json (GCJ-02 converted to WGS84)',
    licence: 'unknown (no data licence stated; placeholder until bureau-supplied boundaries)',
    attribution: 'Neighbouring districts: DataV.GeoAtlas (licence unknown, placeholder)',
    files: ['neighbours.geojson'],
  },
]

export function buildBasemap(): void {
  writeFeatureCollection(basemapPath('land.geojson'), [buildLand()])
  const towns = buildTowns()
  writeFeatureCollection(basemapPath('towns.geojson'), towns)
  writeFeatureCollection(
    basemapPath('town-labels.geojson'),
    towns.map((town) => turf.point(labelPoint(town), town.properties)),
  )
  const rivers = buildRivers()
  writeFeatureCollection(basemapPath('rivers.geojson'), rivers)
  writeFeatureCollection(
    basemapPath('river-labels.geojson'),
    rivers.map((river) => turf.point(pointsAlongRiver(river, [0.5])[0]!, river.properties)),
  )
  writeFeatureCollection(basemapPath('sea.geojson'), [buildSea()])
  writeFeatureCollection(basemapPath('neighbours.geojson'), buildNeighbours())
  writeJson(basemapPath('sources.json'), SOURCES)
}
