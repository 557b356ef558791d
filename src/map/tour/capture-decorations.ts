/**
 * What a printed map needs and the WebGL canvas lacks (the legend, the scale bar and the compass are
 * HTML controls, so they are not in the map image): drawn here with a 2D canvas onto the captured
 * image, at the image's pixel ratio. Pure drawing: the caller passes the numbers.
 */
import { LAYER_CATALOGUE } from '@/config/layer-catalogue.ts'
import { WATER_CLASSES, WATER_CLASS_COLOURS, WATER_CLASS_NAMES, WATER_CLASS_NAMES_EN, NO_DATA_COLOUR } from '@/domain/water-quality/index.ts'
import type { Locale } from '@/domain/layers/types.ts'
import { changeLegendEntries, changeLegendTitle, type ChangeCounts, type CompareMode } from '@/domain/filters/index.ts'
import { CHANGE_RINGS } from '@/config/change-palette.ts'
import { canvasText } from '@/map/canvas-text.ts'

export interface LegendGroup {
  title: string
  /** A swatch of `colour`; with `ring`, a marker drawn with that ring (the comparison rings). */
  entries: { label: string; colour: string; ring?: { colour: string; width: number } }[]
}

/** The comparison in force and the changes of the drawn sections, for the rings' legend. */
export interface ChangeLegendInput {
  compare: Exclude<CompareMode, 'none'>
  counts: ChangeCounts
}

/** The rings' legend group: "同比" with 好转 / 变差 / 无变化 and their counts (issue 12 item 3). */
export function changeLegendGroup(change: ChangeLegendInput, locale: Locale): LegendGroup {
  return {
    title: changeLegendTitle(change.compare, locale),
    entries: changeLegendEntries(change.counts, locale).map((entry) => ({
      label: `${entry.label} ${entry.count}`,
      colour: '#90a4ae',
      ring: CHANGE_RINGS[entry.change],
    })),
  }
}

export interface Decorations {
  title: string
  /** Second line under the title: the date, the month shown, "示例数据". */
  subtitle: string
  legend: LegendGroup[]
  /** Length of the scale bar in CSS pixels and its label ("1 km"). */
  scale: { pixels: number; label: string }
  /** Map bearing in degrees (the arrow points to north). */
  bearing: number
}

const FONT = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif"

/** The legend of the visible layers, in catalogue order; with `change`, the rings' group after the sections. */
export function legendOf(visibleLayerIds: readonly string[], locale: Locale, change?: ChangeLegendInput): LegendGroup[] {
  return LAYER_CATALOGUE.filter((definition) => visibleLayerIds.includes(definition.id)).flatMap((definition) => {
    const style = definition.style
    const entries = style.kind === 'water-class'
      ? [
          ...WATER_CLASSES.map((waterClass) => ({
            label: locale === 'zh' ? `${WATER_CLASS_NAMES[waterClass]}类` : `Class ${WATER_CLASS_NAMES_EN[waterClass]}`,
            colour: WATER_CLASS_COLOURS[waterClass],
          })),
          { label: locale === 'zh' ? '无数据' : 'No data', colour: NO_DATA_COLOUR },
        ]
      : style.kind === 'categorical'
        ? style.entries.map((entry) => ({ label: entry.label[locale], colour: entry.colour }))
        : 'stops' in style
          ? style.stops.map((stop) => ({ label: `≥ ${stop.value}`, colour: stop.colour }))
          : [{ label: definition.name[locale], colour: 'colour' in style ? style.colour : '#888888' }]
    const group = { title: definition.name[locale], entries }
    return style.kind === 'water-class' && change ? [group, changeLegendGroup(change, locale)] : [group]
  })
}

const NICE_STEPS = [1, 2, 5]

/**
 * A scale bar of a round length (1, 2, 5 × 10ⁿ m) at most `maxPixels` long, for a Web Mercator map
 * with 512-pixel tiles (MapLibre) at `zoom` and `latitude`.
 */
export function scaleBar(latitude: number, zoom: number, maxPixels = 120): { pixels: number; label: string } {
  const metresPerPixel = (40_075_016.686 * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom)
  const maxMetres = metresPerPixel * maxPixels
  let best = 1
  for (let power = 0; power < 8; power += 1) {
    for (const step of NICE_STEPS) {
      const metres = step * 10 ** power
      if (metres <= maxMetres) best = metres
    }
  }
  const label = best >= 1000 ? `${best / 1000} km` : `${best} m`
  return { pixels: best / metresPerPixel, label }
}

function box(context: CanvasRenderingContext2D, x: number, y: number, width: number, height: number): void {
  context.fillStyle = 'rgba(255, 255, 255, 0.92)'
  context.strokeStyle = 'rgba(0, 0, 0, 0.25)'
  context.lineWidth = 1
  context.fillRect(x, y, width, height)
  context.strokeRect(x + 0.5, y + 0.5, width - 1, height - 1)
}

