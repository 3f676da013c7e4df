import type { FieldAccess } from 'payload'

import type { CollectionKey } from '../src/options'
import { fieldSelf } from './fieldSelf'
import { roleOf } from './roles'

/** A field only the account itself and admins may read, such as an e-mail address. */
export const fieldSelfOrAdmin = (key: CollectionKey): FieldAccess => {
  const isSelf = fieldSelf(key)
  return (args) => roleOf(args.req) === 'admin' || isSelf(args)
}
