import { spawn } from 'node:child_process'

/**
 * Starts tests/helpers/secondInstance.ts with this test file's environment (its database, secret
 * and settings); resolves with its address and a stop function once it listens.
 */
export function startSecondInstance(): Promise<{ baseURL: string; stop: () => void }> {
  const child = spawn(
    process.execPath,
    ['--conditions=development', 'scripts/run-ts.mjs', 'tests/helpers/secondInstance.ts'],
    { env: process.env, stdio: ['ignore', 'pipe', 'inherit'] },
  )
  const stop = () => child.kill('SIGKILL')
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop()
      reject(new Error('the second instance did not listen within 120 s'))
    }, 120_000)
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /LISTENING (\S+)/.exec(output)
      if (!match) return
      clearTimeout(timer)
      resolve({ baseURL: match[1], stop })
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`the second instance exited (${code}) before listening`))
    })
  })
}
