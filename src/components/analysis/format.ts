/** Number formats of the analysis panel: metres under 1 km, km above; shares as whole percent. */
export function formatDistance(metres: number): string {
  return metres < 1000 ? `${Math.round(metres)} m` : `${(metres / 1000).toFixed(2)} km`
}

export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`
}
