/**
 * Registers the offline service worker (vite-plugin-pwa / Workbox, see vite.config.ts) and keeps the
 * update state the "new version" prompt shows. Imported as a module from index.html, so no inline
 * script is needed (the Content-Security-Policy forbids it).
 *
 * Updates are never half-applied: a new service worker waits (no skipWaiting) until the user accepts
 * the prompt; only then is it activated and the page reloaded once, with the new code and data together.
 */
import { ref, readonly } from 'vue'
import { registerSW } from 'virtual:pwa-register'

const updateWaiting = ref(false)
const readyOffline = ref(false)
let applyUpdate: ((reloadPage?: boolean) => Promise<void>) | null = null

/** True when a new version is installed and waits for the user's consent. */
export const newVersionAvailable = readonly(updateWaiting)
/** True once the whole app is cached and will open without a network. */
export const offlineReady = readonly(readyOffline)

export function registerServiceWorker(): void {
  if (applyUpdate || !('serviceWorker' in navigator)) return
  applyUpdate = registerSW({
    onNeedRefresh: () => {
      updateWaiting.value = true
    },
    onOfflineReady: () => {
      readyOffline.value = true
    },
    onRegisterError: (error: unknown) => {
      // An app without its service worker still works online: say why, do not break the page.
      console.warn('service worker registration failed', error)
    },
  })
}

/** Activates the waiting version and reloads the page (the user accepted the prompt). */
export async function reloadWithNewVersion(): Promise<void> {
  updateWaiting.value = false
  await applyUpdate?.(true)
}

/** Keeps the current version for this visit (the new one is applied on a later accepted prompt). */
export function postponeNewVersion(): void {
  updateWaiting.value = false
}
