/**
 * State of the analysis tools (issue #4): which map tool is active, the vertices being clicked, the
 * finished drawing or measurement, the near distance, the chosen town, and which features to highlight.
 * Plain serialisable data only; results are computed by the panel from src/domain/spatial, and the map
 * overlay (src/map/use-analysis-overlay.ts) draws what this store says. While `tool` is not null, map
 * clicks add vertices and must not select features.
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { FeatureReference } from '@/stores/selection.ts'
import { clampSearchDistance } from '@/domain/spatial/search-distance.ts'

export type AnalysisTab = 'statistics' | 'near' | 'within' | 'measure' | 'assessment'
export type AnalysisTool = 'draw-area' | 'measure-distance' | 'measure-area'
export type LngLat = [number, number]

export interface FinishedMeasure {
  kind: 'distance' | 'area'
  vertices: LngLat[]
}

/** Consecutive repeats removed: a double-click sends two clicks at the same spot before finishing. */
function withoutRepeats(vertices: readonly LngLat[]): LngLat[] {
  return vertices.filter((vertex, index) => index === 0 || vertex[0] !== vertices[index - 1]![0] || vertex[1] !== vertices[index - 1]![1])
}

export const useAnalysisStore = defineStore('analysis', () => {
  const tab = ref<AnalysisTab>('statistics')
  const tool = ref<AnalysisTool | null>(null)
  const vertices = ref<LngLat[]>([])
  const drawnArea = ref<LngLat[] | null>(null)
  const measured = ref<FinishedMeasure | null>(null)
  const nearDistanceM = ref(1000)
  const nearTarget = ref<FeatureReference | null>(null)
  const townId = ref<string | null>(null)
  const highlights = ref<FeatureReference[]>([])
  /** Features the map should frame once (the board's "show on map"); `serial` makes a repeat request count. */
  const frameRequest = ref<{ references: FeatureReference[]; serial: number } | null>(null)

  function setTab(next: AnalysisTab) {
    if (tool.value) cancelTool()
    tab.value = next
  }
  function startTool(next: AnalysisTool) {
    tool.value = next
    vertices.value = []
    if (next === 'draw-area') {
      drawnArea.value = null
      townId.value = null
    } else {
      measured.value = null
    }
  }
  function addVertex(position: LngLat) {
    if (!tool.value || !position.every(Number.isFinite)) return
    vertices.value = [...vertices.value, [position[0], position[1]]]
  }
  /** Ends the active tool; a drawing needs 3 distinct vertices, a distance 2, or it is dropped. */
  function finishTool() {
    const points = withoutRepeats(vertices.value)
    if (tool.value === 'draw-area' && points.length >= 3) drawnArea.value = points
    if (tool.value === 'measure-distance' && points.length >= 2) measured.value = { kind: 'distance', vertices: points }
    if (tool.value === 'measure-area' && points.length >= 3) measured.value = { kind: 'area', vertices: points }
    tool.value = null
    vertices.value = []
  }
  function cancelTool() {
    tool.value = null
    vertices.value = []
  }
  function clearMeasure() {
    cancelTool()
    measured.value = null
  }
  function clearArea() {
    drawnArea.value = null
    townId.value = null
  }
  function setTown(id: string | null) {
    townId.value = id
    if (id) drawnArea.value = null
  }
  function setNearDistance(metres: number) {
    nearDistanceM.value = clampSearchDistance(metres)
  }
  function setNearTarget(reference: FeatureReference | null) {
    nearTarget.value = reference
  }
  function setHighlights(references: FeatureReference[]) {
    highlights.value = references
  }
  /** Highlights the features and asks the map to frame them. */
  function highlightAndFrame(references: FeatureReference[]) {
    highlights.value = references
    frameRequest.value = { references, serial: (frameRequest.value?.serial ?? 0) + 1 }
  }
  return {
    tab,
    tool,
    vertices,
    drawnArea,
    measured,
    nearDistanceM,
    nearTarget,
    townId,
    highlights,
    frameRequest,
    setTab,
    startTool,
    addVertex,
    finishTool,
    cancelTool,
    clearMeasure,
    clearArea,
    setTown,
    setNearDistance,
    setNearTarget,
    setHighlights,
    highlightAndFrame,
  }
})
