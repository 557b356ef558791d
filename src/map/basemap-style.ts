/**
 * The offline district basemap as a MapLibre style: every source is a GeoJSON file of this app's own
 * origin (geodata/basemap/, built by scripts/geodata), and the style has no `glyphs` or `sprite` URL, so
 * MapLibre 6 draws every label with the device's fonts. Result: the default map makes no request
 * outside the app's origin.
 */
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl'
import type { Locale } from '@/domain/layers/types.ts'

const LABEL_COLOUR = '#4a4a4a'
const HALO = '#ffffff'

/** The basemap's label layers; their text follows the UI language. */
export const LABEL_LAYERS = ['river-labels', 'town-labels'] as const

/**
 * A label's text in the UI language: the feature's `name_en` in English (its Chinese `name` when it has
 * none), its `name` in Chinese. Switching only sets this layout property; the data is never re-uploaded.
 */
export function labelText(locale: Locale): ExpressionSpecification {
  return locale === 'en' ? ['coalesce', ['get', 'name_en'], ['get', 'name']] : ['get', 'name']
}

export function buildBasemapStyle(baseUrl: string, locale: Locale = 'zh'): StyleSpecification {
  const file = (name: string) => new URL(`geodata/basemap/${name}.geojson`, baseUrl).href
  return {
    version: 8,
    name: 'Shuitian offline district basemap',
    sources: {
      // Their credits are written by the attribution control in the UI language (attribution.ts), not here.
      neighbours: { type: 'geojson', data: file('neighbours') },
      sea: { type: 'geojson', data: file('sea') },
      land: { type: 'geojson', data: file('land') },
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
      // Symbols of a higher layer are placed first: the river names go below the town names, so a town
      // label is never dropped for a river label that collides with it (南桥镇 under 浦南运河 at district zoom).
      {
        id: 'river-labels',
        type: 'symbol',
        source: 'river-labels',
        layout: { 'text-field': labelText(locale), 'text-size': 12 },
        paint: { 'text-color': '#2f6f98', 'text-halo-color': HALO, 'text-halo-width': 1.5 },
      },
      {
        id: 'town-labels',
        type: 'symbol',
        source: 'town-labels',
        layout: { 'text-field': labelText(locale), 'text-size': 13, 'text-allow-overlap': false },
        paint: { 'text-color': LABEL_COLOUR, 'text-halo-color': HALO, 'text-halo-width': 1.5 },
      },
    ],
  }
}

/** Basemap layer ids, in order; thematic layers are inserted below the labels. */
export const FIRST_LABEL_LAYER = LABEL_LAYERS[0]
