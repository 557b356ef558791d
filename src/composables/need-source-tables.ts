/**
 * The pollution-source family's tables (alarms, station daily means, river middle lines: ≈ 0.6 MB of CSV,
 * ≈ 3 MB of heap once read) are read on first need — one of its layers shown, one of its cards, a
 * section's possible sources, the alarm list — not when the family joins the map: it joins hidden, and a
 * planner who never shows it should not carry them (issue 16 §4, issue 15 §3's heap against a bare page).
 */
import { loadSourceTables } from '@/data/sources/source-data.ts'
import { useSourcesStore } from '@/stores/sources.ts'

export function needSourceTables(baseUrl: string = document.baseURI): void {
  const sources = useSourcesStore()
  if (sources.status === 'loading' || sources.status === 'ready') return
  sources.markLoading()
  loadSourceTables(baseUrl).then(
    () => sources.markReady(),
    (error: unknown) => sources.markFailed(error instanceof Error ? error.message : String(error)),
  )
}
