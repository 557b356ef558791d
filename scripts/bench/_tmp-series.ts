import { makeSyntheticDataset } from './synthetic-data.ts'
import { parseMonthlyCsv } from '@/data/monitoring/index.ts'
import { buildSeriesColumns, classMatrixOfColumns, buildClassMatrixFromRecords } from '@/domain/water-quality/index.ts'
const s = makeSyntheticDataset({ sectionCount: 10_000, firstMonth: '2011-01', lastMonth: '2020-12', seed: 20_240_607, towns: ['a','b'] })
const parsed = parseMonthlyCsv(s.csv)
const ids = s.sections.features.map(f => String(f.properties!.id))
for (let i = 0; i < 2; i++) {
let t = performance.now(); const c = buildSeriesColumns(parsed.records, ids)!; console.log('columns', performance.now()-t)
t = performance.now(); const m = classMatrixOfColumns(c, ids); console.log('classes', performance.now()-t)
t = performance.now(); const m2 = buildClassMatrixFromRecords(parsed.records, ids, c.months); console.log('old classes', performance.now()-t)
let diff = 0; for (let k = 0; k < m.classes.length; k++) if (m.classes[k] !== m2.classes[k]) diff++
console.log('diff', diff)
}
