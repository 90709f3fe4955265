/** The cluster check's progress lines, with the time of day. */
export const log = (message: string) =>
  console.info(`[cluster] ${new Date().toISOString().slice(11, 19)} ${message}`)

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
