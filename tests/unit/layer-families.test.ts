/**
 * Issue 16 §1: every layer family is a module, found through the catalogue entry's `family`. Each registry
 * is a Record over `LayerFamily` (a forgotten family fails type-checking, see the @ts-expect-error below);
 * these tests check what the types cannot: that every family the catalogue and the imports use has its
 * parts, that each module says it is the family it is registered under, that the panel's order places
 * every family and names it in both languages, and that no file outside a family module branches on a
 * shipped layer's id.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { LAYER_CATALOGUE } from '@/config/layer-catalogue.ts'
import { SOURCE_LAYERS } from '@/config/source-layers.ts'
import type { LayerFamily } from '@/domain/layers/types.ts'
import { FAMILY_MODULES, familyVocabulary } from '@/domain/families/registry.ts'
import { FAMILY_ANALYSIS } from '@/domain/families/analysis-registry.ts'
import { FAMILIES_IN_ORDER, FAMILY_ORDER, orderedLayers } from '@/domain/layers/layer-order.ts'
import { FAMILY_TOUR_FIGURES, TOUR_SUMMARY_ORDER } from '@/composables/tour-figures/families.ts'
import { FAMILY_CARD_DETAILS } from '@/components/families/card-details.ts'
import { MESSAGES } from '@/i18n/messages.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))
/** The shipped layers: the catalogue's, and the pollution-source family's, which join it after the first map. */
const SHIPPED = [...LAYER_CATALOGUE, ...SOURCE_LAYERS]
/** The shipped layers' families, and 'imported' (the planner's files and configured layers). */
const USED_FAMILIES = [...new Set<LayerFamily>([...SHIPPED.map((definition) => definition.family), 'imported'])]
const REGISTERED = Object.keys(FAMILY_MODULES).sort()

// A registry that forgets a family does not compile: this line must stay a type error.
// @ts-expect-error — 'imported' is missing
const _incomplete: Record<LayerFamily, number> = { water: 1, land: 2, soil: 3, green: 4 }

describe('layer families (issue 16 §1)', () => {
  it.each(USED_FAMILIES)('family %s has its module, first-use part, tour figures, card entry and panel place', (family) => {
    expect(FAMILY_MODULES[family]?.family).toBe(family)
    expect(FAMILY_ANALYSIS[family]).toBeDefined()
    expect(FAMILY_TOUR_FIGURES[family]).toBeDefined()
    expect(FAMILY_CARD_DETAILS[family]).not.toBeUndefined()
    expect(Number.isFinite(FAMILY_ORDER[family])).toBe(true)
    expect(Number.isFinite(TOUR_SUMMARY_ORDER[family])).toBe(true)
  })

  it('registers the same families in every registry, and each module under its own name', () => {
    for (const registry of [FAMILY_ANALYSIS, FAMILY_TOUR_FIGURES, FAMILY_CARD_DETAILS, FAMILY_ORDER, TOUR_SUMMARY_ORDER]) expect(Object.keys(registry).sort()).toEqual(REGISTERED)
    for (const [family, module] of Object.entries(FAMILY_MODULES)) expect(module.family).toBe(family)
  })

  it('gives every family its own place in the layer panel, water first and imports last, and a name in both languages', () => {
    expect(new Set(Object.values(FAMILY_ORDER)).size).toBe(REGISTERED.length)
    expect(FAMILIES_IN_ORDER[0]).toBe('water')
    expect(FAMILIES_IN_ORDER.at(-1)).toBe('imported')
    for (const family of FAMILIES_IN_ORDER) {
      const key = `layers.family.${family}` as keyof (typeof MESSAGES)['zh']
      expect(MESSAGES.zh[key], `${key} (zh)`).toBeTruthy()
      expect(MESSAGES.en[key], `${key} (en)`).toBeTruthy()
    }
  })

  it('lists every catalogue layer in the panel, grouped by family in that order', () => {
    const listed = orderedLayers(SHIPPED, [])
    expect(listed.map((layer) => layer.id).sort()).toEqual(SHIPPED.map((layer) => layer.id).sort())
    const ranks = listed.map((layer) => FAMILY_ORDER[layer.family])
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
  })

  it('names every coded value of the catalogue legends through the families’ vocabularies', () => {
    for (const definition of SHIPPED) {
      for (const field of definition.cardFields) {
        if (field.format !== 'kind' && field.format !== 'status' && field.format !== 'level' && field.format !== 'stage') continue
        expect(Object.keys(familyVocabulary(field.format)).length, `${definition.id}.${field.key}`).toBeGreaterThan(0)
      }
    }
    expect(familyVocabulary('kind').greenway?.zh).toBe('绿道')
    expect(familyVocabulary('kind').reduction?.zh).toBe('减量化地块')
    expect(familyVocabulary('status').surveying?.en).toBe('Surveying')
    expect(familyVocabulary('level').national?.zh).toBe('国考')
  })

  it('leaves layer-id branches to the family modules and the catalogue', () => {
    const ids = SHIPPED.map((definition) => definition.id).join('|')
    // A comparison with, a switch case on, or a membership test of a shipped layer's id.
    const branch = new RegExp(`(===|!==|case)\\s*'(${ids})'|'(${ids})'\\s*(===|!==)|\\.includes\\('(${ids})'\\)|\\[\\s*'(${ids})'\\s*,`)
    const allowed = [/^src\/config\//, /^src\/domain\/families\//, /^src\/composables\/tour-figures\//, /\.test\.ts$/]
    const offenders: string[] = []
    const walk = (folder: string) => {
      for (const name of readdirSync(folder)) {
        const path = join(folder, name)
        if (statSync(path).isDirectory()) walk(path)
        else if (/\.(ts|vue)$/.test(name)) {
          const file = relative(root, path)
          if (allowed.some((pattern) => pattern.test(file))) continue
          readFileSync(path, 'utf8').split('\n').forEach((line, index) => {
            // The side panel's 'sections' tab (ExploreView) shares the word, not the layer.
            if (branch.test(line) && !/sideTab/.test(line)) offenders.push(`${file}:${index + 1}: ${line.trim()}`)
          })
        }
      }
    }
    walk(join(root, 'src'))
    expect(offenders).toEqual([])
  })
})
