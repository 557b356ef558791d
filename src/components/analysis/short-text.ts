// Values from the data cut short for messages. Its own module so that the layer panel's load messages do
// not bring the analysis messages with the app (issue 15 §1).

export const VALUE_MAX_LENGTH = 60

/** `text` cut to `maxLength` characters (code points, so a CJK or emoji character is never split), with '…'. */
export function shortText(text: string, maxLength = VALUE_MAX_LENGTH): string {
  const characters = Array.from(text)
  return characters.length <= maxLength ? text : `${characters.slice(0, maxLength - 1).join('')}…`
}

/** A value from the data as short JSON text ("2019/10", [121,"30"], null); numbers as written. */
export function shortValue(value: unknown, maxLength = VALUE_MAX_LENGTH): string {
  if (typeof value === 'number') return shortText(String(value), maxLength)
  let text: string
  try {
    text = JSON.stringify(value) ?? String(value)
  } catch {
    // Cycles and BigInts cannot be JSON; data parsed from a file never has them, an import might.
    text = String(value)
  }
  return shortText(text, maxLength)
}
