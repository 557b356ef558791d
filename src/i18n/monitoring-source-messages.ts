/**
 * UI strings of the monitoring source notice (issue #17 §3): reading a monitoring service, what it gave,
 * and why the shipped series is shown instead, or the shipped table's problems. Their own table, loaded
 * with the notice (only when there is something to say), not with the app's first load. Every key in both languages.
 */
export const MONITORING_SOURCE_MESSAGES = {
  zh: {
    'source.loading': '正在从监测服务读取监测数据…',
    'source.progress': '已读取 {read} 行',
    'source.progressOf': '已读取 {read} / {total} 行',
    'source.service': '监测数据来自服务 {url}：读取 {read} 行（{pages} 页）',
    'source.truncated': '只读取了前 {read} 行（服务设置的 maxFeatures 上限）',
    'source.problems': '{count} 条数据问题（第 1 行为表头，其后按服务返回的顺序）',
    'source.more': '另有 {count} 条未列出',
    'source.table': '监测数据表 {url} 有问题的行已跳过、有问题的数值未计入，其余照常显示。',
    'source.tableProblems': '{count} 条数据问题（第 1 行为表头）',
    'source.fallback': '监测服务 {url} 不可用：{failure}。现显示随应用提供的监测数据。',
    'source.failure.unreachable': '无法连接服务器',
    'source.failure.http': '服务器返回错误（{detail}）',
    'source.failure.invalid-body': '返回内容不是 GeoJSON 要素集合（{detail}）',
    'source.failure.repeated-page': '服务未按分页返回，读取 {detail} 行后重复发送已读取的行（请把 pageSize 调到总行数以上，或改用 WFS）',
    'source.failure.no-rows': '读取 {detail} 行，没有可用的监测行',
    'source.failure.bad-entry': '"monitoring" 应为 {kind: "ogc-features", url} 或 {kind: "wfs", url, typeName}，from/to 写作 YYYY-MM；现为 {detail}',
  },
  en: {
    'source.loading': 'Reading the monitoring series from the service…',
    'source.progress': '{read} rows read',
    'source.progressOf': '{read} of {total} rows read',
    'source.service': 'Monitoring series from the service {url}: {read} rows read ({pages} pages)',
    'source.truncated': 'only the first {read} rows were read (maxFeatures of the service)',
    'source.problems': '{count} data problems (row 1 is the header, then the rows in the order the service sent them)',
    'source.more': '{count} more not listed',
    'source.table': 'In the monitoring table {url}, rows with problems were skipped and values with problems left out; the rest is shown.',
    'source.tableProblems': '{count} data problems (row 1 is the header)',
    'source.fallback': 'The monitoring service {url} is not available: {failure}. The monitoring data shipped with the app is shown.',
    'source.failure.unreachable': 'the server cannot be reached',
    'source.failure.http': 'the server answered with an error ({detail})',
    'source.failure.invalid-body': 'the answer is not a GeoJSON FeatureCollection ({detail})',
    'source.failure.repeated-page': 'the service ignores paging: after {detail} rows it sent rows already read again (set pageSize above the number of rows, or use WFS)',
    'source.failure.no-rows': '{detail} rows read, none usable',
    'source.failure.bad-entry': '"monitoring" must be {kind: "ogc-features", url} or {kind: "wfs", url, typeName}, with from/to as YYYY-MM; found {detail}',
  },
} as const
