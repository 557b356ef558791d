// Every fixture of tests/fixtures/import lands where its manifest says, in WGS84, within 0.1 m.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importFile } from '@/data/import/index.ts'
import type { Position } from 'geojson'

interface Expected {
  file: string
  format: string
  crs: string
  features: number
  positions: number[][]
}

const directory = join(import.meta.dirname, '../fixtures/import')
const manifest = JSON.parse(readFileSync(join(directory, 'manifest.json'), 'utf8')) as Expected[]
/** 1e-6° is about 0.1 m at Shanghai's latitude, ten times tighter than the 1 m the issue asks for. */
const tolerance = 1e-6

function allPositions(coordinates: unknown): Position[] {
  if (!Array.isArray(coordinates)) return []
  if (typeof coordinates[0] === 'number') return [coordinates as Position]
  return coordinates.flatMap(allPositions)
}

describe('import fixtures', () => {
  it.each(manifest.map((entry) => [entry.file, entry] as const))('%s', async (file, entry) => {
    const { features, report } = await importFile(file, new Uint8Array(readFileSync(join(directory, file))))
    expect(report.format).toBe(entry.format)
    expect(report.crs).toBe(entry.crs)
    expect(features.features).toHaveLength(entry.features)
    expect(report.skipped).toEqual([])
    const found = features.features.flatMap((feature) => allPositions((feature.geometry as { coordinates: unknown }).coordinates))
    for (const [lon, lat] of entry.positions as [number, number][]) {
      const nearest = Math.min(...found.map(([x, y]) => Math.max(Math.abs((x as number) - lon), Math.abs((y as number) - lat))))
      expect(nearest, `${lon},${lat}`).toBeLessThan(tolerance)
    }
  })

  it('reads GBK attribute text from the CGCS2000 shapefiles', async () => {
    const zone41 = await importFile('a.zip', new Uint8Array(readFileSync(join(directory, 'sample-points-cgcs2000-zone41.zip'))))
    expect(zone41.features.features.map((feature) => feature.properties?.NAME)).toEqual(['样例点位甲', '样例点位乙', '样例点位丙'])
    const cm120 = await importFile('b.zip', new Uint8Array(readFileSync(join(directory, 'sample-block-cgcs2000-cm120.zip'))))
    expect(cm120.features.features[0]?.properties?.NAME).toBe('样例地块一')
  })

  it('says when the Gauss–Krüger meridian was a guess, and accepts an override', async () => {
    const bytes = new Uint8Array(readFileSync(join(directory, 'sample-points-survey-gk121.csv')))
    const guessed = await importFile('survey.csv', bytes)
    expect(guessed.report.crsSource).toBe('values')
    expect(guessed.report.warnings.join('\n')).toMatch(/推测|guess/)
    expect(guessed.report.warnings.join('\n')).toMatch(/对调|exchanged/)
    const chosen = await importFile('survey.csv', bytes, { crs: 'GK:121' })
    expect(chosen.report.crsSource).toBe('option')
    expect(chosen.features.features[0]?.geometry).toEqual(guessed.features.features[0]?.geometry)
  })
})
