import type { CollectionSlug, PayloadRequest } from 'payload'

import { getOptions } from '../options'

/**
 * The editorial notes' slug, typed as a collection slug: `src/payload-types.ts` is generated after
 * the branches merge, and until then it does not list the collection.
 */
export const notesSlug = (req: Pick<PayloadRequest, 'payload'>): CollectionSlug =>
  getOptions(req).slugs.editorialNotes as unknown as CollectionSlug
