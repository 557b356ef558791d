/**
 * Issue #8 item 6, in numbers: the six GB 3838-2002 class colours stay distinguishable for the two most
 * common colour-vision deficiencies, and the text on the map overlays meets WCAG 2.1 AA contrast.
 *
 * - Deficiency simulation: Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for
 *   Simulation of Color Vision Deficiency", IEEE TVCG 15(6), matrices for severity 1.0 (dichromacy),
 *   applied to linear RGB.
 * - Difference: CIEDE2000 (CIE 142-2001; formulas as in Sharma, Wu & Dalal 2005) in CIELAB, D65.
 *   MIN_DIFFERENCE = 10: a ΔE00 of about 2 is "just noticeable"; 10 keeps two map dots apart at a
 *   glance, not only side by side.
 * - Contrast: WCAG 2.1 SC 1.4.3 (contrast ratio ≥ 4.5:1 for normal-size text), relative luminance as
 *   defined by WCAG 2.1.
 */
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { SAFE_PALETTE } from '@/data/import/layer-style.ts'
import { NO_DATA_COLOUR, NO_DATA_TEXT_COLOUR, NUMERAL_TEXT_COLOURS, WATER_CLASS_COLOURS, WATER_CLASSES, type WaterClass } from '@/domain/water-quality/index.ts'

const MIN_DIFFERENCE = 10
const WCAG_AA_NORMAL_TEXT = 4.5
const projectRoot = fileURLToPath(new URL('../../', import.meta.url))

type Rgb = [number, number, number]
type Matrix = [Rgb, Rgb, Rgb]

/** Machado et al. 2009, Table (severity 1.0). */
const DEFICIENCIES: Record<'protanopia' | 'deuteranopia', Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
}

function hexToSrgb(hex: string): Rgb {
  const value = Number.parseInt(hex.replace('#', ''), 16)
  return [((value >> 16) & 255) / 255, ((value >> 8) & 255) / 255, (value & 255) / 255]
}
const toLinear = (channel: number) => (channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4)

function simulate(hex: string, matrix: Matrix | null): Rgb {
  const linear = hexToSrgb(hex).map(toLinear) as Rgb
  if (!matrix) return linear
  return matrix.map((row) => Math.min(1, Math.max(0, row[0] * linear[0] + row[1] * linear[1] + row[2] * linear[2]))) as Rgb
}

/** Linear sRGB → CIELAB (D65 white). */
function linearToLab([r, g, b]: Rgb): Rgb {
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116)
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
}

/** CIEDE2000 colour difference (kL = kC = kH = 1). */
function deltaE2000([l1, a1, b1]: Rgb, [l2, a2, b2]: Rgb): number {
  const radians = Math.PI / 180
  const meanC = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2
  const g = 0.5 * (1 - Math.sqrt(meanC ** 7 / (meanC ** 7 + 25 ** 7)))
  const [a1p, a2p] = [(1 + g) * a1, (1 + g) * a2]
  const [c1p, c2p] = [Math.hypot(a1p, b1), Math.hypot(a2p, b2)]
  const hue = (b: number, a: number) => (b === 0 && a === 0 ? 0 : (Math.atan2(b, a) / radians + 360) % 360)
  const [h1p, h2p] = [hue(b1, a1p), hue(b2, a2p)]
  const deltaL = l2 - l1
  const deltaC = c2p - c1p
  let deltah = 0
  if (c1p * c2p !== 0) deltah = Math.abs(h2p - h1p) <= 180 ? h2p - h1p : h2p - h1p > 180 ? h2p - h1p - 360 : h2p - h1p + 360
  const deltaH = 2 * Math.sqrt(c1p * c2p) * Math.sin((deltah / 2) * radians)
  const meanL = (l1 + l2) / 2
  const meanCp = (c1p + c2p) / 2
  let meanH = h1p + h2p
  if (c1p * c2p !== 0) meanH = Math.abs(h1p - h2p) <= 180 ? (h1p + h2p) / 2 : h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2
  const t = 1 - 0.17 * Math.cos((meanH - 30) * radians) + 0.24 * Math.cos(2 * meanH * radians) + 0.32 * Math.cos((3 * meanH + 6) * radians) - 0.2 * Math.cos((4 * meanH - 63) * radians)
  const sL = 1 + (0.015 * (meanL - 50) ** 2) / Math.sqrt(20 + (meanL - 50) ** 2)
  const sC = 1 + 0.045 * meanCp
  const sH = 1 + 0.015 * meanCp * t
  const rT = -2 * Math.sqrt(meanCp ** 7 / (meanCp ** 7 + 25 ** 7)) * Math.sin(60 * Math.exp(-(((meanH - 275) / 25) ** 2)) * radians)
  return Math.sqrt((deltaL / sL) ** 2 + (deltaC / sC) ** 2 + (deltaH / sH) ** 2 + rT * (deltaC / sC) * (deltaH / sH))
}

