// CSV (and tab- or semicolon-separated text) through papaparse. Excel on Chinese Windows saves CSV as
// GBK without a BOM, so decoding falls back to GBK with a warning (text.ts).
import Papa from 'papaparse'
import { ImportProblem, bilingual } from '../errors.ts'
import { decodeText, looksBinary } from '../text.ts'
import { tableToLayer } from './table.ts'
import type { ParsedFile } from '../types.ts'

/** The separator used most in the first non-empty line; guessing over all lines trips on blank ones. */
function delimiterOf(text: string): string {
  const header = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? ''
  const counts = [',', '\t', ';', '|'].map((candidate) => [candidate, header.split(candidate).length - 1] as const)
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a))
  return best[1] > 0 ? best[0] : ','
}

export function parseCsv(bytes: Uint8Array, name: string): ParsedFile {
  if (looksBinary(bytes)) {
    throw new ImportProblem('wrong-content', 'CSV 文件的内容是二进制数据，不是文本表格', 'the CSV holds binary data, not a text table')
  }
  const { text, warnings } = decodeText(bytes)
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, dynamicTyping: false, delimiter: delimiterOf(text) })
  const problems = parsed.errors.filter((error) => error.code !== 'UndetectableDelimiter')
  if (problems.length) {
    const first = problems[0]
    const row = first?.row === undefined ? '' : `（第 ${first.row + 1} 行）`
    warnings.push(bilingual(`CSV 有 ${problems.length} 处格式问题${row}：${first?.message ?? ''}`, `${problems.length} CSV format problems, first: ${first?.message ?? ''}`))
  }
  const layer = tableToLayer(parsed.data, name, name)
  return { format: 'CSV', layers: [layer], warnings }
}
