/**
 * Renders the app icons of the web app manifest (public/icons/icon-192.png, icon-512.png) from the
 * favicon's drawing, in headless Chromium: `npx tsx scripts/pwa/build-icons.ts`. The drawing keeps
 * inside the central 80 % so that the same 512 px file also serves as a "maskable" icon.
 */
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS } from '../../tests/browser/support/browser.ts'

const iconsFolder = fileURLToPath(new URL('../../public/icons/', import.meta.url))

/** The favicon's water-and-sky mark on a full-bleed theme-colour square (#0d4f7a, the header colour). */
const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
  <rect width="32" height="32" fill="#0d4f7a"/>
  <g transform="translate(3.2 3.2) scale(0.8)">
    <path d="M4 20c4-4 8 4 12 0s8 4 12 0v8H4z" fill="#7fd3f7"/>
    <circle cx="22" cy="10" r="4" fill="#24c768"/>
  </g>
</svg>`

mkdirSync(iconsFolder, { recursive: true })
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } })
    await page.setContent(
      `<html><body style="margin:0">${ICON_SVG.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
    )
    await page.screenshot({ path: `${iconsFolder}icon-${size}.png`, omitBackground: false })
    await page.close()
    console.log(`wrote public/icons/icon-${size}.png`)
  }
} finally {
  await browser.close()
}
