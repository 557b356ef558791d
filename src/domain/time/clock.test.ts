import { describe, expect, it } from 'vitest'
import {
  SPEEDS,
  changeClockSpeed,
  clockPosition,
  clockSteps,
  createClock,
  firstStep,
  formatSpeed,
  lastStep,
  playClock,
  setClockMode,
  setClockMonth,
  setClockRange,
  setClockSpeed,
  statusMonth,
  stepClock,
  tickClock,
  togglePlaying,
  type Clock,
} from './clock.ts'

const range = { first: '2018-01', last: '2020-12' }

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze)
    Object.freeze(value)
  }
  return value
}

function clockAt(month: string, options: Partial<Clock> = {}): Clock {
  return deepFreeze({ ...createClock({ ...range, month }), ...options })
}

describe('clock', () => {
  it('opens paused on the latest month at one step per second', () => {
    const clock = createClock(range)
    expect(clock).toMatchObject({ month: '2020-12', mode: 'month', playing: false, speed: 1000, loop: false })
  })

  it.each([
    ['month', '2019-06', 1, '2019-07'],
    ['month', '2019-12', 1, '2020-01'],
    ['month', '2019-01', -1, '2018-12'],
    ['quarter', '2019-05', 1, '2019-07'],
    ['quarter', '2019-02', -1, '2018-10'],
    ['year', '2019-05', 1, '2020-01'],
    ['year', '2019-05', -1, '2018-01'],
  ] as const)('in %s mode, %s stepped %i lands on %s', (mode, month, direction, expected) => {
    const clock = setClockMode(clockAt(month), mode)
    expect(stepClock(clock, direction).month).toBe(expected)
  })

  it('stops at the ends when stepping by hand', () => {
    const atEnd = clockAt('2020-12')
    expect(stepClock(atEnd, 1)).toBe(atEnd)
    const atStart = clockAt('2018-01')
    expect(stepClock(atStart, -1)).toBe(atStart)
  })

  it('jumps to the first and last steps (Home/End)', () => {
    expect(firstStep(clockAt('2019-06')).month).toBe('2018-01')
    expect(lastStep(clockAt('2019-06')).month).toBe('2020-12')
    expect(lastStep(setClockMode(clockAt('2019-06'), 'quarter')).month).toBe('2020-10')
  })

  it('has one step per calendar month, including months without data', () => {
    expect(clockSteps(clockAt('2019-06'))).toHaveLength(36)
    expect(clockPosition(clockAt('2019-06'))).toEqual({ index: 17, count: 36 })
    expect(clockSteps(setClockMode(clockAt('2019-06'), 'quarter'))).toHaveLength(12)
    expect(clockSteps(setClockMode(clockAt('2019-06'), 'year'))).toEqual(['2018-01', '2019-01', '2020-01'])
  })

  it('keeps the period start inside a range that begins mid-quarter', () => {
    const clock = createClock({ first: '2018-02', last: '2018-12', month: '2018-03', mode: 'quarter' })
    expect(clock.month).toBe('2018-02')
    expect(clockSteps(clock)).toEqual(['2018-02', '2018-04', '2018-07', '2018-10'])
  })

  it('clamps months set from outside the range', () => {
    expect(setClockMonth(clockAt('2019-06'), '2015-03').month).toBe('2018-01')
    expect(setClockMonth(clockAt('2019-06'), '2025-03').month).toBe('2020-12')
    expect(setClockMonth(clockAt('2019-06'), 'June').month).toBe('2020-12')
  })

  it('plays: ticks advance, then pause at the end without loop', () => {
    let clock = playClock(clockAt('2020-11'))
    clock = tickClock(clock)
    expect(clock).toMatchObject({ month: '2020-12', playing: true })
    clock = tickClock(clock)
    expect(clock).toMatchObject({ month: '2020-12', playing: false })
  })

  it('plays: with loop, the tick after the last step goes back to the first', () => {
    const clock = tickClock(playClock(clockAt('2020-12', { loop: true })))
    expect(clock).toMatchObject({ month: '2018-01', playing: true })
  })

  it('play at the end without loop restarts from the first step', () => {
    expect(playClock(clockAt('2020-12'))).toMatchObject({ month: '2018-01', playing: true })
  })

  it('a paused clock ignores ticks; space toggles', () => {
    const paused = clockAt('2019-06')
    expect(tickClock(paused)).toBe(paused)
    expect(togglePlaying(paused).playing).toBe(true)
    expect(togglePlaying(togglePlaying(paused)).playing).toBe(false)
  })

  it('offers speeds from one step every 2 s to 4 steps per second', () => {
    expect(SPEEDS[0]).toBe(2000)
    expect(SPEEDS.at(-1)).toBe(250)
    expect(setClockSpeed(clockAt('2019-06'), 300).speed).toBe(250)
    expect(changeClockSpeed(clockAt('2019-06', { speed: 250 }), 1).speed).toBe(250)
    expect(changeClockSpeed(clockAt('2019-06', { speed: 1000 }), 1).speed).toBe(500)
    expect(changeClockSpeed(clockAt('2019-06', { speed: 1000 }), -1).speed).toBe(2000)
    expect(formatSpeed(2000, 'zh')).toBe('2 秒/步')
    expect(formatSpeed(250, 'en')).toBe('4 steps per second')
  })

  it('keeps the month and play state when the data range changes', () => {
    const clock = setClockRange(playClock(clockAt('2019-06')), '2019-01', '2021-06')
    expect(clock).toMatchObject({ month: '2019-06', first: '2019-01', last: '2021-06', playing: true })
  })
})

describe('the month at which states are read (期末)', () => {
  it.each([
    ['month', '2019-06', '2019-06'],
    ['quarter', '2019-04', '2019-06'],
    ['year', '2019-01', '2019-12'],
  ] as const)('is the last month of the %s shown', (mode, month, expected) => {
    expect(statusMonth(setClockMode(clockAt(month), mode))).toBe(expected)
  })
  it('stops at the last month with data when the period runs past it', () => {
    const clock = setClockMode(createClock({ first: '2018-01', last: '2020-08', month: '2020-03' }), 'year')
    expect(statusMonth(clock)).toBe('2020-08')
  })
})
