/** The bare Next.js ceiling: Next's defaults, nothing of the application's configuration. */
const config = {}

export default config
