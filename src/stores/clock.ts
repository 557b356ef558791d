/**
 * The one clock of the app (issue #7): the month (or quarter/year) every time-aware layer follows.
 * State is the domain's plain `Clock` object; every action is a pure transition from src/domain/time.
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import {
  createClock,
  firstStep,
  lastStep,
  pauseClock,
  setClockLoop,
  setClockMode,
  setClockMonth,
  setClockRange,
  setClockSpeed,
  stepClock,
  tickClock,
  togglePlaying,
  type Clock,
  type PeriodMode,
} from '@/domain/time/index.ts'

/** The range of the shipped sample data, until the monitoring file says otherwise. */
export const DEFAULT_RANGE = { first: '2018-01', last: '2020-12' }

export const useClockStore = defineStore('clock', () => {
  const clock = ref<Clock>(createClock(DEFAULT_RANGE))
  /**
   * The month a link or a tour asked for. Kept apart because it may lie outside the default range and
   * would be clamped before the monitoring data (and its real range) has loaded.
   */
  const requestedMonth = ref<string | null>(null)
  const apply = (transition: (current: Clock) => Clock) => {
    clock.value = transition(clock.value)
  }
  return {
    clock,
    requestedMonth,
    step: (direction: 1 | -1) => apply((current) => stepClock(pauseClock(current), direction)),
    tick: () => apply(tickClock),
    goFirst: () => apply((current) => firstStep(pauseClock(current))),
    goLast: () => apply((current) => lastStep(pauseClock(current))),
    togglePlay: () => apply(togglePlaying),
    pause: () => apply(pauseClock),
    setMonth: (month: string) => apply((current) => setClockMonth(current, month)),
    /** Moves to a month asked for from outside (a link, a tour stop), remembering it for when the range changes. */
    requestMonth: (month: string) => {
      requestedMonth.value = month
      apply((current) => setClockMonth(current, month))
    },
    setMode: (mode: PeriodMode) => apply((current) => setClockMode(current, mode)),
    setRange: (first: string, last: string) => apply((current) => setClockRange(current, first, last)),
    setSpeed: (speed: number) => apply((current) => setClockSpeed(current, speed)),
    setLoop: (loop: boolean) => apply((current) => setClockLoop(current, loop)),
  }
})
