/** Issue #4 on the map: plots follow the clock's stage, legends filter by stage, parcels show their verdict. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPage, startApp, type TestApp } from './support/browser.ts'
import { renderedIds, readLayerFile } from './support/map-probe.ts'
import { stageAt } from '@/domain/remediation/index.ts'
import { withDerivedProperties } from '@/domain/families/registry.ts'

const PLOT_LAYERS = ['remediation-plots-fill']
let app: TestApp
const plots = readLayerFile('remediation-plots').features

beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.close()
})

const idsWhere = (predicate: (history: unknown) => boolean) =>
  plots.filter((plot) => predicate(plot.properties!.stageHistory)).map((plot) => String(plot.properties!.id)).sort()

describe('remediation plots on the clock', () => {
  it('draws only the plots that had entered their life cycle by the clock month', async () => {
    const month = '2018-01'
    const { page, context } = await openPage(app, `?m=${month}`)
    expect(await renderedIds(page, PLOT_LAYERS)).toEqual(idsWhere((history) => stageAt(history, month) !== null))
    await context.close()
  })

  it('shows a year as it stood at its end: the plots that had entered their life cycle by December', async () => {
    const { page, context } = await openPage(app, '?m=2018-01&mode=year')
    const byDecember = idsWhere((history) => stageAt(history, '2018-12') !== null)
    // The sample data has plots that enter during 2018, so the start of the year would show fewer.
    expect(byDecember.length).toBeGreaterThan(idsWhere((history) => stageAt(history, '2018-01') !== null).length)
    expect(await renderedIds(page, PLOT_LAYERS)).toEqual(byDecember)
    await context.close()
  })

  it('hides the plots of one stage when its legend entry is switched off', async () => {
    const month = '2020-12'
    const { page, context } = await openPage(app, `?m=${month}`)
    const stage = stageAt(plots[0]!.properties!.stageHistory, month)!
    await page.click(`[data-testid="legend-remediation-plots-${stage}"]`)
    expect(await renderedIds(page, PLOT_LAYERS)).toEqual(
      idsWhere((history) => stageAt(history, month) !== null && stageAt(history, month) !== stage),
    )
    expect(await page.getAttribute(`[data-testid="legend-remediation-plots-${stage}"]`, 'aria-pressed')).toBe('false')
    await context.close()
  })
})

describe('soil parcels', () => {
  it('lets a planner show only the parcels above the GB 36600 screening value', async () => {
    const parcels = withDerivedProperties({ id: 'soil-parcels', family: 'soil' }, readLayerFile('soil-parcels').features)
    const exceeding = parcels.filter((parcel) => ['screening', 'intervention'].includes(String(parcel.properties!.verdict)))
    expect(exceeding.length).toBeGreaterThan(0)
    const { page, context } = await openPage(app, '?m=2020-12&l=soil-parcels&c=121.56,30.9,9.5,0,0')
    for (const verdict of ['below', 'unsampled']) await page.click(`[data-testid="legend-soil-parcels-${verdict}"]`)
    expect(await renderedIds(page, ['soil-parcels-fill'])).toEqual(exceeding.map((parcel) => String(parcel.properties!.id)).sort())
    await context.close()
  })
})
