// @vitest-environment happy-dom
// The time bar as a planner uses it: the label names the clock's month in the UI language, the step
// buttons, the slider and the arrow keys move it, and the play button says whether it plays.
import { describe, expect, it } from 'vitest'
import { mountWithStores } from '../../../tests/support/mount-app.ts'
import { useClockStore } from '@/stores/clock.ts'
import { useSettingsStore } from '@/stores/settings.ts'
import TimeBar from './TimeBar.vue'

describe('TimeBar', () => {
  it('names the month and steps back and forward with the buttons', async () => {
    const bar = mountWithStores(TimeBar)
    const label = () => bar.get('[data-testid="clock-label"]').text()
    const last = label()
    expect(last).toBe('2020年12月')
    await bar.get('[data-testid="clock-back"]').trigger('click')
    expect(label()).toBe('2020年11月')
    await bar.get('[data-testid="clock-first"]').trigger('click')
    expect(label()).toBe('2018年1月')
    await bar.get('[data-testid="clock-forward"]').trigger('click')
    expect(label()).toBe('2018年2月')
  })

  it('moves to the month the slider points at, and the slider follows the buttons', async () => {
    const bar = mountWithStores(TimeBar)
    const slider = bar.get<HTMLInputElement>('[data-testid="clock-slider"]')
    expect(slider.element.max).toBe('35')
    await slider.setValue('12')
    expect(bar.get('[data-testid="clock-label"]').text()).toBe('2019年1月')
    await bar.get('[data-testid="clock-last"]').trigger('click')
    expect(slider.element.value).toBe('35')
  })

  it('steps back with the left arrow key', async () => {
    const bar = mountWithStores(TimeBar)
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }))
    await bar.vm.$nextTick()
    expect(bar.get('[data-testid="clock-label"]').text()).toBe('2020年11月')
  })

  it('says whether it plays, and pauses when stepped', async () => {
    const bar = mountWithStores(TimeBar)
    const play = bar.get('[data-testid="clock-play"]')
    expect(play.attributes('aria-pressed')).toBe('false')
    expect(play.attributes('aria-label')).toBe('播放')
    await play.trigger('click')
    expect(play.attributes('aria-pressed')).toBe('true')
    expect(play.attributes('aria-label')).toBe('暂停')
    await bar.get('[data-testid="clock-back"]').trigger('click')
    expect(useClockStore().clock.playing).toBe(false)
    expect(play.attributes('aria-label')).toBe('播放')
  })

  it('words the month and the controls in English after the switch', async () => {
    const bar = mountWithStores(TimeBar)
    useSettingsStore().toggleLocale()
    await bar.vm.$nextTick()
    expect(bar.get('[data-testid="clock-label"]').text()).toBe('Dec 2020')
    expect(bar.get('[data-testid="clock-play"]').attributes('aria-label')).toBe('Play')
  })

  it('shows quarters in quarter mode', async () => {
    const bar = mountWithStores(TimeBar)
    await bar.get('[data-testid="clock-mode"]').setValue('quarter')
    expect(bar.get('[data-testid="clock-label"]').text()).toBe('2020年第4季度')
  })
})
