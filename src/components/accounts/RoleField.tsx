'use client'

import type { SelectFieldClientComponent } from 'payload'
import { FieldLabel, SelectField, useAuth, useField } from '@payloadcms/ui'
import React, { useEffect } from 'react'

/**
 * A staff member's role. On "create first user" (nobody is logged in yet) the first account is the
 * admin whatever is sent (`makeFirstStaffAdmin`), so the form says so and holds `admin` instead of
 * offering a choice that could be left empty or ignored. Everywhere else: Payload's select.
 */
export const RoleField: SelectFieldClientComponent = (props) => {
  const { user } = useAuth()
  const { path } = props
  const { value, setValue } = useField<string>({ path })
  const isFirstUser = !user
  useEffect(() => {
    if (isFirstUser && value !== 'admin') setValue('admin', true)
  }, [isFirstUser, value, setValue])

  if (!isFirstUser) return <SelectField {...props} />
  return (
    <div className="field-type sr-first-role" id="first-user-role">
      <FieldLabel label="Role" path={path} required />
      <p>
        <strong>Admin</strong> — the first account runs the newsroom and invites editors and
        authors.
      </p>
    </div>
  )
}
