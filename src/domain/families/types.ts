/**
 * A layer family as a module (issue 16 §1). Every catalogue entry names its `family`; what the app does
 * with a layer beyond drawing its style — what the clock shows of a feature, what is derived from its data
 * on load, how its coded values read, its data checks, statistics and tour figures, its card's detail —
 * comes from its family's module, looked up through that name. No other file branches on a layer id.
 *
 * A family is split by room and by when it is needed, each part in its own registry typed as
 * `Record<LayerFamily, …>`, so a family added to `LayerFamily` fails type-checking until every part exists:
 * - `FamilyModule` (here; registry `./registry.ts`): pure, loaded with the first map;
 * - `FamilyAnalysis` (here; registry `./analysis-registry.ts`): pure, loaded with the analysis drawer or a card;
 * - tour figures (`src/composables/tour-figures/families.ts`), card detail (`src/components/families/card-details.ts`):
 *   the Vue rooms' parts;
 * - the panel's place: `FAMILY_ORDER` in `../layers/layer-order.ts`.
 */
import type { Feature, Geometry } from 'geojson'
import type { CardField, FieldFormat, LayerDefinition, LayerFamily, LocalizedText } from '../layers/types.ts'
import type { GroupKey, GroupOptions, Measure } from '../statistics/index.ts'
import type { GeometryProblem } from '../spatial/index.ts'
import type { StageProblem } from '../remediation/index.ts'
import type { SoilProblem } from '../soil/index.ts'
import type { GreenProblem } from '../greenery/index.ts'

export type AnyFeature = Feature<Geometry | null>

/** Where the clock stands, for a family: the month states are read at, and the period shown. */
export interface ClockMoment {
  /** The period's last month within the data (statusMonth): stocks such as stages are read here. */
  month: string
  /** First and last month of the period shown (flows such as alarm counts are summed over it). */
  first: string
  last: string
}

/** What the clock shows of one feature; the map writes it as feature-state. */
export interface TimedFeatureState {
  /** Not drawn at this moment. */
  hidden: boolean
  /** 0–1: how strongly the feature is drawn (planned and in-progress work is faint). */
  emphasis: number
  /** The category in force at this moment, for a style with `stateProperty` (e.g. a plot's stage). */
  stage?: string
  /** Further feature-state keys the family's paint expressions read (e.g. a class or a count at the moment). */
  values?: Record<string, string | number | boolean>
}

/** Card-field formats whose values are codes named by a vocabulary. */
export type VocabularyFormat = Extract<FieldFormat, 'kind' | 'status' | 'level' | 'stage'>

/** The pure part of a family that the first map needs (time state, derived properties, words). */
export interface FamilyModule {
  readonly family: LayerFamily
  /**
   * What the clock shows of a feature of `layerId` at `at`; null when the feature is drawn as in its file
   * at every moment. Absent: the family does not follow the clock this way.
   */
  timedState?(layerId: string, feature: Feature, at: ClockMoment): TimedFeatureState | null
  /**
   * True when the family writes its own feature-state (water: `src/map/section-sync.ts` through the section
   * view, typed arrays for 10,000 sections); the generic clock sync then leaves its layers alone.
   */
  readonly ownClockSync?: boolean
  /** Properties derived from the data on load so that styles can read them: new features, input unchanged. */
  deriveProperties?(layerId: string, features: readonly Feature[]): Feature[]
  /** A card field's value at the clock when it is not the file's (a plot's stage in force); undefined: the file's. */
  fieldValueAt?(properties: Record<string, unknown>, field: CardField, at: ClockMoment): unknown
  /** Names of the coded values this family's fields hold, by card-field format (merged over all families). */
  readonly vocabularies?: Partial<Record<VocabularyFormat, Readonly<Record<string, LocalizedText>>>>
}

/** One problem of a feature, tagged with the validator that found it (worded by components/analysis/problem-text.ts). */
export type FeatureProblem =
  | { source: 'geometry'; problem: GeometryProblem }
  | { source: 'stage'; problem: StageProblem }
  | { source: 'soil'; problem: SoilProblem }
  | { source: 'green'; problem: GreenProblem }

export interface LayerStatisticsOptions {
  groups: GroupKey[]
  /** Summed besides the count; the first one is charted (the count when empty). */
  measures: Measure[]
  /** Grouped by kind, each green kind is summed in its own measure (km, 亩, ha, m²) instead of `measures`. */
  greenKindMeasures?: boolean
}

/** The pure part of a family needed on first use only: data checks and statistics. */
export interface FamilyAnalysis {
  /** The family's own problems of a feature (its geometry is checked for every layer by the caller). */
  problems?(layerId: string, feature: AnyFeature): FeatureProblem[]
  /** The statistics tab's groups and measures for a layer of the family; absent: by geometry. */
  statistics?(definition: LayerDefinition): LayerStatisticsOptions | undefined
  /** How a group key is read at `month` when it is not the property of that name (a plot's stage in force). */
  groupOptions?: Partial<Record<GroupKey, (month: string) => GroupOptions>>
}
