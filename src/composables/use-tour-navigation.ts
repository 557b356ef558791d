/**
 * Presenter navigation as a small composable (Slidev's useNav plus its shortcut table): clicker and
 * keyboard keys, "number + Enter" to jump, Esc to leave, and horizontal swipes on tablets. Positions
 * come from the pure functions of src/domain/tour/navigation.ts.
 */
import { onBeforeUnmount, onMounted, ref } from 'vue'
import { first, indexOfStopNumber, last, next, prev, swipeDirection } from '@/domain/tour/index.ts'
import { useTourStore } from '@/stores/tour.ts'
import { useShortcuts, type Shortcut } from './use-shortcuts.ts'

/** Typed digits are forgotten after this long without Enter. */
const DIGIT_TIMEOUT_MS = 3000

export function useTourNavigation(onLeave: () => void) {
  const store = useTourStore()
  /** Digits typed so far for "number + Enter". */
  const typed = ref('')
  let digitTimer: ReturnType<typeof setTimeout> | null = null

  function move(to: (tour: NonNullable<typeof store.tour>, index: number) => number) {
    if (!store.tour) return
    store.goTo(to(store.tour, store.index))
  }
  const goNext = () => move(next)
  const goPrev = () => move(prev)
  const goFirst = () => move((tour) => first(tour))
  const goLast = () => move((tour) => last(tour))

  function typeDigit(digit: string) {
    typed.value = (typed.value + digit).slice(-3)
    if (digitTimer) clearTimeout(digitTimer)
    digitTimer = setTimeout(() => (typed.value = ''), DIGIT_TIMEOUT_MS)
  }
  function jumpToTyped(): boolean {
    if (!store.tour || typed.value === '') return false
    const target = indexOfStopNumber(store.tour, typed.value)
    typed.value = ''
    if (target !== null) store.goTo(target)
    return true
  }

  const shortcuts = (): Shortcut[] => [
    { keys: ['ArrowRight', 'PageDown', ' ', 'ArrowDown'], run: goNext },
    { keys: ['ArrowLeft', 'PageUp', 'ArrowUp'], run: goPrev },
    { keys: ['Home'], run: goFirst },
    { keys: ['End'], run: goLast },
    { keys: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'], run: (event) => typeDigit(event.key) },
    { keys: ['Backspace'], run: () => (typed.value = typed.value.slice(0, -1)) },
    { keys: ['Enter'], run: () => (jumpToTyped() ? undefined : goNext()) },
    { keys: ['Escape'], run: onLeave },
    { keys: ['a', 'A'], run: () => (store.autoplay = !store.autoplay) },
  ]
  useShortcuts(shortcuts, () => store.presenting)

  // Touch swipes, wherever they start: most of the presenter's screen is the map, whose canvas is not
  // inside the overlay, so the listeners sit on the window (capture phase, before MapLibre sees them).
  // Mouse drags never count: on a PC they pan the map.
  let start: { x: number; y: number; id: number; time: number } | null = null
  function onPointerDown(event: PointerEvent) {
    if (event.pointerType === 'mouse' || !store.presenting) return
    start = event.isPrimary ? { x: event.clientX, y: event.clientY, id: event.pointerId, time: event.timeStamp } : null
  }
  function onPointerUp(event: PointerEvent) {
    if (!start || start.id !== event.pointerId) return
    const stroke = { dx: event.clientX - start.x, dy: event.clientY - start.y, milliseconds: event.timeStamp - start.time }
    start = null
    const direction = swipeDirection(stroke)
    if (direction === 'next') goNext()
    else if (direction === 'previous') goPrev()
  }
  function onPointerCancel() {
    start = null
  }
  const listeners = [
    ['pointerdown', onPointerDown],
    ['pointerup', onPointerUp],
    ['pointercancel', onPointerCancel],
  ] as const
  onMounted(() => listeners.forEach(([type, listener]) => window.addEventListener(type, listener, { capture: true, passive: true })))
  onBeforeUnmount(() => listeners.forEach(([type, listener]) => window.removeEventListener(type, listener, { capture: true })))

  return { typed, goNext, goPrev, goFirst, goLast }
}
