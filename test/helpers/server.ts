import type { RunningServer } from '../../src/server'
import { startServer } from '../../src/server'

/** The real express server on a free port, without Next (API tests need no admin pages). */
export function startTestServer(): Promise<RunningServer> {
  return startServer({ port: 0, withNext: false, shouldSeed: false })
}
