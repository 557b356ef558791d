/** Fetches and parses the app's monitoring table, naming the file in any failure (fetchText). */
import { parseMonthlyCsv, type MonthlyCsv } from './monitoring/index.ts'
import { fetchText } from './fetch-file.ts'

export const MONITORING_FILE = 'geodata/water/monthly.csv'

export async function loadMonitoringFile(baseUrl: string): Promise<MonthlyCsv> {
  return parseMonthlyCsv(await fetchText(MONITORING_FILE, baseUrl))
}
