import type { PayloadRequest } from 'payload'

import { getOptions } from '../src/options'

export const STAFF_ROLES = ['admin', 'editor', 'author'] as const
export type StaffRole = (typeof STAFF_ROLES)[number]
export type Role = StaffRole | 'reader' | 'anonymous'

type RequestLike = Pick<PayloadRequest, 'payload' | 'user'>

/** The caller's role: a staff role from the authors collection, `reader`, or `anonymous`. */
export function roleOf(req: RequestLike): Role {
  const { user } = req
  if (!user) return 'anonymous'
  const { slugs } = getOptions(req)
  if (user.collection === slugs.readers) return 'reader'
  if (user.collection === slugs.authors) {
    const role = (user as { role?: unknown }).role
    return STAFF_ROLES.includes(role as StaffRole) ? (role as StaffRole) : 'author'
  }
  return 'anonymous'
}

export const isStaffRole = (role: Role): role is StaffRole =>
  STAFF_ROLES.includes(role as StaffRole)

export const isEditorRole = (role: Role): boolean => role === 'admin' || role === 'editor'

/** Staff user id when the caller is staff, else null. */
export function staffId(req: RequestLike): number | string | null {
  return isStaffRole(roleOf(req)) ? (req.user?.id ?? null) : null
}

/** Trusted server code: a Local API call made without a user (seed, jobs, migrations). */
export const isSystemCall = (req: Pick<PayloadRequest, 'payloadAPI' | 'user'>): boolean =>
  !req.user && req.payloadAPI === 'local'
