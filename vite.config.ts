import { defineConfig, type Plugin } from 'vitest/config'
import { loadEnv } from 'vite'
import vue from '@vitejs/plugin-vue'
import { VitePWA } from 'vite-plugin-pwa'
import { fileURLToPath } from 'node:url'
import { geodataPlugin } from './scripts/vite/geodata-plugin.ts'
import { bundleReportPlugin } from './scripts/vite/bundle-report-plugin.ts'
import { firstLoadGroup } from './scripts/vite/first-load-chunk.ts'
import { offeredBasemaps, policyOrigins } from './src/domain/basemap/online-basemaps.ts'

const root = fileURLToPath(new URL('.', import.meta.url))

/**
 * The Content-Security-Policy of the built app (docs/deployment.md explains each directive). No inline
 * script, no eval, no inline <style>: everything comes from the app's own origin. `data:` images are
 * MapLibre's control icons (in its CSS); `blob:` images and workers are what MapLibre may create at run
 * time; `blob:` in `connect-src` lets MapLibre's worker read an imported layer's GeoJSON, which the import
 * worker hands over as a Blob and the page as a blob URL (src/map/import-source). `frame-ancestors` is ignored in a <meta> policy, so the web server must send it as a header.
 * `onlineOrigins` are the tile servers of the online basemaps this build offers (VITE_ONLINE_BASEMAPS and
 * VITE_CUSTOM_BASEMAP_URL, none by default): MapLibre fetches raster tiles, so they join `connect-src` and `img-src`, and nothing
 * else is widened.
 */
export function contentSecurityPolicy(onlineOrigins: readonly string[] = []): string {
  const online = onlineOrigins.map((origin) => ` ${origin}`).join('')
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data: blob:${online}`,
    "font-src 'self'",
    `connect-src 'self' blob:${online}`,
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ')
}

/**
 * The origins of the online basemaps a build offers (VITE_ONLINE_BASEMAPS, VITE_CUSTOM_BASEMAP_*, read by
 * src/config/online-basemaps.ts too); an unknown name or an unusable URL fails the build.
 */
function onlineBasemapOrigins(mode: string): string[] {
  const env = loadEnv(mode, root, 'VITE_')
  const { basemaps, problems } = offeredBasemaps({
    list: env.VITE_ONLINE_BASEMAPS,
    custom: { url: env.VITE_CUSTOM_BASEMAP_URL, name: env.VITE_CUSTOM_BASEMAP_NAME, attribution: env.VITE_CUSTOM_BASEMAP_ATTRIBUTION },
  })
  if (problems.length > 0) throw new Error(problems.join('\n'))
  return policyOrigins(basemaps)
}

/**
 * Adds the policy to the built index.html only (the dev server injects inline styles for hot reload),
 * right after <meta charset>: a <meta> policy governs only what follows it.
 */
function contentSecurityPolicyPlugin(policy: string): Plugin {
  const anchor = /<meta charset="UTF-8" \/>/i
  return {
    name: 'shuitian-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!anchor.test(html)) throw new Error('index.html needs <meta charset="UTF-8" /> to place the CSP after it')
        const escaped = policy.replaceAll("'", '&#39;')
        return html.replace(anchor, (charset) => `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${escaped}" />`)
      },
    },
  }
}

export default defineConfig(({ mode }) => ({
  // Relative base: the built app works from any folder of an intranet web server, or from a file share.
  base: './',
  plugins: [
    vue(),
    geodataPlugin(root),
    bundleReportPlugin(root),
    contentSecurityPolicyPlugin(contentSecurityPolicy(onlineBasemapOrigins(mode))),
    // Installable, offline app (issue #8 item 1). The service worker is registered from src/pwa (a module,
    // never an injected inline script, so the CSP needs no 'unsafe-inline'); 'prompt' keeps an update
    // waiting until the user accepts it, so a page never runs half old and half new code.
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: '水天一色 · 生态环境一张图',
        short_name: '水天一色',
        description: '奉贤区生态环境一张图 — 离线使用的河道断面水质、污染地块、土壤与绿道地图',
        lang: 'zh-CN',
        dir: 'ltr',
        start_url: './',
        scope: './',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#0d4f7a',
        background_color: '#ffffff',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Everything the app needs offline: code (incl. the MapLibre worker .mjs), styles, the basemap,
        // layers, monitoring CSV and tours under geodata/ (emitted by the geodata plugin), icons, photos.
        // .pmtiles archives are read with HTTP range requests: a precached copy would answer them whole.
        globPatterns: ['**/*.{html,js,mjs,css,svg,png,jpg,jpeg,webp,ico,woff2,geojson,json,csv}'],
        maximumFileSizeToCacheInBytes: 50 * 1024 * 1024,
        navigateFallback: 'index.html',
        // Links carry the view in the query (?m=…&sel=…): every such navigation is the same index.html.
        ignoreURLParametersMatching: [/.*/],
        cleanupOutdatedCaches: true,
        // Files added to geodata/ after the build (e.g. the optional geodata/catalogue.json of a bureau)
        // are not in the precache list: keep the last copy fetched online so that they open offline too.
        runtimeCaching: [
          {
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.includes('/geodata/'),
            handler: 'NetworkFirst',
            options: { cacheName: 'shuitian-geodata-added', networkTimeoutSeconds: 5 },
          },
        ],
        clientsClaim: false,
        skipWaiting: false,
      },
    }),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  worker: {
    // The script MapLibre's workers import (src/map/import-source) must end in .mjs: MapLibre import()s
    // such a URL, and would otherwise fetch the text and eval it, which a CSP without 'unsafe-eval' refuses.
    rolldownOptions: {
      output: { entryFileNames: (chunk) => `assets/[name]-[hash].${chunk.name === 'maplibre-worker-script' ? 'mjs' : 'js'}` },
    },
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // What the page needs before the first map in one file (scripts/vite/first-load-chunk.ts).
    rolldownOptions: { output: { codeSplitting: { groups: [firstLoadGroup(fileURLToPath(new URL('./src/main.ts', import.meta.url)))] } } },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
}))
