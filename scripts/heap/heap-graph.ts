/**
 * A small reader of V8 heap snapshots (the JSON that CDP `HeapProfiler.takeHeapSnapshot` streams), enough
 * to say what grew between two snapshots of one page: counts and sizes by node type and constructor, the
 * objects that are new (node ids are stable within one page's life), and who retains them.
 */
import type { CDPSession } from 'playwright-core'

interface RawSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]]; edge_fields: string[]; edge_types: [string[], ...unknown[]] } }
  nodes: number[]
  edges: number[]
  strings: string[]
}

export class HeapGraph {
  readonly nodeCount: number
  private readonly nodeFieldCount: number
  private readonly edgeFieldCount: number
  private readonly nodeTypes: string[]
  private readonly edgeTypes: string[]
  private readonly firstEdge: Uint32Array
  private retainerStart?: Uint32Array
  private retainerEdges?: Uint32Array
  private retainerFrom?: Uint32Array
  private distance?: Int32Array
  readonly raw: RawSnapshot
  private readonly field: Record<string, number> = {}
  private readonly edgeField: Record<string, number> = {}

  constructor(json: string) {
    this.raw = JSON.parse(json) as RawSnapshot
    const meta = this.raw.snapshot.meta
    meta.node_fields.forEach((name, index) => (this.field[name] = index))
    meta.edge_fields.forEach((name, index) => (this.edgeField[name] = index))
    this.nodeFieldCount = meta.node_fields.length
    this.edgeFieldCount = meta.edge_fields.length
    this.nodeTypes = meta.node_types[0]
    this.edgeTypes = meta.edge_types[0]
    this.nodeCount = this.raw.nodes.length / this.nodeFieldCount
    this.firstEdge = new Uint32Array(this.nodeCount + 1)
    const edgeCountField = this.field.edge_count!
    for (let node = 0, edge = 0; node < this.nodeCount; node++) {
      this.firstEdge[node] = edge
      edge += this.raw.nodes[node * this.nodeFieldCount + edgeCountField]! * this.edgeFieldCount
    }
    this.firstEdge[this.nodeCount] = this.raw.edges.length
  }

  private nodeValue(node: number, name: string): number {
    return this.raw.nodes[node * this.nodeFieldCount + this.field[name]!]!
  }
  type(node: number): string {
    return this.nodeTypes[this.nodeValue(node, 'type')]!
  }
  name(node: number): string {
    return this.raw.strings[this.nodeValue(node, 'name')]!
  }
  id(node: number): number {
    return this.nodeValue(node, 'id')
  }
  selfSize(node: number): number {
    return this.nodeValue(node, 'self_size')
  }
  /** 1 attached, 2 detached DOM (0 unknown), when the snapshot has the field. */
  detachedness(node: number): number {
    return this.field.detachedness === undefined ? 0 : this.nodeValue(node, 'detachedness')
  }

  /** A grouping key: the constructor for objects, the type for strings/numbers/code pieces. */
  key(node: number): string {
    const type = this.type(node)
    const name = this.name(node)
    if (type === 'object' || type === 'native' || type === 'closure' || type === 'regexp') return `${type} ${name.slice(0, 70)}`
    if (type === 'hidden' || type === 'code' || type === 'array' || type === 'object shape') return `${type} ${name.replace(/\d+/g, '#').slice(0, 50)}`
    return `(${type})`
  }

  *edgesOf(node: number): Generator<{ type: string; name: string; to: number }> {
    for (let edge = this.firstEdge[node]!; edge < this.firstEdge[node + 1]!; edge += this.edgeFieldCount) {
      yield this.edgeAt(edge)
    }
  }
  private edgeAt(edge: number): { type: string; name: string; to: number } {
    const type = this.edgeTypes[this.raw.edges[edge + this.edgeField.type!]!]!
    const nameOrIndex = this.raw.edges[edge + this.edgeField.name_or_index!]!
    const name = type === 'element' || type === 'hidden' ? String(nameOrIndex) : this.raw.strings[nameOrIndex]!
    return { type, name, to: this.raw.edges[edge + this.edgeField.to_node!]! / this.nodeFieldCount }
  }

  private buildRetainers(): void {
    const retainerCount = new Uint32Array(this.nodeCount + 1)
    const to = this.edgeField.to_node!
    for (let edge = 0; edge < this.raw.edges.length; edge += this.edgeFieldCount) retainerCount[this.raw.edges[edge + to]! / this.nodeFieldCount]!++
    this.retainerStart = new Uint32Array(this.nodeCount + 1)
    for (let node = 0; node < this.nodeCount; node++) this.retainerStart[node + 1] = this.retainerStart[node]! + retainerCount[node]!
    const fill = this.retainerStart.slice()
    this.retainerEdges = new Uint32Array(this.raw.edges.length / this.edgeFieldCount)
    this.retainerFrom = new Uint32Array(this.retainerEdges.length)
    for (let node = 0; node < this.nodeCount; node++) {
      for (let edge = this.firstEdge[node]!; edge < this.firstEdge[node + 1]!; edge += this.edgeFieldCount) {
        const target = this.raw.edges[edge + to]! / this.nodeFieldCount
        const slot = fill[target]!++
        this.retainerEdges[slot] = edge
        this.retainerFrom[slot] = node
      }
    }
    this.distance = this.distancesFromRoot(() => true)
  }

