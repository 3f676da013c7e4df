import type { PayloadRequest } from 'payload'

import { forgetDramaCatalog } from '../src/spoilerGlue/dramaCatalog'

/**
 * A drama changed or went: the spoiler engine's cached dramas (titles, aliases, cast) must be
 * reloaded on the next save. Used as both `afterChange` and `afterDelete` on dramas.
 */
export const forgetSpoilerCatalog = ({ req }: { req: PayloadRequest }): void => {
  forgetDramaCatalog(req.payload, req)
}
