/** `npm run size`: prints the first-load budget of the last build (scripts/bundle/first-load.ts). */
import { fileURLToPath } from 'node:url'
import { describeFirstLoad, FIRST_LOAD_LIMIT, measureFirstLoad } from './first-load.ts'

const load = measureFirstLoad(fileURLToPath(new URL('../../', import.meta.url)))
console.log(describeFirstLoad(load, Number(process.argv[2] ?? 25)))
if (load.ratio > FIRST_LOAD_LIMIT) process.exitCode = 1
