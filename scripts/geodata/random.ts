/**
 * Seeded pseudo-random numbers (mulberry32) so that every generated sample file is byte-identical on
 * rerun. Never use Math.random or the clock in the geodata scripts.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number
  /** Uniform in [minimum, maximum). */
  between(minimum: number, maximum: number): number
  /** Integer in [minimum, maximum] (both inclusive). */
  integer(minimum: number, maximum: number): number
  pick<T>(items: readonly T[]): T
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
  const between = (minimum: number, maximum: number) => minimum + (maximum - minimum) * next()
  const integer = (minimum: number, maximum: number) => Math.floor(between(minimum, maximum + 1))
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)]
    if (item === undefined) throw new Error('pick() from an empty list')
    return item
  }
  return { next, between, integer, pick }
}
