// Feature properties are data, never code or object structure. Keys that would reach an object's
// prototype machinery (__proto__, constructor, prototype) are renamed with a leading underscore and
// reported; values are copied into fresh plain objects with defineProperty so no setter ever runs.
import { bilingual } from './errors.ts'
import { importLimits } from './limits.ts'

const dangerousKeys = new Set(['__proto__', 'constructor', 'prototype'])

export function isDangerousKey(key: string): boolean {
  return dangerousKeys.has(key)
}

/** The name a dangerous key is renamed to: one more leading underscore until it is free. */
export function safeKey(key: string, taken: { has(key: string): boolean }): string {
  let candidate = `_${key}`
  while (taken.has(candidate) || dangerousKeys.has(candidate)) candidate = `_${candidate}`
  return candidate
}

export interface PropertyLog {
  /** Renamed keys: original → new name, with how often it happened. */
  renamed: Map<string, { to: string; count: number }>
}

export function createPropertyLog(): PropertyLog {
  return { renamed: new Map() }
}

function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

function cleanValue(value: unknown, depth: number, log: PropertyLog): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (typeof value === 'bigint') return value.toString()
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString()
  if (typeof value !== 'object') return null
  if (depth >= importLimits.maxPropertyDepth) return JSON.stringify(value)
  if (Array.isArray(value)) return value.map((item) => cleanValue(item, depth + 1, log))
  return cleanObject(value as Record<string, unknown>, depth + 1, log)
}

function cleanObject(source: Record<string, unknown>, depth: number, log: PropertyLog): Record<string, unknown> {
  const target: Record<string, unknown> = {}
  const keys = Object.keys(source)
  const taken = new Set(keys)
  for (const key of keys) {
    let name = key
    if (isDangerousKey(key)) {
      name = safeKey(key, taken)
      taken.add(name)
      const entry = log.renamed.get(key) ?? { to: name, count: 0 }
      entry.count += 1
      log.renamed.set(key, entry)
    }
    define(target, name, cleanValue(source[key], depth, log))
  }
  return target
}

/** A safe plain copy of one feature's properties. */
export function cleanProperties(source: unknown, log: PropertyLog): Record<string, unknown> {
  if (source === null || typeof source !== 'object' || Array.isArray(source)) return {}
  return cleanObject(source as Record<string, unknown>, 0, log)
}

export function propertyWarnings(log: PropertyLog): string[] {
  return [...log.renamed].map(([key, { to, count }]) =>
    bilingual(`属性名「${key}」不安全，已改名为「${to}」（${count} 处）`, `unsafe property name "${key}" renamed to "${to}" (${count} times)`),
  )
}
