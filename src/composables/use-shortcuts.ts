/**
 * Keyboard shortcuts as a table (Slidev's setup/shortcuts.ts): one listener, one guard. Keys never fire
 * while the user types in a field, or when the focused control uses the key itself: Space on a checkbox
 * ticks it, Enter on a button presses it, the arrows move within a radio group or a slider.
 */
import { onBeforeUnmount, onMounted } from 'vue'

export interface Shortcut {
  /** `KeyboardEvent.key` values that trigger it. */
  keys: string[]
  run: (event: KeyboardEvent) => void
}

function isTyping(target: HTMLElement): boolean {
  if (target.isContentEditable) return true
  const tag = target.tagName
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true
  if (tag !== 'INPUT') return false
  const type = (target as HTMLInputElement).type
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(type)
}

/** Controls that act on Space/Enter themselves (WAI-ARIA APG: buttons, checkboxes, links, tabs…). */
const ACTIVATED = 'button, summary, a[href], input[type="checkbox"], input[type="radio"], input[type="button"], input[type="submit"], input[type="reset"], input[type="file"], [role="button"], [role="checkbox"], [role="tab"], [role="switch"], [role="menuitem"], [role="option"]'
/** Controls that move with the arrow keys, Home and End (radio groups, sliders, tab lists…). */
const NAVIGATED = 'input[type="radio"], input[type="range"], [role="slider"], [role="tab"], [role="radio"], [role="listbox"], [role="option"], [role="menu"], [role="menuitem"], [role="grid"], [role="tree"]'
const NAVIGATION_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']

/** True when the focused element would do something itself with this key: the shortcut must not take it. */
export function keyBelongsToControl(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (isTyping(target)) return true
  if ((key === ' ' || key === 'Enter') && target.matches(ACTIVATED)) return true
  return NAVIGATION_KEYS.includes(key) && target.matches(NAVIGATED)
}

export function useShortcuts(shortcuts: () => Shortcut[], enabled: () => boolean = () => true) {
  function onKeydown(event: KeyboardEvent) {
    // An event another handler already took (e.g. Escape that closed the import centre) is not taken twice.
    if (event.defaultPrevented || !enabled() || event.ctrlKey || event.metaKey || event.altKey || keyBelongsToControl(event.target, event.key)) return
    const shortcut = shortcuts().find((candidate) => candidate.keys.includes(event.key))
    if (!shortcut) return
    event.preventDefault()
    shortcut.run(event)
  }
  onMounted(() => window.addEventListener('keydown', onKeydown))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeydown))
}
