/**
 * The long-session scenario of issue #8 item 5, shared by `run.ts` (the number) and `snapshot-diff.ts`
 * (what grew): clock steps with loop on, and section cards opened from the 断面 list and closed with ×.
 *
 * The page is driven through raw CDP (Runtime.callFunctionOn with one constant function source, and
 * Input.dispatch*Event), not through Playwright locators: locators run Playwright's injected script in the
 * page's heap, whose functions V8 compiles and optimises as the 200 cards go by (measured with
 * snapshot-diff.ts: ≈ 125 KB of the harness's compiled code, ~1 % of the start heap), and an
 * ElementHandle keeps a closed card alive in DevTools (≈ 50 KB per card). Neither is the app's memory.
 * The clicks are real mouse events at the centre of the button, as a user's would be.
 */
import type { CDPSession } from 'playwright-core'

/** Wait for the map's next idle every this many steps or cards, as a user pauses to look. */
export const IDLE_EVERY = 20

/** Used JS heap in MB after two full collections (one pass may leave weakly-held objects behind). */
export async function heapMB(session: CDPSession): Promise<number> {
  await session.send('HeapProfiler.collectGarbage')
  await session.send('HeapProfiler.collectGarbage')
  const { usedSize } = await session.send('Runtime.getHeapUsage')
  return Math.round((usedSize / 1024 / 1024) * 100) / 100
}

/**
 * One page-side helper for every query, so that V8 compiles a single small function for the harness
 * (a varying source string would be a new script each time).
 */
const PAGE_HELPER = `function (action, selector, index) {
  if (action === 'idle') return window.__shuitian.whenIdle().then(() => true)
  const element = document.querySelectorAll(selector)[index]
  if (action === 'count') return document.querySelectorAll(selector).length
  if (action === 'checked') return Boolean(element && element.checked)
  if (action === 'text') return element ? element.textContent : null
  if (action === 'attribute') return document.querySelector(selector)?.getAttribute(index) ?? null
  if (action === 'present') return new Promise((resolve) => {
    const check = () => (Boolean(document.querySelector(selector)) === Boolean(index) ? resolve(true) : setTimeout(check, 10))
    check()
  })
  if (!element) return null
  // Scroll only what cannot be seen, as a user does: scrollIntoView on the card's × (already in sight)
  // scrolled a hidden-overflow ancestor sideways for a moment, and the click landed on the card's header.
  const centre = () => {
    const box = element.getBoundingClientRect()
    const x = box.x + box.width / 2
    const y = box.y + box.height / 2
    const hit = document.elementFromPoint(x, y)
    return { x, y, onTarget: Boolean(hit && element.contains(hit)) }
  }
  const seen = centre()
  if (seen.onTarget) return seen
  element.scrollIntoView({ block: 'center' })
  return centre()
}`

export class PageDriver {
  private globalId?: string
  constructor(private readonly session: CDPSession) {}

  private async call<T>(action: string, selector = '', index: number | string = 0): Promise<T> {
    if (!this.globalId) {
      const { result } = await this.session.send('Runtime.evaluate', { expression: 'globalThis' })
      this.globalId = result.objectId!
    }
    const { result, exceptionDetails } = await this.session.send('Runtime.callFunctionOn', {
      objectId: this.globalId,
      functionDeclaration: PAGE_HELPER,
      arguments: [{ value: action }, { value: selector }, { value: index }],
      awaitPromise: true,
      returnByValue: true,
    })
    if (exceptionDetails) throw new Error(`${action} ${selector}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`)
    return result.value as T
  }

  whenIdle(): Promise<boolean> {
    return this.call('idle')
  }
  count(selector: string): Promise<number> {
    return this.call('count', selector)
  }
  checked(selector: string): Promise<boolean> {
    return this.call('checked', selector)
  }
  text(selector: string): Promise<string | null> {
    return this.call('text', selector)
  }
  attribute(selector: string, name: string): Promise<string | null> {
    return this.call('attribute', selector, name)
  }
  /** Resolves when an element matching the selector is in the page (present) or gone (not present). */
  async waitFor(selector: string, present: boolean): Promise<void> {
    await this.call('present', selector, present ? 1 : 0)
  }
  /** A left click with the mouse at the centre of the index-th element matching the selector. */
  async click(selector: string, index = 0): Promise<void> {
    // A user clicks what has stopped moving. The card lays itself out over its first frames (its × moves
    // ≈ 170 px to the right): the session-4 hang was a × click that landed on the card's header, after
    // which the scenario waited forever for the card to close. So: the same point twice, 50 ms apart, with
    // the element itself under it.
    type Point = { x: number; y: number; onTarget: boolean }
    let point = await this.call<Point | null>('point', selector, index)
    for (let attempt = 0; point && attempt < 100; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 50))
      const again: Point | null = await this.call('point', selector, index)
      const settled = again !== null && again.onTarget && again.x === point.x && again.y === point.y
      point = again
      if (settled) break
    }
    if (!point) throw new Error(`nothing to click: ${selector} #${index}`)
    if (!point.onTarget) throw new Error(`${selector} #${index} stays covered by another element: cannot click it`)
    const mouse = { x: point.x, y: point.y, button: 'left' as const, clickCount: 1 }
    await this.session.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: point.x, y: point.y })
    await this.session.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...mouse })
    await this.session.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...mouse })
  }
  async press(key: 'ArrowRight' | 'Home'): Promise<void> {
    const code = { ArrowRight: 39, Home: 36 }[key]
    const event = { key, code: key, windowsVirtualKeyCode: code, nativeVirtualKeyCode: code }
    await this.session.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...event })
    await this.session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...event })
  }
}

