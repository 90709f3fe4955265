/**
 * The cluster, started in order on loopback: a throw-away PostgreSQL 15 cluster (or a fresh database
 * on TEST_POSTGRES_URI's server), an s3rver object store, the database migrated and seeded, one
 * `next build` (or the existing .next/ with CLUSTER_SKIP_BUILD=1), instances A and B from copies of
 * that build, and nginx round-robin over both. Each piece is stopped and removed on every way out
 * (processes.ts; the PostgreSQL cluster by scripts/reliability/engine.ts).
 */
import fs from 'node:fs'
import path from 'node:path'

import { dropDatabase, redactCredentials } from '@/lib/database'

import { freePort } from '../../tests/e2e/global-setup'
import { ROOT, type Login, type Role } from '../../tests/e2e/helpers'
import { startObjectStore, type ObjectStore } from '../../tests/helpers/objectStore'
import { startEngine, type EngineServer } from '../reliability/engine'
import { payloadTask } from '../reliability/localApi'
import { runScriptWatched } from '../reliability/watched'

import { clusterEnv } from './env'
import { prepareFolder, startInstance, type Instance } from './instances'
import { log } from './log'
import { requireNginx, startNginx, type Nginx } from './nginx'
import { runGroup, stopGroup, tail, temporaryFolder } from './processes'

/**
 * Inside the 4300–4399 range kept for the measuring scripts. Fixed where possible, because the build
 * records SERVER_URL (the nginx address) in what it prerenders (robots.txt).
 */
const PREFERRED_PORTS = { nginx: 4350, a: 4351, b: 4352 }
const BUILD_TIMEOUT_MS = 30 * 60_000
/** A seed that uses (almost) no CPU for this long has stalled (as in scripts/reliability/site.ts). */
const SEED_STALL_MS = 60_000

export type Cluster = {
  tempDir: string
  engine: EngineServer
  store: ObjectStore
  databaseUrl: string
  serverEnv: NodeJS.ProcessEnv
  toolEnv: NodeJS.ProcessEnv
  credentials: Record<Role, Login>
  a: Instance
  b: Instance
  nginx: Nginx
  /** 'built' (with its time) or 'reused' (CLUSTER_SKIP_BUILD=1). */
  build: string
}

async function ports() {
  const chosen = {
    nginx: await freePort(PREFERRED_PORTS.nginx),
    a: await freePort(PREFERRED_PORTS.a),
    b: await freePort(PREFERRED_PORTS.b),
  }
  if (chosen.nginx !== PREFERRED_PORTS.nginx)
    log(
      `WARNING: port ${PREFERRED_PORTS.nginx} is taken; a build's robots.txt will name another address than nginx's`,
    )
  return chosen
}

/** Migrates and seeds the fresh database, as scripts/reliability/site.ts does; the demo logins. */
async function prepareDatabase(cluster: Pick<Cluster, 'tempDir' | 'toolEnv' | 'databaseUrl'>) {
  const credentialsJson = path.join(cluster.tempDir, 'credentials.json')
  await dropDatabase(cluster.databaseUrl)
  await payloadTask(cluster, 'migrate')
  await runScriptWatched(
    ['tests/e2e/seed-e2e.ts', credentialsJson],
    () => fs.existsSync(credentialsJson),
    {
      env: cluster.toolEnv,
      stallMs: SEED_STALL_MS,
      log,
    },
  )
  const { credentials } = JSON.parse(fs.readFileSync(credentialsJson, 'utf8')) as {
    credentials: ({ role: Role } & Login)[]
  }
  return Object.fromEntries(
    credentials.map(({ role, email, password }) => [role, { email, password }]),
  ) as Record<Role, Login>
}

async function build(tempDir: string, env: NodeJS.ProcessEnv): Promise<string> {
  if (process.env.CLUSTER_SKIP_BUILD === '1') {
    if (!fs.existsSync(path.join(ROOT, '.next', 'BUILD_ID')))
      throw new Error('CLUSTER_SKIP_BUILD=1, but there is no build in .next/ (run without it once)')
    log('CLUSTER_SKIP_BUILD=1: reusing the build in .next/ as it is')
    return 'reused (CLUSTER_SKIP_BUILD=1)'
  }
  const logFile = path.join(tempDir, 'build.log')
  // Next keeps a build cache in .next/cache that makes a build after an earlier one much faster.
  const cached = fs.existsSync(path.join(ROOT, '.next', 'cache'))
  const started = Date.now()
  log(`next build (log: ${logFile}; 5–10 min on a loaded 2-core machine)`)
  const progress = setInterval(
    () => log(`  next build: ${tail(logFile, 5).trim().split('\n').at(-1)?.slice(0, 120)}`),
    60_000,
  )
  try {
    await runGroup(
      'next build',
      'node',
      [path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'],
      {
        cwd: ROOT,
        env,
        logFile,
        timeoutMs: BUILD_TIMEOUT_MS,
      },
    )
  } finally {
    clearInterval(progress)
  }
  const took = `built in ${Math.round((Date.now() - started) / 1000)} s${cached ? ' (with the build cache of an earlier build in .next/cache)' : ' (no build cache)'}`
  log(`next build: ${took}`)
  return took
}

export async function startCluster(): Promise<Cluster> {
  requireNginx()
  const tempDir = temporaryFolder()
  log(`Temporary folder ${tempDir}`)
  const chosen = await ports()
  const engine = await startEngine('postgres')
  log(`PostgreSQL: ${engine.description}`)
  const store = await startObjectStore(path.join(tempDir, 's3'))
  log(`Object store (s3rver) at ${store.env.S3_ENDPOINT}, bucket ${store.env.S3_BUCKET}`)
  const { serverEnv, toolEnv } = clusterEnv(tempDir, `http://127.0.0.1:${chosen.nginx}`, store.env)
  const databaseUrl = serverEnv.DATABASE_URI!
  log(`Database ${redactCredentials(databaseUrl)}: migrating and seeding`)
  const credentials = await prepareDatabase({ tempDir, toolEnv, databaseUrl })
  const built = await build(tempDir, serverEnv)
  log('Copying the build into the folders of instances A and B')
  const folders = { a: path.join(tempDir, 'a'), b: path.join(tempDir, 'b') }
  prepareFolder(folders.a)
  prepareFolder(folders.b)
  const [a, b] = await Promise.all([
    startInstance('A', folders.a, chosen.a, serverEnv, path.join(tempDir, 'outbox-a.jsonl')),
    startInstance('B', folders.b, chosen.b, serverEnv, path.join(tempDir, 'outbox-b.jsonl')),
  ])
  const nginx = await startNginx(path.join(tempDir, 'nginx'), chosen)
  return {
    tempDir,
    engine,
    store,
    databaseUrl,
    serverEnv,
    toolEnv,
    credentials,
    a,
    b,
    nginx,
    build: built,
  }
}

/** The ordinary end: nginx and the instances stopped politely, the store closed, the database dropped. */
export async function stopCluster(cluster: Cluster): Promise<void> {
  await stopGroup(cluster.nginx.group)
  await Promise.all([stopGroup(cluster.a.group), stopGroup(cluster.b.group)])
  await cluster.store.close()
  if (cluster.engine.sharedServer)
    await dropDatabase(cluster.databaseUrl).catch((error: Error) =>
      log(`Could not drop ${redactCredentials(cluster.databaseUrl)}: ${error.message}`),
    )
  cluster.engine.stop()
}
