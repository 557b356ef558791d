/**
 * Optional `geodata/catalogue.json`: layers a bureau adds to a deployed build without rebuilding it —
 * more GeoJSON files, OGC API – Features collections or WFS feature types (docs/large-data.md). A missing
 * file means "no extra layers"; a broken entry is reported and skipped, never fatal.
 */
import type { CardField, FeatureService, LayerDefinition, VectorTileSource } from '@/domain/layers/types.ts'

export const CATALOGUE_FILE = 'geodata/catalogue.json'

/**
 * What is wrong with the catalogue or one of its entries. Structured (kind + fields) rather than
 * {zh, en} pairs, like the feature problems of geojson-validation.ts: the layer panel words it in the
 * planner's language (components/layers/catalogue-text.ts, Record<Kind, …>, so a new kind fails
 * type-checking there), while `message` keeps the English text that tests and logs read.
 */
export type CatalogueProblemKind = 'not-a-list' | 'bad-id' | 'id-taken' | 'no-name' | 'bad-service' | 'bad-tiles' | 'no-source' | 'invalid-json'

export interface CatalogueProblem {
  kind: CatalogueProblemKind
  /** The catalogue file, named in every line. */
  file: string
  /** The entry: `layers[index]`. */
  index?: number
  /** The id found, for 'id-taken'. */
  value?: string
  /** The JSON parser's own words, for 'invalid-json'. */
  detail?: string
  /** English developer text, e.g. 'geodata/catalogue.json: layers[0].id must be lower-case…'. */
  message: string
}

export interface ExtraCatalogue {
  definitions: LayerDefinition[]
  /** The English messages of `problemDetails` (kept for logs and callers that show plain text). */
  problems: string[]
  problemDetails: CatalogueProblem[]
  /**
   * `monitoring`: the service the monitoring series is read from instead of the shipped table (issue #17
   * §3), as written: checked by its reader (monitoringServiceOf), which loads only when there is one.
   */
  monitoring?: unknown
}

type EntryProblem = Omit<CatalogueProblem, 'file' | 'index' | 'message'> & { text: string }

function entryProblem(index: number, problem: EntryProblem): CatalogueProblem {
  const { text, ...fields } = problem
  return { ...fields, file: CATALOGUE_FILE, index, message: `${CATALOGUE_FILE}: layers[${index}]${text}` }
}

function fileProblem(kind: CatalogueProblemKind, text: string, detail?: string): CatalogueProblem {
  return { kind, file: CATALOGUE_FILE, message: `${CATALOGUE_FILE}: ${text}`, ...(detail === undefined ? {} : { detail }) }
}

function catalogueOf(definitions: LayerDefinition[], problemDetails: CatalogueProblem[], monitoring?: unknown): ExtraCatalogue {
  return { definitions, problems: problemDetails.map((problem) => problem.message), problemDetails, ...(monitoring === undefined ? {} : { monitoring }) }
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

function serviceOf(raw: unknown): FeatureService | undefined | EntryProblem {
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
  return { kind: 'bad-service', text: '.service must be {kind: "ogc-features", url} or {kind: "wfs", url, typeName}' }
}

function tilesOf(raw: unknown): VectorTileSource | undefined | EntryProblem {
  if (raw === undefined) return undefined
  const tiles = raw as Record<string, unknown>
  if (tiles?.kind === 'pmtiles' && isText(tiles.url) && isText(tiles.sourceLayer)) return { kind: 'pmtiles', url: tiles.url, sourceLayer: tiles.sourceLayer }
  return { kind: 'bad-tiles', text: '.tiles must be {kind: "pmtiles", url, sourceLayer}' }
}

export function parseCatalogue(value: unknown, reservedIds: readonly string[]): ExtraCatalogue {
  const problems: CatalogueProblem[] = []
  const layers = (value as { layers?: unknown })?.layers
  if (!Array.isArray(layers)) return catalogueOf([], [fileProblem('not-a-list', '"layers" must be a list')])
  const definitions: LayerDefinition[] = []
  layers.forEach((raw: Record<string, unknown>, index) => {
    const report = (problem: EntryProblem) => problems.push(entryProblem(index, problem))
    const name = raw?.name as { zh?: unknown; en?: unknown } | undefined
    if (!isText(raw?.id) || !/^[a-z0-9-]{1,40}$/.test(raw.id)) return report({ kind: 'bad-id', text: '.id must be lower-case letters, digits and "-"' })
    if (reservedIds.includes(raw.id) || definitions.some((definition) => definition.id === raw.id)) {
      return report({ kind: 'id-taken', value: raw.id, text: `.id "${raw.id}" is already used` })
    }
    if (!isText(name?.zh)) return report({ kind: 'no-name', text: '.name.zh is missing' })
    const service = serviceOf(raw.service)
    if (service && 'text' in service) return report(service)
    const tiles = tilesOf(raw.tiles)
    if (tiles && 'text' in tiles) return report(tiles)
    if (!service && !tiles && !isText(raw.source)) return report({ kind: 'no-source', text: ' needs a "source" file, a "service" or "tiles"' })
    const fields = Array.isArray(raw.cardFields) ? raw.cardFields.filter(isText) : []
    const cardFields: CardField[] = fields.map((key) => ({ key, label: { zh: key, en: key }, format: 'text' }))
    const colour = isText(raw.colour) && /^#[0-9a-fA-F]{6}$/.test(raw.colour) ? raw.colour : '#6a1b9a'
    // "water-class": a tile layer of monitoring sections whose ids are the series' section ids. It takes
    // class, change and filter visibility from the series through feature-state (map/section-state-targets.ts).
    const followsSeries = Boolean(tiles && !service && raw.style === 'water-class')
    definitions.push({
      id: raw.id,
      family: 'imported',
      name: { zh: name!.zh as string, en: isText(name?.en) ? name.en : (name!.zh as string) },
      geometry: raw.geometry === 'point' || raw.geometry === 'line' || raw.geometry === 'polygon' ? raw.geometry : 'mixed',
      source: service ? service.url : tiles ? tiles.url : String(raw.source),
      ...(service ? { service } : {}),
      ...(tiles && !service ? { tiles } : {}),
      style: followsSeries ? { kind: 'water-class' } : { kind: 'single', colour },
      ...(followsSeries ? { pointRadius: 3 } : {}),
      cardFields,
      visibleByDefault: raw.visible !== false,
      sample: false,
    })
  })
  return catalogueOf(definitions, problems, (value as { monitoring?: unknown }).monitoring)
}

export async function loadExtraCatalogue(baseUrl: string, reservedIds: readonly string[]): Promise<ExtraCatalogue> {
  let response: Response
  try {
    response = await fetch(new URL(CATALOGUE_FILE, baseUrl))
  } catch {
    return catalogueOf([], [])
  }
  if (!response.ok) return catalogueOf([], [])
  const text = await response.text()
  if (/^\s*</.test(text)) return catalogueOf([], [])
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    const detail = (error as Error).message
    return catalogueOf([], [fileProblem('invalid-json', `not valid JSON (${detail})`, detail)])
  }
  return parseCatalogue(json, reservedIds)
}
