// Turns bytes into text the way Chinese desktop tools write it: UTF-8 (with or without BOM), UTF-16
// with BOM, or GBK (Excel and many GIS tools on Chinese Windows). Counts U+FFFD replacement characters
// so the report can say that some characters were lost.
import { bilingual } from './errors.ts'

export interface DecodedText {
  text: string
  encoding: string
  warnings: string[]
}

const replacement = /\uFFFD/g

function countReplacements(text: string): number {
  return text.match(replacement)?.length ?? 0
}

/** Decode with a WHATWG label, throwing on invalid bytes when fatal. */
export function decodeWith(bytes: Uint8Array, label: string, fatal = false): string {
  return new TextDecoder(label, { fatal, ignoreBOM: false }).decode(bytes)
}

/** A WHATWG encoding label for a .cpg text or XML declaration, or undefined if unknown. */
export function encodingLabel(name: string): string | undefined {
  const text = name.trim().toLowerCase()
  if (/^(ansi\s*|cp|windows-)?936$|^gbk$|^gb2312$|^gb_2312|^gb18030$|^x-gbk$/.test(text)) return text === 'gb18030' ? 'gb18030' : 'gbk'
  if (/^(utf-?8|65001|utf8)$/.test(text)) return 'utf-8'
  try {
    return new TextDecoder(text).encoding
  } catch {
    return undefined
  }
}

/**
 * Decode text of unknown encoding: BOM first, then strict UTF-8, then GBK. A GBK fallback is
 * reported because a guess can be wrong (e.g. Big5 or Shift-JIS files read as GBK).
 */
export function decodeText(bytes: Uint8Array, declared?: string): DecodedText {
  const warnings: string[] = []
  let text: string
  let encoding: string
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    text = decodeWith(bytes, 'utf-8')
    encoding = 'utf-8'
  } else if (hasUtf16ByteOrderMark(bytes)) {
    encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be'
    text = decodeWith(bytes, encoding)
  } else if (declared && declared !== 'utf-8') {
    text = decodeWith(bytes, declared)
    encoding = declared
  } else {
    try {
      text = decodeWith(bytes, 'utf-8', true)
      encoding = 'utf-8'
    } catch {
      text = decodeWith(bytes, 'gbk')
      encoding = 'gbk'
      warnings.push(bilingual('文件不是有效的 UTF-8，已按 GBK 解码，请核对中文是否正确', 'not valid UTF-8; decoded as GBK, check that Chinese text reads correctly'))
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  const replaced = countReplacements(text)
  if (replaced > 0) {
    warnings.push(bilingual(`有 ${replaced} 个字符无法解码，已显示为 �`, `${replaced} characters could not be decoded and show as U+FFFD`))
  }
  return { text, encoding, warnings }
}

export function hasUtf16ByteOrderMark(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
}

/** Binary content (NUL bytes or many control characters) in what should be text; UTF-16 with a BOM is text. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (hasUtf16ByteOrderMark(bytes)) return false
  const sample = bytes.subarray(0, 8192)
  let control = 0
  for (const byte of sample) {
    if (byte === 0) return true
    if (byte < 9 || (byte > 13 && byte < 32)) control += 1
  }
  return sample.length > 0 && control / sample.length > 0.05
}
