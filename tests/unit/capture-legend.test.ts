import { describe, expect, it } from 'vitest'
import { legendOf } from '@/map/tour/capture-decorations.ts'
import { CHANGE_RINGS } from '@/config/change-palette.ts'

describe('legendOf (PNG exports and briefing images)', () => {
  it('explains the comparison rings with their counts after the sections when comparing', () => {
    const legend = legendOf(['sections'], 'zh', { compare: 'previous', counts: { better: 4, worse: 1, same: 30, unknown: 10 } })
    expect(legend.map((group) => group.title)).toEqual(['地表水监测断面', '环比'])
    expect(legend[1]!.entries.map((entry) => entry.label)).toEqual(['好转 4', '变差 1', '无变化 30', '无法比较 10'])
    expect(legend[1]!.entries[0]!.ring).toEqual(CHANGE_RINGS.better)
  })

  it('has no rings group without a comparison or without the sections', () => {
    expect(legendOf(['sections'], 'zh')).toHaveLength(1)
    expect(legendOf(['greenways'], 'en', { compare: 'lastYear', counts: { better: 1, worse: 0, same: 0, unknown: 0 } }).map((group) => group.title)).not.toContain('vs same period last year')
  })
})
