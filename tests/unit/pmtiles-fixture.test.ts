/**
 * The PMTiles test archive is read back with the `pmtiles` package (the reader the app uses) and its
 * tiles decoded with @mapbox/vector-tile (an independent MVT decoder): every invented feature must come
 * back at every zoom with its name and, within one tile unit, its position.
 */
import { readFileSync, statSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { Compression, PMTiles, TileType, type Source } from 'pmtiles'
import { VectorTile } from '@mapbox/vector-tile'
import { PbfReader } from 'pbf'
import type { Position } from 'geojson'
import {
  buildPmtilesFixture,
  FIXTURE_FILE,
  FIXTURE_MAX_ZOOM,
  FIXTURE_MIN_ZOOM,
  FIXTURE_SOURCE_LAYER,
} from '../../scripts/fixtures/pmtiles/pmtiles-fixture.ts'
import { sampleFeatures } from '../../scripts/fixtures/pmtiles/sample-features.ts'

const committed = new Uint8Array(readFileSync(FIXTURE_FILE))

/** A Source over bytes in memory: what FileSource does for a File, without the DOM. */
function memorySource(bytes: Uint8Array, key = 'memory'): Source {
  return {
    getKey: () => key,
    getBytes: async (offset, length) => ({ data: bytes.slice(offset, offset + length).buffer }),
  }
}

/** Slippy-map tile of a position (OSM wiki formula), written here independently of the generator. */
function tileOf(lon: number, lat: number, z: number): [number, number] {
  const n = 2 ** z
  const latRad = (lat * Math.PI) / 180
  return [Math.floor(((lon + 180) / 360) * n), Math.floor(((1 - Math.asinh(Math.tan(latRad)) / Math.PI) / 2) * n)]
}

async function decodedTile(archive: PMTiles, z: number, x: number, y: number) {
  const response = await archive.getZxy(z, x, y)
  if (!response) return undefined
  return new VectorTile(new PbfReader(new Uint8Array(response.data))).layers[FIXTURE_SOURCE_LAYER]
}

const zooms = Array.from({ length: FIXTURE_MAX_ZOOM - FIXTURE_MIN_ZOOM + 1 }, (_, index) => FIXTURE_MIN_ZOOM + index)
const features = sampleFeatures().features
const firstPosition = (geometry: (typeof features)[number]['geometry']): Position =>
  geometry.type === 'Point' ? geometry.coordinates : geometry.type === 'LineString' ? geometry.coordinates[0]! : geometry.coordinates[0]![0]!

function bbox(geometry: (typeof features)[number]['geometry']): number[] {
  const positions = geometry.type === 'Point' ? [geometry.coordinates] : geometry.type === 'LineString' ? geometry.coordinates : geometry.coordinates.flat()
  const lons = positions.map((position) => position[0]!)
  const lats = positions.map((position) => position[1]!)
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)]
}

describe('PMTiles test archive', () => {
  it('is committed exactly as the generator builds it, and small', () => {
    expect(Buffer.from(buildPmtilesFixture()).equals(Buffer.from(committed))).toBe(true)
    expect(statSync(FIXTURE_FILE).size).toBeLessThan(200_000)
  })

  it('has a PMTiles v3 header for gzip MVT tiles over Fengxian, z8–z14', async () => {
    const header = await new PMTiles(memorySource(committed)).getHeader()
    expect(header).toMatchObject({
      specVersion: 3,
      tileType: TileType.Mvt,
      tileCompression: Compression.Gzip,
      internalCompression: Compression.Gzip,
      minZoom: 8,
      maxZoom: 14,
      clustered: true,
    })
    expect(header.minLon).toBeGreaterThan(121.2)
    expect(header.maxLon).toBeLessThan(121.9)
    expect(header.minLat).toBeGreaterThan(30.6)
    expect(header.maxLat).toBeLessThan(31.1)
  })

  it('declares its layer and marks itself as sample data in the metadata', async () => {
    const metadata = (await new PMTiles(memorySource(committed)).getMetadata()) as { sample: boolean; vector_layers: { id: string }[] }
    expect(metadata.sample).toBe(true)
    expect(metadata.vector_layers.map((layer) => layer.id)).toEqual([FIXTURE_SOURCE_LAYER])
  })

  it.each(zooms)('holds all 50 features at z%i, each in the tile of its position, by name and position', async (z) => {
    const archive = new PMTiles(memorySource(committed))
    const unit = 360 / 2 ** z / 4096
    for (const feature of features) {
      const [lon, lat] = firstPosition(feature.geometry) as [number, number]
      const [x, y] = tileOf(lon, lat, z)
      const layer = await decodedTile(archive, z, x, y)
      expect(layer, `${feature.properties.id} at ${z}/${x}/${y}`).toBeDefined()
      const found = Array.from({ length: layer!.length }, (_, index) => layer!.feature(index)).find((candidate) => candidate.properties.id === feature.properties.id)
      expect(found, `${feature.properties.id} at ${z}/${x}/${y}`).toBeDefined()
      expect(found!.properties).toMatchObject({ name: feature.properties.name, sample: true })
      const decoded = found!.toGeoJSON(x, y, z).geometry
      expect(decoded.type).toBe(feature.geometry.type)
      // Ring start and direction may change (MVT winding), so compare the bounding boxes.
      const expected = bbox(feature.geometry)
      bbox(decoded as typeof feature.geometry).forEach((value, index) => expect(Math.abs(value - expected[index]!)).toBeLessThan(unit * 1.5))
    }
    expect(features).toHaveLength(50)
  })

  it('writes polygon exterior rings with a positive area, as MVT 2.1 §4.3.4.4 requires', async () => {
    const archive = new PMTiles(memorySource(committed))
    const polygon = features.find((feature) => feature.geometry.type === 'Polygon')!
    const [lon, lat] = firstPosition(polygon.geometry) as [number, number]
    const [x, y] = tileOf(lon, lat, 14)
    const layer = (await decodedTile(archive, 14, x, y))!
    const found = Array.from({ length: layer.length }, (_, index) => layer.feature(index)).find((candidate) => candidate.properties.id === polygon.properties.id)!
    const ring = found.loadGeometry()[0]!
    let area = 0
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) area += ring[j]!.x * ring[i]!.y - ring[i]!.x * ring[j]!.y
    expect(area).toBeGreaterThan(0)
  })

  it.each([
    ['outside the data (Beijing, z10)', 10, ...tileOf(116.4, 39.9, 10)],
    ['below the archive’s zooms (z7)', 7, ...tileOf(121.5, 30.9, 7)],
    ['above the archive’s zooms (z15)', 15, ...tileOf(121.5, 30.9, 15)],
  ] as const)('has no tile %s', async (_label, z, x, y) => {
    expect(await new PMTiles(memorySource(committed)).getZxy(z, x, y)).toBeUndefined()
  })

  it('reads back the same features when built without compression', async () => {
    const plain = buildPmtilesFixture('none')
    const archive = new PMTiles(memorySource(plain, 'plain'))
    expect((await archive.getHeader()).tileCompression).toBe(Compression.None)
    const [x, y] = tileOf(121.56, 30.91, 8)
    const layer = (await decodedTile(archive, 8, x, y))!
    expect(layer.length).toBe(50)
  })
})
