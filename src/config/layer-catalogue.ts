/**
 * The layer catalogue: every thematic layer the app shows, described as data (see domain/layers/types.ts).
 * The map room builds MapLibre layers from these entries, the layer panel lists them, and the card shows
 * `cardFields`. Adding a layer = adding an entry here and a GeoJSON file under geodata/layers/; what the app
 * does with it beyond its style comes from its family's module (src/domain/families, docs/architecture.md).
 */
import type { CategoryEntry, LayerDefinition, LocalizedText } from '@/domain/layers/types.ts'
import { GREEN_KINDS } from '@/domain/families/green/module.ts'
import { SOIL_VERDICTS, SOIL_VERDICT_NAMES } from '@/domain/soil/index.ts'
import { UNSAMPLED } from '@/domain/families/soil/module.ts'

/** Soil verdict colours: clean green, above screening orange, above intervention dark red (project convention). */
const SOIL_VERDICT_COLOURS = { below: '#7cb342', screening: '#f57c00', intervention: '#b71c1c' } as const
import { REMEDIATION_STAGE_ENTRIES } from './remediation-stage-entries.ts'

const label = (zh: string, en: string): LocalizedText => ({ zh, en })

function entriesOf(vocabulary: Record<string, LocalizedText>, colours: Record<string, string>): CategoryEntry[] {
  return Object.entries(vocabulary).map(([value, text]) => ({ value, label: text, colour: colours[value] ?? '#888888' }))
}

export const LAYER_CATALOGUE: readonly LayerDefinition[] = [
  {
    id: 'sections',
    family: 'water',
    name: label('地表水监测断面', 'Monitoring sections'),
    geometry: 'point',
    source: 'geodata/layers/sections.geojson',
    style: { kind: 'water-class' },
    pointRadius: 7,
    visibleByDefault: true,
    sample: true,
    cardFields: [
      { key: 'river', label: label('河道', 'River'), format: 'river' },
      { key: 'town', label: label('街镇', 'Town'), format: 'town' },
      { key: 'level', label: label('断面级别', 'Level'), format: 'level' },
      { key: 'approximate', label: label('位置为示意', 'Approximate position'), format: 'boolean' },
    ],
  },
  {
    id: 'remediation-plots',
    family: 'land',
    name: label('污染地块', 'Contaminated plots'),
    geometry: 'polygon',
    source: 'geodata/layers/remediation-plots.geojson',
    style: { kind: 'categorical', property: 'stage', stateProperty: 'stage', entries: REMEDIATION_STAGE_ENTRIES, fallbackColour: '#9e9e9e' },
    visibleByDefault: true,
    sample: true,
    cardFields: [
      { key: 'stage', label: label('所处阶段', 'Stage'), format: 'stage' },
      { key: 'landUse', label: label('规划用途', 'Planned land use'), format: 'text' },
      { key: 'area_m2', label: label('面积', 'Area'), format: 'area' },
      { key: 'responsibleParty', label: label('责任主体', 'Responsible party'), format: 'text' },
      { key: 'town', label: label('街镇', 'Town'), format: 'town' },
    ],
  },
  {
    id: 'soil-parcels',
    family: 'soil',
    name: label('土壤调查地块', 'Soil-survey parcels'),
    geometry: 'polygon',
    source: 'geodata/layers/soil-parcels.geojson',
    // Coloured by the GB 36600-2018 verdict of the parcel's samples (derived on load, see derived-properties.ts).
    style: {
      kind: 'categorical',
      property: 'verdict',
      entries: [
        ...SOIL_VERDICTS.map((verdict) => ({ value: verdict, label: SOIL_VERDICT_NAMES[verdict], colour: SOIL_VERDICT_COLOURS[verdict] })),
        { value: UNSAMPLED, label: label('未采样', 'Not sampled'), colour: '#a1887f' },
      ],
      fallbackColour: '#9e9e9e',
    },
    visibleByDefault: true,
    sample: true,
    cardFields: [
      { key: 'kind', label: label('类型', 'Kind'), format: 'kind' },
      { key: 'year', label: label('年度', 'Year'), format: 'text' },
      { key: 'status', label: label('状态', 'Status'), format: 'status' },
      { key: 'surveyed', label: label('完成调查', 'Surveyed'), format: 'month' },
      { key: 'area_m2', label: label('面积', 'Area'), format: 'area' },
      { key: 'town', label: label('街镇', 'Town'), format: 'town' },
    ],
  },
  {
    id: 'greenways',
    family: 'green',
    name: label('绿道与绿地', 'Greenways and green space'),
    geometry: 'mixed',
    source: 'geodata/layers/greenways.geojson',
    style: {
      kind: 'categorical',
      property: 'kind',
      entries: entriesOf(GREEN_KINDS, {
        greenway: '#2e7d32',
        corridor: '#66bb6a',
        park: '#9ccc65',
        'vertical-greening': '#33691e',
      }),
      fallbackColour: '#9e9e9e',
    },
    visibleByDefault: true,
    sample: true,
    cardFields: [
      { key: 'kind', label: label('类型', 'Kind'), format: 'kind' },
      { key: 'status', label: label('状态', 'Status'), format: 'status' },
      { key: 'year', label: label('完成年度', 'Completion year'), format: 'text' },
      { key: 'length_km', label: label('长度', 'Length'), format: 'length' },
      { key: 'area_m2', label: label('面积', 'Area'), format: 'area' },
      { key: 'start', label: label('开工', 'Start'), format: 'month' },
      { key: 'end', label: label('竣工', 'Completion'), format: 'month' },
      { key: 'town', label: label('街镇', 'Town'), format: 'town' },
    ],
  },
]

export function layerDefinition(id: string): LayerDefinition | undefined {
  return LAYER_CATALOGUE.find((definition) => definition.id === id)
}
