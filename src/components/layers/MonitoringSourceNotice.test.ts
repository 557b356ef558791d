// @vitest-environment happy-dom
// What the planner reads about a monitoring service (issue #17 §3): the progress while it is read, the
// service and its rows' problems once read, and — when it fails — which service, why, and that the
// shipped series is shown; in the UI language.
import { describe, expect, it } from 'vitest'
import { mountWithStores } from '../../../tests/support/mount-app.ts'
import { useWaterStore } from '@/stores/water.ts'
import { useSettingsStore } from '@/stores/settings.ts'
import MonitoringSourceNotice from './MonitoringSourceNotice.vue'

describe('MonitoringSourceNotice', () => {
  it('shows the progress, then the service with its rows’ problems', async () => {
    const notice = mountWithStores(MonitoringSourceNotice)
    const water = useWaterStore()
    water.setSource({ kind: 'service', url: 'shuitian/wfs' })
    water.setProgress({ pages: 2, read: 400, total: 1620 })
    await notice.vm.$nextTick()
    expect(notice.get('[data-testid="monitoring-progress"]').text()).toContain('已读取 400 / 1620 行')
    water.setProgress(null)
    water.setSource({
      kind: 'service', url: 'shuitian/wfs', read: 1620, pages: 9, truncated: false,
      problems: [{ row: 4, reason: '第 4 行：与第 2 行为同一断面同一月份，重复行已跳过', reasonEn: 'Row 4: same section and month as row 2; duplicate skipped' }],
    })
    await notice.vm.$nextTick()
    expect(notice.get('[data-testid="monitoring-service"]').text()).toBe('监测数据来自服务 shuitian/wfs：读取 1620 行（9 页）')
    expect(notice.get('[data-testid="monitoring-problems"]').text()).toContain('第 4 行：与第 2 行为同一断面同一月份')
    useSettingsStore().toggleLocale()
    await notice.vm.$nextTick()
    expect(notice.get('[data-testid="monitoring-problems"]').text()).toContain('Row 4: same section and month as row 2')
  })

  it('names the failed service and why, and says the shipped series is shown', async () => {
    const notice = mountWithStores(MonitoringSourceNotice)
    useWaterStore().setSource({ kind: 'fallback', url: 'shuitian/ogcapi/collections/monitoring', failure: { kind: 'http', detail: 'HTTP 500' } })
    await notice.vm.$nextTick()
    expect(notice.get('[role="alert"]').text()).toBe('监测服务 shuitian/ogcapi/collections/monitoring 不可用：服务器返回错误（HTTP 500）。现显示随应用提供的监测数据。')
    useSettingsStore().toggleLocale()
    await notice.vm.$nextTick()
    expect(notice.get('[role="alert"]').text()).toBe(
      'The monitoring service shuitian/ogcapi/collections/monitoring is not available: the server answered with an error (HTTP 500). The monitoring data shipped with the app is shown.',
    )
  })

  it('says what a monitoring entry must look like when the catalogue’s is not one', async () => {
    const notice = mountWithStores(MonitoringSourceNotice)
    useWaterStore().setSource({ kind: 'fallback', url: 'geodata/catalogue.json', failure: { kind: 'bad-entry', detail: '{"kind":"wfs"}' } })
    await notice.vm.$nextTick()
    expect(notice.get('[role="alert"]').text()).toBe(
      '监测服务 geodata/catalogue.json 不可用："monitoring" 应为 {kind: "ogc-features", url} 或 {kind: "wfs", url, typeName}，from/to 写作 YYYY-MM；现为 {"kind":"wfs"}。现显示随应用提供的监测数据。',
    )
  })
})
