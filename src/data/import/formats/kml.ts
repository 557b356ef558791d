// KML and KMZ via @tmcw/togeojson on an @xmldom/xmldom DOM (the same code in Node and the browser).
// KML is WGS84 by definition (OGC KML 2.3 §6.2). xmldom does not expand entities declared in a DTD and
// fetches nothing, so "billion laughs" and external-entity tricks stay inert text or parse errors.
import { kml } from '@tmcw/togeojson'
import { DOMParser } from '@xmldom/xmldom'
import { ImportProblem, bilingual, shortMessage } from '../errors.ts'
import { importLimits, refuseOver } from '../limits.ts'
import { isDangerousKey, safeKey } from '../properties.ts'
import { decodeText, encodingLabel } from '../text.ts'
import { shieldKmlNames } from './kml-names.ts'
import { readZip, usefulEntry } from '../zip.ts'
import type { ParsedFile, RawLayer } from '../types.ts'

/** The encoding named in the XML declaration (Chinese tools sometimes write GBK KML). */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200))
  const name = /^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/i.exec(head)?.[1]
  return name ? encodingLabel(name) : undefined
}

/** Occurrences of `needle` in `text`: one indexOf pass. */
function occurrences(text: string, needle: string): number {
  let found = 0
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) found += 1
  return found
}

/**
 * Counts positions without building a DOM, to refuse giant files before the work. In <coordinates>,
 * tuples are separated by whitespace and contain none (OGC KML 2.2, 07-147r2 §16.9.1), so a tuple is a
 * run of non-space; a gx:Track holds one position per <gx:coord> (Google's KML extension). Linear.
 */
export function countKmlPositions(text: string): number {
  let tuples = 0
  let start = text.indexOf('<coordinates')
  while (start !== -1) {
    const end = text.indexOf('</coordinates', start)
    const stop = end === -1 ? text.length : end
    let inside = false
    for (let index = text.indexOf('>', start) + 1; index > 0 && index < stop; index += 1) {
      const code = text.charCodeAt(index)
      const space = code === 32 || code === 10 || code === 13 || code === 9
      if (!space && !inside) tuples += 1
      inside = !space
    }
    start = end === -1 ? -1 : text.indexOf('<coordinates', end)
  }
  return tuples + occurrences(text, '<gx:coord')
}

function checkKmlSize(text: string): void {
  refuseOver({ zh: '顶点', en: 'vertices' }, countKmlPositions(text), importLimits.maxVertices)
  refuseOver({ zh: '地标', en: 'placemarks' }, occurrences(text, '<Placemark'), importLimits.maxFeatures)
}

type Element = { getAttribute(name: string): string | null; setAttribute(name: string, value: string): void }
type Searchable = { getElementsByTagName(name: string): ArrayLike<Element> }

/** Rename dangerous attribute names before togeojson turns them into object keys. */
function renameDangerousNames(document: Searchable, warnings: string[]): void {
  for (const tag of ['Data', 'SimpleData', 'SimpleField']) {
    const elements = document.getElementsByTagName(tag)
    for (let index = 0; index < elements.length; index += 1) {
      const element = elements[index] as Element
      const name = element.getAttribute('name')
      if (name && isDangerousKey(name)) {
        const renamed = safeKey(name, new Set())
        element.setAttribute('name', renamed)
        if (tag !== 'SimpleField') {
          warnings.push(bilingual(`属性名「${name}」不安全，已改名为「${renamed}」`, `unsafe property name "${name}" renamed to "${renamed}"`))
        }
      }
    }
  }
}

export function parseKmlText(bytes: Uint8Array, name: string, format = 'KML'): ParsedFile {
  const { text, warnings } = decodeText(bytes, declaredEncoding(bytes))
  checkKmlSize(text)
  const xmlProblems: string[] = []
  let document
  try {
    document = new DOMParser({
      onError: (level: string, message: string) => {
        if (level === 'fatalError') throw new Error(message)
        xmlProblems.push(message.split('\n')[0] ?? message)
      },
    }).parseFromString(text, 'text/xml')
  } catch (error) {
    throw new ImportProblem('malformed', `KML 不是格式正确的 XML，文件可能不完整：${shortMessage(error)}`, `the KML is not well-formed XML, it may be truncated: ${shortMessage(error)}`)
  }
  const root = document.documentElement
  if (!root || root.localName !== 'kml') {
    throw new ImportProblem('wrong-content', `XML 文件不是 KML（根元素是 <${root?.localName ?? '无'}>）`, `the XML is not KML (root element <${root?.localName ?? 'none'}>)`)
  }
  if (xmlProblems.length) {
    warnings.push(bilingual(`XML 有 ${xmlProblems.length} 处小问题，已尽量读取：${xmlProblems[0]}`, `${xmlProblems.length} XML problems were tolerated: ${xmlProblems[0]}`))
  }
  renameDangerousNames(document as unknown as Searchable, warnings)
  const shield = shieldKmlNames(document as unknown as Searchable)
  const collection = kml(document as unknown as Document)
  const layer: RawLayer = { name, features: [], skipped: [], warnings: [], formatCrs: 'WGS84' }
  collection.features.forEach((feature, index) => {
    if (!feature.geometry) {
      layer.skipped.push({ index, indexKind: 'feature', reason: bilingual('地标没有几何', 'placemark has no geometry') })
      return
    }
    layer.features.push({ geometry: feature.geometry, properties: shield.restore(feature.properties), index, indexKind: 'feature' })
  })
  return { format, layers: [layer], warnings }
}

/** KMZ: a zip whose main document is doc.kml (KML 2.3 §C), else the first .kml at the shallowest level. */
export function parseKmz(bytes: Uint8Array, name: string): ParsedFile {
  const files = readZip(bytes, (entry) => usefulEntry(entry) && entry.toLowerCase().endsWith('.kml'))
  const names = [...files.keys()].sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b))
  const main = names.find((entry) => entry.toLowerCase() === 'doc.kml') ?? names[0]
  if (!main) throw new ImportProblem('wrong-content', 'KMZ 压缩包里没有 .kml 文件', 'the KMZ archive contains no .kml document')
  const parsed = parseKmlText(files.get(main) as Uint8Array, name, 'KMZ')
  if (names.length > 1) {
    parsed.warnings.push(bilingual(`压缩包里有 ${names.length} 个 KML，只读取了「${main}」`, `${names.length} KML documents in the archive; only "${main}" was read`))
  }
  return parsed
}
