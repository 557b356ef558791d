/**
 * When the shipped layers that load after the first map (the pollution-source family, issue 16 §4) are
 * settled — loaded or failed. A start link that names one of them (a layer, a selected feature) is read
 * again only then (map/settle-link.ts).
 */
let markSettled: () => void = () => {}
const settled = new Promise<void>((resolve) => {
  markSettled = resolve
})

export function markDeferredLayersSettled(): void {
  markSettled()
}

/** Resolves when the deferred layers are settled, or after `timeoutMs` (a map that never got that far). */
export function deferredLayersSettled(timeoutMs: number): Promise<void> {
  return Promise.race([settled, new Promise<void>((resolve) => setTimeout(resolve, timeoutMs))])
}
