// Header normalisation is linear: a cell of 300,000 "(" took 112 s with the old bracket regex (issue #14 §2).
import { describe, expect, it } from 'vitest'
import { findCoordinateColumns, normaliseHeader } from './coordinate-columns.ts'
import { recogniseHeader } from '@/data/monitoring/headers.ts'

describe('header normalisation', () => {
  it('drops bracketed notes as before', () => {
    expect(normaliseHeader('经度（°）')).toBe('经度')
    expect(normaliseHeader('X坐标(GCJ02)')).toBe('x坐标')
    expect(normaliseHeader('lon((a)')).toBe('lon')
    expect(normaliseHeader('lat(open')).toBe('lat(open')
    expect(findCoordinateColumns(['Longitude [deg]', 'Latitude 【WGS84】'])).toEqual({ x: 0, y: 1, kind: 'lonlat' })
  })

  it('takes linear time on 300,000 opening brackets', () => {
    const started = performance.now()
    expect(normaliseHeader('('.repeat(300_000))).toBe('('.repeat(300_000))
    expect(recogniseHeader(`总磷${'('.repeat(300_000)})`)).toEqual({ kind: 'unknown' })
    expect(performance.now() - started).toBeLessThan(500)
  })

  it('still reads a monitoring header with a trailing note', () => {
    expect(recogniseHeader('总磷(以P计)')).toMatchObject({ kind: 'indicator' })
  })
})
