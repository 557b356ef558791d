/** Fetches and parses the app's monitoring table, naming the file in any failure. */
import { parseMonthlyCsv, type MonthlyCsv } from './monitoring/index.ts'

export const MONITORING_FILE = 'geodata/water/monthly.csv'

export async function loadMonitoringFile(baseUrl: string): Promise<MonthlyCsv> {
  let response: Response
  try {
    response = await fetch(new URL(MONITORING_FILE, baseUrl))
  } catch (error) {
    throw new Error(`${MONITORING_FILE}: cannot be read (${String(error)})`)
  }
  if (!response.ok) throw new Error(`${MONITORING_FILE}: HTTP ${response.status}`)
  const text = await response.text()
  if (/^\s*</.test(text)) throw new Error(`${MONITORING_FILE}: missing (the server returned an HTML page)`)
  return parseMonthlyCsv(text)
}
