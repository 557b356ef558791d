/**
 * The offline district basemap as a MapLibre style: every source is a GeoJSON file of this app's own
 * origin (geodata/basemap/, built by scripts/geodata), and the style has no `glyphs` or `sprite` URL, so
 * MapLibre 6 draws every label with the device's fonts. Result: the default map makes no request
 * outside the app's origin.
 */
import type { StyleSpecification } from 'maplibre-gl'

export const BASEMAP_ATTRIBUTIONS = {
  chongqin: 'Outline, towns, rivers: <a href="https://github.com/tianyaxwq/chongqin">tianyaxwq/chongqin</a> (Apache-2.0)',
  osm: 'Sea: © <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors (ODbL 1.0)',
  datav: 'Neighbouring districts: DataV.GeoAtlas (licence unknown, placeholder)',
} as const

const LABEL_COLOUR = '#4a4a4a'
const HALO = '#ffffff'

export function buildBasemapStyle(baseUrl: string): StyleSpecification {
  const file = (name: string) => new URL(`geodata/basemap/${name}.geojson`, baseUrl).href
  return {
    version: 8,
    name: 'Shuitian offline district basemap',
    sources: {
      neighbours: { type: 'geojson', data: file('neighbours'), attribution: BASEMAP_ATTRIBUTIONS.datav },
      sea: { type: 'geojson', data: file('sea'), attribution: BASEMAP_ATTRIBUTIONS.osm },
      land: { type: 'geojson', data: file('land'), attribution: BASEMAP_ATTRIBUTIONS.chongqin },
      towns: { type: 'geojson', data: file('towns') },
      'town-labels': { type: 'geojson', data: file('town-labels') },
      rivers: { type: 'geojson', data: file('rivers') },
      'river-labels': { type: 'geojson', data: file('river-labels') },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#eef1f3' } },
      { id: 'neighbours-fill', type: 'fill', source: 'neighbours', paint: { 'fill-color': '#e2e2e2' } },
      { id: 'neighbours-line', type: 'line', source: 'neighbours', paint: { 'line-color': '#c4c4c4', 'line-width': 1 } },
      { id: 'sea-fill', type: 'fill', source: 'sea', paint: { 'fill-color': '#bcd8ea' } },
      { id: 'land-fill', type: 'fill', source: 'land', paint: { 'fill-color': '#faf8f2' } },
      {
        id: 'towns-line',
        type: 'line',
        source: 'towns',
        paint: { 'line-color': '#b9ad96', 'line-width': 1, 'line-dasharray': [3, 2] },
      },
      { id: 'rivers-fill', type: 'fill', source: 'rivers', paint: { 'fill-color': '#8ec5e6' } },
      { id: 'land-line', type: 'line', source: 'land', paint: { 'line-color': '#8d8577', 'line-width': 1.5 } },
      {
        id: 'town-labels',
        type: 'symbol',
        source: 'town-labels',
        layout: { 'text-field': ['get', 'name'], 'text-size': 13, 'text-allow-overlap': false },
        paint: { 'text-color': LABEL_COLOUR, 'text-halo-color': HALO, 'text-halo-width': 1.5 },
      },
      {
        id: 'river-labels',
        type: 'symbol',
        source: 'river-labels',
        layout: { 'text-field': ['get', 'name'], 'text-size': 12 },
        paint: { 'text-color': '#2f6f98', 'text-halo-color': HALO, 'text-halo-width': 1.5 },
      },
    ],
  }
}

/** Basemap layer ids, in order; thematic layers are inserted below the labels. */
export const FIRST_LABEL_LAYER = 'town-labels'
