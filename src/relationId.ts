/** The id of a relationship value, whether it arrives as an id or as a populated document. */
export function relationId(value: unknown): number | string | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return relationId((value as { id?: unknown }).id)
  return typeof value === 'number' || typeof value === 'string' ? value : null
}
