/**
 * What grew in a long session (issue #8 item 5): drives the built app through the same scenario as
 * `run.ts`, takes heap snapshots when the map is ready (cold), after each action was used once (the
 * session's start) and at the end, and prints for each interval the top growth by node type/constructor
 * and, for the objects that are new and still alive, their most common retainer chains. Run after `npx vite build`:
 *   npx tsx scripts/heap/snapshot-diff.ts [--steps 1000] [--cards 200] [--save /tmp/heap]
 * or compare two saved snapshots: npx tsx scripts/heap/snapshot-diff.ts --from a.heapsnapshot --to b.heapsnapshot
 * Taking snapshots enables the heap profiler, which itself keeps an id per object: judge the number with
 * `run.ts`, read the reasons here.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { openPage, startApp } from '../../tests/browser/support/browser.ts'
import { HeapGraph, takeSnapshot } from './heap-graph.ts'
import { PageDriver, openAndCloseCards, stepClock, useEachActionOnce } from './scenario.ts'

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`)
  return at > 0 ? process.argv[at + 1] : undefined
}
const TOP = Number(option('top') ?? 30)

interface Group { count: number; size: number }

function groups(graph: HeapGraph, include: (node: number) => boolean): Map<string, Group> {
  const result = new Map<string, Group>()
  for (let node = 0; node < graph.nodeCount; node++) {
    if (!include(node)) continue
    const key = graph.key(node)
    const group = result.get(key) ?? { count: 0, size: 0 }
    group.count++
    group.size += graph.selfSize(node)
    result.set(key, group)
  }
  return result
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

/** Reachable self size by where it lives and who keeps it. */
function spaces(graph: HeapGraph): Map<string, number> {
  const result = new Map<string, number>()
  for (let node = 0; node < graph.nodeCount; node++) {
    if (!graph.reachable(node)) continue
    const key = `${graph.space(node)} ${graph.harnessOnly(node) ? 'harness' : 'app'}`
    result.set(key, (result.get(key) ?? 0) + graph.selfSize(node))
  }
  return result
}

function report(label: string, before: HeapGraph, after: HeapGraph): void {
  const beforeIds = new Set<number>()
  for (let node = 0; node < before.nodeCount; node++) beforeIds.add(before.id(node))
  console.log(`\n=== ${label}`)
  console.log('-- reachable self size by space ("code": V8 compiled code and its metadata; "js": other V8 objects;')
  console.log('   "blink": C++ objects, outside Runtime.getHeapUsage; "harness": kept only by DevTools handles, or code of scripts not from /assets/)')
  const was = spaces(before)
  const now = spaces(after)
  for (const key of [...new Set([...was.keys(), ...now.keys()])].sort()) {
    const a = was.get(key) ?? 0
    const b = now.get(key) ?? 0
    console.log(`${key.padEnd(14)} ${kb(a).padStart(11)} → ${kb(b).padStart(11)}  Δ ${kb(b - a).padStart(10)}`)
  }

  const appOnly = (graph: HeapGraph) => (node: number) => graph.reachable(node) && !graph.harnessOnly(node)
  const wasGroups = groups(before, appOnly(before))
  const nowGroups = groups(after, appOnly(after))
  const deltas = [...new Set([...wasGroups.keys(), ...nowGroups.keys()])].map((key) => {
    const a = wasGroups.get(key) ?? { count: 0, size: 0 }
    const b = nowGroups.get(key) ?? { count: 0, size: 0 }
    return { key, count: b.count - a.count, size: b.size - a.size }
  })
  deltas.sort((x, y) => y.size - x.size)
  console.log(`-- app: top growth by type/constructor (Δ self size, Δ count)`)
  for (const delta of deltas.slice(0, TOP)) console.log(`${kb(delta.size).padStart(10)} ${String(delta.count).padStart(7)}  ${delta.key}`)

  // New V8 objects (not code, not Blink) kept by the app, grouped by the first steps of their retainer chain.
  const isNew = (node: number) => appOnly(after)(node) && !beforeIds.has(after.id(node)) && after.space(node) === 'js'
  const chains = new Map<string, Group & { sample: string[] }>()
  for (let node = 0; node < after.nodeCount; node++) {
    if (!isNew(node)) continue
    const path = after.retainerPath(node, 10).filter((step) => !step.startsWith('(') && !step.startsWith('native system'))
    const signature = `${after.key(node)}  <-  ${path.slice(0, 3).join('  <-  ')}`.replace(/@\d+/g, '')
    const chain = chains.get(signature) ?? { count: 0, size: 0, sample: path }
    chain.count++
    chain.size += after.selfSize(node)
    chains.set(signature, chain)
  }
  console.log(`-- app: new V8 objects still alive, by retainer chain (top ${TOP})`)
  for (const [signature, chain] of [...chains.entries()].sort((x, y) => y[1].size - x[1].size).slice(0, TOP)) {
    console.log(`${kb(chain.size).padStart(10)} ${String(chain.count).padStart(7)}  ${signature}`)
    console.log(`${''.padStart(19)}full: ${chain.sample.join('  <-  ')}`)
  }
}

const from = option('from')
const to = option('to')
if (from && to) {
  report(`${from} → ${to}`, new HeapGraph(readFileSync(from, 'utf8')), new HeapGraph(readFileSync(to, 'utf8')))
} else {
  const steps = Number(option('steps') ?? 1000)
  const cards = Number(option('cards') ?? 200)
  const save = option('save')
  if (save) mkdirSync(save, { recursive: true })
  const app = await startApp()
  try {
    const { page, context } = await openPage(app, '?m=2018-01')
    const session = await context.newCDPSession(page)
    const driver = new PageDriver(session)
    await driver.whenIdle()
    const snapshots: string[] = []
    const snap = async (name: string) => {
      const json = await takeSnapshot(session)
      if (save) writeFileSync(`${save}/${name}.heapsnapshot`, json)
      snapshots.push(json)
    }
    await snap('cold')
    await useEachActionOnce(driver)
    await snap('first-use')
    await stepClock(driver, steps)
    await openAndCloseCards(driver, cards)
    await snap('end')
    await context.close()
    const [cold, firstUse, end] = snapshots.map((json) => new HeapGraph(json))
    report('cold → end', cold!, end!)
    report('first use → end', firstUse!, end!)
  } finally {
    await app.close()
  }
}
