import type { CollectionBeforeChangeHook } from 'payload'

/** Stamps the first publication date, which listings and similarity recency rely on. */
export const setPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data._status === 'published' && !data.publishedAt && !originalDoc?.publishedAt) {
    data.publishedAt = new Date().toISOString()
  }
  return data
}
