/**
 * The one clock every time-aware layer follows, as plain data with pure transitions.
 *
 * Model (ArcGIS TimeSlider "stops by interval", exposed like kepler's `interval` animation):
 * the clock points at one month inside the data range [first, last]. In quarter and year mode the
 * clock stands for the whole period containing that month, and `month` is kept on the first month
 * of that period that lies inside the range, so one step is one period. Steps are calendar steps:
 * a month with no data (停测) is still a step, so gaps stay visible instead of being skipped.
 *
 * Playback: the UI owns the timer and calls `tickClock` every `clock.speed` milliseconds while
 * `clock.playing`. Manual steps (`stepClock`) stop at the ends; `tickClock` at the last step goes
 * back to the first when `loop` is on and pauses otherwise. `playClock` at the last step without
 * loop restarts from the first step, as media players do.
 */
import { clampMonth, compareMonths, isMonth, type Month } from './month.ts'
import { addPeriods, periodOf, periodsBetween, type PeriodMode } from './period.ts'
import type { Locale } from './format.ts'

/**
 * Playback speeds in milliseconds per step, slowest first: one step every 2 s, 1 s, 0.5 s and
 * 0.25 s (4 months per second in month mode), the range issue #7 asks for.
 */
export const SPEEDS: readonly number[] = [2000, 1000, 500, 250]

/** The default speed: one step per second. */
export const DEFAULT_SPEED = 1000

export interface Clock {
  /** Current month; in quarter/year mode the first month of the current period inside the range. */
  month: Month
  mode: PeriodMode
  /** First month with data (inclusive). */
  first: Month
  /** Last month with data (inclusive). */
  last: Month
  playing: boolean
  /** Milliseconds per step, one of SPEEDS. */
  speed: number
  /** When playing reaches the last step: true = start again from the first, false = pause. */
  loop: boolean
}

export interface ClockOptions {
  first: Month
  last: Month
  /** Defaults to `last`: planners open the map on the latest data. */
  month?: Month
  mode?: PeriodMode
  speed?: number
  loop?: boolean
}

/**
 * A paused clock over [first, last]; `first` and `last` are swapped if given in reverse order.
 * `first` and `last` come from the loaded data and must be 'YYYY-MM' (RangeError otherwise); an
 * invalid `month` falls back to the last month.
 */
export function createClock(options: ClockOptions): Clock {
  const [first, last] = compareMonths(options.first, options.last) <= 0
    ? [options.first, options.last]
    : [options.last, options.first]
  const clock: Clock = {
    month: last,
    mode: options.mode ?? 'month',
    first,
    last,
    playing: false,
    speed: nearestSpeed(options.speed ?? DEFAULT_SPEED),
    loop: options.loop ?? false,
  }
  return withMonth(clock, options.month ?? last)
}

/** The step month for `month` in the clock's mode: clamped to the range, start of its period. */
function stepMonthOf(clock: Clock, month: Month): Month {
  const inside = clampMonth(month, clock.first, clock.last)
  return clampMonth(periodOf(inside, clock.mode).first, clock.first, clock.last)
}

function withMonth(clock: Clock, month: Month): Clock {
  const target = stepMonthOf(clock, isMonth(month) ? month : clock.last)
  return target === clock.month ? clock : { ...clock, month: target }
}

/** The month of every step, in order (the slider's stops). */
export function clockSteps(clock: Clock): Month[] {
  return periodsBetween(clock.first, clock.last, clock.mode).map((period) =>
    clampMonth(period.first, clock.first, clock.last),
  )
}

/** Position of the current step: index (0-based) and number of steps. */
export function clockPosition(clock: Clock): { index: number; count: number } {
  const steps = clockSteps(clock)
  const current = periodOf(clock.month, clock.mode).key
  return { index: Math.max(0, steps.findIndex((month) => periodOf(month, clock.mode).key === current)), count: steps.length }
}

/**
 * The month at which the current period's states are read: its last month (期末), or the last month with
 * data when the period runs past it. A plot's remediation stage, a greenway's phase and a parcel's survey
 * status are stocks, read at the end of the period shown ("2019年" shows the plots as they stood at the end
 * of 2019, as the annual report counts them); water quality is a flow and is averaged over the period.
 */
