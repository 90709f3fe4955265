/**
 * True inside `next build`. The build serves no database: it starts no job runner, keeps no page
 * cache generation and reads no content, so that a build made anywhere (CI, another machine) can
 * be started against any database (src/lib/pageCache/generation.ts).
 */
export const isBuilding = () => process.env.NEXT_PHASE === 'phase-production-build'
