/**
 * Keyboard shortcuts as a table (Slidev's setup/shortcuts.ts): one listener, one guard. Keys never fire
 * while the user types in a field, or uses a control that needs the arrows (sliders, selects).
 */
import { onBeforeUnmount, onMounted } from 'vue'

export interface Shortcut {
  /** `KeyboardEvent.key` values that trigger it. */
  keys: string[]
  run: (event: KeyboardEvent) => void
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  const tag = target.tagName
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true
  if (tag !== 'INPUT') return false
  const type = (target as HTMLInputElement).type
  return type !== 'checkbox' && type !== 'radio' && type !== 'button'
}

export function useShortcuts(shortcuts: () => Shortcut[], enabled: () => boolean = () => true) {
  function onKeydown(event: KeyboardEvent) {
    if (!enabled() || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return
    const shortcut = shortcuts().find((candidate) => candidate.keys.includes(event.key))
    if (!shortcut) return
    event.preventDefault()
    shortcut.run(event)
  }
  onMounted(() => window.addEventListener('keydown', onKeydown))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeydown))
}
