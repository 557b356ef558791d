/**
 * UI strings of the view's state made visible (issue 12): the filter chip bar, the comparison legend,
 * the notice after leaving a presentation, the batch exports. Every key exists in both languages.
 */
export const VIEW_MESSAGES = {
  zh: {
    'view.filter.label': '筛选条件',
    'view.filter.showing': '显示 {shown} / {total}',
    'view.filter.clear': '清除筛选',
    'view.filter.badge': '已筛选：显示 {shown} / {total}',
    'view.change.title': '{compare}（与 {reference} 比较）',
    'view.change.better': '好转',
    'view.change.worse': '变差',
    'view.change.same': '无变化',
    'view.change.unknown': '无法比较',
    'view.change.count': '{name} {count}',
    'view.return.firstStop': '已退出演示。此前没有打开的视图，地图停在路线第 1 站“{title}”。',
    'view.return.dismiss': '知道了',
    'view.export.zip': '下载全部 PNG（ZIP）',
    'view.export.zipWorking': '正在打包…',
    'view.briefing.cover': '封面',
    'view.briefing.stops': '共 {count} 站',
  },
  en: {
    'view.filter.label': 'Filter',
    'view.filter.showing': 'Showing {shown} / {total}',
    'view.filter.clear': 'Clear filter',
    'view.filter.badge': 'Filtered: showing {shown} / {total}',
    'view.change.title': '{compare} (against {reference})',
    'view.change.better': 'Better',
    'view.change.worse': 'Worse',
    'view.change.same': 'No change',
    'view.change.unknown': 'Not comparable',
    'view.change.count': '{name} {count}',
    'view.return.firstStop': 'Left the presentation. There was no earlier view, so the map stays at stop 1 of the tour, "{title}".',
    'view.return.dismiss': 'OK',
    'view.export.zip': 'Download all PNGs (ZIP)',
    'view.export.zipWorking': 'Packing…',
    'view.briefing.cover': 'Cover',
    'view.briefing.stops': '{count} stops',
  },
} as const

export type ViewMessageKey = keyof (typeof VIEW_MESSAGES)['zh']
