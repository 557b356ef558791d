/** Every message the importer writes for the hostile corpus and the import fixtures splits into its two languages. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ImportError, importFile } from '@/data/import/index.ts'
import { bilingual } from '@/data/import/errors.ts'
import { inLanguage } from './local-text.ts'

const CJK = /[\u3400-\u9fff]/
const folders = ['hostile', 'import'].map((name) => join(import.meta.dirname, '../../../tests/fixtures', name))

async function messagesOf(folder: string, file: string): Promise<string[]> {
  try {
    const { report } = await importFile(file, new Uint8Array(readFileSync(join(folder, file))))
    return [...report.warnings, ...report.skipped.map((skip) => skip.reason)]
  } catch (error) {
    return error instanceof ImportError ? [error.message] : []
  }
}

describe('import messages in the planner language', () => {
  it('shows the Chinese or the English part of a bilingual text', () => {
    const text = bilingual('坐标按 WGS84 经纬度处理。GCJ-02（高德/腾讯）无法区分', 'coordinates were taken as WGS84 (GCJ-02 cannot be told apart)')
    expect(inLanguage(text, 'zh')).toBe('坐标按 WGS84 经纬度处理。GCJ-02（高德/腾讯）无法区分')
    expect(inLanguage(text, 'en')).toBe('coordinates were taken as WGS84 (GCJ-02 cannot be told apart)')
  })

  it('keeps the file name of a refused file in both languages', () => {
    const error = new ImportError('empty', '河道.geojson', '文件是空的', 'the file is empty')
    expect(inLanguage(error.message, 'zh')).toBe('「河道.geojson」文件是空的')
    expect(inLanguage(error.message, 'en')).toBe('"河道.geojson": the file is empty')
  })

  it('words the example skip of a refused file in the planner language only', async () => {
    const kml = `<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>
      <Placemark><name>甲</name></Placemark><Placemark><name>乙</name></Placemark></Document></kml>`
    const error = await importFile('无几何.kml', new TextEncoder().encode(kml)).then(
      () => null,
      (thrown: unknown) => thrown,
    )
    expect(error).toBeInstanceOf(ImportError)
    const message = (error as ImportError).message
    expect(inLanguage(message, 'zh')).toBe('「无几何.kml」没有可导入的要素（2 个全部被跳过，例如：要素 #0：地标没有几何）')
    expect(inLanguage(message, 'en')).toBe('"无几何.kml": no usable features (all 2 were skipped, e.g. feature #0 (0-based): placemark has no geometry)')
  })

  it.each([
    ['a library message', 'Unexpected token < in JSON'],
    ['a value with brackets of its own', '第 3 行（id “（1）”）重复'],
    ['text ending in a bracket that is all English', 'see (note)'],
  ])('leaves %s as it is', (_what, text) => {
    expect(inLanguage(text, 'en')).toBe(text)
    expect(inLanguage(text, 'zh')).toBe(text)
  })

  it('splits every message of the hostile corpus and the fixtures, without losing a word', async () => {
    let checked = 0
    for (const folder of folders) {
      for (const file of readdirSync(folder).filter((name) => !name.endsWith('.json') || name.includes('.'))) {
        if (file === 'manifest.json') continue
        for (const message of await messagesOf(folder, file)) {
          const zh = inLanguage(message, 'zh')
          const en = inLanguage(message, 'en')
          expect(zh, `${file}: ${message}`).not.toBe(en)
          expect(CJK.test(zh), `${file}: ${message}`).toBe(true)
          expect(message.startsWith(zh), `${file}: ${message}`).toBe(true)
          checked += 1
        }
      }
    }
    expect(checked).toBeGreaterThan(60)
  }, 60_000)
})
