import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

/** A step to undo if the work fails on an engine without transactions. */
export type OnRollback = (undo: () => Promise<unknown>) => void

/**
 * Whether `req`'s writes share a transaction that a failure rolls back. An engine without them
 * (SQLite here) leaves a promise of no id in `req.transactionID`.
 */
export const inOpenTransaction = (req: PayloadRequest): boolean =>
  Boolean(req.transactionID) && !(req.transactionID instanceof Promise)

/**
 * Runs several writes made for one request all-or-nothing. Where the engine has transactions
 * (PostgreSQL; MongoDB on a replica set) they share one, through `req`, and a failure rolls it
 * back. Where it has none (SQLite here, see sqlite.ts), the undo steps that `work` registered run
 * instead, newest first. Inside an outer transaction, the outer one decides.
 */
export async function inTransaction<T>(
  req: PayloadRequest,
  work: (onRollback: OnRollback) => Promise<T>,
): Promise<T> {
  const undoSteps: (() => Promise<unknown>)[] = []
  const started = await initTransaction(req)
  const transactional = started || inOpenTransaction(req)
  try {
    const result = await work((undo) => undoSteps.push(undo))
    if (started) await commitTransaction(req)
    return result
  } catch (error) {
    if (started) await killTransaction(req)
    if (!transactional) for (const undo of undoSteps.reverse()) await undo().catch(() => undefined)
    throw error
  }
}
