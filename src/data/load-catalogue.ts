/**
 * Optional `geodata/catalogue.json`: layers a bureau adds to a deployed build without rebuilding it —
 * more GeoJSON files, OGC API – Features collections or WFS feature types (docs/large-data.md). A missing
 * file means "no extra layers"; a broken entry is reported and skipped, never fatal.
 */
import type { CardField, FeatureService, LayerDefinition, VectorTileSource } from '@/domain/layers/types.ts'

export const CATALOGUE_FILE = 'geodata/catalogue.json'

export interface ExtraCatalogue {
  definitions: LayerDefinition[]
  problems: string[]
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

function serviceOf(raw: unknown): FeatureService | undefined | string {
  if (raw === undefined) return undefined
  const service = raw as Record<string, unknown>
  const limits = {
    ...(typeof service.pageSize === 'number' ? { pageSize: service.pageSize } : {}),
    ...(typeof service.maxFeatures === 'number' ? { maxFeatures: service.maxFeatures } : {}),
  }
  if (service?.kind === 'ogc-features' && isText(service.url)) return { kind: 'ogc-features', url: service.url, ...limits }
  if (service?.kind === 'wfs' && isText(service.url) && isText(service.typeName)) {
    return { kind: 'wfs', url: service.url, typeName: service.typeName, ...limits }
  }
  return 'service must be {kind: "ogc-features", url} or {kind: "wfs", url, typeName}'
}

function tilesOf(raw: unknown): VectorTileSource | undefined | string {
  if (raw === undefined) return undefined
  const tiles = raw as Record<string, unknown>
  if (tiles?.kind === 'pmtiles' && isText(tiles.url) && isText(tiles.sourceLayer)) return { kind: 'pmtiles', url: tiles.url, sourceLayer: tiles.sourceLayer }
  return 'tiles must be {kind: "pmtiles", url, sourceLayer}'
}

export function parseCatalogue(value: unknown, reservedIds: readonly string[]): ExtraCatalogue {
  const problems: string[] = []
  const layers = (value as { layers?: unknown })?.layers
  if (!Array.isArray(layers)) return { definitions: [], problems: [`${CATALOGUE_FILE}: "layers" must be a list`] }
  const definitions: LayerDefinition[] = []
  layers.forEach((raw: Record<string, unknown>, index) => {
    const where = `${CATALOGUE_FILE}: layers[${index}]`
    const name = raw?.name as { zh?: unknown; en?: unknown } | undefined
    if (!isText(raw?.id) || !/^[a-z0-9-]{1,40}$/.test(raw.id)) return problems.push(`${where}.id must be lower-case letters, digits and "-"`)
    if (reservedIds.includes(raw.id) || definitions.some((definition) => definition.id === raw.id)) return problems.push(`${where}.id "${raw.id}" is already used`)
    if (!isText(name?.zh)) return problems.push(`${where}.name.zh is missing`)
    const service = serviceOf(raw.service)
    if (typeof service === 'string') return problems.push(`${where}.${service}`)
    const tiles = tilesOf(raw.tiles)
    if (typeof tiles === 'string') return problems.push(`${where}.${tiles}`)
    if (!service && !tiles && !isText(raw.source)) return problems.push(`${where} needs a "source" file, a "service" or "tiles"`)
    const fields = Array.isArray(raw.cardFields) ? raw.cardFields.filter(isText) : []
    const cardFields: CardField[] = fields.map((key) => ({ key, label: { zh: key, en: key }, format: 'text' }))
    const colour = isText(raw.colour) && /^#[0-9a-fA-F]{6}$/.test(raw.colour) ? raw.colour : '#6a1b9a'
    definitions.push({
      id: raw.id,
      family: 'imported',
      name: { zh: name!.zh as string, en: isText(name?.en) ? name.en : (name!.zh as string) },
      geometry: raw.geometry === 'point' || raw.geometry === 'line' || raw.geometry === 'polygon' ? raw.geometry : 'mixed',
      source: service ? service.url : tiles ? tiles.url : String(raw.source),
      ...(service ? { service } : {}),
      ...(tiles && !service ? { tiles } : {}),
      style: { kind: 'single', colour },
      cardFields,
      visibleByDefault: raw.visible !== false,
      sample: false,
    })
  })
  return { definitions, problems }
}

export async function loadExtraCatalogue(baseUrl: string, reservedIds: readonly string[]): Promise<ExtraCatalogue> {
  let response: Response
  try {
    response = await fetch(new URL(CATALOGUE_FILE, baseUrl))
  } catch {
    return { definitions: [], problems: [] }
  }
  if (!response.ok) return { definitions: [], problems: [] }
  const text = await response.text()
  if (/^\s*</.test(text)) return { definitions: [], problems: [] }
  try {
    return parseCatalogue(JSON.parse(text), reservedIds)
  } catch (error) {
    return { definitions: [], problems: [`${CATALOGUE_FILE}: not valid JSON (${(error as Error).message})`] }
  }
}