  /** Breadth-first distances from the root over strong edges that `follow` accepts (-1: not reached). */
  private distancesFromRoot(follow: (edge: { type: string; name: string; to: number }) => boolean): Int32Array {
    const distance = new Int32Array(this.nodeCount).fill(-1)
    const queue = new Uint32Array(this.nodeCount)
    let head = 0
    let tail = 0
    queue[tail++] = 0
    distance[0] = 0
    while (head < tail) {
      const node = queue[head++]!
      for (const edge of this.edgesOf(node)) {
        if (edge.type === 'weak' || distance[edge.to] !== -1 || !follow(edge)) continue
        distance[edge.to] = distance[node]! + 1
        queue[tail++] = edge.to
      }
    }
    return distance
  }

  private withoutDevTools?: Int32Array
  /**
   * True when a node is the harness's memory, not the app's: kept only by DevTools handles (the
   * "DevTools console" global handles: Playwright's UtilityScript, remote objects of evaluate calls), or
   * compiled code of a script that is not one of the app's bundles (Playwright's injected scripts).
   */
  harnessOnly(node: number): boolean {
    if (!this.reachable(node)) return false
    this.withoutDevTools ??= this.distancesFromRoot((edge) => !edge.name.includes('DevTools console'))
    if (this.withoutDevTools[node]! < 0) return true
    const script = this.codeScript(node)
    return script !== undefined && !isAppScript(script)
  }

  private codeScripts?: Map<number, string>
  /**
   * The script (URL, '' when evaluated without one) whose function a compiled-code node belongs to:
   * Playwright's injected scripts live in an isolated world kept by the frame, so only their script
   * tells them apart from the app's code.
   */
  codeScript(node: number): string | undefined {
    if (!this.codeScripts) {
      this.codeScripts = new Map()
      for (let closure = 0; closure < this.nodeCount; closure++) {
        if (this.type(closure) !== 'closure') continue
        const code = this.edgeTarget(closure, 'code')
        const shared = this.edgeTarget(closure, 'shared')
        const script = shared < 0 ? -1 : this.edgeTarget(shared, 'script')
        const name = script < 0 ? -1 : this.edgeTarget(script, 'name')
        if (code < 0 || this.codeScripts.has(code)) continue
        const url = name < 0 ? '' : this.name(name)
        this.codeScripts.set(code, url)
        // The code's instruction stream, deoptimisation data and relocation info come with it.
        for (const edge of this.edgesOf(code)) if (this.type(edge.to) === 'code' || this.space(edge.to) === 'code') this.codeScripts.set(edge.to, url)
      }
    }
    return this.codeScripts.get(node)
  }

  private edgeTarget(node: number, name: string): number {
    for (const edge of this.edgesOf(node)) if (edge.name === name) return edge.to
    return -1
  }

  /** Where a node's memory lives: V8 compiled code and its metadata, other V8 objects, or Blink (C++). */
  space(node: number): 'code' | 'js' | 'blink' {
    const type = this.type(node)
    const name = this.name(node)
    if (type === 'native' && !name.startsWith('system /')) return 'blink'
    if (type === 'code' || /^system \/ (WeakArrayList|ProtectedFixedArray|TrustedWeakFixedArray)/.test(name)) return 'code'
    return 'js'
  }

  /** The shortest strong retainer chain from a node up to a GC root, as "name.edge" steps. */
  retainerPath(node: number, depth = 12): string[] {
    if (!this.retainerStart) this.buildRetainers()
    const path: string[] = []
    let current = node
    for (let step = 0; step < depth && this.distance![current]! > 1; step++) {
      let best = -1
      let bestEdge = ''
      for (let slot = this.retainerStart![current]!; slot < this.retainerStart![current + 1]!; slot++) {
        const edge = this.edgeAt(this.retainerEdges![slot]!)
        const from = this.retainerFrom![slot]!
        if (edge.type === 'weak' || this.distance![from]! < 0) continue
        if (best < 0 || this.distance![from]! < this.distance![best]!) {
          best = from
          bestEdge = `${edge.type === 'element' ? `[${edge.name}]` : edge.name}`
        }
      }
      if (best < 0) break
      path.push(`${this.key(best)} .${bestEdge}`)
      current = best
    }
    return path
  }

  /**
   * Bytes of the V8 objects the app keeps (objects, arrays, strings, closures): reachable, not compiled
   * code, not Blink's C++ objects, not kept only by the harness. What a leak would grow.
   */
  appObjectBytes(): number {
    let bytes = 0
    for (let node = 0; node < this.nodeCount; node++) {
      if (this.reachable(node) && this.space(node) === 'js' && !this.harnessOnly(node)) bytes += this.selfSize(node)
    }
    return bytes
  }

  /** True when a node is reachable from the root over strong edges (what a GC keeps). */
  reachable(node: number): boolean {
    if (!this.retainerStart) this.buildRetainers()
    return this.distance![node]! >= 0
  }
}

/** The app's own bundles (Vite puts them under /assets/); anything else compiled in the page is the harness's. */
function isAppScript(url: string): boolean {
  return /^https?:\/\/[^/]+\/assets\//.test(url)
}

/** Takes a heap snapshot of the page over CDP (after V8's own collection) and returns its JSON text. */
export async function takeSnapshot(session: CDPSession): Promise<string> {
  const chunks: string[] = []
  const onChunk = (event: { chunk: string }) => chunks.push(event.chunk)
  session.on('HeapProfiler.addHeapSnapshotChunk', onChunk)
  await session.send('HeapProfiler.enable')
  await session.send('HeapProfiler.collectGarbage')
  await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false })
  session.off('HeapProfiler.addHeapSnapshotChunk', onChunk)
  return chunks.join('')
}
