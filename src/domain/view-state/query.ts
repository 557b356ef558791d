/**
 * Small helpers for readable query strings: lists are comma-separated, and each item is
 * percent-encoded on its own, so a comma inside a name (e.g. a river) cannot split the list
 * while ',' and ':' between items stay readable.
 */

/** Percent-encode one value, keeping ':' readable. */
export function encodeItem(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ':')
}

/** Decode one value; '+' means a space (form encoding); malformed escapes are returned as they are. */
export function decodeItem(raw: string): string {
  const text = raw.replace(/\+/g, ' ')
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** A comma-separated list of encoded items. */
export function encodeList(values: readonly (string | number)[]): string {
  return values.map((value) => encodeItem(String(value))).join(',')
}

/** Split a raw (still encoded) list value into decoded, trimmed, non-empty items. */
export function decodeList(raw: string): string[] {
  return raw
    .split(',')
    .map((item) => decodeItem(item).trim())
    .filter((item) => item.length > 0)
}

/**
 * Split a query ('?a=1&b=2', 'a=1&b=2' or '#a=1&b=2') into [key, raw value] pairs. Keys are
 * decoded, values are left encoded so that list values can be split before decoding. A key that
 * appears twice keeps its last value.
 */
export function splitQuery(query: string): Map<string, string> {
  const pairs = new Map<string, string>()
  const text = query.replace(/^[?#]/, '')
  for (const part of text.split('&')) {
    if (part.length === 0) continue
    const at = part.indexOf('=')
    const key = decodeItem(at < 0 ? part : part.slice(0, at)).trim()
    if (key.length > 0) pairs.set(key, at < 0 ? '' : part.slice(at + 1))
  }
  return pairs
}

/** Join [key, encoded value] pairs into '?k=v&…' ('' when there are none). */
export function joinQuery(pairs: readonly [string, string][]): string {
  return pairs.length === 0 ? '' : `?${pairs.map(([key, value]) => `${key}=${value}`).join('&')}`
}

/** A number with at most `decimals` decimals, without trailing zeros ('10.2', '0'). */
export function formatNumber(value: number, decimals: number): string {
  const rounded = Number(value.toFixed(decimals))
  return String(Object.is(rounded, -0) ? 0 : rounded)
}
