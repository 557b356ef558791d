/**
 * The chart's month marker drives the one clock (issue 13 §2): a pointer pressed or dragged on the chart
 * moves the clock to the month under it, and the marker, a WAI-ARIA slider, steps it with the arrow keys.
 */
import { ref, type Ref } from 'vue'
import { useClockStore } from '@/stores/clock.ts'
import { indexAtX, type ChartFrame, type ChartMonth } from './chart-geometry.ts'

export function useChartMarker(svg: Ref<SVGSVGElement | null>, marker: Ref<SVGGElement | null>, months: Ref<ChartMonth[]>, frame: Ref<ChartFrame>) {
  const clockStore = useClockStore()
  const dragging = ref(false)

  function monthAtPointer(event: PointerEvent): string | null {
    const box = svg.value?.getBoundingClientRect()
    if (!box || box.width === 0 || months.value.length === 0) return null
    const x = ((event.clientX - box.left) / box.width) * frame.value.width
    return months.value[indexAtX(x, months.value.length, frame.value)]?.month ?? null
  }
  // The clock store snaps the month to the mode's period (a quarter or year moves by whole periods).
  function moveTo(event: PointerEvent) {
    const month = monthAtPointer(event)
    if (!month || month === clockStore.clock.month) return
    clockStore.pause()
    clockStore.setMonth(month)
  }
  function onPointerDown(event: PointerEvent) {
    if (event.button !== 0) return
    dragging.value = true
    svg.value?.setPointerCapture(event.pointerId)
    // Focus on the marker: the keys work next, and the section chart holds its set of charts meanwhile.
    marker.value?.focus({ preventScroll: true })
    moveTo(event)
  }
  function onPointerMove(event: PointerEvent) {
    if (dragging.value) moveTo(event)
  }
  function onPointerUp(event: PointerEvent) {
    dragging.value = false
    if (svg.value?.hasPointerCapture(event.pointerId)) svg.value.releasePointerCapture(event.pointerId)
  }
  // WAI-ARIA APG slider: ← ↓ and → ↑ one step of the clock's mode, Home and End the ends.
  const KEYS: Record<string, () => void> = {
    ArrowLeft: () => clockStore.step(-1),
    ArrowDown: () => clockStore.step(-1),
    ArrowRight: () => clockStore.step(1),
    ArrowUp: () => clockStore.step(1),
    Home: () => clockStore.goFirst(),
    End: () => clockStore.goLast(),
  }
  function onKeydown(event: KeyboardEvent) {
    const action = KEYS[event.key]
    if (!action) return
    event.preventDefault()
    action()
  }
  return { onPointerDown, onPointerMove, onPointerUp, onKeydown }
}
