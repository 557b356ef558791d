/**
 * Catalogue entries of the fifth family, 污染源与在线监控 (issue 16 §3). Not in layer-catalogue.ts: this
 * module is imported only by the family's loader, which runs after the first coloured map (map/sources),
 * so none of it weighs on the first load (issue 15 §1, issue 16 §4). Every mark has a legend entry: the
 * categories below in the layer panel, and the rings (alarms, stations) in the alarm list over the map
 * (components/sources/AlarmList.vue), which shows whenever one of these layers does.
 */
import type { CategoryEntry, LayerDefinition, LocalizedText } from '@/domain/layers/types.ts'
import { SOURCE_LAYER_IDS } from '@/domain/families/sources/module.ts'

const label = (zh: string, en: string): LocalizedText => ({ zh, en })
const entry = (value: string, colour: string, zh: string, en: string): CategoryEntry => ({ value, colour, label: label(zh, en) })

/** Red ring round a source with alarms in the clock's period: thicker for more alarms. */
export const ALARM_RING_COLOUR = '#d50000'
/** The layers whose markers carry the alarm ring (their sources raise alarms). */
export const ALARM_RING_LAYERS: readonly string[] = [SOURCE_LAYER_IDS.stations, SOURCE_LAYER_IDS.enterprises, SOURCE_LAYER_IDS.dust]

/** Dark outline of a station without alarms: the stations share the sections' class colours. */
export const STATION_RING_COLOUR = '#263238'

/** PM10 bands of a dust point's period mean (µg/m³; sample bands, not a standard). */
export const PM10_BANDS = [
  { value: 'low', upTo: 50 },
  { value: 'mid', upTo: 80 },
  { value: 'high', upTo: Infinity },
] as const

export const SOURCE_LAYERS: readonly LayerDefinition[] = [
  {
    id: SOURCE_LAYER_IDS.stations,
    family: 'sources',
    name: label('地表水自动站', 'Automatic water stations'),
    geometry: 'point',
    source: 'geodata/sources/stations.geojson',
    // The month's (quarter's, year's) class of the period's mean concentrations, as the sections.
    style: { kind: 'water-class' },
    pointRadius: 8,
    visibleByDefault: false,
    sample: true,
    cardFields: [
      { key: 'river', label: label('河道', 'River'), format: 'river' },
      { key: 'town', label: label('街镇', 'Town'), format: 'town' },
    ],
  },
  {
    id: SOURCE_LAYER_IDS.enterprises,
    family: 'sources',
    name: label('在线监控企业', 'Enterprises under online monitoring'),
    geometry: 'point',
    source: 'geodata/sources/enterprises.geojson',
    style: {
      kind: 'categorical',
      property: 'kind',
      entries: [
        entry('wastewater', '#1565c0', '废水', 'Wastewater'),
        entry('gas', '#8e24aa', '废气', 'Waste gas'),
        entry('both', '#00838f', '废水和废气', 'Wastewater and waste gas'),
      ],
      fallbackColour: '#9e9e9e',
    },
    pointRadius: 5,
    visibleByDefault: false,
    sample: true,
    cardFields: [{ key: 'town', label: label('街镇', 'Town'), format: 'town' }],
  },
  {
    id: SOURCE_LAYER_IDS.outlets,
    family: 'sources',
    name: label('废水排口及入河连线', 'Wastewater outlets and links to the river'),
    geometry: 'mixed',
    source: 'geodata/sources/outlets.geojson',
    style: {
      kind: 'categorical',
      property: 'kind',
      entries: [entry('outlet', '#e65100', '排口', 'Outlet'), entry('link', '#ff8a65', '排口至河道连线', 'Outlet to river')],
      fallbackColour: '#9e9e9e',
    },
    pointRadius: 4,
    visibleByDefault: false,
    sample: true,
    cardFields: [
      { key: 'river', label: label('受纳河道', 'Receiving river'), format: 'river' },
      { key: 'length_m', label: label('至河道距离（米）', 'To the river (m)'), format: 'number' },
      { key: 'town', label: label('街镇', 'Town'), format: 'town' },
    ],
  },
  {
    id: SOURCE_LAYER_IDS.dust,
    family: 'sources',
    name: label('工地扬尘监测点', 'Construction dust monitors'),
    geometry: 'point',
    source: 'geodata/sources/dust-points.geojson',
    // The band of the period's PM10 mean, written by the family's clock sync; closed sites are faint.
    style: {
      kind: 'categorical',
      property: 'band',
      stateProperty: 'stage',
      entries: [
        entry('low', '#9ccc65', 'PM10 < 50 µg/m³', 'PM10 < 50 µg/m³'),
        entry('mid', '#ffb300', 'PM10 50–80 µg/m³', 'PM10 50–80 µg/m³'),
        entry('high', '#6d4c41', 'PM10 ≥ 80 µg/m³', 'PM10 ≥ 80 µg/m³'),
        entry('closed', '#cfd8dc', '时段内未施工', 'No works in the period'),
      ],
      fallbackColour: '#cfd8dc',
    },
    pointRadius: 3.5,
    visibleByDefault: false,
    sample: true,
    cardFields: [
      { key: 'start', label: label('开工', 'Works start'), format: 'month' },
      { key: 'end', label: label('完工', 'Works end'), format: 'month' },
      { key: 'town', label: label('街镇', 'Town'), format: 'town' },
    ],
  },
]
