// Converters from a canonical source system (codes.ts) to WGS84 lon/lat. Gauss–Krüger and Web Mercator
// go through proj4 with the published parameters; the Chinese offsets use chinese-offsets.ts.
import proj4 from 'proj4'
import { bd09ToWgs84, gcj02ToWgs84 } from './chinese-offsets.ts'
import { gaussKrugerOf } from './codes.ts'

export type ToWgs84 = (x: number, y: number) => [number, number]

/** Web Mercator as defined for EPSG:3857 (spherical, radius 6378137 m). */
const webMercator =
  '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +no_defs'

/**
 * CGCS2000 Gauss–Krüger: transverse Mercator on the CGCS2000 ellipsoid (GRS80 parameters, which differ
 * from CGCS2000's only in the 10th digit of the flattening), scale 1, as in the EPSG:4513–4554 definitions.
 */
export function gaussKrugerDefinition(centralMeridian: number, falseEasting: number): string {
  return `+proj=tmerc +lat_0=0 +lon_0=${centralMeridian} +k=1 +x_0=${falseEasting} +y_0=0 +ellps=GRS80 +units=m +no_defs`
}

function fromProj4(definition: string): ToWgs84 {
  const converter = proj4(definition, 'WGS84')
  return (x, y) => {
    const [lon, lat] = converter.forward([x, y])
    return [lon ?? Number.NaN, lat ?? Number.NaN]
  }
}

/** A converter to WGS84 for a canonical code; undefined when the code is not one we know. */
export function converterToWgs84(code: string): ToWgs84 | undefined {
  switch (code) {
    case 'WGS84':
    case 'CGCS2000':
      return (x, y) => [x, y]
    case 'GCJ02':
      return gcj02ToWgs84
    case 'BD09':
      return bd09ToWgs84
    case 'EPSG:3857':
      return fromProj4(webMercator)
  }
  const parameters = gaussKrugerOf(code)
  return parameters ? fromProj4(gaussKrugerDefinition(parameters.centralMeridian, parameters.falseEasting)) : undefined
}
