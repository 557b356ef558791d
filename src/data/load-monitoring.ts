/** Fetches and parses the app's monitoring table, naming the file in any failure (fetchText). */
import { parseMonthlyCsv, type MonthlyCsv } from './monitoring/index.ts'
import { fetchText } from './fetch-file.ts'

export const MONITORING_FILE = 'geodata/water/monthly.csv'

export async function loadMonitoringFile(baseUrl: string): Promise<MonthlyCsv> {
  return parseMonthlyCsv(await fetchText(MONITORING_FILE, baseUrl))
}

// The row checks, for the monitoring service's reader (monitoring/service-rows.ts): it reaches them through
// this chunk rather than importing them itself, so that they stay one chunk with the CSV reader, which
// loads before the first map (a shared chunk split off would cost the first load, issue 15 §1).
export { readTableRows, cellText } from './monitoring/table-records.ts'
export { recogniseHeader, problem } from './monitoring/index.ts'
