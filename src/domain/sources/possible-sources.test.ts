import { describe, expect, it } from 'vitest'
import { at } from '../../../tests/support/test-fixtures.ts'
import { possibleSources, type OutletSite, type RiverLine } from './possible-sources.ts'

// A river running 10 km west → east with a bend, and a section at 4 km along it.
const LINE: RiverLine = { name: '金汇港', startSide: 'west', coordinates: [at(0, 0), at(6000, 0), at(6000, 4000)] }
const NORTH_SOUTH: RiverLine = { name: '竹港', startSide: 'north', coordinates: [at(0, 0), at(0, -5000)] }
const outlet = (id: string, enterprise: string, river: string, east: number, north: number): OutletSite => ({ id, enterprise, river, position: at(east, north) })
const OUTLETS: OutletSite[] = [
  outlet('O1', 'E1', '金汇港', 3000, 150), // 1 km west of the section, 150 m off the line
  outlet('O2', 'E2', '金汇港', 6100, 1500), // after the bend: 2 km + 1.5 km = 3.5 km east along the river
  outlet('O3', 'E2', '金汇港', 5000, -100), // 1 km east
  outlet('O4', 'E3', '金汇港', 500, 0), // 3.5 km west
  outlet('O5', 'E4', '竹港', 4100, 0), // on another river, 100 m away as the crow flies: not a source
]
const SECTION = { river: '金汇港', position: at(4000, 0) }

describe('possibleSources', () => {
  it('lists the outlets on the same river within the distance, along the river, on both sides, nearest first', () => {
    const result = possibleSources(SECTION, [LINE, NORTH_SOUTH], OUTLETS, 2)
    expect(result.measurable).toBe(true)
    expect(result.towardStart.map((entry) => entry.outlet)).toEqual(['O1'])
    expect(result.towardEnd.map((entry) => entry.outlet)).toEqual(['O3'])
    expect(result.towardStart[0]!.alongKilometres).toBeCloseTo(1, 1)
    expect(result.sides).toEqual({ start: 'west', end: 'east' })
  })

  it('measures along the bend, not as the crow flies (O2 is 2.9 km away straight, 3.5 km along the river)', () => {
    const within3 = possibleSources(SECTION, [LINE], OUTLETS, 3)
    expect(within3.towardEnd.map((entry) => entry.outlet)).toEqual(['O3'])
    const within4 = possibleSources(SECTION, [LINE], OUTLETS, 4)
    expect(within4.towardEnd.map((entry) => entry.outlet)).toEqual(['O3', 'O2'])
    expect(within4.towardEnd[1]!.alongKilometres).toBeCloseTo(3.5, 1)
    expect(within4.towardStart.map((entry) => entry.outlet)).toEqual(['O1', 'O4'])
  })

  it('names each enterprise once, nearest outlet first, and never one on another river', () => {
    expect(possibleSources(SECTION, [LINE], OUTLETS, 4).enterprises).toEqual(['E1', 'E2', 'E3'])
  })

  it('names the sides of a north–south river north and south', () => {
    expect(possibleSources({ river: '竹港', position: at(0, -2000) }, [NORTH_SOUTH], OUTLETS, 5).sides).toEqual({ start: 'north', end: 'south' })
  })

  it('says a river without a line cannot be measured', () => {
    const result = possibleSources({ river: '巨潮港', position: at(0, 0) }, [LINE], OUTLETS, 5)
    expect(result.measurable).toBe(false)
    expect(result.enterprises).toEqual([])
  })
})
