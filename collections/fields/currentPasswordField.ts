import type { TextField } from 'payload'

/**
 * `currentPassword`: sent with an update that changes one's own e-mail address, checked by
 * `hooks/requirePasswordForEmailChange.ts` and never stored or returned. A virtual field rather
 * than an extra key so GraphQL's input types carry it too. Hidden in the admin, whose form has no
 * password input for it: staff change their own address over the API, or ask an admin.
 */
export const currentPasswordField: TextField = {
  name: 'currentPassword',
  type: 'text',
  virtual: true,
  maxLength: 256,
  access: { read: () => false },
  admin: { hidden: true, disableListColumn: true, disableListFilter: true },
}
