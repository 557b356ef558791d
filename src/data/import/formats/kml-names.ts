/**
 * Names from a KML file are data (issue #14 §8). togeojson looks names up in plain objects: a SimpleData
 * named `toString` finds Object.prototype.toString as its "type converter" ("[object Undefined]"), a
 * SimpleField typed `constructor` converts with `Object` (a string spread into {0:"a",1:"b",…}), and a
 * styleUrl "#valueOf" finds a function as its style. Rather than fork the library, the document is
 * shielded before it is read: every name, type or style id that an object would inherit is replaced by a
 * token no prototype has, and the tokens are turned back into the file's names afterwards, as own data
 * properties of fresh objects. The description's HTML (a CDATA block), which togeojson returns as an object
 * {"@type": "html", value}, becomes its text (it showed as "[object Object]"; it is never rendered as HTML).
 */

type Element = { getAttribute(name: string): string | null; setAttribute(name: string, value: string): void }
type Searchable = { getElementsByTagName(name: string): ArrayLike<Element> }

/** The SimpleField types togeojson converts (OGC KML 2.2 §9.6.1); anything else is read as text. */
const KML_FIELD_TYPES: ReadonlySet<string> = new Set(['string', 'int', 'uint', 'short', 'ushort', 'float', 'double', 'bool'])
const TOKEN_PREFIX = '\u0001kml-name-'

/** True for a name an empty object already answers to: its lookup would find the prototype, not data. */
function inherited(name: string): boolean {
  return name in Object.prototype || name === '__proto__'
}

export interface KmlNameShield {
  /** The feature's properties with the file's own names back (own data properties, fresh object). */
  restore(properties: Record<string, unknown> | null | undefined): Record<string, unknown>
}

/** Shields `document` in place; linear in the number of Data, SimpleData, SimpleField and Style elements. */
export function shieldKmlNames(document: Searchable): KmlNameShield {
  const tokens = new Map<string, string>()
  const tokenOf = (name: string): string => {
    let token = tokens.get(name)
    if (token === undefined) {
      token = `${TOKEN_PREFIX}${tokens.size}`
      tokens.set(name, token)
    }
    return token
  }
  const each = (tag: string, visit: (element: Element) => void) => {
    const elements = document.getElementsByTagName(tag)
    for (let index = 0; index < elements.length; index += 1) visit(elements[index] as Element)
  }
  for (const tag of ['Data', 'SimpleData', 'SimpleField']) {
    each(tag, (element) => {
      const name = element.getAttribute('name')
      if (name !== null && inherited(name)) element.setAttribute('name', tokenOf(name))
    })
  }
  each('SimpleField', (element) => {
    const type = element.getAttribute('type')
    if (type !== null && !KML_FIELD_TYPES.has(type)) element.setAttribute('type', 'string')
  })
  // Style ids and the references to them: '#toString' must not find a function in togeojson's style map.
  for (const tag of ['Style', 'StyleMap']) {
    each(tag, (element) => {
      const id = element.getAttribute('id')
      if (id !== null && inherited(id)) element.setAttribute('id', tokenOf(id))
    })
  }
  each('styleUrl', (element) => shieldStyleUrl(element as unknown as TextElement, tokens, tokenOf))
  const names = new Map([...tokens].map(([name, token]) => [token, name]))
  return {
    restore(properties) {
      const result: Record<string, unknown> = {}
      for (const [key, value] of Object.entries(properties ?? {})) {
        const name = names.get(key) ?? key
        if (name.startsWith(TOKEN_PREFIX)) continue
        Object.defineProperty(result, name, { value: restoredValue(key, value, names), enumerable: true, writable: true, configurable: true })
      }
      return result
    },
  }
}

function restoredValue(key: string, value: unknown, names: ReadonlyMap<string, string>): unknown {
  if (key === 'description') return descriptionText(value)
  if (key === 'styleUrl' && typeof value === 'string') {
    const hash = value.indexOf('#')
    const name = names.get(value.slice(hash + 1))
    return name === undefined ? value : `${value.slice(0, hash + 1)}${name}`
  }
  return value
}

type TextElement = { textContent: string | null }

function shieldStyleUrl(element: TextElement, tokens: Map<string, string>, tokenOf: (name: string) => string): void {
  const url = (element.textContent ?? '').trim()
  const hash = url.indexOf('#')
  const id = hash < 0 ? url : url.slice(hash + 1)
  if (id !== '' && (inherited(id) || tokens.has(id))) element.textContent = `${url.slice(0, hash + 1)}${tokenOf(id)}`
}

/** A description as text: togeojson's {"@type": "html", value} keeps the markup's text, tags dropped. */
export function descriptionText(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value
  const html = (value as { value?: unknown }).value
  return typeof html === 'string' ? htmlToText(html) : JSON.stringify(value)
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

/** Drops tags and decodes the common entities in one pass (no regular expression that can backtrack). */
export function htmlToText(html: string): string {
  let text = ''
  let index = 0
  while (index < html.length) {
    const character = html[index]!
    if (character === '<') {
      const close = html.indexOf('>', index)
      if (close < 0) break
      const tag = html.slice(index + 1, Math.min(close, index + 4)).toLowerCase()
      if (tag.startsWith('br') || tag.startsWith('p') || tag.startsWith('/p') || tag.startsWith('li') || tag.startsWith('tr')) text += '\n'
      index = close + 1
    } else if (character === '&') {
      // Entity names are short: look for ';' in the next few characters only (linear on a run of '&').
      const semicolon = html.slice(index + 1, index + 10).indexOf(';')
      const end = semicolon < 0 ? -1 : index + 1 + semicolon
      const name = end > index ? html.slice(index + 1, end) : ''
      const decoded = Object.hasOwn(ENTITIES, name) ? ENTITIES[name] : undefined
      text += decoded ?? '&'
      index = decoded === undefined ? index + 1 : end + 1
    } else {
      text += character
      index += 1
    }
  }
  // Split and trim rather than a regular expression: linear on any run of spaces.
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n')
}
