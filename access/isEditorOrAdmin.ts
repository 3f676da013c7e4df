import type { Access } from 'payload'

import { isEditorRole, roleOf } from './roles'

export const isEditorOrAdmin: Access = ({ req }) => isEditorRole(roleOf(req))
