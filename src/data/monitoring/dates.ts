/** Reads the month ('YYYY-MM') of a table's date cell: text, a spreadsheet date, or an Excel serial number. */

function month(year: number, monthNumber: number, day = 1): string | null {
  if (!Number.isInteger(year) || year < 1980 || year > 2100 || monthNumber < 1 || monthNumber > 12) return null
  const daysInMonth = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate()
  if (day < 1 || day > daysInMonth) return null
  return `${year}-${String(monthNumber).padStart(2, '0')}`
}

const TEXT_PATTERNS: RegExp[] = [
  // 2020-06, 2020/6, 2020.6, 2020-06-15, 2020/6/15, 2020-06-15 09:30
  /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/,
  // 2020年6月, 2020年6月15日, 2020年06月
  /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?$/,
  // 202006, 20200615
  /^(\d{4})(\d{2})(\d{2})?$/,
]

/** Days from 1899-12-30 (Excel's day 0, which absorbs the 1900 leap-year bug) to a date. */
function fromExcelSerial(serial: number): string | null {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000)
  return month(date.getUTCFullYear(), date.getUTCMonth() + 1)
}

function isDigits(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code < 48 || code > 57) return false
  }
  return true
}

export function parseMonthCell(cell: unknown): string | null {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return null
    return month(cell.getUTCFullYear(), cell.getUTCMonth() + 1)
  }
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 198001 && cell <= 210012) return month(Math.floor(cell / 100), cell % 100)
    // Serial numbers between 1980-01-01 (29221) and 2100-12-31 (73415).
    if (cell >= 29221 && cell <= 73415) return fromExcelSerial(cell)
    return null
  }
  if (typeof cell !== 'string') return null
  // The app's own table writes 'YYYY-MM': read it without the patterns below (1.16 M rows, issue 15 §4).
  if (cell.length === 7 && cell.charCodeAt(4) === 45 && isDigits(cell, 0, 4) && isDigits(cell, 5, 7)) {
    return month(Number(cell.slice(0, 4)), Number(cell.slice(5, 7)))
  }
  const text = cell.trim().replace(/\s+/g, ' ')
  for (const pattern of TEXT_PATTERNS) {
    const match = pattern.exec(text)
    if (match) return month(Number(match[1]), Number(match[2]), match[3] === undefined ? 1 : Number(match[3]))
  }
  return null
}
