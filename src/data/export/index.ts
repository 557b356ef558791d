// Exports of imported or built-in layers: GeoJSON (WGS84) and CSV for Excel.
export { toGeoJson } from './geojson.ts'
export { csvCell, toCsv } from './csv.ts'
