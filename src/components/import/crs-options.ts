/**
 * The coordinate systems a planner can choose when the detected one is wrong, with the names they know
 * them by. Codes are those importFile accepts (src/data/import/crs/codes.ts). Fengxian lies near 121.5°E:
 * the 3° zone 41 (CM 123°E) and CM 120°E are the national grids; local surveys use CM 121° or 121.5°.
 */
export interface CrsOption {
  code: string
  zh: string
  en: string
}

export const CRS_OPTIONS: readonly CrsOption[] = [
  { code: 'WGS84', zh: 'WGS84 / CGCS2000 经纬度', en: 'WGS84 / CGCS2000 lon/lat' },
  { code: 'GCJ02', zh: 'GCJ-02 火星坐标（高德/腾讯）', en: 'GCJ-02 (Amap/Tencent)' },
  { code: 'BD09', zh: 'BD-09 百度坐标', en: 'BD-09 (Baidu)' },
  { code: 'EPSG:4528', zh: 'CGCS2000 高斯-克吕格 3° 40带（带号）', en: 'CGCS2000 Gauss–Krüger 3° zone 40 (prefixed)' },
  { code: 'EPSG:4529', zh: 'CGCS2000 高斯-克吕格 3° 41带（带号）', en: 'CGCS2000 Gauss–Krüger 3° zone 41 (prefixed)' },
  { code: 'EPSG:4549', zh: 'CGCS2000 高斯-克吕格 中央经线 120°（无带号）', en: 'CGCS2000 Gauss–Krüger CM 120° (no prefix)' },
  { code: 'EPSG:4550', zh: 'CGCS2000 高斯-克吕格 中央经线 123°（无带号）', en: 'CGCS2000 Gauss–Krüger CM 123° (no prefix)' },
  { code: 'GK:121', zh: '自定义中央经线 121°', en: 'Custom central meridian 121°' },
  { code: 'GK:121.5', zh: '自定义中央经线 121.5°', en: 'Custom central meridian 121.5°' },
  { code: 'EPSG:3857', zh: 'Web 墨卡托（EPSG:3857）', en: 'Web Mercator (EPSG:3857)' },
]
