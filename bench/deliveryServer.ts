import { startServer } from '../src/server'

// The express server as production runs it for API reads (no Next), in a process of its own so
// its memory is measured alone. Started by `delivery.ts` with the database and mode in the env.
export const READY_MARK = '@@delivery-server '

const running = await startServer({ port: 0, withNext: false, shouldSeed: false })
console.log(`${READY_MARK}${running.url}`)
process.once('SIGTERM', () => {
  running.close().then(
    () => process.exit(0),
    () => process.exit(1),
  )
})
