/**
 * The online basemaps this build offers and the 天地图 key it comes with, all set by the deployment at
 * build time (docs/deployment.md, "Online basemaps"): `VITE_ONLINE_BASEMAPS` (built-in ones; none by
 * default: the app stays offline and its policy allows no other origin), `VITE_CUSTOM_BASEMAP_URL`,
 * `_NAME` and `_ATTRIBUTION` (the bureau's own tile server), and `VITE_TIANDITU_TOKEN` (optional; a user
 * can type their own key instead). A key built in is visible to anyone who loads the app, as it is in every
 * tile request: use a browser key restricted to the intranet's domain.
 */
import { offeredBasemaps, type OnlineBasemap, type OnlineBasemapId } from '@/domain/basemap/online-basemaps.ts'

interface OnlineBasemapEnv {
  VITE_ONLINE_BASEMAPS?: string
  VITE_CUSTOM_BASEMAP_URL?: string
  VITE_CUSTOM_BASEMAP_NAME?: string
  VITE_CUSTOM_BASEMAP_ATTRIBUTION?: string
  VITE_TIANDITU_TOKEN?: string
}

const env = import.meta.env as ImportMetaEnv & OnlineBasemapEnv

/** Settings with problems cannot reach here: vite.config.ts refuses them at build time. */
export const OFFERED_BASEMAPS: readonly OnlineBasemap[] = offeredBasemaps({
  list: env.VITE_ONLINE_BASEMAPS,
  custom: { url: env.VITE_CUSTOM_BASEMAP_URL, name: env.VITE_CUSTOM_BASEMAP_NAME, attribution: env.VITE_CUSTOM_BASEMAP_ATTRIBUTION },
}).basemaps

export const OFFERED_BASEMAP_IDS: readonly OnlineBasemapId[] = OFFERED_BASEMAPS.map((basemap) => basemap.id)

/** One offered basemap by id (undefined for one this build does not offer). */
export function offeredBasemap(id: OnlineBasemapId): OnlineBasemap | undefined {
  return OFFERED_BASEMAPS.find((basemap) => basemap.id === id)
}

export const CONFIGURED_TIANDITU_TOKEN: string = (env.VITE_TIANDITU_TOKEN ?? '').trim()
