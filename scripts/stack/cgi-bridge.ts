/**
 * A small loopback HTTP front for MapServer's CGI (`/usr/lib/cgi-bin/mapserv`), one process per request
 * with the CGI/1.1 variables (RFC 3875). Routes:
 *   /shuitian/ogcapi/…      → OGC API – Features (PATH_INFO)
 *   /shuitian/wfs?…         → WFS 2.0 (QUERY_STRING plus map=shuitian)
 * A reverse proxy in front (or the browser tests' page.route) may send X-Forwarded-Host/-Proto/-Prefix: they
 * become the host and path MapServer writes into its `next`/`self` links, so the links point back through
 * the proxy (the app's CSP allows only its own origin).
 */
import { spawn } from 'node:child_process'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'

const MAPSERV = '/usr/lib/cgi-bin/mapserv'
const REQUEST_TIMEOUT_MS = 30_000

export interface Bridge {
  port: number
  close(): Promise<void>
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name]
  return Array.isArray(value) ? value[0] : value
}

function cgiEnvironment(request: IncomingMessage, config: string, port: number): NodeJS.ProcessEnv | null {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1')
  const prefix = (header(request, 'x-forwarded-prefix') ?? '').replace(/\/$/, '')
  const forwardedHost = header(request, 'x-forwarded-host')
  const host = forwardedHost ?? header(request, 'host') ?? `127.0.0.1:${port}`
  const [serverName, serverPort] = host.split(':')
  const https = header(request, 'x-forwarded-proto') === 'https'
  const base: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    MAPSERVER_CONFIG_FILE: config,
    GATEWAY_INTERFACE: 'CGI/1.1',
    SERVER_PROTOCOL: 'HTTP/1.1',
    SERVER_SOFTWARE: 'shuitian-cgi-bridge',
    REQUEST_METHOD: request.method ?? 'GET',
    HTTP_HOST: host,
    SERVER_NAME: serverName,
    SERVER_PORT: serverPort ?? (https ? '443' : '80'),
    ...(https ? { HTTPS: 'on' } : {}),
    REMOTE_ADDR: '127.0.0.1',
    HTTP_ACCEPT: header(request, 'accept') ?? '*/*',
  }
  if (url.pathname.startsWith('/shuitian/ogcapi')) {
    return { ...base, SCRIPT_NAME: prefix, PATH_INFO: url.pathname, QUERY_STRING: url.search.slice(1) }
  }
  if (url.pathname === '/shuitian/wfs') {
    const query = new URLSearchParams(url.search)
    query.set('map', 'shuitian')
    return { ...base, SCRIPT_NAME: `${prefix}/shuitian/wfs`, PATH_INFO: '', QUERY_STRING: query.toString() }
  }
  return null
}

/** Splits the CGI answer into status, headers and body. */
function parseCgi(output: Buffer): { status: number; headers: Record<string, string>; body: Buffer } {
  let end = output.indexOf('\r\n\r\n')
  let gap = 4
  if (end < 0) {
    end = output.indexOf('\n\n')
    gap = 2
  }
  if (end < 0) return { status: 502, headers: { 'content-type': 'text/plain' }, body: Buffer.from('mapserv wrote no CGI header') }
  const headers: Record<string, string> = {}
  let status = 200
  for (const line of output.subarray(0, end).toString('latin1').split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon < 0) continue
    const name = line.slice(0, colon).trim().toLowerCase()
    const value = line.slice(colon + 1).trim()
    if (name === 'status') status = Number.parseInt(value, 10) || 500
    else headers[name] = value
  }
  return { status, headers, body: output.subarray(end + gap) }
}

function answer(response: ServerResponse, status: number, text: string) {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(text)
}

export function startBridge(options: { config: string; port?: number }): Promise<Bridge> {
  const children = new Set<ReturnType<typeof spawn>>()
  const server = createServer((request, response) => {
    const address = server.address()
    const port = typeof address === 'object' && address ? address.port : 0
    const env = cgiEnvironment(request, options.config, port)
    if (!env) return answer(response, 404, 'not found')
    if (request.method !== 'GET' && request.method !== 'HEAD') return answer(response, 405, 'GET only')
    const child = spawn(MAPSERV, [], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    children.add(child)
    const chunks: Buffer[] = []
    const errors: Buffer[] = []
    const timer = setTimeout(() => child.kill('SIGKILL'), REQUEST_TIMEOUT_MS)
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => errors.push(chunk))
    child.on('close', (code) => {
      clearTimeout(timer)
      children.delete(child)
      if (response.headersSent) return
      if (code !== 0 && chunks.length === 0) return answer(response, 502, `mapserv exited ${code}: ${Buffer.concat(errors).toString()}`)
      const { status, headers, body } = parseCgi(Buffer.concat(chunks))
      response.writeHead(status, { ...headers, 'content-length': String(body.length) }).end(request.method === 'HEAD' ? undefined : body)
    })
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    // Loopback only: the front never listens on another interface.
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const address = server.address()
      if (!address || typeof address === 'string') return reject(new Error('bridge has no port'))
      resolve({
        port: address.port,
        close: () =>
          new Promise<void>((done) => {
            for (const child of children) child.kill('SIGKILL')
            server.closeAllConnections()
            server.close(() => done())
          }),
      })
    })
  })
}
