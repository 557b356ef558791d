import { describe, expect, it } from 'vitest'
import { SOIL_ITEMS, soilItem } from './index.ts'

describe('GB 36600-2018 Table 1', () => {
  it('holds the 45 basic items, numbered 1–45, each CAS once', () => {
    expect(SOIL_ITEMS.map((item) => item.no)).toEqual(Array.from({ length: 45 }, (_, index) => index + 1))
    expect(new Set(SOIL_ITEMS.map((item) => item.cas)).size).toBe(45)
  })

  it('has 7 metals, 27 volatile and 11 semi-volatile organics', () => {
    const count = (group: string) => SOIL_ITEMS.filter((item) => item.group === group).length
    expect([count('重金属和无机物'), count('挥发性有机物'), count('半挥发性有机物')]).toEqual([7, 27, 11])
  })

  // Rows copied by hand from domain-reference §4.1 (S1, S2, C1, C2 in mg/kg).
  it.each([
    ['7440-38-2', '砷', 20, 60, 120, 140],
    ['7440-43-9', '镉', 20, 65, 47, 172],
    ['18540-29-9', '铬（六价）', 3.0, 5.7, 30, 78],
    ['7439-92-1', '铅', 400, 800, 800, 2500],
    ['107-06-2', '1,2-二氯乙烷', 0.52, 5, 6, 21],
    ['71-55-6', '1,1,1-三氯乙烷', 701, 840, 840, 840],
    ['75-01-4', '氯乙烯', 0.12, 0.43, 1.2, 4.3],
    ['71-43-2', '苯', 1, 4, 10, 40],
    ['108-38-3,106-42-3', '间二甲苯+对二甲苯', 163, 570, 500, 570],
    ['62-53-3', '苯胺', 92, 260, 211, 663],
    ['95-57-8', '2-氯酚', 250, 2256, 500, 4500],
    ['50-32-8', '苯并[a]芘', 0.55, 1.5, 5.5, 15],
    ['218-01-9', '䓛', 490, 1293, 4900, 12900],
    ['91-20-3', '萘', 25, 70, 255, 700],
  ])('%s %s: S1 %d, S2 %d, C1 %d, C2 %d', (cas, nameZh, s1, s2, c1, c2) => {
    const item = soilItem(cas)
    expect(item?.nameZh).toBe(nameZh)
    expect(item?.screening).toEqual([s1, s2])
    expect(item?.intervention).toEqual([c1, c2])
  })

  it('never has a screening value above its intervention value', () => {
    for (const item of SOIL_ITEMS) {
      expect(item.screening[0]).toBeLessThanOrEqual(item.intervention[0])
      expect(item.screening[1]).toBeLessThanOrEqual(item.intervention[1])
    }
  })

  it('finds the m+p-xylene sum whichever way its two CAS numbers are written', () => {
    expect(soilItem('106-42-3, 108-38-3')?.no).toBe(33)
    expect(soilItem('108-38-3')).toBeUndefined()
  })
})
