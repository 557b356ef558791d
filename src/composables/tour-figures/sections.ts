/**
 * Section figures of a tour stop, computed from the monitoring data at the stop's period: a section's
 * class (GB 3838-2002, single-factor method), its class in the reference period when the stop compares,
 * its main pollutants with their 超标倍数 (环办〔2011〕22号), its target attainment and, over a quarter or a
 * year, the months it missed the target; for a stop that names no section, the shown sections' classes,
 * attainment, changes and mean total phosphorus and ammonia nitrogen.
 */
import type { Feature } from 'geojson'
import { sectionEvaluation, sectionHistory } from '@/data/water-series.ts'
import { layerFeatures } from '@/data/feature-registry.ts'
import { compareClasses, type Change, type WaterClass } from '@/domain/filters/index.ts'
import { monthlyAttainment, summariseSections } from '@/domain/sections/section-summary.ts'
import { monthsOfPeriod, periodOf, sameMonthLastYear, previousMonth, formatMonthShort, formatMonthInMode } from '@/domain/time/index.ts'
import { addPeriods } from '@/domain/time/period.ts'
import type { TourStop } from '@/domain/tour/index.ts'
import { describeClass, describeClassEn, describeMainPollutant, meetsTarget, NO_DATA_COLOUR, WATER_CLASS_COLOURS, type Indicator } from '@/domain/water-quality/index.ts'
import { useSectionViewStore } from '@/stores/section-view.ts'
import { featureName, formatNumber, type FigureGroup, type FigureRow, type FigureWords } from './types.ts'


function className(waterClass: WaterClass | null, words: FigureWords, short = false): string {
  const text = words.locale === 'zh' ? describeClass(waterClass) : describeClassEn(waterClass)
  return short ? text.replace(/（.*）/, '').replace(/ \(.*\)/, '') : text
}

/** The first month of the period the stop compares with (same period last year, or the one before). */
function referenceMonth(stop: TourStop): string | null {
  const period = periodOf(stop.clock.month, stop.clock.mode)
  if (stop.compare === 'lastYear') return sameMonthLastYear(period.first)
  if (stop.compare === 'previous') return stop.clock.mode === 'month' ? previousMonth(period.first) : addPeriods(period, -1).first
  return null
}

function classAt(sectionId: string, month: string, stop: TourStop): WaterClass | null {
  return (sectionEvaluation(sectionId, month, stop.clock.mode)?.classification.waterClass ?? null) as WaterClass | null
}

function changeWord(change: Change, words: FigureWords): string {
  return change === 'better' ? words.tt('tour.figure.better') : change === 'worse' ? words.tt('tour.figure.worse') : words.tt('tour.figure.same')
}

function monthsText(months: readonly string[], words: FigureWords): string {
  return months.map((month) => formatMonthShort(month, words.locale)).join(words.locale === 'zh' ? '、' : ', ')
}

interface SectionFacts {
  name: string
  waterClass: WaterClass | null
  target: WaterClass | null
  met: boolean | null
  reference: WaterClass | null
  change: Change | null
  pollutants: string
  monthly: ReturnType<typeof monthlyAttainment> | null
}

function sectionFacts(feature: Feature, stop: TourStop, words: FigureWords): SectionFacts {
  const id = String(feature.properties?.id ?? feature.id)
  const evaluation = sectionEvaluation(id, stop.clock.month, stop.clock.mode)
  const waterClass = (evaluation?.classification.waterClass ?? null) as WaterClass | null
  const targetValue = Number(feature.properties?.targetClass)
  const target = targetValue >= 1 && targetValue <= 6 ? (targetValue as WaterClass) : null
  const referenceFirst = referenceMonth(stop)
  const reference = referenceFirst ? classAt(id, referenceFirst, stop) : null
  // A main pollutant is an item over the Ⅲ standard; one at exactly 0 times over is no pollutant.
  const pollutants = (evaluation?.classification.mainPollutants ?? [])
    .filter((pollutant) => Number.isNaN(pollutant.exceedance) || pollutant.exceedance > 0)
    .map((pollutant) => describeMainPollutant(pollutant, words.locale))
    .join(words.locale === 'zh' ? '、' : ', ')
  const months = monthsOfPeriod(periodOf(stop.clock.month, stop.clock.mode))
  return {
    name: featureName(feature.properties, id, words.locale),
    waterClass,
    target,
    met: target === null ? null : meetsTarget(waterClass, target),
    reference,
    change: referenceFirst ? compareClasses(waterClass, reference) : null,
    pollutants,
    monthly: target !== null && stop.clock.mode !== 'month' ? monthlyAttainment(sectionHistory(id), months, target) : null,
  }
}

function attainmentText(facts: SectionFacts, words: FigureWords): string {
  const verdict = facts.met === null ? words.tt('tour.figure.noData') : facts.met ? words.tt('tour.figure.met') : words.tt('tour.figure.unmet')
  if (facts.target === null) return verdict
  const target = `${words.tt('tour.figure.target')} ${className(facts.target, words, true)}`
  return words.locale === 'zh' ? `${verdict}（${target}）` : `${verdict} (${target})`
}

