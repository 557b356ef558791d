/**
 * The `pmtiles://` protocol, registered with MapLibre once per app lifetime (registering twice would
 * replace the handler and drop the archives it has opened). Remote archives are read with HTTP range
 * requests (pmtiles FetchSource); a file opened from disk is read with File.slice (FileSource) and
 * never leaves the browser.
 */
import { addProtocol } from 'maplibre-gl'
import { FileSource, PMTiles, Protocol, type Source } from 'pmtiles'

let protocol: Protocol | null = null

export function pmtilesProtocol(): Protocol {
  if (!protocol) {
    protocol = new Protocol()
    addProtocol('pmtiles', protocol.tile)
  }
  return protocol
}

/** The one PMTiles reader for an absolute URL (or a local key), shared with the map's tile requests. */
export function pmtilesArchive(absoluteUrl: string): PMTiles {
  const registered = pmtilesProtocol()
  const existing = registered.get(absoluteUrl)
  if (existing) return existing
  const archive = new PMTiles(absoluteUrl)
  registered.add(archive)
  return archive
}

let localCount = 0

export interface LocalPmtiles {
  /** Use as `tiles.url` of a layer definition (it is absolute, so no base URL changes it). */
  url: string
  archive: PMTiles
}

/**
 * Opens a .pmtiles file chosen by the user. The key looks like a file:// URL that no server can answer,
 * is unique per opening (two files may share a name), and lives until closeLocalPmtiles or a reload —
 * after a reload the user must open the file again (browsers give no lasting access to a disk file).
 */
export async function openLocalPmtiles(file: File): Promise<LocalPmtiles> {
  localCount += 1
  const url = `file://local-${localCount}/${file.name.replace(/[^\w.-]+/g, '_')}`
  const fileSource = new FileSource(file)
  const source: Source = { getKey: () => url, getBytes: (offset, length) => fileSource.getBytes(offset, length) }
  const archive = new PMTiles(source)
  await archive.getHeader() // throws on a file that is not a PMTiles archive, before anything is added
  pmtilesProtocol().add(archive)
  return { url, archive }
}

export function closeLocalPmtiles(url: string): void {
  protocol?.tiles.delete(url)
}
