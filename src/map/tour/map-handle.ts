/** Tours use the app's one map handle type (see src/map/map-handle.ts). */
export type { MapHandle } from '../map-handle.ts'
