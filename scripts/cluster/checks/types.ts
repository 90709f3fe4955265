import type { Editor, Id } from '../rest'
import type { Cluster } from '../stack'

/** One check's verdict and the figures it measured (saved as they are in the results JSON). */
export type CheckResult = {
  name: string
  passed: boolean
  /** One line for the table: what was measured. */
  summary: string
  figures: Record<string, unknown>
}

export type Context = {
  cluster: Cluster
  editor: Editor
  /** Unique per run: in titles, comments and e-mail addresses, so that the database can be searched for them. */
  runId: string
  /** Co-authors with e-mail addresses, so that publishing one of their articles sends mail. */
  authors: Id[]
}

export const seconds = (ms: number | null) =>
  ms === null ? 'not settled' : `${(ms / 1000).toFixed(2)} s`
