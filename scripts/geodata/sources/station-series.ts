/**
 * Sample readings of the 8 automatic surface-water stations: a daily mean per station and day over the
 * span of geodata/water/monthly.csv, and hourly values for its last month. Seasonal shape × AR(1)
 * log-normal noise × a slow improvement 2018 → 2020 (the report's direction), plus a few short pollution
 * episodes per year, so that some days exceed class Ⅴ and raise station alarms.
 */
import type { Random } from '../random.ts'

export const STATION_INDICATORS = ['pH', 'DO', 'CODMn', 'NH3N', 'TP', 'TN', 'EC', 'TURB', 'WT'] as const
export type StationIndicator = (typeof STATION_INDICATORS)[number]

/** Decimals written per item (pH 2, DO 1, NH3N 2, TP 3 as the monthly table; EC µS/cm whole numbers). */
const DECIMALS: Record<StationIndicator, number> = { pH: 2, DO: 1, CODMn: 1, NH3N: 2, TP: 3, TN: 2, EC: 0, TURB: 1, WT: 1 }

/** Designed 2019 annual means of one station's concentrations. */
export interface StationProfile {
  CODMn: number
  NH3N: number
  TP: number
  TN: number
  DO: number
  EC: number
  TURB: number
}

const YEAR_FACTOR: Record<number, number> = { 2018: 1.08, 2019: 1, 2020: 0.9 }

export type Reading = Record<StationIndicator, number | null>

function gaussian(random: Random): number {
  const u = Math.max(1e-12, random.next())
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next())
}

function round(indicator: StationIndicator, value: number): number {
  const scale = 10 ** DECIMALS[indicator]
  return Math.round(value * scale) / scale
}

export function formatReading(value: number | null, indicator: StationIndicator): string {
  return value === null ? '' : value.toFixed(DECIMALS[indicator])
}

function dayOfYear(date: Date): number {
  return Math.floor((date.getTime() - Date.UTC(date.getUTCFullYear(), 0, 1)) / 86_400_000)
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10)
}

/** Every day from the first day of `firstMonth` to the last day of `lastMonth` ("YYYY-MM"). */
export function daysBetween(firstMonth: string, lastMonth: string): Date[] {
  const [firstYear, firstNumber] = firstMonth.split('-').map(Number) as [number, number]
  const [lastYear, lastNumber] = lastMonth.split('-').map(Number) as [number, number]
  const days: Date[] = []
  for (let time = Date.UTC(firstYear, firstNumber - 1, 1); time < Date.UTC(lastYear, lastNumber, 1); time += 86_400_000) days.push(new Date(time))
  return days
}

/** Daily means of one station; about 1 % of days are missing (maintenance), written as empty cells. */
export function dailyReadings(random: Random, profile: StationProfile, days: readonly Date[]): Reading[] {
  let noise = 0
  let episodeLeft = 0
  return days.map((date) => {
    const angle = (2 * Math.PI * dayOfYear(date)) / 365
    const winter = Math.cos(angle - 0.26) // +1 mid-January, −1 mid-July
    noise = 0.7 * noise + Math.sqrt(1 - 0.49) * gaussian(random)
    if (episodeLeft === 0 && random.next() < 0.008) episodeLeft = random.integer(2, 4)
    const episode = episodeLeft > 0 ? 1 : 0
    if (episodeLeft > 0) episodeLeft--
    const trend = YEAR_FACTOR[date.getUTCFullYear()] ?? 1
    const spread = (sigma: number) => Math.exp(sigma * noise - (sigma * sigma) / 2)
    const missing = random.next() < 0.01
    const reading: Reading = {
      pH: 7.55 + 0.12 * noise - 0.25 * episode,
      DO: Math.max(1.2, profile.DO + 2 * winter + 0.5 * noise - 2.5 * episode),
      CODMn: profile.CODMn * trend * (1 - 0.08 * winter) * spread(0.12) * (1 + 0.6 * episode),
      NH3N: profile.NH3N * trend * (1 + 0.3 * winter) * spread(0.25) * (1 + 1.8 * episode),
      TP: profile.TP * trend * (1 - 0.2 * winter) * spread(0.2) * (1 + 1.2 * episode),
      TN: profile.TN * trend * (1 + 0.15 * winter) * spread(0.15) * (1 + 0.8 * episode),
      EC: profile.EC * (1 + 0.08 * winter) * spread(0.08),
      TURB: profile.TURB * spread(0.3) * (1 + 1.5 * episode),
      WT: 17.5 - 11 * winter + 0.8 * noise,
    }
    for (const indicator of STATION_INDICATORS) {
      reading[indicator] = missing ? null : round(indicator, reading[indicator] as number)
    }
    return reading
  })
}

/** Hourly values of one day around its daily mean: DO, pH and temperature peak in the afternoon. */
export function hourlyReadings(random: Random, daily: Reading): Reading[] {
  return Array.from({ length: 24 }, (_, hour) => {
    const afternoon = Math.cos(((hour - 15) * 2 * Math.PI) / 24) // +1 at 15:00
    const wobble = () => Math.exp(0.08 * gaussian(random) - 0.0032)
    const reading = {} as Reading
    for (const indicator of STATION_INDICATORS) {
      const mean = daily[indicator]
      if (mean === null) {
        reading[indicator] = null
        continue
      }
      const value =
        indicator === 'DO' ? Math.max(0.5, mean + 0.9 * afternoon) :
        indicator === 'pH' ? mean + 0.12 * afternoon :
        indicator === 'WT' ? mean + 0.7 * afternoon :
        mean * wobble()
      reading[indicator] = round(indicator, value)
    }
    return reading
  })
}
