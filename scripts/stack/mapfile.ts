/**
 * Writes the MapServer 8 mapfile and config file of the local stack from the shipped layers. Every
 * property's type is declared (`gml_<item>_type`): without it MapServer answers every number and boolean
 * as a string ("targetClass":"4", "approximate":"0" — issue #17). Tables are stored in CGCS2000
 * (EPSG:4490, GB/T 18522 / the national geodetic datum since 2008) and served in WGS84 (EPSG:4326).
 */
import { readFileSync } from 'node:fs'
import type { FeatureCollection } from 'geojson'
import { monitoringColumns, monitoringLayerBlock } from './monitoring.ts'

export interface StackLayer {
  /** The OGC API collection and the WFS feature type. */
  name: string
  /** The PostGIS table (one per shipped file). */
  table: string
  file: string
  title: string
  /**
   * Only this kind of geometry: a MapServer layer has one TYPE and silently drops the other shapes (the
   * greenways table mixes lines, areas and points — 26 rows, 12 answered as one POLYGON layer), so a
   * mixed table is served as one collection per kind. GeoServer serves a mixed table as one feature type.
   */
  only?: 'POINT' | 'LINE' | 'POLYGON'
}

const SQL_KINDS = { POINT: "'POINT','MULTIPOINT'", LINE: "'LINESTRING','MULTILINESTRING'", POLYGON: "'POLYGON','MULTIPOLYGON'" }

export const STACK_LAYERS: StackLayer[] = [
  { name: 'sections', table: 'sections', file: 'sections.geojson', title: '监测断面 Monitoring sections' },
  { name: 'plots', table: 'plots', file: 'remediation-plots.geojson', title: '修复地块 Remediation plots' },
  { name: 'parcels', table: 'parcels', file: 'soil-parcels.geojson', title: '土壤地块 Soil parcels' },
  { name: 'greenways', table: 'greenways', file: 'greenways.geojson', title: '绿道 Greenways', only: 'LINE' },
  { name: 'greenway-areas', table: 'greenways', file: 'greenways.geojson', title: '绿地 Greenway areas', only: 'POLYGON' },
  { name: 'greenway-sites', table: 'greenways', file: 'greenways.geojson', title: '立体绿化 Greenway sites', only: 'POINT' },
]

type ItemType = 'Integer' | 'Real' | 'Boolean' | 'String'

/** The declared type of each property, from the values in the file (a column mixing kinds is text). */
export function itemTypes(collection: FeatureCollection): Map<string, ItemType> {
  const types = new Map<string, ItemType>()
  for (const feature of collection.features) {
    for (const [key, value] of Object.entries(feature.properties ?? {})) {
      if (value === null || value === undefined) continue
      const kind: ItemType =
        typeof value === 'boolean' ? 'Boolean' : typeof value === 'number' ? (Number.isInteger(value) ? 'Integer' : 'Real') : 'String'
      const known = types.get(key)
      if (!known) types.set(key, kind)
      else if (known !== kind) types.set(key, known === 'Integer' && kind === 'Real' ? 'Real' : known === 'Real' && kind === 'Integer' ? 'Real' : 'String')
    }
  }
  return types
}

const quote = (text: string) => `"${text.replace(/"/g, '\\"')}"`

/**
 * MapServer's layer TYPE: a layer of points only is POINT, of lines only LINE; anything with polygons is
 * POLYGON. A mixed layer (greenways: lines, parks as polygons, a few points) keeps every shape's own type
 * in WFS/OGC API answers, which query the table rather than draw it.
 */
export function layerType(collection: FeatureCollection): 'POINT' | 'LINE' | 'POLYGON' {
  const kinds = new Set(collection.features.map((feature) => feature.geometry?.type.replace(/^Multi/, '')))
  if (kinds.size === 1 && kinds.has('Point')) return 'POINT'
  if (kinds.size === 1 && kinds.has('LineString')) return 'LINE'
  return 'POLYGON'
}

function layerBlock(layer: StackLayer, collection: FeatureCollection, connection: string): string {
  const types = itemTypes(collection)
  // Booleans leave the database as 0/1: MapServer's GeoJSON writer for WFS (OGR) reads PostgreSQL's
  // 't'/'f' as integers and turned every true into 0; declared Boolean, OGC API still answers true/false.
  const columns = [...types].map(([key, type]) => (type === 'Boolean' ? `\\"${key}\\"::int as \\"${key}\\"` : `\\"${key}\\"`)).join(', ')
  const declared = [...types].map(([key, type]) => `      "gml_${key}_type" ${quote(type)}`).join('\n')
  return `  LAYER
    NAME ${quote(layer.name)}
    TYPE ${layer.only ?? layerType(collection)}
    STATUS ON
    CONNECTIONTYPE POSTGIS
    CONNECTION ${quote(connection)}
    DATA "geom from (select fid, geom, ${columns} from ${layer.table}${layer.only ? ` where GeometryType(geom) in (${SQL_KINDS[layer.only]})` : ''}) as t using unique fid using srid=4490"
    PROJECTION
      "init=epsg:4490"
    END
    TEMPLATE "ttt"
    METADATA
      "oga_title" ${quote(layer.title)}
      "wfs_title" ${quote(layer.title)}
      "wfs_srs" "EPSG:4326 EPSG:4490"
      "gml_include_items" "all"
      "gml_exclude_items" "fid"
      "gml_featureid" "id"
      "wfs_enable_request" "*"
      "oga_enable_request" "*"
      "wfs_getfeature_formatlist" "geojson"
${declared}
    END
  END`
}

export function mapfileText(layersFolder: string, connection: string, monitoringCsv: string): string {
  const blocks = STACK_LAYERS.map((layer) => {
    const collection = JSON.parse(readFileSync(`${layersFolder}/${layer.file}`, 'utf8')) as FeatureCollection
    return layerBlock(layer, collection, connection)
  })
  blocks.push(monitoringLayerBlock(connection, monitoringColumns(monitoringCsv)))
  return `MAP
  NAME "shuitian"
  EXTENT 120.8 30.6 122.2 31.9
  PROJECTION
    "init=epsg:4326"
  END
  WEB
    METADATA
      "oga_title" "Shuitian local stack"
      # Root-relative: the links (self, next) stay on whatever origin serves /shuitian/ogcapi — the
      # reverse proxy that puts the stack under the app's origin (the app's CSP allows only 'self').
      "oga_onlineresource" "/shuitian/ogcapi"
      "wfs_title" "Shuitian local stack"
      "wfs_srs" "EPSG:4326"
      "wfs_enable_request" "*"
      "oga_enable_request" "*"
      "wfs_getfeature_formatlist" "geojson"
      "wfs_encoding" "UTF-8"
      "ows_encoding" "UTF-8"
    END
  END
  OUTPUTFORMAT
    NAME "geojson"
    DRIVER "OGR/GEOJSON"
    MIMETYPE "application/json"
    FORMATOPTION "STORAGE=stream"
    FORMATOPTION "FORM=SIMPLE"
    FORMATOPTION "LCO:RFC7946=YES"
  END
${blocks.join('\n')}
END
`
}

/** MapServer 8's config file: the map is reached by its key ("shuitian") rather than by a path. */
export function configText(mapfile: string): string {
  return `CONFIG
  ENV
    MS_MAP_NO_PATH "1"
    OGCAPI_HTML_TEMPLATE_DIRECTORY "/usr/share/mapserver/ogcapi/templates/html-plain/"
  END
  MAPS
    "shuitian" ${quote(mapfile)}
  END
END
`
}
