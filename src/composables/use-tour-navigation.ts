/**
 * Presenter navigation as a small composable (Slidev's useNav plus its shortcut table): clicker and
 * keyboard keys, "number + Enter" to jump, Esc to leave, and horizontal swipes on tablets. Positions
 * come from the pure functions of src/domain/tour/navigation.ts.
 */
import { ref } from 'vue'
import { first, indexOfStopNumber, last, next, prev } from '@/domain/tour/index.ts'
import { useTourStore } from '@/stores/tour.ts'
import { useShortcuts, type Shortcut } from './use-shortcuts.ts'

/** A swipe must move this many CSS pixels sideways, and more sideways than up or down. */
export const SWIPE_THRESHOLD = 60
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

  // Touch swipe with pointer events: left = next, right = previous (as turning a page).
  let start: { x: number; y: number; id: number } | null = null
  function onPointerDown(event: PointerEvent) {
    if (event.pointerType === 'mouse') return
    start = { x: event.clientX, y: event.clientY, id: event.pointerId }
  }
  function onPointerUp(event: PointerEvent) {
    if (!start || start.id !== event.pointerId) return
    const dx = event.clientX - start.x
    const dy = event.clientY - start.y
    start = null
    if (Math.abs(dx) < SWIPE_THRESHOLD || Math.abs(dx) <= Math.abs(dy)) return
    if (dx < 0) goNext()
    else goPrev()
  }
  function onPointerCancel() {
    start = null
  }

  return { typed, goNext, goPrev, goFirst, goLast, onPointerDown, onPointerUp, onPointerCancel }
}
