/** Which dropped tables are monitoring tables, on the real fixtures. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { guessKind } from './guess-kind.ts'

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../../../tests/fixtures/${path}`, import.meta.url)))

describe('guessKind', () => {
  it.each([
    ['monitoring/messy-gbk.csv', 'monitoring'],
    ['monitoring/messy-table.xlsx', 'monitoring'],
    ['import/sample-points-gcj02.csv', 'geometry'],
    ['import/sample-points-baidu.xlsx', 'geometry'],
    ['import/sample-places.geojson', 'geometry'],
    ['monitoring/broken.xlsx', 'geometry'],
  ])('%s is read as %s', async (path, kind) => {
    expect(await guessKind(path.split('/')[1]!, fixture(path))).toBe(kind)
  })

  it('takes a table with a section, a date AND coordinates for a map layer', async () => {
    const csv = new TextEncoder().encode('断面名称,监测时间,经度,纬度\n甲,2020-06,121.5,30.9\n')
    expect(await guessKind('points.csv', csv)).toBe('geometry')
  })
})
