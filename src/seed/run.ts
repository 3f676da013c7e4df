import { getPayload } from 'payload'

import config from '../../payload.config'
import { seed } from './seed'

// `npm run seed`: safe to run again; it updates the demo documents in place.
const payload = await getPayload({ config })
const started = Date.now()
await seed(payload, { log: (line) => console.log(line) })
console.log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`)
await payload.destroy()
process.exit(0)
