/**
 * The route overview of the presenter: the district outline (geodata/basemap/land.geojson, fetched
 * once per page) and the stops as points, projected into a small SVG box. A plain equirectangular
 * projection with the longitude scaled by cos(latitude) is exact enough for a 40 km district.
 */
import { computed, ref, type Ref } from 'vue'
import type { FeatureCollection, Position } from 'geojson'
import { DISTRICT_VIEW } from '@/config/map.ts'
import { isFitCamera, type Tour, type TourStop } from '@/domain/tour/index.ts'
import { stopFeatureBounds } from '@/map/tour/apply-stop.ts'
import { fetchJson } from '@/data/fetch-file.ts'

export const OVERVIEW_SIZE = { width: 200, height: 130 }
const LAND_FILE = 'geodata/basemap/land.geojson'

let outlineRings: Promise<Position[][]> | null = null

function ringsOf(collection: FeatureCollection): Position[][] {
  return collection.features.flatMap((feature) => {
    const geometry = feature.geometry
    if (geometry?.type === 'Polygon') return geometry.coordinates
    if (geometry?.type === 'MultiPolygon') return geometry.coordinates.flat()
    return []
  })
}

function loadOutline(): Promise<Position[][]> {
  outlineRings ??= fetchJson<FeatureCollection>(LAND_FILE)
    .then(ringsOf)
    .catch(() => [])
  return outlineRings
}

/** Where a stop is: its camera centre, or the centre of its features for a 'fit' camera. */
export function stopPosition(stop: TourStop): [number, number] | null {
  if (!isFitCamera(stop.camera)) return stop.camera.center
  const bounds = stopFeatureBounds(stop)
  return bounds ? [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2] : null
}

function projector() {
  const [[west, south], [east, north]] = DISTRICT_VIEW.bounds
  const scaleX = Math.cos((((south + north) / 2) * Math.PI) / 180)
  const spanX = (east - west) * scaleX
  const spanY = north - south
  const margin = 6
  const scale = Math.min((OVERVIEW_SIZE.width - 2 * margin) / spanX, (OVERVIEW_SIZE.height - 2 * margin) / spanY)
  const offsetX = (OVERVIEW_SIZE.width - spanX * scale) / 2
  const offsetY = (OVERVIEW_SIZE.height - spanY * scale) / 2
  return ([lng, lat]: Position): [number, number] => [
    offsetX + (lng! - west) * scaleX * scale,
    offsetY + (north - lat!) * scale,
  ]
}

export function useTourOverview(tour: Ref<Tour | null>) {
  const rings = ref<Position[][]>([])
  void loadOutline().then((loaded) => (rings.value = loaded))
  const project = projector()
  const outline = computed(() =>
    rings.value
      .map((ring) => ring.map((position, index) => {
        const [x, y] = project(position)
        return `${index === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`
      }).join('') + 'Z')
      .join(''),
  )
  const points = computed(() =>
    (tour.value?.stops ?? []).flatMap((stop, index) => {
      const position = stopPosition(stop)
      if (!position) return []
      const [x, y] = project(position)
      return [{ index, x, y, title: stop.title }]
    }),
  )
  /** The route as a polyline through the stops, in tour order. */
  const route = computed(() => points.value.map((point) => `${point.x.toFixed(1)},${point.y.toFixed(1)}`).join(' '))
  return { outline, points, route, size: OVERVIEW_SIZE }
}