export function statusMonth(clock: Pick<Clock, 'month' | 'mode' | 'last'>): Month {
  const end = periodOf(clock.month, clock.mode).last
  return compareMonths(end, clock.last) > 0 ? clock.last : end
}

export function isFirstStep(clock: Clock): boolean {
  return periodOf(clock.month, clock.mode).key === periodOf(clock.first, clock.mode).key
}

export function isLastStep(clock: Clock): boolean {
  return periodOf(clock.month, clock.mode).key === periodOf(clock.last, clock.mode).key
}

/**
 * One calendar step forward (+1) or back (−1): a month, or a whole quarter/year in period mode.
 * Stops at the ends (returns the same clock object when there is nowhere to go).
 */
export function stepClock(clock: Clock, direction: 1 | -1): Clock {
  if (direction > 0 ? isLastStep(clock) : isFirstStep(clock)) return clock
  return withMonth(clock, addPeriods(periodOf(clock.month, clock.mode), direction).first)
}

/** Jump to the first step (Home). */
export function firstStep(clock: Clock): Clock {
  return withMonth(clock, clock.first)
}

/** Jump to the last step (End). */
export function lastStep(clock: Clock): Clock {
  return withMonth(clock, clock.last)
}

/** Go to the step containing `month` (clamped into the range; invalid text goes to the last step). */
export function setClockMonth(clock: Clock, month: Month): Clock {
  return withMonth(clock, month)
}

/** Switch month/quarter/year; the clock stays on the period containing the current month. */
export function setClockMode(clock: Clock, mode: PeriodMode): Clock {
  if (mode === clock.mode) return clock
  return withMonth({ ...clock, mode }, clock.month)
}

/** Change the data range (new data loaded); the current month is kept if still inside. */
export function setClockRange(clock: Clock, first: Month, last: Month): Clock {
  return { ...createClock({ ...clock, first, last, month: clock.month }), playing: clock.playing }
}

/** Start playing; at the last step without loop, start again from the first step. */
export function playClock(clock: Clock): Clock {
  const start = isLastStep(clock) && !clock.loop ? firstStep(clock) : clock
  return { ...start, playing: true }
}

export function pauseClock(clock: Clock): Clock {
  return clock.playing ? { ...clock, playing: false } : clock
}

/** Space bar: play ↔ pause. */
export function togglePlaying(clock: Clock): Clock {
  return clock.playing ? pauseClock(clock) : playClock(clock)
}

/** One timer tick while playing: next step, or the loop/pause behaviour at the end. */
export function tickClock(clock: Clock): Clock {
  if (!clock.playing) return clock
  if (!isLastStep(clock)) return stepClock(clock, 1)
  return clock.loop ? firstStep(clock) : pauseClock(clock)
}

export function setClockLoop(clock: Clock, loop: boolean): Clock {
  return loop === clock.loop ? clock : { ...clock, loop }
}

/** Set the speed (milliseconds per step), snapped to the nearest entry of SPEEDS. */
export function setClockSpeed(clock: Clock, speed: number): Clock {
  const snapped = nearestSpeed(speed)
  return snapped === clock.speed ? clock : { ...clock, speed: snapped }
}

/** One entry faster (+1) or slower (−1) in SPEEDS, stopping at the ends. */
export function changeClockSpeed(clock: Clock, direction: 1 | -1): Clock {
  const index = SPEEDS.indexOf(clock.speed)
  const next = SPEEDS[Math.min(SPEEDS.length - 1, Math.max(0, index + direction))]
  return next === undefined ? clock : setClockSpeed(clock, next)
}

/** The entry of SPEEDS closest to `speed` (the default for non-finite input). */
export function nearestSpeed(speed: number): number {
  if (!Number.isFinite(speed)) return DEFAULT_SPEED
  return SPEEDS.reduce((best, candidate) =>
    Math.abs(candidate - speed) < Math.abs(best - speed) ? candidate : best,
  )
}

/** "2 秒/步" / "2 s per step" for slow speeds, "4 步/秒" / "4 steps per second" for fast ones. */
export function formatSpeed(speed: number, locale: Locale): string {
  if (speed >= 1000) {
    const seconds = speed / 1000
    return locale === 'zh' ? `${seconds} 秒/步` : `${seconds} s per step`
  }
  const perSecond = Math.round((1000 / speed) * 10) / 10
  return locale === 'zh' ? `${perSecond} 步/秒` : `${perSecond} steps per second`
}
