import type { ArrayField } from 'payload'

import { fieldSelf } from '../../access/fieldSelf'
import type { CollectionKey } from '../../src/options'

/**
 * Payload's own `sessions` field of an auth collection, readable only by the account itself. Payload's
 * default rule compares ids alone, which lets reader 1 read the sessions of staff member 1. Payload
 * merges this over its field, keeping its sub-fields.
 */
export function sessionsField(key: CollectionKey): ArrayField {
  return {
    name: 'sessions',
    type: 'array',
    access: { read: fieldSelf(key), update: () => false },
    admin: { disabled: true },
    fields: [],
  }
}
