// Caps that keep a hostile or accidental file from freezing the tab or exhausting memory.
// Each can be lowered per call (tests do), none can be raised beyond what a tablet survives.

export const importLimits = {
  /** Default size of the file as given (50 MB). */
  maxBytes: 50 * 1024 * 1024,
  /** Total vertices in one import; MapLibre and Turf become sluggish well before this. */
  maxVertices: 2_000_000,
  /** Sum of uncompressed sizes inside one archive (200 MB). */
  maxUnzippedBytes: 200 * 1024 * 1024,
  /** Number of entries in one archive. */
  maxZipEntries: 2_000,
  /**
   * Compression ratio above which a large entry is treated as a zip bomb. Deflate cannot exceed
   * about 1032:1, so a bomb sits near that; real shapefiles and spreadsheets stay far below 100:1.
   */
  maxCompressionRatio: 200,
  /** Entries smaller than this are never rejected for their ratio (tiny .cpg/.prj files compress oddly). */
  ratioCheckFromBytes: 10 * 1024 * 1024,
  /** A .shp larger than this cannot stay within maxVertices in practice (16 bytes per vertex plus headers). */
  maxShpBytes: 40 * 1024 * 1024,
  /** Self-intersection checks are quadratic (turf kinks); bigger polygons are skipped with a warning. */
  maxKinksVertices: 2_000,
  /** Depth of nested property objects kept as objects; deeper values are kept as JSON text. */
  maxPropertyDepth: 8,
} as const
