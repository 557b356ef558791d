/** Fetches and parses the app's monitoring table, naming the file in any failure (fetchText). */
import type { MonthlyCsv } from './monitoring/monthly-csv.ts'
import { readPlainMonthlyCsv } from './monitoring/plain-monthly.ts'
import { fetchText } from './fetch-file.ts'
import { waterSeriesBuilder, type WaterSeries } from './water-series.ts'

export const MONITORING_FILE = 'geodata/water/monthly.csv'

/**
 * Reads the table straight into the water series of `sectionIds`: the plain reader when the table is
 * plain (no problems to report by construction), else the general one with its problems. The general
 * reader (header words, date forms, problem texts) is loaded only then: the shipped table is plain, so
 * it stays out of what the page loads before the first map (issue 15 §1).
 */
export async function loadMonitoringSeries(baseUrl: string, sectionIds: readonly string[]): Promise<{ series: WaterSeries | null; problems: MonthlyCsv['problems'] }> {
  const text = (await fetchText(MONITORING_FILE, baseUrl)).replace(/^\uFEFF/, '')
  const plain = waterSeriesBuilder(sectionIds)
  if (readPlainMonthlyCsv(text, plain)) return { series: plain.finish(), problems: [] }
  const { parseMonthlyCsv } = await import('./monitoring/monthly-csv.ts')
  const general = waterSeriesBuilder(sectionIds)
  const { problems } = parseMonthlyCsv(text, general.add)
  return { series: general.finish(), problems }
}
