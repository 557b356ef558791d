/** Public API of the section filters and class changes. */
export * from './types.ts'
export * from './section-filter.ts'
export * from './filter-counts.ts'
export * from './change.ts'
export * from './filter-summary.ts'
export * from './change-legend.ts'
