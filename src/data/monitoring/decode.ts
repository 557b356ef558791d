/**
 * Bytes of a CSV file to text. Chinese spreadsheets save CSV as GBK (Excel "CSV") or UTF-8 with a BOM
 * ("CSV UTF-8"); TextDecoder('gbk') works in Node 20 and browsers (WHATWG Encoding: gbk = GB18030 decoder).
 */
export type TextEncodingName = 'utf-8' | 'gbk' | 'utf-16le'

export function decodeTableText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    return { text: new TextDecoder('gbk').decode(bytes), encoding: 'gbk' }
  }
}
