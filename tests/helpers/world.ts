import { buildWorld } from './fixtures'
import { startTestApp } from './testApp'

/** A test app with the standard cast of users and documents (see buildWorld). */
export async function startWorld() {
  const app = await startTestApp()
  return { app, payload: app.payload, world: await buildWorld(app) }
}
