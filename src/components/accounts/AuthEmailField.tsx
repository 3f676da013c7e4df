'use client'

import type React from 'react'

/**
 * The staff collection's own `email` field (it narrows who may read it) in the field list: nothing.
 * Payload renders the e-mail once, with the auth fields (create first user, account, edit view);
 * its base field hides the field-list copy with `Field: false`, which does not survive our override
 * everywhere (production's "create first user" showed Email twice), so an explicit empty component.
 */
export function AuthEmailField(): React.ReactNode {
  return null
}
