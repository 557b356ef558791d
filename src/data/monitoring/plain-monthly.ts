/**
 * A fast reader for the app's own table in its plain form (issue 15 §4, first idle): header
 * `section_id,month,<codes>` on the first line, comma-separated, no quotes, one row per section-month
 * with the rows of a section together and its months rising, every cell a value the general reader keeps
 * without a remark. Cells go straight into the series' columns: no row arrays, no record or measurement
 * objects (1.16 M rows: the general reader took several seconds of the first map).
 *
 * Anything else — a title row, quotes, another header than `section_id`, `month` and item codes, a bad or
 * repeated row, a cell the general reader would report — and it gives up (returns false) and the caller
 * reads the table the general way (parseMonthlyCsv), which finds and names the problem. So both readers
 * keep the same rows. It imports none of the general reader's modules (header words, date forms, problem
 * texts): they load only when a table is not plain, which keeps them out of the first map (issue 15 §1).
 */
import { CELL_KIND, INDICATORS, likelyMicrograms, parseMeasurement, type Indicator, type Measurement, type SeriesBuilder } from '@/domain/water-quality/index.ts'

const DIGIT_ZERO = 48
const DIGIT_NINE = 57
const DOT = 46
const DASH = 45
const QUOTE = '"'
/** The first and last year the general reader's date cells accept (data/monitoring/dates.ts). */
const FIRST_YEAR = 1980
const LAST_YEAR = 2100
const CODES: ReadonlySet<string> = new Set(INDICATORS)

/** ASCII digits with at most one dot: a plain non-negative decimal (as parseMeasurement reads it). */
function isPlainDecimal(text: string, start: number, end: number): boolean {
  let digits = 0
  let dots = 0
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code >= DIGIT_ZERO && code <= DIGIT_NINE) digits++
    else if (code !== DOT || ++dots > 1) return false
  }
  return digits > 0
}

function isDigits(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code < DIGIT_ZERO || code > DIGIT_NINE) return false
  }
  return true
}

/** 'YYYY-MM' as the general reader accepts it, written exactly so (a month it keeps unchanged). */
function isPlainMonth(text: string): boolean {
  if (text.length !== 7 || text.charCodeAt(4) !== DASH || !isDigits(text, 0, 4) || !isDigits(text, 5, 7)) return false
  const year = Number(text.slice(0, 4))
  const month = Number(text.slice(5, 7))
  return year >= FIRST_YEAR && year <= LAST_YEAR && month >= 1 && month <= 12
}

/** A value as the general reader keeps it; false when it would refuse it (negative, likely µg/L). */
function keepValue(code: Indicator, value: number, kinds: Uint8Array, numbers: Float64Array, item: number): boolean {
  if (value < 0 || likelyMicrograms(code, value) !== null) return false
  kinds[item] = CELL_KIND.value
  numbers[item] = value
  return true
}

/** Any other cell; false for what the general reader reports (invalid text, a limit-less ND …). */
function keepMeasurement(code: Indicator, measurement: Measurement, kinds: Uint8Array, numbers: Float64Array, item: number): boolean {
  switch (measurement.kind) {
    case 'value':
      return keepValue(code, measurement.value, kinds, numbers, item)
    case 'below-detection':
      if (measurement.detectionLimit === null) return false
      kinds[item] = CELL_KIND.belowDetection
      numbers[item] = measurement.detectionLimit
      return true
    case 'missing':
      // A blank mark is no cell to the general reader; 停测 is kept as such.
      if (measurement.reason === 'stopped') kinds[item] = CELL_KIND.stopped
      return true
    case 'invalid':
      return false
  }
}

/** Reads the table into `builder`; false (with some rows possibly added) when the table is not plain. */
export function readPlainMonthlyCsv(text: string, builder: Pick<SeriesBuilder, 'addCells'>): boolean {
  if (text.includes(QUOTE)) return false
  let lineEnd = text.indexOf('\n')
  if (lineEnd < 0) return false
  const headers = text.slice(0, lineEnd).replace(/\r$/, '').split(',')
  // The app's own header only: the general reader reads these words the same way (asserted in the test).
  if (headers[0] !== 'section_id' || headers[1] !== 'month') return false
  const codes: Indicator[] = []
  for (const header of headers.slice(2)) {
    if (!CODES.has(header) || codes.includes(header as Indicator)) return false
    codes.push(header as Indicator)
  }
  if (codes.length === 0) return false
  const kinds = new Uint8Array(codes.length)
  const numbers = new Float64Array(codes.length)
  const finishedSections = new Set<string>()
  const plainMonths = new Set<string>()
  let currentSection = ''
  let lastMonth = ''
  const length = text.length
  let lineStart = lineEnd + 1
  while (lineStart < length) {
    lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd < 0) lineEnd = length
    let end = lineEnd
    if (end > lineStart && text.charCodeAt(end - 1) === 13) end--
    const start = lineStart
    lineStart = lineEnd + 1
    // Trailing empty lines are nothing to the general reader either; an empty line inside is a gap it
    // skips too.
    if (end === start) continue
    const idEnd = text.indexOf(',', start)
    if (idEnd < 0 || idEnd >= end) return false
    const monthEnd = text.indexOf(',', idEnd + 1)
    if (monthEnd < 0 || monthEnd >= end) return false
    const sectionId = text.slice(start, idEnd)
    if (sectionId === '' || sectionId !== sectionId.trim()) return false
    const month = text.slice(idEnd + 1, monthEnd)
    // Few distinct months, many rows: each is checked once.
    if (!plainMonths.has(month)) {
      if (!isPlainMonth(month)) return false
      plainMonths.add(month)
    }
    if (sectionId !== currentSection) {
      if (finishedSections.has(sectionId)) return false
      finishedSections.add(currentSection)
      currentSection = sectionId
    } else if (month <= lastMonth) return false
    lastMonth = month
    let cellStart = monthEnd + 1
    let sampled = 0
    for (let item = 0; item < codes.length; item++) {
      let cellEnd = text.indexOf(',', cellStart)
      if (cellEnd < 0 || cellEnd > end) cellEnd = end
      // Exactly as many cells as headers.
      if ((cellEnd === end) !== (item === codes.length - 1)) return false
      kinds[item] = CELL_KIND.absent
      numbers[item] = Number.NaN
      if (cellEnd > cellStart) {
        const kept = isPlainDecimal(text, cellStart, cellEnd)
          ? keepValue(codes[item]!, Number(text.slice(cellStart, cellEnd)), kinds, numbers, item)
          : keepMeasurement(codes[item]!, parseMeasurement(text.slice(cellStart, cellEnd)), kinds, numbers, item)
        if (!kept) return false
        if (kinds[item] !== CELL_KIND.absent) sampled++
      }
      cellStart = cellEnd + 1
    }
    if (sampled === 0) return false
    builder.addCells(sectionId, month, codes, kinds, numbers)
  }
  return true
}
