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

/** Bilingual text for warnings and skip reasons: Chinese first, English in brackets. */
export function bilingual(zh: string, en: string): string {
  return `${zh}（${en}）`
}

/** Library messages can be long or echo file content; keep them short in our own messages. */
export function shortMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.length > 160 ? `${text.slice(0, 160)}…` : text
}
