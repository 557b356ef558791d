// ESRI Shapefiles, zipped (.shp + .dbf + .prj + .cpg, any number of layers) or a lone .shp.
// Geometry comes from shpjs's parseShp without its reprojection (we convert every format the same way,
// and report the system we used); attributes from dbf.ts; the coordinate system from the .prj.
import { parseShp } from 'shpjs'
import { ImportProblem, bilingual } from '../errors.ts'
import { importLimits } from '../limits.ts'
import { crsFromPrj } from '../crs/detect-prj.ts'
import { readDbf } from './dbf.ts'
import { checkShp } from './shp-scan.ts'
import { readZip, usefulEntry } from '../zip.ts'
import type { ParsedFile, RawLayer } from '../types.ts'

export interface ShapefileParts {
  shp: Uint8Array
  dbf?: Uint8Array
  prj?: string
  cpg?: string
}

/** File code 9994 in big-endian at byte 0 marks a .shp (ESRI Shapefile Technical Description, 1998, p. 3). */
export function isShp(bytes: Uint8Array): boolean {
  return bytes.length >= 100 && bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0x27 && bytes[3] === 0x0a
}

function readGeometries(shp: Uint8Array, layer: RawLayer): ReturnType<typeof parseShp> {
  if (!isShp(shp)) throw new ImportProblem('malformed', `「${layer.name}.shp」不是有效的 Shapefile（文件头不对）`, `"${layer.name}.shp" is not a valid shapefile (bad header)`)
  if (shp.length > importLimits.maxShpBytes) {
    throw new ImportProblem('too-large', `「${layer.name}.shp」超过 ${importLimits.maxShpBytes / 1048576} MB，超出一次导入的上限，请先简化或分块`, `"${layer.name}.shp" is over ${importLimits.maxShpBytes / 1048576} MB, too large for one import; simplify or split it`)
  }
  const view = new DataView(shp.buffer, shp.byteOffset, shp.byteLength)
  const declaredLength = view.getInt32(24) * 2
  if (declaredLength > shp.length) {
    layer.warnings.push(bilingual(`「${layer.name}.shp」不完整（应有 ${declaredLength} 字节，实有 ${shp.length}），末尾的要素缺失`, `"${layer.name}.shp" is truncated (${shp.length} of ${declaredLength} bytes); trailing features are missing`))
  }
  checkShp(view, layer.name)
  return parseShp(view, false)
}

export function parseShapefileLayer(name: string, parts: ShapefileParts): RawLayer {
  const layer: RawLayer = { name, features: [], skipped: [], warnings: [] }
  const geometries = readGeometries(parts.shp, layer)
  let rows: Record<string, unknown>[] = []
  if (parts.dbf) {
    const dbf = readDbf(parts.dbf, parts.cpg, name, geometries.length)
    rows = dbf.rows
    layer.warnings.push(...dbf.warnings)
    if (rows.length && rows.length !== geometries.length) {
      layer.warnings.push(bilingual(`「${name}」的 .shp 有 ${geometries.length} 条记录，.dbf 有 ${rows.length} 条，属性可能错位`, `"${name}" has ${geometries.length} shapes but ${rows.length} attribute rows; attributes may be misaligned`))
    }
  } else {
    layer.warnings.push(bilingual(`「${name}」缺少 .dbf，要素没有属性`, `"${name}" has no .dbf; features have no attributes`))
  }
  if (parts.prj !== undefined) {
    const prj = crsFromPrj(parts.prj)
    layer.warnings.push(...prj.warnings)
    if (prj.crs) layer.declaredCrs = prj.crs
    else layer.unsupportedCrs = prj.name
  }
  geometries.forEach((geometry, index) => {
    if (!geometry) {
      layer.skipped.push({ index, indexKind: 'feature', reason: bilingual('空几何（Null Shape）', 'null shape') })
      return
    }
    layer.features.push({ geometry, properties: rows[index] ?? {}, index, indexKind: 'feature' })
  })
  return layer
}

const partPattern = /\.(shp|dbf|prj|cpg)$/i

export function parseShapefileZip(bytes: Uint8Array, _fileName: string): ParsedFile {
  const files = readZip(bytes, (entry) => usefulEntry(entry) && partPattern.test(entry))
  const groups = new Map<string, Partial<Record<'shp' | 'dbf' | 'prj' | 'cpg', Uint8Array>>>()
  for (const [entry, content] of files) {
    const base = entry.replace(partPattern, '')
    const extension = (partPattern.exec(entry)?.[1] ?? '').toLowerCase() as 'shp' | 'dbf' | 'prj' | 'cpg'
    const group = groups.get(base.toLowerCase()) ?? {}
    group[extension] = content
    groups.set(base.toLowerCase(), group)
  }
  const text = (content?: Uint8Array) => (content ? new TextDecoder('utf-8').decode(content) : undefined)
  const layers = [...groups]
    .filter(([, group]) => group.shp)
    .map(([base, group]) =>
      parseShapefileLayer(base.split('/').pop() ?? base, { shp: group.shp as Uint8Array, dbf: group.dbf, prj: text(group.prj), cpg: text(group.cpg) }),
    )
  if (!layers.length) {
    throw new ImportProblem('wrong-content', `压缩包里没有 .shp 文件（找到 ${files.size} 个 .dbf/.prj/.cpg）`, `the ZIP holds no .shp file (found ${files.size} .dbf/.prj/.cpg parts)`)
  }
  const warnings = layers.length > 1 ? [bilingual(`压缩包含 ${layers.length} 个图层，已合并导入`, `the ZIP holds ${layers.length} layers; they were imported together`)] : []
  return { format: 'Shapefile', layers, warnings }
}

export function parseLoneShp(bytes: Uint8Array, fileName: string): ParsedFile {
  const name = fileName.replace(/\.shp$/i, '')
  const layer = parseShapefileLayer(name, { shp: bytes })
  return {
    format: 'Shapefile',
    layers: [layer],
    warnings: [bilingual('只有 .shp：请把 .shp、.dbf、.prj、.cpg 一起压缩成 zip 导入，才有属性和坐标系', 'a lone .shp: zip it with its .dbf, .prj and .cpg to keep attributes and the coordinate system')],
  }
}
