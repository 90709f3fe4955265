/**
 * nginx in front of the two instances: Debian's /usr/sbin/nginx as a foreground process with a
 * prefix, configuration and cache in the check's temporary folder, running the deployment recipe
 * deploy/several-instances/thinktank.conf itself, rewritten only for ports and paths, so that what
 * the README documents is what the check tests.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { ROOT } from '../../tests/e2e/helpers'

import { request } from './http'
import { log, sleep } from './log'
import { startGroup, type Group } from './processes'

export const NGINX = '/usr/sbin/nginx'
export const RECIPE = path.join(ROOT, 'deploy', 'several-instances', 'thinktank.conf')

/** One rewrite of the recipe: a line it must contain, and what the check puts there instead. */
const rewrite = (text: string, from: string, to: string) => {
  if (!text.includes(from))
    throw new Error(
      `${path.relative(ROOT, RECIPE)} no longer contains "${from}": update ${path.relative(ROOT, import.meta.filename)}`,
    )
  return text.replace(from, to)
}

/** The recipe with the check's ports and cache folder. */
export function recipeFor(
  ports: { nginx: number; a: number; b: number },
  cacheDir: string,
): string {
  let text = fs.readFileSync(RECIPE, 'utf8')
  text = rewrite(text, '/var/cache/nginx/thinktank', cacheDir)
  text = rewrite(text, 'server 127.0.0.1:3001 ', `server 127.0.0.1:${ports.a} `)
  text = rewrite(text, 'server 127.0.0.1:3002 ', `server 127.0.0.1:${ports.b} `)
  return rewrite(text, 'listen 80;', `listen 127.0.0.1:${ports.nginx};`)
}

/**
 * The access log records which instance answered each request (`$upstream_addr`: two addresses when
 * nginx went on to the second) and how: the failover figures come from it.
 */
const LOG_FORMAT = `'$msec $status $request_method "$request_uri" upstream=$upstream_addr upstream_status=$upstream_status cache=$upstream_cache_status'`

/** The outer configuration (what Debian's /etc/nginx/nginx.conf would be), including the recipe. */
function mainConfig(dir: string): string {
  // As root, nginx would run its workers as `nobody`, who cannot write the check's private folder.
  const user = process.getuid?.() === 0 ? 'user root;\n' : ''
  return `# Written by scripts/cluster/nginx.ts for one run of the cluster check.
${user}worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    log_format cluster ${LOG_FORMAT};
    access_log ${dir}/access.log cluster;
    # The background refreshes of cached pages too: which instance each copy came from.
    log_subrequest on;
    sendfile on;
    client_body_temp_path ${dir}/temp/body;
    proxy_temp_path ${dir}/temp/proxy;
    fastcgi_temp_path ${dir}/temp/fastcgi;
    uwsgi_temp_path ${dir}/temp/uwsgi;
    scgi_temp_path ${dir}/temp/scgi;
    include ${dir}/thinktank.conf;
}
`
}

export type Nginx = { group: Group; baseURL: string; dir: string; version: string }

/** Asked before anything is started: nginx comes last, after a build of several minutes. */
export function requireNginx(): void {
  if (!fs.existsSync(NGINX))
    throw new Error(`${NGINX} is missing: install Debian's nginx (apt-get install -y nginx).`)
}

/** Checks the configuration (`nginx -t`), starts nginx in the foreground and waits until it proxies /healthz. */
export async function startNginx(
  dir: string,
  ports: { nginx: number; a: number; b: number },
): Promise<Nginx> {
  requireNginx()
  fs.mkdirSync(path.join(dir, 'temp'), { recursive: true })
  fs.writeFileSync(path.join(dir, 'thinktank.conf'), recipeFor(ports, path.join(dir, 'cache')))
  const conf = path.join(dir, 'nginx.conf')
  fs.writeFileSync(conf, mainConfig(dir))
  const args = ['-p', dir, '-c', conf, '-g', 'daemon off;']
  execFileSync(NGINX, ['-t', ...args], { stdio: 'pipe', timeout: 30_000 })
  // `nginx -v` answers on stderr.
  const version = spawnSync(NGINX, ['-v'], { encoding: 'utf8', timeout: 10_000 }).stderr
  const group = startGroup('nginx', NGINX, args, {
    cwd: dir,
    env: process.env,
    logFile: path.join(dir, 'nginx.log'),
  })
  const baseURL = `http://127.0.0.1:${ports.nginx}`
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (group.exited())
      throw new Error(
        `nginx exited (${group.exited()}): ${fs.readFileSync(path.join(dir, 'error.log'), 'utf8')}`,
      )
    const answer = await request(`${baseURL}/healthz`, { timeoutMs: 5_000 }).catch(() => null)
    if (answer?.status === 200) {
      log(`nginx at ${baseURL}, round-robin over ports ${ports.a} and ${ports.b}`)
      return { group, baseURL, dir, version: version.trim() }
    }
    await sleep(250)
  }
  throw new Error(`nginx did not proxy ${baseURL}/healthz within 30 s`)
}

export type AccessLine = {
  at: number
  status: number
  method: string
  uri: string
  upstreams: string[]
  upstreamStatuses: string[]
}

/** Every request nginx logged so far. */
export function accessLog(nginx: Nginx): AccessLine[] {
  const file = path.join(nginx.dir, 'access.log')
  if (!fs.existsSync(file)) return []
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line) => {
      const match = /^(\S+) (\d+) (\S+) "([^"]*)" upstream=(.*) upstream_status=(.*) cache=/.exec(
        line,
      )
      if (!match) return []
      return [
        {
          at: Number(match[1]) * 1000,
          status: Number(match[2]),
          method: match[3],
          uri: match[4],
          upstreams: match[5] === '-' ? [] : match[5].split(/[,:]\s/).map((part) => part.trim()),
          upstreamStatuses:
            match[6] === '-' ? [] : match[6].split(/[,:]\s/).map((part) => part.trim()),
        },
      ]
    })
}

/** The instances' ports that answered nginx for `uri` since `since` (ms), refreshes of cached copies included. */
export function portsThatAnswered(nginx: Nginx, uri: string, since: number): Set<string> {
  return new Set(
    accessLog(nginx)
      .filter((line) => line.uri === uri && line.at >= since)
      .flatMap((line) => line.upstreams.map((upstream) => upstream.split(':').at(-1)!)),
  )
}
