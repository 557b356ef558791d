/**
 * Names in the UI language for the whole app: a feature's name (name_en in English) and the English names
 * of the towns and rivers that features refer to in Chinese. Towns come from the basemap's towns.geojson
 * (name/name_en), loaded once on first use; rivers from the sections' river/river_en. Until the towns have
 * loaded, or for a place the data does not translate, the Chinese name shows.
 */
import { computed, shallowRef } from 'vue'
import { layerFeatures } from '@/data/feature-registry.ts'
import { loadTowns } from '@/data/load-towns.ts'
import { useLayersStore } from '@/stores/layers.ts'
import { useI18n } from '@/i18n/use-i18n.ts'
import { featureName, NO_PLACE_NAMES, namePairs, placeName, withPlaceNames, type PlaceKind } from '@/domain/names/place-names.ts'

const townNames = shallowRef<Readonly<Record<string, string>>>({})
let townsRequested = false

function requestTowns(): void {
  if (townsRequested) return
  townsRequested = true
  loadTowns(document.baseURI)
    .then((towns) => {
      townNames.value = Object.fromEntries(towns.filter((town) => town.name && town.nameEn).map((town) => [town.name, town.nameEn]))
    })
    // Without the basemap file the towns keep their Chinese names; the basemap reports its own failure.
    .catch(() => {
      townsRequested = false
    })
}

export function usePlaceNames() {
  const { locale } = useI18n()
  const layersStore = useLayersStore()
  requestTowns()
  const names = computed(() => {
    // Re-read the sections when their layer (re)loads: features live outside reactivity.
    const sections = layersStore.layers.sections?.status === 'ready' ? layerFeatures('sections') : []
    return withPlaceNames(withPlaceNames(NO_PLACE_NAMES, 'town', townNames.value), 'river', namePairs(sections, 'river', 'river_en'))
  })
  return {
    placeNames: names,
    place: (kind: PlaceKind, value: string) => placeName(names.value, kind, value, locale.value),
    nameOf: (properties: Readonly<Record<string, unknown>> | null | undefined) => featureName(properties, locale.value),
  }
}
