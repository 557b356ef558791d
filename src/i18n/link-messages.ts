/** Words for what an opened link named that does not exist (issue #14 §6). Both languages, same keys. */
export const LINK_MESSAGES = {
  zh: {
    'link.ignoredIntro': '链接中的以下内容在本应用中不存在，已忽略：',
    'link.kind.river': '河道',
    'link.kind.town': '街镇',
    'link.kind.layer': '图层',
    'link.kind.feature': '要素',
    'link.dismiss': '知道了',
  },
  en: {
    'link.ignoredIntro': 'The link names things this app does not have; they were ignored:',
    'link.kind.river': 'river',
    'link.kind.town': 'town',
    'link.kind.layer': 'layer',
    'link.kind.feature': 'feature',
    'link.dismiss': 'Dismiss',
  },
} as const

export type LinkMessageKey = keyof (typeof LINK_MESSAGES)['zh']
