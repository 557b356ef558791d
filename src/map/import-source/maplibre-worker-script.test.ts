import { afterAll, describe, expect, it, vi } from 'vitest'
import { importSourceUrl } from './source-url.ts'

type Handler = (mapId: string, params: { request?: { url?: unknown } }, abort: AbortController) => Promise<unknown>

// What MapLibre's worker puts on `self` before it imports the script: addProtocol and its actor.
const protocols = new Map<string, unknown>()
const handlers: Record<string, Handler> = {
  LD: async (_mapId, params) => ({ data: { type: 'FeatureCollection', features: [] }, resourceTiming: params.request ? 'timed' : undefined }),
}
const scope = {
  addProtocol: (name: string, load: unknown) => protocols.set(name, load),
  worker: { actor: { messageHandlers: handlers, registerMessageHandler: (type: string, handler: Handler) => (handlers[type] = handler) } },
}
vi.stubGlobal('self', scope)
await import('./maplibre-worker-script.ts')
afterAll(() => vi.unstubAllGlobals())

describe("the script in MapLibre's workers", () => {
  it('answers the import protocol there', () => {
    expect(protocols.has('shuitian-import')).toBe(true)
  })

  it('keeps an import source’s collection in the worker, and answers other loads as before', async () => {
    const abort = new AbortController()
    const imported = await handlers.LD!('map', { request: { url: importSourceUrl('blob:http://127.0.0.1/a') } }, abort)
    expect(imported).toEqual({ resourceTiming: 'timed' })
    const other = await handlers.LD!('map', { request: { url: 'http://127.0.0.1/sections.geojson' } }, abort)
    expect(other).toHaveProperty('data')
    const given = await handlers.LD!('map', {}, abort)
    expect(given).toHaveProperty('data')
  })
})
