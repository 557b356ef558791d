// Cells of a SpreadsheetML worksheet (ECMA-376 Part 1 §18.3): numbers as <v>, booleans as t="b", every other
// value as an inline string (t="inlineStr") that has been formula-neutralised, stripped of the characters
// XML 1.0 forbids, _xHHHH_-escaped (ST_Xstring, §22.9.2.19) and XML-escaped. No cell ever gets an <f>.
import { neutraliseFormula } from './formula.ts'
import { textOf } from './rows.ts'

/** Excel's limit on the characters of one cell ("Excel specifications and limits"). */
export const MAX_CELL_CHARACTERS = 32_767
/** Appended to a cell cut at the limit, so the planner sees that the value continues elsewhere. */
export const TRUNCATION_MARK = '…[已截断 truncated]'

// XML 1.0 §2.2 Char: no C0 controls except tab, LF, CR; no U+FFFE/U+FFFF.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is being removed
const forbiddenXmlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g
// Unpaired UTF-16 surrogates cannot be encoded as UTF-8 either.
const loneSurrogates = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** Text as a reader will see it: no forbidden characters, at most MAX_CELL_CHARACTERS UTF-16 units. */
export function cellText(text: string): string {
  const clean = text.replace(forbiddenXmlCharacters, '').replace(loneSurrogates, '\uFFFD')
  if (clean.length <= MAX_CELL_CHARACTERS) return clean
  let kept = clean.slice(0, MAX_CELL_CHARACTERS - TRUNCATION_MARK.length)
  if (/[\uD800-\uDBFF]$/.test(kept)) kept = kept.slice(0, -1) // never split a surrogate pair
  return kept + TRUNCATION_MARK
}

/**
 * The text as element content: a literal "_xHHHH_" gets its underscore escaped (Excel would otherwise
 * decode it), CR is written as _x000D_ (an XML parser turns a raw CR into LF), then &, <, > are escaped.
 */
function xmlContent(text: string): string {
  const escaped = text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1').replace(/\r/g, '_x000D_')
  return escapeXml(escaped)
}

/** Column letters of a zero-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = ''
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) name = String.fromCharCode(65 + ((rest - 1) % 26)) + name
  return name
}

/** An inline-string cell; `style` is a cellXfs index (1 = bold header). */
export function stringCellXml(reference: string, text: string, style = 0): string {
  const value = cellText(neutraliseFormula(text))
  if (value === '') return ''
  const styleAttribute = style ? ` s="${style}"` : ''
  return `<c r="${reference}"${styleAttribute} t="inlineStr"><is><t xml:space="preserve">${xmlContent(value)}</t></is></c>`
}

/** One cell's XML, or '' for an empty cell (missing value, empty text, NaN or ±Infinity). */
export function cellXml(reference: string, value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${reference}"><v>${value}</v></c>` : ''
  if (typeof value === 'boolean') return `<c r="${reference}" t="b"><v>${value ? 1 : 0}</v></c>`
  return stringCellXml(reference, textOf(value))
}
