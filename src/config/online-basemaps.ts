/**
 * The online basemaps this build offers and the 天地图 key it comes with, both set by the deployment at
 * build time (docs/deployment.md, "Online basemaps"): `VITE_ONLINE_BASEMAPS` (none by default: the app
 * stays offline and its policy allows no other origin) and `VITE_TIANDITU_TOKEN` (optional; a user can
 * type their own key instead). A key built in is visible to anyone who loads the app, as it is in every
 * tile request: use a browser key restricted to the intranet's domain.
 */
import { parseOnlineBasemapList, type OnlineBasemapId } from '@/domain/basemap/online-basemaps.ts'

interface OnlineBasemapEnv {
  VITE_ONLINE_BASEMAPS?: string
  VITE_TIANDITU_TOKEN?: string
}

const env = import.meta.env as ImportMetaEnv & OnlineBasemapEnv

/** Unknown names cannot reach here: vite.config.ts refuses them at build time. */
export const ENABLED_ONLINE_BASEMAPS: readonly OnlineBasemapId[] = parseOnlineBasemapList(env.VITE_ONLINE_BASEMAPS).enabled

export const CONFIGURED_TIANDITU_TOKEN: string = (env.VITE_TIANDITU_TOKEN ?? '').trim()
