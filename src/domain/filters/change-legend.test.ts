import { describe, expect, it } from 'vitest'
import { changeLegendEntries, changeLegendLine } from './change-legend.ts'

describe('changeLegendEntries', () => {
  it('lists 好转, 变差, 无变化 with their counts, and 无法比较 only when some section could not be compared', () => {
    expect(changeLegendEntries({ better: 3, worse: 2, same: 38, unknown: 0 }, 'zh')).toEqual([
      { change: 'better', label: '好转', count: 3 },
      { change: 'worse', label: '变差', count: 2 },
      { change: 'same', label: '无变化', count: 38 },
    ])
    expect(changeLegendEntries({ better: 0, worse: 0, same: 40, unknown: 5 }, 'en').map((entry) => `${entry.label} ${entry.count}`)).toEqual([
      'Better 0',
      'Worse 0',
      'No change 40',
      'Not comparable 5',
    ])
  })

  it('writes one line for a printed page', () => {
    expect(changeLegendLine('lastYear', { better: 3, worse: 2, same: 38, unknown: 0 }, 'zh')).toBe('同比：好转 3 · 变差 2 · 无变化 38')
  })
})
