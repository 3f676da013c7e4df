import type { Access } from 'payload'

import { roleOf } from './roles'

/** Signed-in site readers only (reactions, reports): staff and anonymous callers are refused. */
export const isReader: Access = ({ req }) => roleOf(req) === 'reader'