/** The full group of one section: the stop is about it. */
export function sectionGroup(feature: Feature, stop: TourStop, words: FigureWords): FigureGroup {
  const facts = sectionFacts(feature, stop, words)
  const { tt } = words
  const rows: FigureRow[] = [{
    label: tt('tour.figure.class'),
    value: className(facts.waterClass, words),
    colour: facts.waterClass === null ? NO_DATA_COLOUR : WATER_CLASS_COLOURS[facts.waterClass],
  }]
  if (facts.change) {
    rows.push({
      label: tt(stop.compare === 'lastYear' ? 'tour.figure.referenceLastYear' : 'tour.figure.referencePrevious'),
      value: `${className(facts.reference, words, true)} → ${changeWord(facts.change, words)}`,
      colour: facts.reference === null ? NO_DATA_COLOUR : WATER_CLASS_COLOURS[facts.reference],
    })
  }
  if (facts.pollutants) rows.push({ label: tt('tour.figure.pollutants'), value: facts.pollutants })
  if (facts.target !== null) rows.push({ label: tt('tour.figure.attainment'), value: attainmentText(facts, words) })
  if (facts.monthly && facts.monthly.sampled > 0) {
    rows.push({ label: tt('tour.figure.monthsMet'), value: `${facts.monthly.met} / ${facts.monthly.sampled}` })
    if (facts.monthly.unmetMonths.length > 0) rows.push({ label: tt('tour.figure.unmetMonths'), value: monthsText(facts.monthly.unmetMonths, words) })
  }
  return { title: `${facts.name} · ${formatMonthInMode(stop.clock.month, stop.clock.mode, words.locale)}`, rows }
}

/** One row per section, for stops about several (a river's sections): class, attainment, change, missed months. */
export function sectionListGroup(features: readonly Feature[], stop: TourStop, words: FigureWords): FigureGroup {
  const separator = ' · '
  const rows = features.map((feature): FigureRow => {
    const facts = sectionFacts(feature, stop, words)
    const parts = [className(facts.waterClass, words, true)]
    if (facts.met !== null) parts.push(facts.met ? words.tt('tour.figure.met') : words.tt('tour.figure.unmet'))
    if (facts.change) parts.push(words.tt(stop.compare === 'lastYear' ? 'tour.figure.shortLastYear' : 'tour.figure.shortPrevious', { change: changeWord(facts.change, words) }))
    if (facts.monthly && facts.monthly.unmetMonths.length > 0) parts.push(words.tt('tour.figure.missedIn', { months: monthsText(facts.monthly.unmetMonths, words) }))
    return { label: facts.name, value: parts.join(separator), colour: facts.waterClass === null ? NO_DATA_COLOUR : WATER_CLASS_COLOURS[facts.waterClass] }
  })
  return { title: `${words.tt('tour.figure.sections')} · ${formatMonthInMode(stop.clock.month, stop.clock.mode, words.locale)}`, rows }
}

function meanOf(sectionIds: readonly string[], indicator: Indicator, stop: TourStop): number | null {
  const values = sectionIds
    .map((id) => sectionEvaluation(id, stop.clock.month, stop.clock.mode)?.values[indicator])
    .filter((value): value is number => typeof value === 'number' && Number.isFinite(value))
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length
}

/** The sections the map shows now (clock, filter, comparison applied): for stops that name none. */
export function shownSectionsGroup(stop: TourStop, words: FigureWords): FigureGroup | null {
  const view = useSectionViewStore()
  const features = layerFeatures('sections')
  const shownIndexes = view.states.map((_state, index) => index).filter((index) => view.visible[index])
  if (shownIndexes.length === 0) return null
  const summary = summariseSections(shownIndexes.map((index) => view.states[index]!))
  const { tt, locale } = words
  const rows: FigureRow[] = [{ label: tt('tour.figure.sectionCount'), value: String(summary.total) }]
  summary.byClass.forEach((count, index) => {
    const waterClass = (index + 1) as WaterClass
    if (count > 0) rows.push({ label: className(waterClass, words, true), value: tt('tour.figure.count', { count }), colour: WATER_CLASS_COLOURS[waterClass] })
  })
  if (summary.noData > 0) rows.push({ label: tt('tour.figure.noData'), value: tt('tour.figure.count', { count: summary.noData }), colour: NO_DATA_COLOUR })
  if (summary.judged > 0) rows.push({ label: tt('tour.figure.attainedSections'), value: `${summary.met} / ${summary.judged}` })
  const shownFeatures = shownIndexes.map((index) => features[index]).filter((feature): feature is Feature => feature !== undefined)
  if (stop.clock.mode !== 'month') {
    const months = monthsOfPeriod(periodOf(stop.clock.month, stop.clock.mode))
    let steady = 0
    let judged = 0
    for (const feature of shownFeatures) {
      const target = Number(feature.properties?.targetClass)
      if (!(target >= 1 && target <= 6)) continue
      const monthly = monthlyAttainment(sectionHistory(String(feature.properties?.id)), months, target as WaterClass)
      if (monthly.sampled === 0) continue
      judged++
      if (monthly.unmetMonths.length === 0) steady++
    }
    if (judged > 0) rows.push({ label: tt('tour.figure.steady'), value: `${steady} / ${judged}` })
  }
  if (stop.compare === 'lastYear' || stop.compare === 'previous') {
    rows.push({
      label: tt(stop.compare === 'lastYear' ? 'tour.figure.changeLastYear' : 'tour.figure.changePrevious'),
      value: tt('tour.figure.changeValue', { better: summary.better, worse: summary.worse, same: summary.same }),
    })
  }
  if (stop.clock.mode === 'year') {
    // The report's yardsticks for the district's rivers: mean total phosphorus and ammonia nitrogen.
    const ids = shownFeatures.map((feature) => String(feature.properties?.id))
    const phosphorus = meanOf(ids, 'TP', stop)
    const ammonia = meanOf(ids, 'NH3N', stop)
    if (phosphorus !== null) rows.push({ label: tt('tour.figure.meanTP'), value: `${formatNumber(phosphorus, 2, locale)} mg/L` })
    if (ammonia !== null) rows.push({ label: tt('tour.figure.meanNH3N'), value: `${formatNumber(ammonia, 2, locale)} mg/L` })
  }
  return { title: `${tt('tour.figure.sections')} · ${formatMonthInMode(stop.clock.month, stop.clock.mode, locale)}`, rows }
}
