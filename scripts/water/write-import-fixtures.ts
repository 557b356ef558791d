/**
 * Writes the import test fixtures in tests/fixtures/monitoring/ (SAMPLE tables, invented values):
 * a messy GBK CSV with Chinese headers, an XLSX with a title row, dates as cells and bad rows, a broken
 * XLSX and a CSV without a header. Run: npx tsx scripts/water/write-import-fixtures.ts
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { encodeGbk } from '../fixtures/gbk-encoder.ts'
import { writeXlsx, type XlsxCell } from '../fixtures/xlsx-writer.ts'

const folder = fileURLToPath(new URL('../../tests/fixtures/monitoring/', import.meta.url))

// Row numbers (as a spreadsheet shows them) are in the comments; tests/unit/water-import.test.ts expects them.
const MESSY_CSV = [
  '奉贤区地表水断面监测数据（样例，非真实数据）,,,,,,,,,,,,,,,', // 1 title
  '序号,断面编码,断面名称,监测时间,水温(℃),pH值,溶解氧（mg/L）,高锰酸盐指数,化学需氧量,氨氮（NH3-N）,总磷(以P计),总氮,铬(六价),粪大肠菌群,采样人,色度', // 2 header
  '1,FX01,金汇港-钱桥,2020年6月,26.1,7.62,5.8,4.2,16,0.62,0.181,2.41,0.004L,5400,张三,10', // 3 kept
  '2,,竹港-肖塘,2020/6/15,25.8,7.45,6.4,3.9,15,0.48,0.152,2.05,未检出,3300,李四,5', // 4 kept (by name; ND without limit)
  '3,fx04,金汇港 - 南奉公路桥,2020-06,26.3,7.51,5.1,5.2,19,<0.025,0.238,2.66,,,张三,10', // 5 kept (code any case; NH3N below detection)
  '', // 6 empty line
  '4,FX99,新张泾-某桥,2020-06,25.0,7.3,5.5,4.8,18,0.9,0.2,2.2,,,王五,5', // 7 unknown section
  '5,FX05,浦南运河-西闸,2020-13,25.2,7.4,5.2,5.1,20,0.95,0.21,2.5,,,王五,5', // 8 bad date
  '6,FX01,金汇港-钱桥,2020/6/28,27.0,7.55,5.6,4.4,17,0.66,0.19,2.38,,,张三,10', // 9 duplicate of row 3
  '7,FX06,浦南运河-南亭公路桥,2020-06,26.0,7.48,5.0,5.5,21,1.02,0.2O,2.71,,,李四,15', // 10 kept; TP "0.2O" invalid
  '8,FX07,浦南运河-奉城,2020-06,停测,停测,停测,停测,停测,停测,停测,停测,,,,', // 11 kept as 停测
  '9,FX08,随塘河-海湾,2020-06,26.4,7.7,-3.2,5.8,22,1.1,0.26,2.9,,,王五,20', // 12 kept; DO negative
  '10,FX09,随塘河-四团,,26.0,7.6,5.3,5.6,20,1.0,0.25,2.8,,,王五,20', // 13 missing date
  '11,,,2020-06,26.0,7.6,5.3,5.6,20,1.0,0.25,2.8,,,王五,20', // 14 missing section
].join('\r\n') + '\r\n'

const june = (day: number) => new Date(Date.UTC(2020, 5, day))
const MESSY_XLSX: XlsxCell[][] = [
  ['2020年6月奉贤区河道水质监测结果（样例，非真实数据）'], // 1 title
  ['断面名称', '采样日期', 'pH', '溶解氧', '高锰酸盐指数', '氨氮', '总磷', '铅', '电导率', '叶绿素'], // 2 header
  ['金汇港-钱桥', june(15), 7.6, 5.8, 4.2, 0.62, 0.181, '<0.01', 812, 12], // 3 kept, date cell
  ['竹港-肖塘', '2020/6/16', 7.4, 6.4, 3.9, 0.48, 0.152, 'ND(0.01)', 790, 8], // 4 kept
  ['FX04', 202006, 7.5, 5.1, 5.2, 1.21, 0.238, 0.012, 845, 15], // 5 kept, by code, month as number
  [], // 6 empty
  ['金汇港-钱桥', '2020年6月', 7.5, 5.6, 4.4, 0.66, 0.19, null, 800, 10], // 7 duplicate of row 3
  ['黄浦江-闵行', june(18), 7.9, 7.1, 3.2, 0.31, 0.11, null, 650, 6], // 8 unknown section
  ['浦南运河-西闸', '六月中旬', 7.4, 5.2, 5.1, 0.95, 0.21, null, 820, 9], // 9 bad date
  ['浦南运河-奉城', june(20), null, '—', '待补', '', '', null, 830, 9], // 10 no valid value ("待补" invalid)
]

writeFileSync(`${folder}messy-gbk.csv`, encodeGbk(MESSY_CSV))
const xlsx = writeXlsx(MESSY_XLSX)
writeFileSync(`${folder}messy-table.xlsx`, xlsx)
// A download cut short: the zip's central directory is missing.
writeFileSync(`${folder}broken.xlsx`, xlsx.slice(0, 300))
writeFileSync(`${folder}no-header.csv`, '\uFEFF' + ['本表为空白模板', '填表说明：请按月填写', '1,2,3'].join('\n') + '\n')
console.log(`Wrote fixtures to ${folder}`)
