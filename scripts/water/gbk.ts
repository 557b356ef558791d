/**
 * GBK encoding for test fixtures. Node has a GBK decoder (TextDecoder) but no encoder, so the table is
 * built by decoding every two-byte GBK code once.
 */
let table: Map<string, number> | null = null

function encoderTable(): Map<string, number> {
  if (table) return table
  table = new Map()
  const decoder = new TextDecoder('gbk')
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue
      const character = decoder.decode(new Uint8Array([lead, trail]))
      if (character.length === 1 && character !== '\uFFFD' && !table.has(character)) table.set(character, (lead << 8) | trail)
    }
  }
  return table
}

export function encodeGbk(text: string): Uint8Array {
  const codes = encoderTable()
  const bytes: number[] = []
  for (const character of text) {
    const point = character.codePointAt(0) as number
    if (point < 0x80) bytes.push(point)
    else {
      const code = codes.get(character)
      if (code === undefined) throw new RangeError(`Not in GBK: ${character}`)
      bytes.push(code >> 8, code & 0xff)
    }
  }
  return new Uint8Array(bytes)
}
