import type { Access } from 'payload'

import { isStaffRole, roleOf } from './roles'

/** Any staff account: admin, editor or author. */
export const isStaff: Access = ({ req }) => isStaffRole(roleOf(req))
