// The import directions of docs/architecture.md are enforced by ESLint (eslint.config.js): a forbidden
// import must fail lint whether it is written with the '@/' alias or as a relative path.
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: process.cwd() })

/** The messages of the import rule for one line of source linted as if it lived at filePath. */
async function importProblems(filePath: string, line: string): Promise<string[]> {
  return restricted(await eslint.lintText(`${line}\nexport const used = typeof imported\n`, { filePath }))
}

function restricted(results: ESLint.LintResult[]): string[] {
  return results.flatMap((result) => result.messages).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message)
}

describe('import rules', () => {
  const domainFile = 'src/domain/water-quality/example.ts'
  const composableFile = 'src/composables/use-example.ts'

  it.each([
    ["import { useClockStore as imported } from '@/stores/clock.ts'"],
    ["import { useClockStore as imported } from '../../stores/clock.ts'"],
    ["import { layerFeatures as imported } from '@/data/feature-registry.ts'"],
    ["import { layerFeatures as imported } from '../../data/feature-registry.ts'"],
    ["import { usePlaceNames as imported } from '../../composables/use-place-names.ts'"],
    ["import { LAYER_CATALOGUE as imported } from '@/config/layer-catalogue.ts'"],
    ["import { useI18n as imported } from '../../i18n/use-i18n.ts'"],
    ["import { addMapControls as imported } from '../../map/map-language.ts'"],
    ["import { ref as imported } from 'vue'"],
    ["import { defineStore as imported } from 'pinia'"],
    ["import { Map as imported } from 'maplibre-gl'"],
  ])('src/domain may not: %s', async (line) => {
    expect(await importProblems(domainFile, line)).toHaveLength(1)
  })

  it('src/domain may import the domain, by alias or relatively, and geometry libraries', async () => {
    expect(await importProblems(domainFile, "import { classOf as imported } from '../spatial/index.ts'")).toEqual([])
    expect(await importProblems(domainFile, "import { classOf as imported } from '@/domain/time/index.ts'")).toEqual([])
    expect(await importProblems(domainFile, "import { area as imported } from '@turf/turf'")).toEqual([])
  })

  it.each([
    ["import { formatCount as imported } from '@/components/analysis/format.ts'"],
    ["import { formatCount as imported } from '../components/analysis/format.ts'"],
    ["import { default as imported } from '../views/ExploreView.vue'"],
    ["import { Map as imported } from 'maplibre-gl'"],
    ["import { default as imported } from 'maplibre-gl/dist/maplibre-gl-dev.js'"],
  ])('src/composables may not: %s', async (line) => {
    expect(await importProblems(composableFile, line)).toHaveLength(1)
  })

  it('src/composables may import stores, data and the domain', async () => {
    expect(await importProblems(composableFile, "import { useClockStore as imported } from '../stores/clock.ts'")).toEqual([])
    expect(await importProblems(composableFile, "import { layerFeatures as imported } from '@/data/feature-registry.ts'")).toEqual([])
  })

  it.each(['src/main.ts', 'src/i18n/example.ts', 'src/components/feature/Example.vue', 'src/data/example.ts', 'src/stores/example.ts'])(
    'only src/map imports maplibre-gl: %s may not',
    async (filePath) => {
      const line = "import { Map as imported } from 'maplibre-gl'"
      const text = filePath.endsWith('.vue') ? `<script setup lang="ts">\n${line}\nconst used = typeof imported\n</script>\n` : null
      const problems = text
        ? restricted(await eslint.lintText(text, { filePath }))
        : await importProblems(filePath, line)
      expect(problems).toHaveLength(1)
    },
  )

  it('src/map may import maplibre-gl', async () => {
    expect(await importProblems('src/map/example.ts', "import { Map as imported } from 'maplibre-gl'")).toEqual([])
  })
})