/** WCAG 2.1 contrast ratio of two '#rrggbb' colours. */
function contrastRatio(foreground: string, background: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = hexToSrgb(hex).map(toLinear) as Rgb
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

const pairs: [WaterClass, WaterClass][] = WATER_CLASSES.flatMap((first) =>
  WATER_CLASSES.filter((second) => second > first).map((second): [WaterClass, WaterClass] => [first, second]),
)

describe('colour-vision check of the six class colours (Machado 2009, CIEDE2000)', () => {
  it('checks a real difference: CIEDE2000 reproduces Sharma et al. 2005 test pairs', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 3)
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 3)
    expect(deltaE2000([60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387])).toBeCloseTo(1.2644, 3)
  })

  it('would catch a clash: red and green merge for a deuteranope', () => {
    const [red, green] = ['#D62728', '#8C8C00'].map((hex) => linearToLab(simulate(hex, DEFICIENCIES.deuteranopia)))
    expect(deltaE2000(red!, green!)).toBeLessThan(MIN_DIFFERENCE)
  })

  describe.each([
    ['normal vision', null],
    ['protanopia', DEFICIENCIES.protanopia],
    ['deuteranopia', DEFICIENCIES.deuteranopia],
  ] as const)('%s', (_vision, matrix) => {
    it.each(pairs)(`keeps class %i and class %i at least ΔE00 ${MIN_DIFFERENCE} apart`, (first, second) => {
      const [left, right] = [first, second].map((waterClass) => linearToLab(simulate(WATER_CLASS_COLOURS[waterClass], matrix)))
      expect(deltaE2000(left!, right!)).toBeGreaterThanOrEqual(MIN_DIFFERENCE)
    })
  })
})

/**
 * Text colours on the overlays, as declared in the components' CSS (each row names the file that sets
 * the colour; the test fails when the file no longer declares it, so this table cannot silently drift).
 */
const TEXT_ON_OVERLAYS: { what: string; file: string; foreground: string; background: string }[] = [
  { what: 'header title', file: 'src/components/shell/AppHeader.vue', foreground: '#ffffff', background: '#0d4f7a' },
  { what: 'sample-data badge', file: 'src/components/shell/AppHeader.vue', foreground: '#4e3b00', background: '#ffe082' },
  { what: 'page text', file: 'src/styles/base.css', foreground: '#263238', background: '#ffffff' },
  { what: 'selected side tab', file: 'src/views/ExploreView.vue', foreground: '#ffffff', background: '#0d4f7a' },
  { what: 'legend text', file: 'src/components/layers/LayerLegend.vue', foreground: '#333333', background: '#ffffff' },
  { what: 'card: layer name and field labels (muted)', file: 'src/components/feature/FeatureCard.vue', foreground: '#546e7a', background: '#ffffff' },
  { what: 'card: sample-data note', file: 'src/components/feature/FeatureCard.vue', foreground: '#8d6e00', background: '#fff8e1' },
  { what: 'section details: period, labels, value table head', file: 'src/components/sections/SectionDetails.vue', foreground: '#546e7a', background: '#ffffff' },
  { what: 'section details: reference (不参评) rows', file: 'src/components/sections/SectionDetails.vue', foreground: '#546e7a', background: '#ffffff' },
  { what: 'section details: 达标 badge', file: 'src/components/sections/SectionDetails.vue', foreground: '#1b5e20', background: '#e8f5e9' },
  { what: 'section details: 未达标 badge', file: 'src/components/sections/SectionDetails.vue', foreground: '#b71c1c', background: '#ffebee' },
  { what: 'history strip years', file: 'src/components/sections/SectionHistoryStrip.vue', foreground: '#546e7a', background: '#ffffff' },
  { what: 'layer family heading', file: 'src/components/layers/LayerPanel.vue', foreground: '#546e7a', background: '#ffffff' },
  { what: 'layer feature count', file: 'src/components/layers/LayerPanelItem.vue', foreground: '#546e7a', background: '#ffffff' },
  { what: 'layer error', file: 'src/components/layers/LayerPanelItem.vue', foreground: '#b71c1c', background: '#ffffff' },
  { what: 'filter legend and count', file: 'src/components/filters/FilterPanelGroup.vue', foreground: '#546e7a', background: '#eceff1' },
  { what: 'filter option without sections', file: 'src/components/filters/FilterPanelGroup.vue', foreground: '#546e7a', background: '#ffffff' },
  { what: 'section list column headers', file: 'src/components/filters/SectionList.vue', foreground: '#546e7a', background: '#ffffff' },
  { what: 'time bar text', file: 'src/components/time/TimeBar.vue', foreground: '#455a64', background: '#ffffff' },
  { what: 'time bar selected button', file: 'src/components/time/TimeBar.vue', foreground: '#ffffff', background: '#0d4f7a' },
]

