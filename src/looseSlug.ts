import type { CollectionSlug } from 'payload'

/**
 * A slug of a collection the committed `payload-types.ts` does not know yet (reactions, comment
 * reports), typed as any collection's. Regenerating the types (`npm run generate`) makes the real
 * slug types available; the calls stay correct either way.
 */
export const looseSlug = (slug: string): CollectionSlug => slug as CollectionSlug
