/**
 * One chunk for everything the entry imports statically (issue 15 §1). Rolldown's automatic chunking
 * splits the first load into a dozen small files wherever a lazily loaded panel shares a module with the
 * app; each file is compressed on its own, so the split costs gzip bytes and requests before the first
 * map. This codeSplitting group puts every module statically reachable from the entry into one chunk
 * ("app"), which the lazy chunks then import.
 */
import type { ModuleInfo } from 'rolldown'

interface ChunkingContext {
  getModuleInfo(moduleId: string): ModuleInfo | null
}

export function firstLoadGroup(entryId: string) {
  let reachable: Set<string> | null = null
  const staticallyReachable = (context: ChunkingContext): Set<string> => {
    const seen = new Set<string>()
    const pending = [entryId]
    while (pending.length > 0) {
      const id = pending.pop()!
      if (seen.has(id)) continue
      seen.add(id)
      // A barrel (Turf's index) names every function of the library; the parts the app uses are found
      // by tree-shaking, not here, and fall to the automatic chunking.
      if (/[\\/]@turf[\\/]turf[\\/]/.test(id)) continue
      pending.push(...(context.getModuleInfo(id)?.importedIds ?? []))
    }
    return seen
  }
  return {
    name: (moduleId: string, context: ChunkingContext) => ((reachable ??= staticallyReachable(context)).has(moduleId) ? 'app' : null),
  }
}
