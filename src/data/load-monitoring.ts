/** Fetches and parses the app's monitoring table, naming the file in any failure (fetchText). */
import { parseMonthlyCsv, type MonthlyCsv } from './monitoring/index.ts'
import { fetchText } from './fetch-file.ts'
import type { MonitoringRecord } from '@/domain/water-quality/index.ts'

export const MONITORING_FILE = 'geodata/water/monthly.csv'

/** With `onRecord`, records are handed over as they are read and not kept (see parseMonthlyCsv). */
export async function loadMonitoringFile(baseUrl: string, onRecord?: (record: MonitoringRecord) => void): Promise<MonthlyCsv> {
  return parseMonthlyCsv(await fetchText(MONITORING_FILE, baseUrl), onRecord)
}
