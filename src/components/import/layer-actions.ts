/**
 * What the planner can do with an imported layer once it is committed: rename, restyle, export, remove.
 * Each change is saved locally (use-persistence) so it survives a reload.
 */
import { useCatalogueStore } from '@/stores/catalogue.ts'
import { useSelectionStore } from '@/stores/selection.ts'
import { forgetLayerFeatures, layerCollection } from '@/data/feature-registry.ts'
import { forgetTileExtent } from '@/data/tile-extents.ts'
import { XLSX_MIME, toCsv, toGeoJson, toXlsx } from '@/data/export/index.ts'
import type { LayerStyle } from '@/domain/layers/types.ts'
import { persistLayer, unpersistLayer } from '@/composables/use-persistence.ts'
import { downloadFile, safeFileName } from '@/data/export/download.ts'

export function useImportedLayerActions() {
  const catalogue = useCatalogueStore()
  const selection = useSelectionStore()

  function rename(layerId: string, name: string) {
    const trimmed = name.trim()
    if (!trimmed) return
    catalogue.updateImported(layerId, { name: { zh: trimmed, en: trimmed } })
    void persistLayer(layerId)
  }

  function restyle(layerId: string, style: LayerStyle) {
    catalogue.updateImported(layerId, { style })
    void persistLayer(layerId)
  }

  /** Whether features keep their file's own colours over the layer's style. */
  function setFileStyle(layerId: string, on: boolean) {
    catalogue.updateImported(layerId, { fileStyle: on })
    void persistLayer(layerId)
  }

  function remove(layerId: string) {
    const name = catalogue.definition(layerId)?.name.zh ?? layerId
    if (selection.selected?.layerId === layerId) selection.select(null)
    catalogue.removeImported(layerId)
    forgetLayerFeatures(layerId)
    forgetTileExtent(layerId)
    void unpersistLayer(layerId, name)
  }

  /**
   * GeoJSON is always WGS84 (RFC 7946); CSV and XLSX cells are formula-neutralised by the export room
   * (OWASP CSV injection); the workbook's sheet is named after the layer.
   */
  function exportAs(layerId: string, format: 'geojson' | 'csv' | 'xlsx') {
    const collection = layerCollection(layerId)
    const layerName = catalogue.definition(layerId)?.name.zh ?? layerId
    const name = safeFileName(layerName)
    if (!collection) return
    if (format === 'geojson') downloadFile(`${name}.geojson`, toGeoJson(collection), 'application/geo+json')
    else if (format === 'csv') downloadFile(`${name}.csv`, toCsv(collection), 'text/csv;charset=utf-8')
    else downloadFile(`${name}.xlsx`, toXlsx(collection, { sheetName: layerName }), XLSX_MIME)
  }

  return { rename, restyle, setFileStyle, remove, exportAs }
}
