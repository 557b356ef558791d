/**
 * The expected classes, computed in Node from the same files with the same domain rules, so the browser
 * tests compare what the map shows with what the engine says.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseMonthlyCsv } from '@/data/monitoring/index.ts'
import { buildClassMatrixFromRecords, classAt, monthRange, type WaterClass } from '@/domain/water-quality/index.ts'
import { readLayerFile } from './map-probe.ts'

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url))

export function expectedClasses() {
  const sections = readLayerFile('sections').features.map((feature) => String(feature.properties!.id))
  const { records } = parseMonthlyCsv(readFileSync(`${projectRoot}geodata/water/monthly.csv`, 'utf8'))
  const months = [...new Set(records.map((record) => record.month))].sort()
  const range = monthRange(months[0]!, months[months.length - 1]!)
  const matrix = buildClassMatrixFromRecords(records, sections, range)
  return {
    sections,
    classOf(sectionId: string, month: string): WaterClass | null {
      return classAt(matrix, sections.indexOf(sectionId), range.indexOf(month))
    },
  }
}
