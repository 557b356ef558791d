/**
 * Problems found while reading a monitoring table, each with a stable `code`, a Chinese message for the
 * user and its English equivalent, and the row number as the user sees it in a spreadsheet (header = 1).
 */

export type ProblemCode =
  | 'unreadable-file'
  | 'unsupported-file'
  | 'no-header'
  | 'unknown-column'
  | 'ignored-column'
  | 'unknown-section'
  | 'missing-section'
  | 'bad-date'
  | 'missing-date'
  | 'duplicate-row'
  | 'invalid-value'
  | 'negative-value'
  | 'unit-mismatch'
  | 'no-detection-limit'
  | 'no-values'
  /** A service row's property that is no indicator (a table names it once, as 'unknown-column'). */
  | 'unknown-indicator'

export interface RowProblem {
  /** Spreadsheet row number (1-based, header row included); 0 for the whole file. */
  row: number
  /** Column header as written in the file, when the problem is about one cell or column. */
  column?: string
  code: ProblemCode
  reason: string
  reasonEn: string
}

export function problem(
  code: ProblemCode,
  row: number,
  detail: { column?: string; value?: string; other?: number; where?: string; meant?: string } = {},
): RowProblem {
  const { column, value = '', other = 0, where, meant = '' } = detail
  // Section and month, when known, name the cell the way the planner finds it in the register.
  const at = where ? `第 ${row} 行（${where}）` : `第 ${row} 行`
  const atEn = where ? `Row ${row} (${where})` : `Row ${row}`
  const texts: Record<ProblemCode, [string, string]> = {
    'unreadable-file': [`文件无法读取：${value}`, `The file cannot be read: ${value}`],
    'unsupported-file': [`不支持的文件类型“${value}”，请使用 CSV 或 XLSX`, `Unsupported file type "${value}"; use CSV or XLSX`],
    'no-header': ['未找到表头：需要“断面名称/断面编码”和“监测时间/采样日期/年月”列', 'No header found: need a section column (断面名称/断面编码) and a date column (监测时间/采样日期/年月)'],
    'unknown-column': [`无法识别的列“${column}”，已忽略`, `Unknown column "${column}" ignored`],
    'ignored-column': [`列“${column}”不参与水质类别评价，已忽略`, `Column "${column}" does not take part in the class and was ignored`],
    'unknown-section': [`${at}：断面“${value}”不在断面名录中，该行已跳过`, `${atEn}: section "${value}" is not in the section register; row skipped`],
    'missing-section': [`${at}：缺少断面，该行已跳过`, `${atEn}: no section given; row skipped`],
    'bad-date': [`${at}：无法识别的监测时间“${value}”，该行已跳过`, `${atEn}: date "${value}" not understood; row skipped`],
    'missing-date': [`${at}：缺少监测时间，该行已跳过`, `${atEn}: no date given; row skipped`],
    'duplicate-row': [`${at}：与第 ${other} 行为同一断面同一月份，重复行已跳过`, `${atEn}: same section and month as row ${other}; duplicate skipped`],
    'invalid-value': [`${at}“${column}”列：“${value}”不是有效数值，已忽略该值`, `${atEn}, column "${column}": "${value}" is not a number; value ignored`],
    'negative-value': [`${at}“${column}”列：负值“${value}”无效，已忽略该值`, `${atEn}, column "${column}": negative value "${value}" ignored`],
    'unit-mismatch': [
      `${at}“${column}”列：数值“${value}”远超地表水的常见范围，疑为 µg/L（按 mg/L 应为 ${meant}），已忽略该值`,
      `${atEn}, column "${column}": "${value}" is far beyond any surface water; probably µg/L (${meant} in mg/L); value ignored`,
    ],
    'no-detection-limit': [`${at}“${column}”列：“${value}”未注明检出限，均值中按 0 计`, `${atEn}, column "${column}": "${value}" gives no detection limit; counted as 0 in means`],
    'no-values': [`${at}：没有任何有效监测值，该行已跳过`, `${atEn}: no valid measurement; row skipped`],
    'unknown-indicator': [`${at}“${column}”列：无法识别的指标，值“${value}”已忽略`, `${atEn}, column "${column}": not a known indicator; value "${value}" ignored`],
  }
  const [reason, reasonEn] = texts[code]
  return column === undefined ? { row, code, reason, reasonEn } : { row, column, code, reason, reasonEn }
}
