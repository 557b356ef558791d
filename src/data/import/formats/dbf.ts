// dBASE attribute tables of Shapefiles, read by shpjs's parseDbf after three safety steps that the
// library does not take: the record count is capped to what the bytes can hold (a forged header could
// otherwise loop four billion times), dangerous field names are swapped for placeholders so they never
// become object keys, and the text encoding is chosen from the .cpg, the language driver byte, or a guess.
import { parseDbf } from 'shpjs'
import { bilingual } from '../errors.ts'
import { safeKey, isDangerousKey } from '../properties.ts'
import { encodingLabel } from '../text.ts'
import { importLimits, refuseOver } from '../limits.ts'

export interface DbfResult {
  rows: Record<string, unknown>[]
  encoding: string
  warnings: string[]
}

const fieldTerminator = 0x0d

/** Language driver IDs (dBASE header byte 29) that mean code page 936, i.e. GBK. */
const gbkDrivers = new Set([0x4d, 0x7a])

function guessEncoding(bytes: Uint8Array, headerLength: number, warnings: string[], layer: string): string {
  const languageDriver = bytes[29] ?? 0
  if (gbkDrivers.has(languageDriver)) return 'gbk'
  const body = bytes.subarray(headerLength)
  if (body.every((byte) => byte < 0x80)) return 'utf-8'
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(body)
    warnings.push(bilingual(`「${layer}」没有 .cpg 文件，属性文字按 UTF-8 读取（推测）`, `"${layer}" has no .cpg; attribute text read as UTF-8 (a guess)`))
    return 'utf-8'
  } catch {
    warnings.push(bilingual(`「${layer}」没有 .cpg 文件，属性文字按 GBK 读取（推测），请核对中文`, `"${layer}" has no .cpg; attribute text read as GBK (a guess), check the Chinese text`))
    return 'gbk'
  }
}

/** Field count and the bytes the fields take in each record (descriptor byte 16: field length). */
function fieldLayout(bytes: Uint8Array, headerLength: number): { fields: number; width: number } {
  let fields = 0
  let width = 0
  for (let offset = 32; offset + 32 <= headerLength && bytes[offset] !== fieldTerminator; offset += 32) {
    fields += 1
    width += bytes[offset + 16] ?? 0
  }
  return { fields, width }
}

/**
 * Attribute rows of a .dbf. `shapes` is the number of records of the .shp: rows past it would belong to
 * no feature, so no more are read. The record count is bounded by the bytes present and the record
 * length must hold the deletion flag plus every field (dBASE III+ header, bytes 4–11 and 32+).
 */
export function readDbf(source: Uint8Array, cpg: string | undefined, layer: string, shapes = Number.MAX_SAFE_INTEGER): DbfResult {
  const warnings: string[] = []
  const bytes = source.slice()
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const headerLength = bytes.length >= 32 ? view.getUint16(8, true) : 0
  const recordLength = bytes.length >= 32 ? view.getUint16(10, true) : 0
  if (headerLength < 33 || headerLength > bytes.length || recordLength < 1) {
    warnings.push(bilingual(`「${layer}」的 .dbf 已损坏，属性被忽略`, `the .dbf of "${layer}" is damaged; attributes ignored`))
    return { rows: [], encoding: 'utf-8', warnings }
  }
  const layout = fieldLayout(bytes, headerLength)
  if (layout.fields === 0 || recordLength < 1 + layout.width) {
    // No fields (record length 1 made millions of empty rows) or fields wider than the record (read past it).
    warnings.push(
      bilingual(
        `「${layer}」的 .dbf 已损坏（${layout.fields} 个字段共 ${layout.width} 字节，记录长度 ${recordLength} 字节），属性被忽略`,
        `the .dbf of "${layer}" is damaged (${layout.fields} fields of ${layout.width} bytes in records of ${recordLength} bytes); attributes ignored`,
      ),
    )
    return { rows: [], encoding: 'utf-8', warnings }
  }
  refuseOver({ zh: '属性', en: 'properties' }, layout.fields, importLimits.maxProperties, { zh: `「${layer}.dbf」每条记录的`, en: `"${layer}.dbf" per record: ` })
  const declared = view.getUint32(4, true)
  const present = Math.floor((bytes.length - headerLength) / recordLength)
  const available = Math.min(present, shapes)
  if (declared > available) view.setUint32(4, available, true)
  if (declared > present) {
    warnings.push(bilingual(`「${layer}」的 .dbf 不完整：声明 ${declared} 条记录，只能读出 ${present} 条`, `the .dbf of "${layer}" is truncated: ${declared} records declared, ${present} readable`))
  }
  const placeholders = new Map<string, string>()
  const names = new Set<string>()
  for (let offset = 32; offset + 32 <= headerLength && bytes[offset] !== fieldTerminator; offset += 32) {
    const raw = bytes.subarray(offset, offset + 11)
    const end = raw.indexOf(0)
    const name = new TextDecoder('latin1').decode(raw.subarray(0, end === -1 ? 11 : end)).trim()
    names.add(name)
    if (isDangerousKey(name)) {
      const placeholder = `\u0001${offset}`
      bytes.fill(0, offset, offset + 11)
      bytes.set(new TextEncoder().encode(placeholder), offset)
      placeholders.set(placeholder, name)
    }
  }
  const label = cpg === undefined ? undefined : encodingLabel(cpg)
  if (cpg !== undefined && !label) {
    warnings.push(bilingual(`「${layer}」的 .cpg 写着未知编码「${cpg.trim().slice(0, 30)}」，按 GBK 读取`, `"${layer}" .cpg names an unknown encoding; read as GBK`))
  }
  const encoding = label ?? (cpg !== undefined ? 'gbk' : guessEncoding(bytes, headerLength, warnings, layer))
  const rows = parseDbf(view, encoding)
  if (placeholders.size) {
    for (const [placeholder, name] of placeholders) {
      const renamed = safeKey(name, names)
      for (const row of rows) {
        Object.defineProperty(row, renamed, { value: row[placeholder], enumerable: true, writable: true, configurable: true })
        delete row[placeholder]
      }
      warnings.push(bilingual(`属性名「${name}」不安全，已改名为「${renamed}」`, `unsafe property name "${name}" renamed to "${renamed}"`))
    }
  }
  return { rows, encoding, warnings }
}
