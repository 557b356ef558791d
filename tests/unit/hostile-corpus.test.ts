// Every file of the hostile corpus goes through importFile: it must either import with the expected
// report or fail with an ImportError that names the file, within a time bound, without polluting
// Object.prototype, and with HTML payloads kept as literal text (never interpreted).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ImportError, importFile, type ImportResult } from '@/data/import/index.ts'

interface Entry {
  file: string
  about: string
  options?: { crs?: string; maxBytes?: number }
  expect: 'rejected' | 'imported'
  code?: string
  message?: string
  features?: number
  skipped?: number
  warnings?: string[]
  literal?: { key: string; value: string }
}

const directory = join(import.meta.dirname, '../fixtures/hostile')
const manifest = JSON.parse(readFileSync(join(directory, 'manifest.json'), 'utf8')) as Entry[]
const timeBound = 5_000

async function outcome(entry: Entry): Promise<ImportResult | ImportError> {
  const bytes = new Uint8Array(readFileSync(join(directory, entry.file)))
  try {
    return await importFile(entry.file, bytes, entry.options)
  } catch (error) {
    if (error instanceof ImportError) return error
    throw error
  }
}

describe('hostile-input corpus', () => {
  afterEach(() => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
    expect((globalThis as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('holds at least 60 files', () => {
    expect(manifest.length).toBeGreaterThanOrEqual(60)
  })

  it.each(manifest.map((entry) => [entry.file, entry] as const))('%s', async (_file, entry) => {
    const started = performance.now()
    const result = await outcome(entry)
    expect(performance.now() - started).toBeLessThan(timeBound)
    if (entry.expect === 'rejected') {
      expect(result, entry.about).toBeInstanceOf(ImportError)
      const error = result as ImportError
      expect(error.message).toContain(entry.file)
      expect(error.code).toBe(entry.code)
      expect(error.message).toMatch(new RegExp(entry.message ?? '.'))
      return
    }
    expect(result, result instanceof ImportError ? result.message : entry.about).not.toBeInstanceOf(ImportError)
    const { features, report } = result as ImportResult
    expect(features.features).toHaveLength(entry.features as number)
    expect(report.imported).toBe(entry.features)
    if (entry.skipped !== undefined) expect(report.skipped).toHaveLength(entry.skipped)
    for (const pattern of entry.warnings ?? []) {
      expect(report.warnings.some((warning) => new RegExp(pattern).test(warning)), `${pattern} in ${report.warnings.join(' | ')}`).toBe(true)
    }
    if (entry.literal) {
      const values = features.features.map((feature) => feature.properties?.[entry.literal!.key])
      expect(values).toContain(entry.literal.value)
    }
    for (const feature of features.features) {
      for (const key of Object.keys(feature.properties ?? {})) expect(['__proto__', 'constructor', 'prototype']).not.toContain(key)
      expect(Object.getPrototypeOf(feature.properties)).toBe(Object.prototype)
    }
  }, timeBound * 2)
})

// Big vertex counts are generated here rather than stored: the repository stays small.
describe('vertex limits (generated at test time)', () => {
  const line = (vertices: number) =>
    new TextEncoder().encode(`{"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[${'[121.47,30.92],'.repeat(vertices - 1)}[121.48,30.93]]}}`)

  it('imports a line of 1,000,000 vertices within the time bound', async () => {
    const started = performance.now()
    const { features, report } = await importFile('vertices-1e6.geojson', line(1_000_000))
    expect(performance.now() - started).toBeLessThan(timeBound)
    expect(features.features).toHaveLength(1)
    expect(report.read).toBe(1)
  }, timeBound * 2)

  it('refuses 2,100,000 vertices with a message naming the file', async () => {
    const attempt = importFile('vertices-2.1e6.geojson', line(2_100_000))
    await expect(attempt).rejects.toBeInstanceOf(ImportError)
    await expect(attempt).rejects.toThrow(/vertices-2\.1e6\.geojson.*顶点/)
  }, timeBound * 2)

  it('refuses a KML of 2,500,000 vertices before building its DOM', async () => {
    const text = `<kml><Placemark><LineString><coordinates>${'121.47,30.92 '.repeat(2_500_000)}</coordinates></LineString></Placemark></kml>`
    const started = performance.now()
    await expect(importFile('vertices-2.5e6.kml', new TextEncoder().encode(text))).rejects.toThrow(/vertices-2\.5e6\.kml.*顶点/)
    expect(performance.now() - started).toBeLessThan(timeBound)
  }, timeBound * 2)
})
