/** What the land, soil and green figures share: hectares in words, the stop's month and year. */
import { monthParts, statusMonth } from '@/domain/time/index.ts'
import type { TourStop } from '@/domain/tour/index.ts'
import { useClockStore } from '@/stores/clock.ts'
import { formatNumber, type FigureWords } from './types.ts'

/** At most this many features of a layer get their own group; a long list would not fit a slide. */
export const MAX_FIGURE_GROUPS = 3

export function formatArea(squareMetres: number, words: FigureWords): string {
  const hectares = formatNumber(squareMetres / 10_000, 2, words.locale)
  return words.locale === 'zh' ? `${hectares} 公顷` : `${hectares} ha`
}

/** The stop's last month as the map shows it (end of its period, within the data). */
export function stopMonth(stop: TourStop): string {
  return statusMonth({ ...stop.clock, last: useClockStore().clock.last })
}

export function stopYear(stop: TourStop): number {
  return monthParts(stop.clock.month).year
}
