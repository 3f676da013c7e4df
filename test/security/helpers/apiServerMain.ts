import { startServer } from '../../../src/server'

// The API server alone (no Next, no seed) as its own process, for tests that kill it.
const running = await startServer({
  port: Number(process.env.PORT),
  withNext: false,
  shouldSeed: false,
})
running.payload.logger.info(`API process up at ${running.url}`)
