/**
 * A Playwright route handler that serves bytes as a static host with byte serving does (nginx, IIS,
 * object storage): `206 Partial Content` with the slice and `Content-Range` for a `Range` request, the
 * whole file otherwise. Used by the city-tiles browser test and bench to serve the PMTiles archive.
 */
import type { Route } from 'playwright-core'

export function rangeRoute(bytes: Uint8Array) {
  return (route: Route) => {
    const match = route.request().headers()['range']?.match(/^bytes=(\d+)-(\d*)$/)
    if (!match) return route.fulfill({ status: 200, contentType: 'application/octet-stream', body: Buffer.from(bytes) })
    const start = Number(match[1])
    const end = Math.min(match[2] ? Number(match[2]) : bytes.length - 1, bytes.length - 1)
    return route.fulfill({
      status: 206,
      headers: { 'Content-Type': 'application/octet-stream', 'Content-Range': `bytes ${start}-${end}/${bytes.length}`, 'Accept-Ranges': 'bytes' },
      body: Buffer.from(bytes.subarray(start, end + 1)),
    })
  }
}
