/** Public API of the time model: months, periods, labels and the clock. */
export * from './month.ts'
export * from './period.ts'
export * from './format.ts'
export * from './clock.ts'
