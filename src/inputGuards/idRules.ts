/** How a database spells document ids, as far as input checking needs to know. */
export type IdRules = {
  /** Ids are integers (SQL adapters' serial keys) rather than text (MongoDB, custom ids). */
  isNumeric: boolean
  /** The largest id the database can store (PostgreSQL `serial` is 32-bit). */
  max: number
}

const INTEGER = /^\d{1,16}$/

/** Whether `value` can be an id under `rules` (a number or digits for numeric ids). */
export function isValidId(value: unknown, rules: IdRules): boolean {
  if (typeof value === 'number') {
    return !rules.isNumeric || (Number.isInteger(value) && value > 0 && value <= rules.max)
  }
  if (typeof value !== 'string' || value.length === 0 || value.length > 200) return false
  if (!rules.isNumeric) return !isPrototypeKey(value)
  return INTEGER.test(value) && Number(value) > 0 && Number(value) <= rules.max
}

const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** Keys that name Object's machinery rather than data: never a field, an id or an operator. */
export function isPrototypeKey(key: string): boolean {
  return PROTOTYPE_KEYS.has(key)
}
