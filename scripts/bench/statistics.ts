/** Summaries of timing samples: median and 95th percentile (nearest-rank), rounded to 0.1 ms. */

export interface TimingSummary {
  medianMs: number
  p95Ms: number
  samples: number
}

/** Nearest-rank percentile of sorted values (p in 0–100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!
}

function median(sorted: readonly number[]): number {
  if (sorted.length === 0) return Number.NaN
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

const round = (value: number) => Math.round(value * 10) / 10

export function summarise(samples: readonly number[]): TimingSummary {
  const sorted = [...samples].sort((a, b) => a - b)
  return { medianMs: round(median(sorted)), p95Ms: round(percentile(sorted, 95)), samples: sorted.length }
}
