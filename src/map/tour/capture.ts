/**
 * Map images for export: the WebGL canvas (the map is created with preserveDrawingBuffer, so the last
 * frame can be read) copied into a 2D canvas, with the legend, scale bar, north arrow, title and date
 * drawn in — they are HTML controls on screen and would otherwise be missing from the image.
 */
import { useLayersStore } from '@/stores/layers.ts'
import { useSectionFilterStore } from '@/stores/section-filter.ts'
import { useSectionViewStore } from '@/stores/section-view.ts'
import type { Locale } from '@/domain/layers/types.ts'
import { drawDecorations, legendOf, scaleBar, type ChangeLegendInput } from './capture-decorations.ts'
import { whenMapIdle } from './apply-stop.ts'
import type { MapHandle } from './map-handle.ts'

export interface CaptureOptions {
  /** Image pixels per CSS pixel: 1 = as on screen (at the device's ratio), 2 = twice as sharp. */
  scale?: number
  title: string
  subtitle: string
  locale: Locale
}

/** Ids of the layers shown now (for the legend). */
function visibleLayerIds(): string[] {
  const layers = useLayersStore().layers
  return Object.keys(layers).filter((id) => layers[id]?.visible)
}

/** The comparison in force and the changes of the drawn sections (the rings on the image), if comparing. */
function changeLegendInput(): ChangeLegendInput | undefined {
  const compare = useSectionFilterStore().compare
  return compare === 'none' ? undefined : { compare, counts: { ...useSectionViewStore().shownChanges } }
}

/** The map as it is now, decorated, as a canvas; renders at `scale` × the device ratio and restores it. */
export async function captureMap(map: MapHandle, options: CaptureOptions): Promise<HTMLCanvasElement> {
  const original = map.getPixelRatio()
  const wanted = original * (options.scale ?? 1)
  if (wanted !== original) {
    map.setPixelRatio(wanted)
    await whenMapIdle(map)
  } else {
    // Redraw once so the drawing buffer holds a complete frame of the current view.
    await whenMapIdle(map)
  }
  try {
    const source = map.getCanvas()
    const canvas = document.createElement('canvas')
    canvas.width = source.width
    canvas.height = source.height
    const context = canvas.getContext('2d')
    if (!context) throw new Error('This browser cannot create a 2D canvas for the export.')
    context.fillStyle = '#ffffff'
    context.fillRect(0, 0, canvas.width, canvas.height)
    context.drawImage(source, 0, 0)
    const ratio = source.width / Math.max(1, source.clientWidth)
    drawDecorations(context, {
      title: options.title,
      subtitle: options.subtitle,
      legend: legendOf(visibleLayerIds(), options.locale, changeLegendInput()),
      scale: scaleBar(map.getCenter().lat, map.getZoom()),
      bearing: map.getBearing(),
    }, ratio)
    return canvas
  } finally {
    if (wanted !== original) {
      map.setPixelRatio(original)
      map.triggerRepaint()
    }
  }
}

/** The decorated map as a PNG data URL. */
export async function captureMapPng(map: MapHandle, options: CaptureOptions): Promise<string> {
  return (await captureMap(map, options)).toDataURL('image/png')
}

/** Offers a data URL (or blob URL) as a file download. */
export function downloadUrl(url: string, fileName: string): void {
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
}
