import type { FieldAccess } from 'payload'

import { isStaffRole, roleOf } from './roles'

export const fieldStaffOnly: FieldAccess = ({ req }) => isStaffRole(roleOf(req))
