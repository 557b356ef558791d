/** Drives the clock while it plays: one tick every `clock.speed` milliseconds. */
import { onBeforeUnmount, watch } from 'vue'
import { useClockStore } from '@/stores/clock.ts'

export function usePlayback() {
  const clockStore = useClockStore()
  let timer: ReturnType<typeof setTimeout> | null = null

  function stop() {
    if (timer !== null) clearTimeout(timer)
    timer = null
  }
  function schedule() {
    stop()
    if (!clockStore.clock.playing) return
    timer = setTimeout(() => {
      clockStore.tick()
      schedule()
    }, clockStore.clock.speed)
  }
  watch(() => [clockStore.clock.playing, clockStore.clock.speed], schedule)
  onBeforeUnmount(stop)
}
