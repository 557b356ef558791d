/**
 * The stations' daily means are read when first needed — the stations layer shown, a station card open —
 * not when the family joins the map (it joins hidden; data/sources/source-data.ts says why). The sources
 * store's `dailyStatus` tells views whether they have arrived, and `version` changes when they do, so
 * computed views and the family's clock sync read them again.
 */
import { loadStationDaily } from '@/data/sources/source-data.ts'
import { useSourcesStore } from '@/stores/sources.ts'

export function needStationDaily(baseUrl: string = document.baseURI): void {
  const sources = useSourcesStore()
  if (sources.dailyStatus === 'loading' || sources.dailyStatus === 'ready') return
  sources.markDailyLoading()
  loadStationDaily(baseUrl).then(
    () => sources.markDailyReady(),
    (error: unknown) => sources.markDailyFailed(error instanceof Error ? error.message : String(error)),
  )
}
