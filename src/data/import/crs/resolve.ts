// Chooses the source coordinate system of one layer. Order: the user's choice (options.crs), what the
// file declares (.prj, legacy GeoJSON "crs"), a hint in a column or file name, then the value ranges,
// and last what the format mandates. The report says which one decided, and why it might be wrong.
import { ImportProblem, bilingual } from '../errors.ts'
import { describeCrs, isGeographic } from './codes.ts'
import { crsFromValues } from './detect-values.ts'
import type { ImportReport, RawLayer } from '../types.ts'

export interface CrsDecision {
  crs: string
  source: ImportReport['crsSource']
  warnings: string[]
}

/** Up to `limit` raw [x, y] pairs from the layer's geometries, for value-range detection. */
export function samplePositions(layer: RawLayer, limit = 20_000): [number, number][] {
  const out: [number, number][] = []
  const visit = (value: unknown): void => {
    if (out.length >= limit || !Array.isArray(value)) return
    if (typeof value[0] === 'number' && typeof value[1] === 'number') {
      if (Number.isFinite(value[0]) && Number.isFinite(value[1])) out.push([value[0], value[1]])
      return
    }
    for (const item of value) visit(item)
  }
  for (const feature of layer.features) {
    if (out.length >= limit) break
    const geometry = feature.geometry as { coordinates?: unknown; geometries?: { coordinates?: unknown }[] } | null
    if (!geometry || typeof geometry !== 'object') continue
    visit(geometry.coordinates)
    if (Array.isArray(geometry.geometries)) for (const part of geometry.geometries) visit(part?.coordinates)
  }
  return out
}

const offsetNote = bilingual(
  '坐标按 WGS84 经纬度处理。GCJ-02（高德/腾讯）和 BD-09（百度）坐标无法从数值上区分，若来自这些地图，请手动指定坐标系或在文件名/列名中注明 gcj02、bd09',
  'coordinates were taken as WGS84; GCJ-02 (Amap/Tencent) and BD-09 (Baidu) cannot be told apart by their values, so choose the system or put "gcj02"/"bd09" in the file or column name',
)

export function resolveCrs(layer: RawLayer, option: string | undefined): CrsDecision {
  if (option) return { crs: option, source: 'option', warnings: [] }
  if (layer.declaredCrs) return { crs: layer.declaredCrs, source: 'file', warnings: [] }
  if (layer.unsupportedCrs) {
    throw new ImportProblem(
      'unknown-crs',
      `文件声明的坐标系「${layer.unsupportedCrs}」不受支持，请手动选择坐标系`,
      `the file declares an unsupported coordinate system "${layer.unsupportedCrs}"; choose the system manually`,
    )
  }
  const guess = crsFromValues(samplePositions(layer))
  if (layer.hintedCrs) {
    const hintWarnings = [bilingual(`根据列名或文件名，坐标系为 ${describeCrs(layer.hintedCrs)}`, `coordinate system ${layer.hintedCrs} taken from a column or file name`)]
    if (guess && isGeographic(guess.crs) !== isGeographic(layer.hintedCrs)) {
      return { crs: guess.crs, source: 'values', warnings: [bilingual(`名称提示为 ${layer.hintedCrs}，但坐标值不符，已按数值识别为 ${guess.crs}`, `the name suggests ${layer.hintedCrs} but the values do not fit; detected ${guess.crs} instead`), ...guess.warnings] }
    }
    return { crs: layer.hintedCrs, source: 'hint', warnings: hintWarnings }
  }
  if (!guess) {
    if (layer.formatCrs) return { crs: layer.formatCrs, source: 'format', warnings: [] }
    throw new ImportProblem('unknown-crs', '无法从坐标值判断坐标系，请手动选择坐标系', 'the coordinate system cannot be told from the values; choose it manually')
  }
  if (layer.formatCrs) {
    if (guess.crs === 'WGS84') return { crs: layer.formatCrs, source: 'format', warnings: [] }
    return {
      crs: guess.crs,
      source: 'values',
      warnings: [bilingual(`该格式应为 WGS84 经纬度，但坐标值不是经纬度，已按 ${describeCrs(guess.crs)} 换算`, `the format should hold WGS84 lon/lat but the values do not; converted as ${guess.crs}`), ...guess.warnings],
    }
  }
  return { crs: guess.crs, source: 'values', warnings: guess.crs === 'WGS84' ? [offsetNote] : guess.warnings }
}
