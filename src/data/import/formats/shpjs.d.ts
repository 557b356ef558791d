// Types for the lower-level functions of shpjs 6 (it ships none). Only what the importer uses.
declare module 'shpjs' {
  import type { Geometry } from 'geojson'

  /** Geometries of a .shp, one per record (null for Null Shapes); coordinates as stored when prj is falsy. */
  export function parseShp(shp: ArrayBuffer | ArrayBufferView | DataView, prj?: string | false): (Geometry | null)[]
  /** Attribute rows of a .dbf; `cpg` is an encoding label as found in a .cpg file. */
  export function parseDbf(dbf: ArrayBuffer | ArrayBufferView | DataView, cpg?: string): Record<string, unknown>[]
}
