import { makeSyntheticDataset } from './synthetic-data.ts'
import { parseMonthlyCsv } from '@/data/monitoring/index.ts'
import { waterSeriesBuilder } from '@/data/water-series.ts'
const s = makeSyntheticDataset({ sectionCount: 10_000, firstMonth: '2011-01', lastMonth: '2020-12', seed: 20_240_607, towns: ['a','b'] })
const ids = s.sections.features.map(f => String(f.properties!.id))
for (let i = 0; i < 2; i++) {
const t = performance.now(); const b = waterSeriesBuilder(ids); const parsed = parseMonthlyCsv(s.csv, b.add); const t2 = performance.now(); const series = b.finish(); console.log('parse', t2-t, 'finish', performance.now()-t2, parsed.problems.length, series!.matrix.months.length)
}