/** '#fff' and '#ffffff' are the same colour: a file declares a colour in either form. */
function declares(source: string, hex: string): boolean {
  const text = source.toLowerCase()
  const short = /^#(.)\1(.)\2(.)\3$/.exec(hex.toLowerCase())
  return text.includes(hex.toLowerCase()) || (short !== null && new RegExp(`#${short[1]}${short[2]}${short[3]}(?![0-9a-f])`).test(text))
}

describe('WCAG 2.1 AA contrast of text on the map overlays (SC 1.4.3, ≥ 4.5:1)', () => {
  it('would catch a faint text colour', () => {
    expect(contrastRatio('#b0bec5', '#ffffff')).toBeLessThan(WCAG_AA_NORMAL_TEXT)
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
  })

  it.each(TEXT_ON_OVERLAYS)('$what: $foreground on $background', ({ file, foreground, background }) => {
    const source = readFileSync(`${projectRoot}${file}`, 'utf8')
    expect(declares(source, foreground), `${file} declares ${foreground}`).toBe(true)
    expect(contrastRatio(foreground, background)).toBeGreaterThanOrEqual(WCAG_AA_NORMAL_TEXT)
  })
})

describe('the class numerals on their class colour (markers and the class key, SC 1.4.3, ≥ 4.5:1)', () => {
  it.each(WATER_CLASSES)('class %i', (waterClass) => {
    expect(contrastRatio(NUMERAL_TEXT_COLOURS[waterClass], WATER_CLASS_COLOURS[waterClass])).toBeGreaterThanOrEqual(WCAG_AA_NORMAL_TEXT)
  })
  it('the no-data dash on grey', () => {
    expect(contrastRatio(NO_DATA_TEXT_COLOUR, NO_DATA_COLOUR)).toBeGreaterThanOrEqual(WCAG_AA_NORMAL_TEXT)
  })
})

/**
 * Issue 12 item 6: each import takes the next colour of the Okabe–Ito palette (data/import/layer-style.ts).
 * Imports are drawn side by side, so every two palette colours must stay apart for the same viewers.
 */
describe('colour-vision check of the import palette (Okabe–Ito)', () => {
  const palettePairs = SAFE_PALETTE.flatMap((first, index) => SAFE_PALETTE.slice(index + 1).map((second) => [first, second] as const))
  describe.each([
    ['normal vision', null],
    ['protanopia', DEFICIENCIES.protanopia],
    ['deuteranopia', DEFICIENCIES.deuteranopia],
  ] as const)('%s', (_vision, matrix) => {
    it.each(palettePairs)(`keeps %s and %s at least ΔE00 ${MIN_DIFFERENCE} apart`, (first, second) => {
      const [left, right] = [first, second].map((hex) => linearToLab(simulate(hex, matrix)))
      expect(deltaE2000(left!, right!)).toBeGreaterThanOrEqual(MIN_DIFFERENCE)
    })
  })
})
