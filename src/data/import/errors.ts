// One typed error for everything that stops a whole file. Its message always names the file and says
// what went wrong in Chinese (for the planner) and in English (for the log and for support).

export type ImportErrorCode =
  | 'empty' // zero bytes or only whitespace
  | 'too-large' // over maxBytes, too many vertices, or an unzipped size cap
  | 'unsafe-archive' // zip bomb: declared or actual uncompressed size or ratio over the caps
  | 'unknown-format' // neither the extension nor the content says what the file is
  | 'wrong-content' // the content does not match what the extension promises (e.g. a .json that is not GeoJSON)
  | 'malformed' // the parser could not read the file (truncated, broken syntax)
  | 'no-coordinates' // a table without recognisable coordinate columns
  | 'unknown-crs' // the coordinate system could not be determined or is not supported
  | 'no-features' // nothing usable was left after validation

export class ImportError extends Error {
  override readonly name = 'ImportError'

  constructor(
    readonly code: ImportErrorCode,
    readonly fileName: string,
    readonly messageZh: string,
    readonly messageEn: string,
  ) {
    super(`「${fileName}」${messageZh}（${messageEn}）`)
  }
}

/** A problem found inside a parser, before the file name is attached by importFile. */
export class ImportProblem extends Error {
  override readonly name = 'ImportProblem'

  constructor(
    readonly code: ImportErrorCode,
    readonly messageZh: string,
    readonly messageEn: string,
  ) {
    super(`${messageZh} (${messageEn})`)
  }
}

/**
 * Bilingual text for warnings and skip reasons: Chinese first, English in full-width brackets. The report's
 * shape (`warnings: string[]`, `reason: string`) is fixed by issue #6; the UI shows the part of the planner's
 * language with `splitBilingual`.
 */
export function bilingual(zh: string, en: string): string {
  return `${zh}（${en}）`
}

/**
 * The two parts of a `bilingual` text (or of an ImportError message), null for any other text. The English
 * part is the full-width bracket pair that closes the text; Chinese text may hold brackets of its own before
 * it (GCJ-02（高德/腾讯）). The file name of an ImportError (「name」) is kept in both parts. A skip reason
 * quoted inside the English part stays bilingual there.
 */
export function splitBilingual(text: string): { zh: string; en: string } | null {
  if (!text.endsWith('）')) return null
  // The bracket that opens the closing one, counting pairs: a skip reason quoted inside an error's English
  // part is itself bilingual.
  let depth = 0
  let open = -1
  for (let index = text.length - 1; index >= 0 && open < 0; index--) {
    if (text[index] === '）') depth += 1
    else if (text[index] === '（' && --depth === 0) open = index
  }
  if (open <= 0) return null
  const zh = text.slice(0, open)
  const en = text.slice(open + 1, -1)
  if (en.trim() === '' || !/[\u3400-\u9fff]/.test(zh)) return null
  const named = /^「([^」]*)」/.exec(zh)
  return { zh, en: named ? `"${named[1]}": ${en}` : en }
}

/** Library messages can be long or echo file content; keep them short in our own messages. */
export function shortMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.length > 160 ? `${text.slice(0, 160)}…` : text
}
