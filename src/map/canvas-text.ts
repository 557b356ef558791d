/**
 * Text for a 2D canvas (MapLibre's marker glyphs, the PNG export's legend and captions). Roman numerals of the
 * Number Forms block (Ⅰ U+2160 … Ⅻ U+216B, ⅰ U+2170 … ⅻ U+217B) become Latin capitals or small letters:
 * WenQuanYi Micro Hei — the CJK font of Debian, UOS and Kylin desktops — claims Ⅴ (U+2164) but a canvas
 * draws it empty (no ink, a 0 × 0 measureText box) while Ⅳ and Ⅵ come out, so "Ⅴ类" printed as "类" and the
 * class Ⅴ markers carried no numeral. HTML text is unaffected (the browser falls back per glyph there);
 * Latin letters are in every font and read the same.
 */
const UPPER = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']

export function canvasText(text: string): string {
  return text.replace(/[\u2160-\u216B\u2170-\u217B]/gu, (numeral) => {
    const code = numeral.codePointAt(0)!
    return code >= 0x2170 ? UPPER[code - 0x2170]!.toLowerCase() : UPPER[code - 0x2160]!
  })
}
