/**
 * Full screen for the presenter through the Fullscreen API on the app root, with a CSS fallback
 * (a fixed layer over everything) where the API is missing — iPhone Safari — or refuses. Leaving
 * browser full screen (its own Esc) also leaves the presenter.
 */
import { onBeforeUnmount, onMounted, ref } from 'vue'

export function useTourFullscreen(onExit: () => void) {
  /** True when the CSS fallback is in use instead of the Fullscreen API. */
  const fallback = ref(false)
  let entered = false

  async function enter() {
    const root = document.getElementById('app') ?? document.documentElement
    if (typeof root.requestFullscreen !== 'function' || !document.fullscreenEnabled) {
      fallback.value = true
      return
    }
    try {
      await root.requestFullscreen({ navigationUI: 'hide' })
      entered = true
    } catch {
      // Refused (no user gesture, e.g. opened from a link, or a policy): cover the page instead.
      fallback.value = true
    }
  }

  async function exit() {
    if (document.fullscreenElement && typeof document.exitFullscreen === 'function') {
      entered = false
      await document.exitFullscreen().catch(() => undefined)
    }
  }

  function onChange() {
    if (entered && !document.fullscreenElement) {
      entered = false
      onExit()
    }
  }

  onMounted(() => {
    document.addEventListener('fullscreenchange', onChange)
    void enter()
  })
  onBeforeUnmount(() => {
    document.removeEventListener('fullscreenchange', onChange)
    void exit()
  })
  return { fallback, exit }
}
