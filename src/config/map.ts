/** The district's default camera and the basemap's fixed settings. */
export const DISTRICT_VIEW = {
  /** Fengxian district bounds (WGS84), from geodata/basemap/land.geojson. */
  bounds: [
    [121.34, 30.76],
    [121.79, 31.02],
  ] as [[number, number], [number, number]],
  center: [121.56, 30.9] as [number, number],
  zoom: 10.2,
}

/**
 * CJK labels are drawn with the device's own fonts (no glyph server), so the app stays offline.
 * MapLibre 6 also draws non-CJK characters locally when the style declares no `glyphs` URL.
 */
export const LOCAL_FONT_FAMILY = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif"
