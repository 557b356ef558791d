// The common stage after parsing: choose each layer's coordinate system, convert and validate every
// geometry, clean properties, and write the report.
import type { Feature, Geometry } from 'geojson'
import { ImportProblem, bilingual, splitBilingual } from './errors.ts'
import { describeCrs } from './crs/codes.ts'
import { farFromShanghai, median } from './crs/detect-values.ts'
import { converterToWgs84 } from './crs/projection.ts'
import { resolveCrs, samplePositions } from './crs/resolve.ts'
import { createGeometryStats, normaliseGeometry, type GeometryStats } from './geometry.ts'
import { importLimits, refuseOver } from './limits.ts'
import { cleanProperties, createPropertyLog, propertyWarnings } from './properties.ts'
import type { ImportResult, ParsedFile, RawLayer, SkippedFeature } from './types.ts'

type SkipPlace = Pick<SkippedFeature, 'index' | 'indexKind'>

function location(skip: SkipPlace, layerName: string | undefined): string {
  const layer = layerName ? `图层「${layerName}」` : ''
  if (skip.indexKind === 'row') return `${layer}第 ${skip.index} 行（row ${skip.index}）`
  return `${layer}要素 #${skip.index}（feature #${skip.index}, 0-based）`
}

/**
 * A skipped feature's place and reason in one language each, for quoting inside another message: the
 * skip list keeps `location：reason` with both parts bilingual, which quoted whole would leave English
 * inside the Chinese part and Chinese inside the English one.
 */
function skipExample(skip: SkipPlace, layerName: string | undefined, reason: string): { zh: string; en: string } {
  const layer = { zh: layerName ? `图层「${layerName}」` : '', en: layerName ? `layer "${layerName}", ` : '' }
  const place =
    skip.indexKind === 'row'
      ? { zh: `${layer.zh}第 ${skip.index} 行`, en: `${layer.en}row ${skip.index}` }
      : { zh: `${layer.zh}要素 #${skip.index}`, en: `${layer.en}feature #${skip.index} (0-based)` }
  const parts = splitBilingual(reason) ?? { zh: reason, en: reason }
  return { zh: `${place.zh}：${parts.zh}`, en: `${place.en}: ${parts.en}` }
}

function geometryWarnings(stats: GeometryStats): string[] {
  const warnings: string[] = []
  if (stats.ringsClosed) warnings.push(bilingual(`${stats.ringsClosed} 个未闭合的环已自动闭合`, `${stats.ringsClosed} unclosed rings were closed`))
  if (stats.ringsRewound) {
    warnings.push(bilingual(`${stats.ringsRewound} 个环的方向已按 RFC 7946 右手法则调整`, `${stats.ringsRewound} rings were rewound to the RFC 7946 right-hand rule`))
  }
  if (stats.selfIntersecting.length) {
    const list = stats.selfIntersecting.slice(0, 10).join(', ')
    warnings.push(bilingual(`${stats.selfIntersecting.length} 个面自相交（要素 #${list}），面积和空间分析可能不准`, `${stats.selfIntersecting.length} polygons self-intersect (features #${list}); areas and spatial queries may be wrong`))
  }
  if (stats.kinksSkipped) {
    warnings.push(
      bilingual(
        `${stats.kinksSkipped} 个面未做自相交检查（单个面超过 ${importLimits.maxKinksVertices} 个顶点，或检查量已达上限）`,
        `${stats.kinksSkipped} polygons were not checked for self-intersection (over ${importLimits.maxKinksVertices} vertices, or the check budget was spent)`,
      ),
    )
  }
  if (stats.types.size > 1) {
    const mix = [...stats.types].map(([type, count]) => `${type} ×${count}`).join(', ')
    warnings.push(bilingual(`几何类型混合：${mix}`, `mixed geometry types: ${mix}`))
  }
  return warnings
}

/**
 * Skipped features: all counted, the first maxListedSkips kept with their row or index. One push per
 * skip (never a spread of a whole layer's list, which overflows the call stack past ~120,000).
 */
class SkipList {
  readonly listed: SkippedFeature[] = []
  count = 0

  add(skip: SkippedFeature): void {
    this.count += 1
    if (this.listed.length < importLimits.maxListedSkips) this.listed.push(skip)
  }
}

/** Bounded before any feature is converted: features in all layers, then properties per feature. */
function checkFeatureCount(parsed: ParsedFile): void {
  let total = 0
  for (const layer of parsed.layers) total += layer.features.length
  refuseOver({ zh: '要素', en: 'features' }, total, importLimits.maxFeatures)
}

