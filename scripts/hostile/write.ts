/** Writes the generated hostile corpus (scripts/hostile/generators.ts) into a folder: `npx tsx scripts/hostile/write.ts /tmp/hostile`. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { hostileCases } from './generators.ts'

const directory = process.argv[2] ?? 'hostile-generated'
mkdirSync(directory, { recursive: true })
for (const entry of hostileCases) writeFileSync(join(directory, entry.file), entry.bytes())
console.log(`${hostileCases.length} files in ${directory}`)
