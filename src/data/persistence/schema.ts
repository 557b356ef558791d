/**
 * What the app keeps in the browser's IndexedDB database 'shuitian' between visits: the planner's
 * imported layers, the monitoring records they imported, and their settings.
 *
 * Two version numbers, on purpose:
 * - DATABASE_VERSION is IndexedDB's own version (which object stores exist); raising it runs `upgrade`.
 * - STORED_FORMAT is written INTO every saved value; when the shape of a value changes it is raised and
 *   a step is added to MIGRATIONS (migrate.ts), so old values are converted on read — or, if they cannot
 *   be, the planner is told which item and why, and the item is left untouched in the database.
 */
import type { FeatureCollection } from 'geojson'
import type { LayerDefinition, Locale } from '@/domain/layers/types.ts'
import type { PackedSeries } from '@/domain/water-quality/index.ts'

export const DATABASE_NAME = 'shuitian'
/** 1: imported layers, monitoring, settings. 2: + the tour draft (work in progress of the tour editor). */
export const DATABASE_VERSION = 2
/**
 * 1: first shape. 2: imported monitoring saved as the series' columns (`columns`), not as records.
 * 3: an imported layer's features saved as the import's GeoJSON text (`text`, a Blob), not as objects.
 */
export const STORED_FORMAT = 3

export const STORE_LAYERS = 'imported-layers'
export const STORE_MONITORING = 'imported-monitoring'
export const STORE_SETTINGS = 'settings'
export const STORE_TOUR_DRAFT = 'tour-draft'
export const ALL_STORES = [STORE_LAYERS, STORE_MONITORING, STORE_SETTINGS, STORE_TOUR_DRAFT]

/** Key of the single value in the monitoring and settings stores. */
export const SINGLE_KEY = 'current'

export interface StoredLayer {
  format: number
  id: string
  definition: LayerDefinition
  /**
   * The features as the GeoJSON text the import worker wrote (format 3): IndexedDB keeps a Blob as it is,
   * where 200,000 feature objects took the page's thread two seconds to copy on every save, and as long
   * again to read back (issue 15 §2). Read in a worker (stored-features.ts). Null for a layer saved as objects.
   */
  text: Blob | null
  /** The features as objects: layers saved before format 3 (and kept so until saved again). */
  collection: FeatureCollection | null
  /** File the layer was imported from, for messages. */
  fileName: string
}

export interface StoredMonitoring {
  format: number
  id: string
  /**
   * Every record the planner imported (merged across imports: a later import of a section-month wins), as
   * the series' columns: IndexedDB copies typed arrays as memory, where 1.2 M record objects took seconds
   * of the page's thread to clone (issue 15 §2). Null: nothing imported.
   */
  columns: PackedSeries | null
  fileNames: string[]
}

export interface StoredTourDraft {
  format: number
  id: string
  /** The tour as JSON (validated again by parseTour when read back). */
  tour: unknown
}

export interface StoredSettings {
  format: number
  id: string
  locale: Locale
}

/** Creates the object stores a database at `oldVersion` lacks. Each step only adds, never drops data. */
export function upgradeDatabase(database: IDBDatabase, oldVersion: number): void {
  if (oldVersion < 1) {
    for (const name of [STORE_LAYERS, STORE_MONITORING, STORE_SETTINGS]) {
      if (!database.objectStoreNames.contains(name)) database.createObjectStore(name, { keyPath: 'id' })
    }
  }
  if (oldVersion < 2 && !database.objectStoreNames.contains(STORE_TOUR_DRAFT)) {
    database.createObjectStore(STORE_TOUR_DRAFT, { keyPath: 'id' })
  }
}