function checkPropertyCount(properties: Record<string, unknown>, place: string): void {
  let keys = 0
  for (const key in properties) if (Object.hasOwn(properties, key)) keys += 1
  refuseOver({ zh: '属性', en: 'properties' }, keys, importLimits.maxProperties, { zh: `${place}的`, en: `${place}: ` })
}

/** How often the pipeline reports progress, in features. */
const PROGRESS_EVERY = 5_000

export function buildResult(parsed: ParsedFile, option: string | undefined, onProgress?: (done: number, total: number) => void): ImportResult {
  checkFeatureCount(parsed)
  const features: Feature<Geometry>[] = []
  const skipped = new SkipList()
  const warnings = [...parsed.warnings]
  const stats = createGeometryStats()
  const log = createPropertyLog()
  const crsUsed: { layer: RawLayer; crs: string; source: ImportResult['report']['crsSource'] }[] = []
  let read = 0
  let done = 0
  const total = parsed.layers.reduce((sum, layer) => sum + layer.features.length, 0)
  let example: { zh: string; en: string } | undefined
  const several = parsed.layers.length > 1
  for (const layer of parsed.layers) {
    read += layer.features.length + layer.skipped.length
    const layerName = several ? layer.name : undefined
    for (const skip of layer.skipped) skipped.add({ ...skip, reason: `${location(skip, layerName)}：${skip.reason}` })
    if (!example && layer.skipped[0]) example = skipExample(layer.skipped[0], layerName, layer.skipped[0].reason)
    warnings.push(...layer.warnings)
    if (!layer.features.length) continue
    const decision = resolveCrs(layer, option)
    warnings.push(...decision.warnings)
    crsUsed.push({ layer, crs: decision.crs, source: decision.source })
    const convert = converterToWgs84(decision.crs)
    if (!convert) throw new ImportProblem('unknown-crs', `不支持的坐标系「${decision.crs}」`, `unsupported coordinate system "${decision.crs}"`)
    const sample = samplePositions(layer, 5_000)
    if (sample.length && farFromShanghai(decision.crs, median(sample.map((p) => p[0])), median(sample.map((p) => p[1])))) {
      warnings.push(bilingual(`按 ${describeCrs(decision.crs)} 换算后，数据不在上海附近，请核对坐标系`, `converted as ${decision.crs}, the data is not near Shanghai; check the coordinate system`))
    }
    for (const raw of layer.features) {
      done += 1
      if (onProgress && done % PROGRESS_EVERY === 0) onProgress(done, total)
      checkPropertyCount(raw.properties, location(raw, layerName))
      const outcome = normaliseGeometry(raw.geometry, convert, stats, raw.index)
      if ('reason' in outcome) {
        skipped.add({ index: raw.index, indexKind: raw.indexKind, reason: `${location(raw, layerName)}：${outcome.reason}` })
        example ??= skipExample(raw, layerName, outcome.reason)
        continue
      }
      const feature: Feature<Geometry> = { type: 'Feature', geometry: outcome.geometry, properties: cleanProperties(raw.properties, log) }
      if (raw.id !== undefined) feature.id = raw.id
      features.push(feature)
    }
  }
  if (!features.length) {
    throw new ImportProblem(
      'no-features',
      read ? `没有可导入的要素（${read} 个全部被跳过，例如：${example?.zh ?? ''}）` : '文件中没有要素',
      read ? `no usable features (all ${read} were skipped, e.g. ${example?.en ?? ''})` : 'the file contains no features',
    )
  }
  onProgress?.(total, total)
  warnings.push(...geometryWarnings(stats), ...propertyWarnings(log))
  const distinct = [...new Set(crsUsed.map((item) => item.crs))]
  if (distinct.length > 1) {
    warnings.push(bilingual(`各图层坐标系不同：${crsUsed.map((item) => `${item.layer.name}=${item.crs}`).join('，')}`, `layers use different systems: ${crsUsed.map((item) => `${item.layer.name}=${item.crs}`).join(', ')}`))
  }
  const main = crsUsed[0] as (typeof crsUsed)[number]
  return {
    features: { type: 'FeatureCollection', features },
    report: {
      format: parsed.format,
      crs: main.crs,
      crsSource: main.source,
      read,
      imported: features.length,
      skipped: skipped.listed,
      skippedCount: skipped.count,
      warnings,
      // Set once the file's own styles are checked (index.ts).
      styled: false,
    },
  }
}
