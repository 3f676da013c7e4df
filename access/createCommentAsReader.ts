import type { Access } from 'payload'

import { roleOf } from './roles'

/** Only signed-in readers comment (anonymous callers get a 401 from `requireLoginToComment`). */
export const createCommentAsReader: Access = ({ req }) => roleOf(req) === 'reader'
