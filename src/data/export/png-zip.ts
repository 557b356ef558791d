// Every stop's PNG as one ZIP (issue 12 item 7): one download instead of one per image, which browsers
// throttle — 下载每站 PNG delivered 10 of 14 files, silently. PNGs are already deflated, so they are
// stored, not compressed again; fixed timestamps keep the bytes reproducible (as the XLSX export).
import { zipSync } from 'fflate'

export const ZIP_MIME = 'application/zip'

/** The bytes of a base64 'data:image/png;base64,…' URL. */
export function dataUrlBytes(dataUrl: string): Uint8Array {
  const comma = dataUrl.indexOf(',')
  if (comma < 0 || !dataUrl.slice(0, comma).endsWith(';base64')) throw new Error('Not a base64 data URL.')
  const binary = atob(dataUrl.slice(comma + 1))
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index)
  return bytes
}

/** A ZIP of `files` (name → bytes), in the given order; names must be distinct. */
export function zipFiles(files: readonly { name: string; bytes: Uint8Array }[]): Uint8Array {
  const mtime = new Date(Date.UTC(2020, 0, 1))
  const entries: Record<string, [Uint8Array, { level: 0; mtime: Date }]> = {}
  for (const file of files) {
    if (file.name in entries) throw new Error(`Two files named ${file.name}.`)
    entries[file.name] = [file.bytes, { level: 0, mtime }]
  }
  return zipSync(entries)
}
