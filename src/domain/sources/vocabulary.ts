/**
 * Words of the pollution-source family, in both UI languages: industries, online-monitoring status,
 * alarm indicators and their units. The generator (scripts/geodata/sources) writes these codes.
 */
import type { LocalizedText } from '@/domain/layers/types.ts'

const text = (zh: string, en: string): LocalizedText => ({ zh, en })

export const INDUSTRIES: Readonly<Record<string, LocalizedText>> = {
  chemicals: text('化学原料和化学制品制造', 'Chemicals'),
  pharmaceuticals: text('医药制造', 'Pharmaceuticals'),
  food: text('食品制造', 'Food processing'),
  textiles: text('纺织印染', 'Textile dyeing'),
  'metal-finishing': text('金属表面处理', 'Metal finishing'),
  electronics: text('电子器件制造', 'Electronics'),
  'sewage-treatment': text('污水处理', 'Sewage treatment'),
  plastics: text('橡胶和塑料制品', 'Rubber and plastics'),
  printing: text('印刷和包装', 'Printing and packaging'),
  coatings: text('涂料和油墨', 'Coatings and inks'),
}

/** Online-monitoring status of an enterprise (as of the series' last month). */
export const MONITORING_STATUSES: Readonly<Record<string, LocalizedText>> = {
  online: text('联网正常', 'Online'),
  offline: text('设备离线', 'Offline'),
  stopped: text('停产', 'Not producing'),
}

/** Alarm indicators: the enterprises' discharge items, PM10 at dust points, the stations' GB 3838 items. */
export const ALARM_INDICATORS: Readonly<Record<string, LocalizedText>> = {
  COD: text('化学需氧量', 'COD'),
  NH3N: text('氨氮', 'Ammonia nitrogen'),
  TP: text('总磷', 'Total phosphorus'),
  CODMn: text('高锰酸盐指数', 'Permanganate index'),
  DO: text('溶解氧', 'Dissolved oxygen'),
  SO2: text('二氧化硫', 'SO₂'),
  NOx: text('氮氧化物', 'NOx'),
  PM: text('颗粒物', 'Particulates'),
  NMHC: text('非甲烷总烃', 'Non-methane hydrocarbons'),
  PM10: text('PM10', 'PM10'),
}

/** The automatic-station items without a GB 3838 class, with their units (the classed ones use INDICATOR_INFO). */
export const STATION_EXTRA_ITEMS: Readonly<Record<'EC' | 'TURB' | 'WT', { name: LocalizedText; unit: string }>> = {
  EC: { name: text('电导率', 'Conductivity'), unit: 'µS/cm' },
  TURB: { name: text('浊度', 'Turbidity'), unit: 'NTU' },
  WT: { name: text('水温', 'Water temperature'), unit: '°C' },
}

export function wordOf(vocabulary: Readonly<Record<string, LocalizedText>>, code: string, locale: 'zh' | 'en'): string {
  return vocabulary[code]?.[locale] ?? code
}
