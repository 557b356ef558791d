// GCJ-02 and BD-09 coordinates look exactly like WGS84 ones, so they can only be recognised from a
// hint: the file name or a column header that says where the coordinates came from. Documented hints
// (case-insensitive): "gcj02", "gcj-02", "gcj_02", "高德", "腾讯", "火星" → GCJ02; "bd09", "bd-09",
// "bd_09", "百度" → BD09; "wgs84" / "cgcs2000" → those; an EPSG code such as "EPSG4549" or "epsg_4549".
import { normaliseCrs } from './codes.ts'

const rules: { pattern: RegExp; crs: string }[] = [
  { pattern: /gcj[-_ ]?0?2|高德|腾讯|火星/i, crs: 'GCJ02' },
  { pattern: /bd[-_ ]?0?9|百度/i, crs: 'BD09' },
  { pattern: /wgs[-_ ]?84/i, crs: 'WGS84' },
  { pattern: /cgcs[-_ ]?2000/i, crs: 'CGCS2000' },
]

/** The coordinate system a piece of text (file name, column header) points to, if any. */
export function crsHintFromText(text: string): string | undefined {
  for (const rule of rules) {
    if (rule.pattern.test(text)) return rule.crs
  }
  const epsg = /epsg[-_:]?(\d{4})/i.exec(text)
  return epsg ? normaliseCrs(`EPSG:${epsg[1]}`) : undefined
}
