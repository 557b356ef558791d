/** Seeded pseudo-random numbers (mulberry32) so that the sample data is the same on every run. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number
  /** Uniform in [low, high). */
  between(low: number, high: number): number
  /** Standard normal (Box–Muller). */
  normal(): number
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    between: (low, high) => low + (high - low) * next(),
    normal: () => {
      const u = Math.max(next(), 1e-12)
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next())
    },
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
  }
}

/** A new generator per name, so that adding a section does not shift the numbers of the others. */
export function randomFor(seed: number, name: string): Random {
  let hash = seed >>> 0
  for (const character of name) hash = Math.imul(hash ^ character.charCodeAt(0), 0x01000193) >>> 0
  return createRandom(hash)
}
