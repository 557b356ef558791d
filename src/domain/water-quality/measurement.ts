/**
 * One cell of a monitoring table: a number, a value below the detection limit, no sample, or text
 * that is not a measurement at all (reported by importers, never classified).
 */

export type Measurement =
  | { kind: 'value'; value: number }
  /** Below detection (ND, 未检出, "<0.01", "0.01L"); `detectionLimit` is null when the cell did not give it. */
  | { kind: 'below-detection'; detectionLimit: number | null }
  /** No sample: 'stopped' = 停测/断流/未监测 written in the cell, 'empty' = blank cell. */
  | { kind: 'missing'; reason: 'stopped' | 'empty' }
  | { kind: 'invalid'; text: string }

const STOPPED_WORDS = ['停测', '断流', '未监测', '未测', '干涸', '结冰', '施工']
const EMPTY_MARKS = new Set(['', '-', '--', '—', '——', '/', '／', 'NA', 'N/A', 'null'])
const NOT_DETECTED_WORDS = ['ND', 'N.D.', 'N.D', '未检出', '未检测出', '<DL', 'BDL']

const DIGIT_ZERO = 48
const DIGIT_NINE = 57
const DOT = 46

/** ASCII digits with at most one dot and at least one digit: what parseNumber accepts unchanged. */
function isPlainDecimal(text: string): boolean {
  let digits = 0
  let dots = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= DIGIT_ZERO && code <= DIGIT_NINE) digits++
    else if (code === DOT) {
      if (++dots > 1) return false
    } else return false
  }
  return digits > 0
}

/** Parses a number written with half- or full-width digits, optional thousands separators and exponent. */
function parseNumber(text: string): number | null {
  const normalised = text
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/．/g, '.')
    .replace(/,(?=\d{3}(\D|$))/g, '')
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(normalised)) return null
  const value = Number(normalised)
  return Number.isFinite(value) ? value : null
}

/**
 * Reads a table cell. Accepted forms:
 * - numbers: `0.215`, `1,200`, `2.5E-4`, full-width digits;
 * - below detection: `ND`, `未检出`, `ND(0.01)`, `未检出（0.01）`, `<0.01`, `＜0.01`, `0.01L` (the Chinese
 *   lab convention "detection limit followed by L");
 * - no sample: empty, `-`, `/`, `停测`, `断流`, `未监测`;
 * - anything else is `invalid` (keeps the text so that an importer can name it).
 */
export function parseMeasurement(text: string): Measurement {
  const trimmed = text.trim()
  // Most cells are plain decimals ("0.215"): read them without the regular expressions below (a
  // 1.16 M-row table has 4.6 M cells; issue 15 §4). Anything else takes the full path.
  if (isPlainDecimal(trimmed)) return { kind: 'value', value: Number(trimmed) }
  if (EMPTY_MARKS.has(trimmed)) return { kind: 'missing', reason: 'empty' }
  if (STOPPED_WORDS.some((word) => trimmed.includes(word))) return { kind: 'missing', reason: 'stopped' }

  const direct = parseNumber(trimmed)
  if (direct !== null) return { kind: 'value', value: direct }

  const lessThan = /^[<＜]\s*(.+)$/.exec(trimmed)
  const lessThanLimit = lessThan?.[1] === undefined ? null : parseNumber(lessThan[1].trim())
  if (lessThanLimit !== null) return belowDetection(lessThanLimit, trimmed)

  const suffixL = /^(.+?)\s*L$/.exec(trimmed)
  if (suffixL?.[1] !== undefined && parseNumber(suffixL[1]) !== null) return belowDetection(parseNumber(suffixL[1]), trimmed)

  const upper = trimmed.toUpperCase()
  const word = NOT_DETECTED_WORDS.find((candidate) => upper.startsWith(candidate.toUpperCase()))
  if (word !== undefined) {
    const rest = trimmed.slice(word.length).trim()
    if (rest === '') return { kind: 'below-detection', detectionLimit: null }
    const bracketed = /^[(（]\s*[<＜]?\s*([^)）]+?)\s*[)）]$/.exec(rest)
    if (bracketed?.[1] !== undefined) return belowDetection(parseNumber(bracketed[1]), trimmed)
  }
  return { kind: 'invalid', text: trimmed }
}

function belowDetection(limit: number | null, text: string): Measurement {
  if (limit === null || limit <= 0) return { kind: 'invalid', text }
  return { kind: 'below-detection', detectionLimit: limit }
}

/**
 * True for a negative concentration (or DO/pH below 0): invalid data, refused rather than classed or
 * averaged (reference §2.6, issue 13).
 */
export function isNegativeValue(measurement: Measurement | undefined): boolean {
  return measurement?.kind === 'value' && measurement.value < 0
}

/** True when the measurement is a sample result (a valid value or below detection). */
export function isSampled(measurement: Measurement | undefined): boolean {
  if (measurement === undefined || isNegativeValue(measurement)) return false
  return measurement.kind === 'value' || measurement.kind === 'below-detection'
}

/**
 * The number that enters a period mean: the value itself, or half the detection limit for a value below
 * detection (common practice of 《地表水环境质量监测数据统计技术规定（试行）》 2020, see reference §2.6).
 * A below-detection marker without a limit counts as 0 (half of an unknown limit cannot be computed; the
 * importer warns about such cells). Null for no sample or invalid text.
 */
export function valueForMean(measurement: Measurement | undefined): number | null {
  if (measurement === undefined || isNegativeValue(measurement)) return null
  if (measurement.kind === 'value') return measurement.value
  if (measurement.kind === 'below-detection') return measurement.detectionLimit === null ? 0 : measurement.detectionLimit / 2
  return null
}

/** Writes a measurement back as table text (inverse of parseMeasurement for the forms it produces). */
export function formatMeasurement(measurement: Measurement): string {
  switch (measurement.kind) {
    case 'value':
      return String(measurement.value)
    case 'below-detection':
      return measurement.detectionLimit === null ? 'ND' : `<${measurement.detectionLimit}`
    case 'missing':
      return measurement.reason === 'stopped' ? '停测' : ''
    case 'invalid':
      return measurement.text
  }
}