function drawTitle(context: CanvasRenderingContext2D, decorations: Decorations, width: number): void {
  context.font = `bold 20px ${FONT}`
  const titleWidth = context.measureText(canvasText(decorations.title)).width
  context.font = `13px ${FONT}`
  const subtitleWidth = context.measureText(canvasText(decorations.subtitle)).width
  const boxWidth = Math.min(width - 24, Math.max(titleWidth, subtitleWidth) + 24)
  box(context, 12, 12, boxWidth, 58)
  context.fillStyle = '#1a2a33'
  context.textBaseline = 'top'
  context.font = `bold 20px ${FONT}`
  context.fillText(canvasText(decorations.title), 24, 20, boxWidth - 24)
  context.font = `13px ${FONT}`
  context.fillStyle = '#455a64'
  context.fillText(canvasText(decorations.subtitle), 24, 47, boxWidth - 24)
}

function drawLegend(context: CanvasRenderingContext2D, legend: LegendGroup[], width: number, height: number): void {
  const rows = legend.flatMap((group) => [{ title: group.title }, ...group.entries.map((entry) => ({ entry }))])
  if (rows.length === 0) return
  const rowHeight = 18
  // Long legends flow into more columns instead of running off the image.
  const perColumn = Math.max(4, Math.floor((height * 0.6) / rowHeight))
  const columns = Math.ceil(rows.length / perColumn)
  const columnWidth = 150
  const boxWidth = columns * columnWidth + 12
  const boxHeight = Math.min(rows.length, perColumn) * rowHeight + 12
  const left = width - boxWidth - 12
  const top = height - boxHeight - 28
  box(context, left, top, boxWidth, boxHeight)
  context.textBaseline = 'middle'
  rows.forEach((row, index) => {
    const x = left + 8 + Math.floor(index / perColumn) * columnWidth
    const y = top + 6 + (index % perColumn) * rowHeight + rowHeight / 2
    if ('title' in row) {
      context.font = `bold 12px ${FONT}`
      context.fillStyle = '#1a2a33'
      context.fillText(canvasText(row.title), x, y, columnWidth - 8)
      return
    }
    if (row.entry.ring) {
      // A marker as the map draws it: its fill, then the ring in the change's colour, then a thin dark edge.
      const ring = row.entry.ring
      context.beginPath()
      context.arc(x + 10, y, 6, 0, Math.PI * 2)
      context.fillStyle = row.entry.colour
      context.fill()
      context.lineWidth = ring.width
      context.strokeStyle = ring.colour
      context.stroke()
      context.beginPath()
      context.arc(x + 10, y, 6 + ring.width / 2 + 0.5, 0, Math.PI * 2)
      context.lineWidth = 1
      context.strokeStyle = 'rgba(0, 0, 0, 0.45)'
      context.stroke()
    } else {
      context.fillStyle = row.entry.colour
      context.fillRect(x + 2, y - 6, 16, 12)
      context.strokeStyle = 'rgba(0, 0, 0, 0.4)'
      context.strokeRect(x + 2.5, y - 5.5, 15, 11)
    }
    context.font = `12px ${FONT}`
    context.fillStyle = '#263238'
    context.fillText(canvasText(row.entry.label), x + 24, y, columnWidth - 30)
  })
}

function drawScale(context: CanvasRenderingContext2D, scale: Decorations['scale'], height: number): void {
  const x = 20
  const y = height - 24
  box(context, 12, y - 22, scale.pixels + 24, 34)
  context.strokeStyle = '#263238'
  context.lineWidth = 2
  context.beginPath()
  context.moveTo(x, y - 6)
  context.lineTo(x, y)
  context.lineTo(x + scale.pixels, y)
  context.lineTo(x + scale.pixels, y - 6)
  context.stroke()
  context.font = `12px ${FONT}`
  context.fillStyle = '#263238'
  context.textBaseline = 'bottom'
  context.fillText(canvasText(scale.label), x + 2, y - 6)
}

function drawNorthArrow(context: CanvasRenderingContext2D, bearing: number, width: number): void {
  const cx = width - 36
  const cy = 48
  box(context, cx - 22, cy - 34, 44, 60)
  context.save()
  context.translate(cx, cy)
  context.rotate((-bearing * Math.PI) / 180)
  context.fillStyle = '#263238'
  context.beginPath()
  context.moveTo(0, -18)
  context.lineTo(9, 12)
  context.lineTo(0, 6)
  context.lineTo(-9, 12)
  context.closePath()
  context.fill()
  context.restore()
  context.font = `bold 13px ${FONT}`
  context.textBaseline = 'top'
  context.fillStyle = '#263238'
  context.fillText('N', cx - 4, cy + 12)
}

/** Draws title, legend, scale bar and north arrow; `ratio` is image pixels per CSS pixel. */
export function drawDecorations(context: CanvasRenderingContext2D, decorations: Decorations, ratio: number): void {
  const width = context.canvas.width / ratio
  const height = context.canvas.height / ratio
  context.save()
  context.scale(ratio, ratio)
  drawTitle(context, decorations, width - 80)
  drawNorthArrow(context, decorations.bearing, width)
  drawLegend(context, decorations.legend, width, height)
  drawScale(context, decorations.scale, height)
  context.restore()
}
