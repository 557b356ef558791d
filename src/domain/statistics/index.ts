export { groupBy, MISSING_LABEL } from './group.ts'
export type { GroupKey, Measure, StatisticsRow, GroupOptions } from './group.ts'
export { statisticsTable } from './table.ts'
export type { StatisticsTable, StatisticsColumn, TableOptions } from './table.ts'
