/**
 * The local PostGIS + MapServer stack (issue #17): a PostgreSQL 15 cluster in a temp folder (Unix socket
 * only, no TCP port), PostGIS, the shipped layers and the monitoring table loaded with ogr2ogr (stored in
 * CGCS2000, EPSG:4490), and MapServer 8 behind a loopback HTTP front (cgi-bridge.ts). `startStack()` is the
 * Node API the browser tests use; cli.ts wraps it for `npm run stack`.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, chownSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startBridge, type Bridge } from './cgi-bridge.ts'
import { configText, mapfileText, STACK_LAYERS } from './mapfile.ts'
import { MONITORING_SQL } from './monitoring.ts'

const projectRoot = fileURLToPath(new URL('../../', import.meta.url))
const PG_BIN = '/usr/lib/postgresql/15/bin'
const DATABASE = 'shuitian'

export interface Stack {
  /** The loopback front, e.g. http://127.0.0.1:41234 */
  origin: string
  /** OGC API – Features landing page: `${ogcApi}/collections/sections/items` */
  ogcApi: string
  /** WFS 2.0 endpoint (typeNames: sections, plots, parcels, greenways). */
  wfs: string
  folder: string
  /** Seconds spent creating the cluster, loading the layers and starting the front. */
  startSeconds: number
  stop(): Promise<void>
}

/** PostgreSQL refuses to run as root: the server runs as the `postgres` user when we are root. */
function asDatabaseUser(command: string, args: string[]): string[] {
  return process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--', command, ...args] : [command, ...args]
}

function run(command: string[], env: NodeJS.ProcessEnv = process.env): string {
  const result = spawnSync(command[0]!, command.slice(1), { env, encoding: 'utf8', timeout: 120_000 })
  if (result.status !== 0) throw new Error(`${command.join(' ')} failed (${result.status}): ${result.stderr || result.stdout}`)
  return result.stdout
}

export async function startStack(options: { port?: number; log?: (line: string) => void } = {}): Promise<Stack> {
  const log = options.log ?? (() => {})
  const began = performance.now()
  const folder = mkdtempSync(join(tmpdir(), 'shuitian-stack-'))
  chmodSync(folder, 0o755)
  const data = join(folder, 'pgdata')
  const socket = join(folder, 'socket')
  for (const path of [data, socket]) execFileSync('mkdir', ['-m', '700', path])
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }))
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }))
    for (const path of [data, socket]) chownSync(path, uid, gid)
    chmodSync(socket, 0o777)
  }
  let bridge: Bridge | undefined
  let databaseRunning = false
  const stopDatabase = () => {
    if (!databaseRunning) return
    const command = asDatabaseUser(`${PG_BIN}/pg_ctl`, ['-D', data, '-m', 'fast', '-w', '-t', '30', 'stop'])
    spawnSync(command[0]!, command.slice(1), { timeout: 40_000 })
    databaseRunning = false
  }
  const stop = async () => {
    await bridge?.close()
    bridge = undefined
    stopDatabase()
    rmSync(folder, { recursive: true, force: true })
  }
  try {
    log(`cluster in ${data}`)
    run(asDatabaseUser(`${PG_BIN}/initdb`, ['-D', data, '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '-A', 'trust']))
    // No TCP listener at all: only the Unix socket in the temp folder (loopback-only by construction).
    run(asDatabaseUser(`${PG_BIN}/pg_ctl`, ['-D', data, '-w', '-t', '60', '-l', join(data, 'server.log'), '-o', `-c listen_addresses='' -k ${socket} -c fsync=off`, 'start']))
    databaseRunning = true
    const psql = (sql: string, database = 'postgres') => run([`${PG_BIN}/psql`, '-h', socket, '-U', 'postgres', '-d', database, '-v', 'ON_ERROR_STOP=1', '-qc', sql])
    psql(`create database ${DATABASE} encoding 'UTF8' template template0`)
    psql('create extension postgis', DATABASE)
    const connection = `host=${socket} dbname=${DATABASE} user=postgres`
    for (const layer of STACK_LAYERS.filter((candidate, index) => STACK_LAYERS.findIndex((other) => other.table === candidate.table) === index)) {
      log(`loading ${layer.file} → ${layer.table} (EPSG:4490)`)
      run(['ogr2ogr', '-f', 'PostgreSQL', `PG:${connection}`, join(projectRoot, 'geodata/layers', layer.file), '-nln', layer.table,
        '-nlt', 'GEOMETRY', '-lco', 'GEOMETRY_NAME=geom', '-lco', 'FID=fid', '-lco', 'LAUNDER=NO', '-s_srs', 'EPSG:4326', '-t_srs', 'EPSG:4490'])
    }
    log('loading geodata/water/monthly.csv → monitoring')
    // Text columns, as the file has them: a cell may be "<0.05" (below detection) or "停测" (no sample).
    run(['ogr2ogr', '-f', 'PostgreSQL', `PG:${connection}`, join(projectRoot, 'geodata/water/monthly.csv'), '-nln', 'monitoring',
      '-lco', 'LAUNDER=NO', '-lco', 'FID=fid', '-oo', 'AUTODETECT_TYPE=NO'])
    psql(MONITORING_SQL, DATABASE)
    const mapfile = join(folder, 'shuitian.map')
    writeFileSync(mapfile, mapfileText(join(projectRoot, 'geodata/layers'), connection, join(projectRoot, 'geodata/water/monthly.csv')))
    const config = join(folder, 'mapserver.conf')
    writeFileSync(config, configText(mapfile))
    bridge = await startBridge({ config, port: options.port ?? 0 })
    const origin = `http://127.0.0.1:${bridge.port}`
    return {
      origin,
      ogcApi: `${origin}/shuitian/ogcapi`,
      wfs: `${origin}/shuitian/wfs`,
      folder,
      startSeconds: (performance.now() - began) / 1000,
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}
