// Walks a .shp's record headers before shpjs parses it, to bound the work from the numbers the file
// states: records, positions (from each record's point count, with its part indexes checked so that
// parts cannot overlap or run backwards — [0, N, 0, N, …] made shpjs read N points per part), and rings
// per polygon (shpjs assigns holes to outer rings pairwise: quadratic in the rings of one polygon).
// Layout: ESRI Shapefile Technical Description (1998), pp. 4–8 (record header, PolyLine, Polygon).
import { ImportProblem } from '../errors.ts'
import { importLimits, refuseOver } from '../limits.ts'

export interface ShpCounts {
  records: number
  positions: number
  maxRings: number
  ringPairs: number
}

const partTypes = new Set([3, 5, 13, 15, 23, 25])
const polygonTypes = new Set([5, 15, 25])
const multiPointTypes = new Set([8, 18, 28])

function malformed(layer: string, record: number, zh: string, en: string): ImportProblem {
  return new ImportProblem('malformed', `「${layer}.shp」已损坏：第 ${record} 条记录${zh}`, `"${layer}.shp" is damaged: record ${record}: ${en}`)
}

/** One pass over the record headers (and part indexes); reads no coordinates. */
export function scanShp(view: DataView, layer: string): ShpCounts {
  const counts: ShpCounts = { records: 0, positions: 0, maxRings: 0, ringPairs: 0 }
  let offset = 100
  while (offset <= view.byteLength - 8) {
    const length = view.getInt32(offset + 4) * 2
    if (length !== 0 && offset + length + 8 > view.byteLength) break
    counts.records += 1
    const record = counts.records
    const type = length >= 4 ? view.getInt32(offset + 8, true) : 0
    // shpjs's DataView of a record starts after the 8-byte header and the 4-byte shape type.
    const data = offset + 12
    const dataLength = length - 4
    if (partTypes.has(type) && dataLength >= 40) {
      const parts = view.getInt32(data + 32, true)
      const points = view.getInt32(data + 36, true)
      if (parts < 0 || points < 0 || 40 + parts * 4 + points * 16 > dataLength) {
        throw malformed(layer, record, '的部件数或点数与记录长度不符', 'part or point count does not fit the record length')
      }
      let previous = 0
      for (let part = 0; part < parts; part += 1) {
        const start = view.getInt32(data + 40 + part * 4, true)
        if ((part === 0 && start !== 0) || start < previous || start > points) {
          throw malformed(layer, record, '的部件索引无效（重叠、倒序或越界）', 'part indexes overlap, run backwards or point past the points')
        }
        previous = start
      }
      counts.positions += points
      if (polygonTypes.has(type)) {
        counts.maxRings = Math.max(counts.maxRings, parts)
        counts.ringPairs += parts * parts
      }
    } else if (multiPointTypes.has(type) && dataLength >= 36) {
      const points = view.getInt32(data + 32, true)
      if (points < 0 || 36 + points * 16 > dataLength) throw malformed(layer, record, '的点数与记录长度不符', 'point count does not fit the record length')
      counts.positions += points
    } else if (type !== 0) {
      counts.positions += 1
    }
    offset += 8 + length
  }
  return counts
}

/** Refuses a .shp whose stated counts pass a limit, before any coordinate is read. */
export function checkShp(view: DataView, layer: string): ShpCounts {
  const counts = scanShp(view, layer)
  const where = { zh: `「${layer}.shp」的`, en: `"${layer}.shp": ` }
  refuseOver({ zh: '记录', en: 'records' }, counts.records, importLimits.maxFeatures, where)
  refuseOver({ zh: '顶点', en: 'vertices' }, counts.positions, importLimits.maxVertices, where)
  refuseOver({ zh: '单个面的环', en: 'rings in one polygon' }, counts.maxRings, importLimits.maxRingsPerPolygon, where)
  refuseOver({ zh: '环配对（各面环数的平方和）', en: 'ring pairs (sum of rings² over polygons)' }, counts.ringPairs, importLimits.maxRingPairs, where)
  return counts
}
