import type { Payload } from 'payload'
import { getPayload } from 'payload'

import config from '../../payload.config'

/** The Payload instance of this test file, on the database setupEnv chose for it. */
export const getTestPayload = (): Promise<Payload> => getPayload({ config })
