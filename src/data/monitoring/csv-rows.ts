/**
 * CSV text to rows of cells (RFC 4180: quoted cells may hold the delimiter, doubled quotes and line
 * breaks; CRLF or LF). Empty lines are kept so that row numbers match the file's lines; trailing empty
 * rows are dropped. The delimiter is the first line's most frequent of comma, tab, semicolon and bar
 * (outside quotes), comma on a tie, as spreadsheet exports vary by locale. One pass, no regular
 * expression: linear in the text. Written here rather than with papaparse so that the shipped table,
 * which colours the first map, is read without a parser library in the first load (issue 15 §1).
 */
const CANDIDATES = [',', '\t', ';', '|'] as const

export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(CANDIDATES.map((candidate) => [candidate, 0]))
  let quoted = false
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!
    if (character === '"') quoted = !quoted
    else if (!quoted && (character === '\n' || character === '\r')) break
    else if (!quoted && counts.has(character)) counts.set(character, counts.get(character)! + 1)
  }
  let best: string = ','
  for (const candidate of CANDIDATES) if (counts.get(candidate)! > counts.get(best)!) best = candidate
  return best
}

export function csvRows(text: string): string[][] {
  const delimiter = detectDelimiter(text)
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  let index = 0
  while (index < text.length) {
    const character = text[index]!
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        cell += '"'
        index += 2
        continue
      }
      if (character === '"') quoted = false
      else cell += character
      index += 1
      continue
    }
    if (character === '"' && cell === '') quoted = true
    else if (character === delimiter) {
      row.push(cell)
      cell = ''
    } else if (character === '\n' || character === '\r') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      if (character === '\r' && text[index + 1] === '\n') index += 1
    } else cell += character
    index += 1
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell)
    rows.push(row)
  }
  while (rows.length > 0 && (rows[rows.length - 1] ?? []).every((value) => value.trim() === '')) rows.pop()
  return rows
}
