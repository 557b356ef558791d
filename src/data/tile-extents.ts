/**
 * Where each tile layer's data lies, from its archive's header (PMTiles keeps min/max longitude and
 * latitude): a tile layer keeps no features in memory, so this is what "zoom to layer" can use for it.
 * Kept out of Vue reactivity like the feature registry: nothing needs to react to it.
 */
export type Extent = [west: number, south: number, east: number, north: number]

const extents = new Map<string, Extent>()

/** An extent a map can fit: finite degrees, west of east and south of north (a header may hold zeros). */
export function isUsableExtent([west, south, east, north]: Extent): boolean {
  return [west, south, east, north].every(Number.isFinite) && west >= -180 && east <= 180 && south >= -90 && north <= 90 && west < east && south < north
}

/** Remembers a layer's extent when it is usable; an unusable one leaves the layer without. */
export function rememberTileExtent(layerId: string, extent: Extent): void {
  if (isUsableExtent(extent)) extents.set(layerId, extent)
  else extents.delete(layerId)
}

export function tileExtent(layerId: string): Extent | undefined {
  return extents.get(layerId)
}

export function forgetTileExtent(layerId: string): void {
  extents.delete(layerId)
}
