/**
 * Regenerates every committed file under geodata/basemap, geodata/layers and geodata/sources:
 *   npx tsx scripts/geodata/build-all.ts            (every step)
 *   npx tsx scripts/geodata/build-all.ts sections   (only the named steps; the layers need the basemap)
 * Deterministic: a rerun writes byte-identical files.
 */
import { buildBasemap } from './build-basemap.ts'
import { buildSections } from './build-sections.ts'
import { buildRemediationPlots } from './build-remediation-plots.ts'
import { buildSoilParcels } from './build-soil-parcels.ts'
import { buildGreenways } from './build-greenways.ts'
import { buildSources } from './sources/build-sources.ts'

const steps: [string, () => void][] = [
  ['basemap', buildBasemap],
  ['sections', buildSections],
  ['remediation-plots', buildRemediationPlots],
  ['soil-parcels', buildSoilParcels],
  ['greenways', buildGreenways],
  ['sources', buildSources],
]

const only = process.argv.slice(2)
for (const [name, step] of steps.filter(([name]) => only.length === 0 || only.includes(name))) {
  const started = performance.now()
  step()
  console.log(`geodata: ${name} done in ${Math.round(performance.now() - started)} ms`)
}
