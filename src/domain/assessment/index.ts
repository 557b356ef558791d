// Public API of the assessment board (issue 13 §1): pure computations over the monitoring series.
export { buildSeriesTable, buildSeriesTableFromColumns, monthIndexRange, CELL, type AssessmentSection, type SeriesTable } from './series-table.ts'
export { sectionPeriod, type SectionPeriod } from './section-period.ts'
export {
  periodAround,
  periodBetween,
  samePeriodYearBefore,
  monthsOf,
  groupKey,
  sectionsOfGroup,
  groupNames,
  ASSESSED_LEVELS,
  type AssessmentPeriod,
  type AssessmentGroup,
  type PeriodKind,
} from './selection.ts'
export { computeBoard, type Board, type SectionRow, type Distribution, type GroupStatus, type Attainment } from './board.ts'
export { groupMeans, type GroupMean } from './group-means.ts'
export { yearToDateMargin, type YearToDateMargin } from './margin.ts'
export { cwqiOf, itemIndex, rankUnits, type CwqiRow, type CwqiValue } from './cwqi.ts'
export { createBoardMemo, type BoardMemo } from './memo.ts'
