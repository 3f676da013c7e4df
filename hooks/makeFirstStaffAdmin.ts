import type { CollectionBeforeValidateHook } from 'payload'

/** The very first staff account (first-register, or the seed on an empty database) is the admin. */
export const makeFirstStaffAdmin: CollectionBeforeValidateHook = async ({
  collection,
  data,
  operation,
  req,
}) => {
  if (!data || operation !== 'create' || req.user) return data
  const { totalDocs } = await req.payload.count({ collection: collection.slug, req })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}
