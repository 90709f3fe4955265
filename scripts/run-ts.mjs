/**
 * Runs a TypeScript entry point with plain Node, without loader hooks:
 *
 *   node --conditions=development scripts/run-ts.mjs src/seed/run.ts if-empty
 *
 * It replaces `tsx`, under which about one start in ten of a script that loads the Payload config
 * never finished on Node 20. Two things could stall such a start, and this removes both:
 *
 * - Lexical (the rich-text editor, loaded by the config through @payloadcms/richtext-lexical) picks
 *   its development or production build in its Node entry points (`*.node.mjs`, the `node` export
 *   condition) with a top-level `await import()`. Node 20 sometimes deadlocks evaluating those
 *   awaits amid richtext-lexical's hundreds of modules: the import never settles, and the process
 *   exits with code 13 ("unsettled top-level await") or, when a timer keeps it alive, waits
 *   forever. Plain Node hits it in most starts, tsx in a few (docs/reliability.md has the counts).
 *   `--conditions=development` makes Node load Lexical's development build directly (its exports
 *   list `development` before `node`): no top-level await is left in the graph. The same build the
 *   entry points chose outside production; the other packages with that condition (micromark,
 *   emotion) differ only in extra checks.
 * - tsx compiles as modules load, through hooks that Node 20 runs on a separate thread
 *   (`module.register`), on which the main thread can wait forever (nodejs/node#50948). Here
 *   esbuild compiles the entry and the project files it imports into an ESM bundle first (its own
 *   process, awaited like any I/O) and Node imports plain JavaScript: no hooks, no hooks thread.
 *
 * Packages stay external, so Node loads them from node_modules as it did under tsx; esbuild
 * resolves the tsconfig aliases (`@/…`, `@payload-config`). The bundle goes to
 * node_modules/.cache/run-ts/<entry>-<hash of the output>/, written once and reused while the code
 * is unchanged; folders unused for a week are removed.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import * as esbuild from 'esbuild'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'run-ts')
const UNUSED_FOR_MS = 7 * 24 * 3600 * 1000
const LOADERS = {
  '.ts': 'ts',
  '.mts': 'ts',
  '.cts': 'ts',
  '.tsx': 'tsx',
  '.js': 'js',
  '.mjs': 'js',
  '.cjs': 'js',
  '.jsx': 'jsx',
}

/**
 * Files that find things beside themselves (payload.config.ts, src/seed/content.ts) read
 * `import.meta.url`, which in a bundle would be the bundle's: each project file gets its own
 * (and `import.meta.dirname`/`filename`) as a literal instead.
 */
const ownImportMeta = {
  name: 'own-import-meta',
  setup(build) {
    build.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, async ({ path: file }) => {
      const source = await fs.promises.readFile(file, 'utf8')
      const meta = { url: pathToFileURL(file).href, dirname: path.dirname(file), filename: file }
      return {
        contents: source.replace(/\bimport\.meta\.(url|dirname|filename)\b/g, (_, key) =>
          JSON.stringify(meta[key]),
        ),
        loader: LOADERS[path.extname(file)],
      }
    })
  },
}

/** Whether Node's resolver finds a file for `specifier` (from here: the project's node_modules). */
function resolvesInNode(specifier) {
  let url
  try {
    url = new URL(import.meta.resolve(specifier))
  } catch {
    return false
  }
  // import.meta.resolve answers a missing file's URL rather than failing.
  return url.protocol !== 'file:' || fs.statSync(url, { throwIfNoEntry: false })?.isFile() === true
}

/**
 * Node's own resolver wants a package's file named in full where the package has no `exports` map
 * (`next/cache` is `next/cache.js`); tsx guesses the extension, so the code omits it. The same guess,
 * made once at build time. Everything else is left to esbuild: tsconfig aliases are bundled, other
 * packages stay external as written.
 */
const packageFileExtensions = {
  name: 'package-file-extensions',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, ({ path: specifier }) => {
      if (specifier.startsWith('node:') || resolvesInNode(specifier)) return undefined
      const named = [`${specifier}.js`, `${specifier}/index.js`].find(resolvesInNode)
      return named ? { path: named, external: true } : undefined
    })
  },
}

/** Compiles `entry` into its cache folder (unless already there); returns the bundle's entry file. */
async function bundle(entry) {
  const outdir = path.join(CACHE, 'out')
  const { outputFiles } = await esbuild.build({
    entryPoints: { entry },
    absWorkingDir: ROOT,
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    bundle: true,
    // Dynamic imports stay lazy (their own chunks): only the chosen database engine's driver loads.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    // Functions and classes keep their names, as they do under tsx.
    keepNames: true,
    // Stack traces name the .ts files and lines (process.setSourceMapsEnabled below).
    sourcemap: 'inline',
    chunkNames: 'chunks/[name]-[hash]',
    outdir,
    write: false,
    logLevel: 'error',
    plugins: [ownImportMeta, packageFileExtensions],
  })
  await esbuild.stop()
  const hash = crypto.createHash('sha256')
  for (const file of outputFiles) hash.update(file.path).update(file.contents)
  const folder = path.join(
    CACHE,
    `${path.basename(entry).replace(/\.[^.]+$/, '')}-${hash.digest('hex').slice(0, 16)}`,
  )
  if (!fs.existsSync(folder)) {
    // Written beside it and renamed: a concurrent run never sees half a bundle.
    const partial = `${folder}.${process.pid}.partial`
    for (const file of outputFiles) {
      const target = path.join(partial, path.relative(outdir, file.path))
      fs.mkdirSync(path.dirname(target), { recursive: true })
      fs.writeFileSync(target, file.contents)
    }
    try {
      fs.renameSync(partial, folder)
    } catch (error) {
      // Another run wrote the same bundle first.
      fs.rmSync(partial, { recursive: true, force: true })
      if (!fs.existsSync(folder)) throw error
    }
  }
  const now = new Date()
  fs.utimesSync(folder, now, now)
  for (const name of fs.readdirSync(CACHE)) {
    const other = path.join(CACHE, name)
    // throwIfNoEntry: a concurrent run may have removed it meanwhile.
    const modified = fs.statSync(other, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()
    if (Date.now() - modified > UNUSED_FOR_MS) fs.rmSync(other, { recursive: true, force: true })
  }
  return path.join(folder, 'entry.js')
}

const USAGE = 'node --conditions=development scripts/run-ts.mjs <file.ts> [arguments…]'
const [entryArgument, ...args] = process.argv.slice(2)
if (!entryArgument || !process.execArgv.includes('--conditions=development')) {
  // Refused rather than run without: the hang would come back only now and then.
  console.error(
    `Usage: ${USAGE}  (--conditions=development: see the comment at the top of scripts/run-ts.mjs)`,
  )
  process.exit(2)
}
const entry = path.resolve(entryArgument)
const compiled = await bundle(entry)
// The script sees the arguments it would see under `tsx <file.ts> …`.
process.argv = [process.argv[0], entry, ...args]
process.setSourceMapsEnabled(true)
await import(pathToFileURL(compiled).href)
