import type { FieldAccess } from 'payload'

import { roleOf } from './roles'

export const fieldAdminOnly: FieldAccess = ({ req }) => roleOf(req) === 'admin'
