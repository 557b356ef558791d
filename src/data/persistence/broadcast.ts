/**
 * Tells the app's other open tabs what this tab saved (issue #14 §5): a layer imported in one tab appears
 * in the others, a removed one leaves them, and imported monitoring records follow. IndexedDB is shared
 * by the tabs but sends no events, so each save is announced on a BroadcastChannel of the app's origin.
 * Messages carry ids only; the receiver reads the saved value itself, so a message can never carry more
 * than storage holds.
 */
export type StorageChange = { kind: 'layer-saved'; id: string } | { kind: 'layer-deleted'; id: string } | { kind: 'monitoring-saved' }

const CHANNEL_NAME = 'shuitian-storage'
let channel: BroadcastChannel | null | undefined

function open(): BroadcastChannel | null {
  if (channel === undefined) channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME)
  return channel
}

export function announceStorageChange(change: StorageChange): void {
  open()?.postMessage(change)
}

function isChange(data: unknown): data is StorageChange {
  if (typeof data !== 'object' || data === null) return false
  const { kind, id } = data as { kind?: unknown; id?: unknown }
  if (kind === 'monitoring-saved') return true
  return (kind === 'layer-saved' || kind === 'layer-deleted') && typeof id === 'string' && id.length > 0 && id.length < 200
}

/** Calls `handler` for every well-formed change another tab announces; returns a function that stops. */
export function listenToStorageChanges(handler: (change: StorageChange) => void): () => void {
  const current = open()
  if (!current) return () => undefined
  const listener = (event: MessageEvent) => {
    if (isChange(event.data)) handler(event.data)
  }
  current.addEventListener('message', listener)
  return () => current.removeEventListener('message', listener)
}
