/**
 * `npm run stack`: installs the Debian packages if missing, starts the local PostGIS + MapServer stack,
 * prints the catalogue entries that read the four layers from it, and stops cleanly on Ctrl-C/SIGTERM.
 * `npm run stack -- stop` stops a stack started in another terminal (by the pid file it wrote).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startStack } from './stack.ts'
import { STACK_LAYERS } from './mapfile.ts'

const PID_FILE = join(tmpdir(), 'shuitian-stack.pid')
const here = fileURLToPath(new URL('.', import.meta.url))

/**
 * The catalogue entries (geodata/catalogue.json) that read the layers through OGC API – Features and WFS,
 * relative to the app: the app's CSP allows only its own origin, so /shuitian/ is proxied to the stack.
 */
function catalogueEntries() {
  return {
    layers: STACK_LAYERS.flatMap((layer) => [
      { id: `db-${layer.name}`, name: { zh: `${layer.title.split(' ')[0]}（数据库）`, en: `${layer.title.split(' ').slice(1).join(' ')} (database)` },
        service: { kind: 'ogc-features', url: `shuitian/ogcapi/collections/${layer.name}` }, cardFields: ['name'] },
      { id: `wfs-${layer.name}`, name: { zh: `${layer.title.split(' ')[0]}（WFS）`, en: `${layer.title.split(' ').slice(1).join(' ')} (WFS)` },
        service: { kind: 'wfs', url: 'shuitian/wfs', typeName: layer.name }, cardFields: ['name'], visible: false },
    ]),
    // The monitoring series from the database instead of geodata/water/monthly.csv (issue #17 §3). WFS:
    // MapServer 8.0.0 ignores the OGC API `offset`, and WFS pages and filters the months on the server.
    monitoring: { kind: 'wfs', url: 'shuitian/wfs', typeName: 'monitoring', pageSize: 1000 },
  }
}

async function main() {
  if (process.argv[2] === 'stop') {
    if (!existsSync(PID_FILE)) return console.log('no stack running')
    const pid = Number(readFileSync(PID_FILE, 'utf8'))
    try {
      process.kill(pid, 'SIGTERM')
      console.log(`stopping stack (pid ${pid})`)
    } catch {
      rmSync(PID_FILE, { force: true })
      console.log('no stack running')
    }
    return
  }
  const installBegan = performance.now()
  execFileSync('bash', [join(here, 'install.sh')], { stdio: 'inherit' })
  const installSeconds = (performance.now() - installBegan) / 1000
  const stack = await startStack({ port: Number(process.env.STACK_PORT ?? 0), log: (line) => console.log(line) })
  writeFileSync(PID_FILE, String(process.pid))
  console.log(`\ninstall check ${installSeconds.toFixed(1)} s, start ${stack.startSeconds.toFixed(1)} s`)
  console.log(`OGC API – Features: ${stack.ogcApi}/collections`)
  console.log(`WFS 2.0:            ${stack.wfs}?service=WFS&request=GetCapabilities`)
  console.log(`\ngeodata/catalogue.json, with /shuitian/ of the app's origin proxied to ${stack.origin}/shuitian/`)
  console.log('(the app allows requests to its own origin only; nginx example in docs/deployment.md):')
  console.log(JSON.stringify(catalogueEntries(), null, 2))
  console.log('\nCtrl-C (or `npm run stack -- stop`) stops the stack.')
  let stopping = false
  const shutdown = async () => {
    if (stopping) return
    stopping = true
    await stack.stop()
    rmSync(PID_FILE, { force: true })
    console.log('stack stopped')
    process.exit(0)
  }
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
}

await main()
