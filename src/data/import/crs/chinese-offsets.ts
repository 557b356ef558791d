// GCJ-02 ("Mars coordinates", used by Amap/高德 and Tencent/腾讯 maps) and BD-09 (Baidu/百度 maps).
// Forward formulas: the widely published open implementations of the GCJ-02 obfuscation
// (Krasovsky 1940 ellipsoid a = 6378245 m, e² = 0.00669342162296594323) and Baidu's BD-09 shift
// (x_pi = π·3000/180). There is no closed-form inverse, so the inverses iterate the forward formula
// until the residual is below 1e-9° (~0.1 mm), well inside the 1e-7° the brief asks for.

type LonLat = [number, number]

const krasovskyA = 6378245.0
// Published as 0.00669342162296594323; written here as the nearest double.
const krasovskyEe = 0.006693421622965943
const xPi = (Math.PI * 3000.0) / 180.0
const inverseTolerance = 1e-9
const inverseMaxSteps = 30

/** The obfuscation is only applied inside China's rough rectangle; outside, GCJ-02 equals WGS84. */
export function outsideChina(lon: number, lat: number): boolean {
  return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271
}

function shiftLat(x: number, y: number): number {
  let value = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x))
  value += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0
  value += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0
  value += ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0
  return value
}

function shiftLon(x: number, y: number): number {
  let value = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x))
  value += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0
  value += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0
  value += ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0
  return value
}

export function wgs84ToGcj02(lon: number, lat: number): LonLat {
  if (outsideChina(lon, lat)) return [lon, lat]
  let dLat = shiftLat(lon - 105.0, lat - 35.0)
  let dLon = shiftLon(lon - 105.0, lat - 35.0)
  const radLat = (lat / 180.0) * Math.PI
  let magic = Math.sin(radLat)
  magic = 1 - krasovskyEe * magic * magic
  const sqrtMagic = Math.sqrt(magic)
  dLat = (dLat * 180.0) / (((krasovskyA * (1 - krasovskyEe)) / (magic * sqrtMagic)) * Math.PI)
  dLon = (dLon * 180.0) / ((krasovskyA / sqrtMagic) * Math.cos(radLat) * Math.PI)
  return [lon + dLon, lat + dLat]
}

export function gcj02ToBd09(lon: number, lat: number): LonLat {
  const z = Math.sqrt(lon * lon + lat * lat) + 0.00002 * Math.sin(lat * xPi)
  const theta = Math.atan2(lat, lon) + 0.000003 * Math.cos(lon * xPi)
  return [z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006]
}

/** Solve forward(p) = target by fixed-point iteration; the shifts vary slowly, so it converges in a few steps. */
function invert(forward: (lon: number, lat: number) => LonLat, lon: number, lat: number): LonLat {
  let guessLon = lon
  let guessLat = lat
  for (let step = 0; step < inverseMaxSteps; step += 1) {
    const [forwardLon, forwardLat] = forward(guessLon, guessLat)
    const errorLon = forwardLon - lon
    const errorLat = forwardLat - lat
    guessLon -= errorLon
    guessLat -= errorLat
    if (Math.abs(errorLon) < inverseTolerance && Math.abs(errorLat) < inverseTolerance) break
  }
  return [guessLon, guessLat]
}

export function gcj02ToWgs84(lon: number, lat: number): LonLat {
  if (outsideChina(lon, lat)) return [lon, lat]
  return invert(wgs84ToGcj02, lon, lat)
}

export function bd09ToGcj02(lon: number, lat: number): LonLat {
  return invert(gcj02ToBd09, lon, lat)
}

export function wgs84ToBd09(lon: number, lat: number): LonLat {
  const [gcjLon, gcjLat] = wgs84ToGcj02(lon, lat)
  return gcj02ToBd09(gcjLon, gcjLat)
}

export function bd09ToWgs84(lon: number, lat: number): LonLat {
  const [gcjLon, gcjLat] = bd09ToGcj02(lon, lat)
  return gcj02ToWgs84(gcjLon, gcjLat)
}
