// Public API of the water-quality engine (issue #3): GB 3838-2002 classes, 环办〔2011〕22号 evaluation.
export {
  INDICATORS,
  INDICATOR_INFO,
  PH_RANGE,
  EVALUATED_INDICATORS,
  PRIORITY_POLLUTANTS,
  evaluatedIndicators,
  limitsFor,
  isIndicator,
  type Indicator,
  type IndicatorInfo,
  type ClassLimits,
  type LimitDirection,
  type Waterbody,
} from './indicators.ts'
export {
  WATER_CLASSES,
  WATER_CLASS_NAMES,
  WATER_CLASS_NAMES_EN,
  QUALITY_STATUSES,
  QUALITY_WORDS,
  QUALITY_WORDS_EN,
  WATER_CLASS_COLOURS,
  NUMERAL_TEXT_COLOURS,
  NO_DATA_TEXT_COLOUR,
  NO_DATA_COLOUR,
  QUALITY_COLOURS,
  qualityOfClass,
  isWaterClass,
  colourOfClass,
  type WaterClass,
  type QualityStatus,
} from './water-class.ts'
export { parseMeasurement, isSampled, isNegativeValue, valueForMean, formatMeasurement, type Measurement } from './measurement.ts'
export {
  classifySample,
  classifyValue,
  classifyMeasurements,
  valuesForClassification,
  exceedanceMultiple,
  type Classification,
  type ClassifyOptions,
  type MainPollutant,
} from './classify.ts'
export {
  isMonth,
  monthOf,
  yearOf,
  quarterOf,
  monthRange,
  monthsOfYear,
  monthsOfQuarter,
  aggregatePeriod,
  samplesWithin,
  type Month,
  type MonthlySample,
  type PeriodResult,
} from './period.ts'
export { meetsTarget, summariseAttainment, isSteadilyMet, type AttainmentSummary } from './attainment.ts'
export {
  compareSectionClasses,
  evaluateGroup,
  compareGroups,
  PROPORTION_METHOD_MIN_SECTIONS,
  type SectionChange,
  type ChangeDirection,
  type ChangeLabel,
  type ChangeLevels,
  type GroupEvaluation,
  type GroupChange,
} from './change.ts'
export { classifyGroupByMeans } from './group-means.ts'
export {
  buildClassMatrix,
  buildClassMatrixFromRecords,
  classAt,
  classesInMonth,
  classesOfSection,
  type ClassMatrix,
  type MonitoringRecord,
} from './class-matrix.ts'
export { describeClass, describeClassEn, describeMainPollutant, describeMainPollutants } from './format.ts'
export { EVALUATION_DECIMALS, roundHalfEven, roundForEvaluation, roundMeans, formatExceedance, EXCEEDANCE_DECIMALS } from './rounding.ts'
export { findInvalidValues, describeInvalidValue, type InvalidValue } from './validity.ts'
export { compareSectionBoth, type SectionChangeBoth } from './change.ts'
export { likelyMicrograms } from './plausibility.ts'
export { averagingTerm, meanOfTerms } from './averaging.ts'
export {
  CELL_KIND,
  buildSeriesColumns,
  createSeriesBuilder,
  measurementAt,
  numberAt,
  valuesAt,
  recordAt,
  recordsOfColumns,
  type SeriesBuilder,
  type SeriesColumns,
  type NumberColumn,
} from './series-columns.ts'
export { classMatrixOfColumns } from './series-classes.ts'
export { mergeSeriesColumns, mergedSeriesSize, type MergedSeries } from './series-merge.ts'
export { packSeriesColumns, unpackSeriesColumns, packedArrays, transferableBuffers, packedSeriesProblem, type PackedSeries } from './series-packed.ts'