/**
 * Moves the clock `steps` times with the keyboard: ArrowRight, and Home at the last month. The clock's
 * "loop" option applies to playback only (src/domain/time/clock.ts: a manual step stops at the ends), so
 * pressing ArrowRight with loop on stays on the last month: until this check, 965 of the "1,000 steps"
 * were presses that changed nothing. Every step here changes the month; the script fails otherwise.
 */
export async function stepClock(driver: PageDriver, steps: number): Promise<void> {
  const label = '[data-testid="clock-label"]'
  // Focus outside any input, so that the keys reach the clock's keyboard shortcuts.
  await driver.click(label)
  let shown = await driver.text(label)
  for (let step = 1; step <= steps; step++) {
    await driver.press('ArrowRight')
    let now = await driver.text(label)
    if (now === shown) {
      await driver.press('Home')
      now = await driver.text(label)
    }
    if (now === shown) throw new Error(`the clock did not move from ${shown} at step ${step}`)
    shown = now
    if (step % IDLE_EVERY === 0) await driver.whenIdle()
  }
  await driver.whenIdle()
}

/** How many months the clock has (the slider's range), so that a pass through all of them ends where it began. */
export async function monthCount(driver: PageDriver): Promise<number> {
  const slider = '[data-testid="clock-slider"]'
  const min = Number(await driver.attribute(slider, 'min'))
  const max = Number(await driver.attribute(slider, 'max'))
  if (!Number.isInteger(min) || !Number.isInteger(max) || max <= min) throw new Error(`the clock slider has no month range (${min}…${max})`)
  return max - min + 1
}

const SECTION_NAMES = '[data-testid="section-list"] tbody tr .section-list__name'

/** Shows a side-panel tab; the layers tab is the start screen, and every reading is taken on it. */
export async function showTab(driver: PageDriver, tab: 'layers' | 'sections'): Promise<void> {
  await driver.click(`[data-testid="tab-${tab}"]`)
  if (tab === 'sections') await driver.waitFor(SECTION_NAMES, true)
  else await driver.waitFor(SECTION_NAMES, false)
  await driver.whenIdle()
}

/** How many sections the 断面 list shows (opens the tab, and goes back to the layers tab). */
export async function sectionCount(driver: PageDriver): Promise<number> {
  await showTab(driver, 'sections')
  const rows = await driver.count(SECTION_NAMES)
  await showTab(driver, 'layers')
  return rows
}

/** Opens the 断面 tab, opens and closes `cards` section cards in list order, and goes back to the layers tab. */
export async function openAndCloseCards(driver: PageDriver, cards: number): Promise<void> {
  const names = SECTION_NAMES
  const card = '[data-testid="feature-card"]'
  await showTab(driver, 'sections')
  const rows = await driver.count(names)
  if (rows === 0) throw new Error('the 断面 list is empty: no card to open')
  for (let opened = 0; opened < cards; opened++) {
    await driver.click(names, opened % rows)
    await driver.waitFor(card, true)
    await driver.click('[data-testid="feature-card-close"]')
    await driver.waitFor(card, false)
    if ((opened + 1) % IDLE_EVERY === 0) await driver.whenIdle()
  }
  await showTab(driver, 'layers')
}

/**
 * The start of a session (issue #8 item 5): each action used once, so that what V8 compiles on first use
 * of a path is not counted as the session's growth. One pass through every month (ends on the month it
 * began with) and the card of every section in the list opened and closed once; back on the layers tab.
 */
export async function useEachActionOnce(driver: PageDriver): Promise<{ months: number; sections: number }> {
  const months = await monthCount(driver)
  const sections = await sectionCount(driver)
  await stepClock(driver, months)
  await openAndCloseCards(driver, sections)
  return { months, sections }
}
