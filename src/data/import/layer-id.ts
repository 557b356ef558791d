/**
 * Ids for imported layers (issue #14 §5). An id must be unique across tabs and visits, not only in this
 * tab's catalogue: two tabs importing at once, or an older tab importing later, must never write over each
 * other's saved layer. A per-tab counter cannot promise that (it gave every Chinese file name
 * 'imported-layer-1'), so the id carries the time and 48 random bits; the save itself then refuses an id
 * already in storage (IndexedDB `add`, database.ts), which turns the last, astronomically unlikely
 * collision into a reported failure instead of a silent overwrite.
 */

/** 'imported-<ascii slug>-<time base36>-<random base36>', e.g. 'imported-rivers-mhv3k2c1-5x0q9a1b2c'. */
export function newLayerId(fileName: string, taken: readonly string[], random: () => number = secureRandom, now: () => number = Date.now): string {
  const slug =
    fileName
      .replace(/\.[^.]+$/, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 24)
      .toLowerCase() || 'layer'
  for (;;) {
    const id = `imported-${slug}-${now().toString(36)}-${Math.floor(random() * 2 ** 48).toString(36)}`
    if (!taken.includes(id)) return id
  }
}

/** A uniform number in [0, 1) from the platform's CSPRNG (Math.random may repeat across tabs started together). */
function secureRandom(): number {
  const words = new Uint32Array(2)
  globalThis.crypto.getRandomValues(words)
  return (words[0]! * 2 ** 21 + (words[1]! >>> 11)) / 2 ** 53
}
