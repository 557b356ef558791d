/**
 * Freezes a value and everything reachable from it, so that test fixtures make any function that
 * mutates its input throw (strict-mode modules throw on writes to frozen objects).
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
  }
  return value
}
