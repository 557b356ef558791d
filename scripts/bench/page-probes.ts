/**
 * Code that runs INSIDE the app's page. Kept as plain JavaScript text on purpose: tsx compiles functions
 * with helpers (`__name`) that do not exist in the page, so functions handed to page.evaluate would break.
 * Every timing is taken in the page with performance.now(), from the user action to the map's next `idle`.
 */

/** Installed before the app's scripts: records when the app first shows data on a map that is idle. */
export const FIRST_IDLE_PROBE = `
(() => {
  const ready = () => {
    const map = document.querySelector('[data-testid="map"]')
    if (map && map.getAttribute('data-state') === 'error') return 'error'
    const label = document.querySelector('[data-testid="clock-label"]')
    return Boolean(map && map.getAttribute('data-state') === 'ready' && window.__shuitian &&
      document.querySelector('[data-testid="time-strip"]') && label && label.textContent.trim())
  }
  const poll = () => {
    const state = ready()
    if (state === 'error') { window.__benchFirstIdle = -1; return }
    if (!state) { requestAnimationFrame(poll); return }
    window.__shuitian.whenIdle().then(() => { window.__benchFirstIdle = performance.now() })
  }
  requestAnimationFrame(poll)
})()
`

/** Measurement helpers, installed on window.__bench once the app is ready. */
export const BENCH_PROBES = `
window.__bench = (() => {
  const hooks = () => window.__shuitian
  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
  // A short pause between samples lets timers of the previous action (URL writing…) run outside the timing.
  // Also records the synchronous JS share: Vue flushes its watchers in one microtask queued by the action,
  // so the time to the next microtask is the app's JS work (stores, watchers, DOM patch, setFeatureState calls).
  const scriptTimes = []
  const timed = async (action) => {
    await pause(50)
    const start = performance.now()
    action()
    await Promise.resolve()
    scriptTimes.push(performance.now() - start)
    await hooks().whenIdle()
    return performance.now() - start
  }
  const click = (testId) => {
    const element = document.querySelector('[data-testid="' + testId + '"]')
    if (!element) throw new Error('no element ' + testId)
    element.click()
  }
  return {
    /** Script times of the samples since the last call (and forget them). */
    takeScriptTimes: () => scriptTimes.splice(0, scriptTimes.length),
    label: () => document.querySelector('[data-testid="clock-label"]').textContent.trim(),
    async goFirst() { click('clock-first'); await hooks().whenIdle() },
    async steps(count) {
      const times = []
      for (let index = 0; index < count; index++) times.push(await timed(() => click('clock-forward')))
      return times
    },
    async filters(testIds) {
      const times = []
      for (const testId of testIds) times.push(await timed(() => click(testId)))
      return times
    },
    /**
     * The other way to filter: one setFilter on the sections layer with the kept ids (null = no filter),
     * instead of the app's feature-state 'hidden'. Measured to choose the path (issue #7 item 6).
     */
    async setFilterVariant(idLists) {
      const map = hooks().map
      const original = map.getFilter('sections-circle')
      const times = []
      for (const ids of idLists) {
        times.push(await timed(() => map.setFilter('sections-circle', ids ? ['all', original, ['in', ['get', 'id'], ['literal', ids]]] : original)))
      }
      map.setFilter('sections-circle', original)
      await hooks().whenIdle()
      return times
    },
    /** Features of the app's sections layers drawn (not hidden) right now. */
    drawnSections: () => hooks().renderedFeatureIds(['sections-circle']).length,
    /**
     * Naive baseline in the same map: a second GeoJSON source whose features carry the month's class in a
     * property, re-uploaded with setData on every step, drawn by a circle layer reading ['get', 'cls'].
     */
    async baseline() {
      const input = window.__benchInput
      const map = hooks().map
      const ours = map.getStyle().layers.filter((layer) => layer.source === 'sections').map((layer) => layer.id)
      const visibility = ours.map((id) => map.getLayoutProperty(id, 'visibility') || 'visible')
      ours.forEach((id) => map.setLayoutProperty(id, 'visibility', 'none'))
      const features = input.collection.features
      const write = (classes) => { for (let index = 0; index < features.length; index++) features[index].properties.cls = classes[index] }
      write(input.classesByStep[0])
      map.addSource('bench-baseline', { type: 'geojson', data: input.collection })
      const colours = ['match', ['get', 'cls']]
      input.colours.forEach((colour, index) => colours.push(index + 1, colour))
      colours.push('#9e9e9e')
      map.addLayer({ id: 'bench-baseline-circle', type: 'circle', source: 'bench-baseline',
        paint: { 'circle-color': colours, 'circle-radius': 5, 'circle-stroke-width': 1, 'circle-stroke-color': '#ffffff' } })
      await hooks().whenIdle()
      const times = []
      for (let step = 1; step < input.classesByStep.length; step++) {
        times.push(await timed(() => {
          write(input.classesByStep[step])
          map.getSource('bench-baseline').setData(input.collection)
        }))
      }
      map.removeLayer('bench-baseline-circle')
      map.removeSource('bench-baseline')
      ours.forEach((id, index) => map.setLayoutProperty(id, 'visibility', visibility[index]))
      await hooks().whenIdle()
      delete window.__benchInput
      return times
    },
  }
})()
`
