/** The reliability scripts' progress lines, with the time of day. */
export const log = (message: string) =>
  console.info(`[reliability] ${new Date().toISOString().slice(11, 19)} ${message}`)
