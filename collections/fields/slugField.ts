import type { FieldHook, TextField } from 'payload'
import slugify from 'slugify'

/** URL-safe slug of `text`: "What's Wrong with Secretary Kim" → "whats-wrong-with-secretary-kim". */
export function toSlug(text: string): string {
  return slugify(text, { lower: true, strict: true, trim: true })
}

/**
 * A unique slug derived from `sourceField` when left empty; editors may still type their own, which is
 * normalised the same way so links never carry spaces or capitals.
 */
export function slugField(sourceField: string, overrides: Partial<TextField> = {}): TextField {
  return {
    name: 'slug',
    type: 'text',
    index: true,
    unique: true,
    admin: { position: 'sidebar', description: `Filled from the ${sourceField} when left empty.` },
    hooks: {
      beforeDuplicate: [freeCopySlug],
      beforeValidate: [
        ({ value, data, originalDoc }) => {
          if (typeof value === 'string' && value.trim()) return toSlug(value)
          const source = data?.[sourceField] ?? originalDoc?.[sourceField]
          return typeof source === 'string' && source.trim() ? toSlug(source) : value
        },
      ],
    },
    ...overrides,
  } as TextField
}

const MAX_COPIES = 50

/**
 * A duplicate's slug: `<slug>-copy`, then `-copy-2`, `-copy-3`… whichever is free, so copying the same
 * article twice does not collide on the unique index (Payload's default appends the same " - Copy").
 */
const freeCopySlug: FieldHook = async ({ collection, req, value }) => {
  if (typeof value !== 'string' || !value || !collection) return undefined
  const base = toSlug(`${value}-copy`)
  for (let n = 1; n <= MAX_COPIES; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`
    const { totalDocs } = await req.payload.count({
      collection: collection.slug,
      where: { slug: { equals: candidate } },
      req,
    })
    if (totalDocs === 0) return candidate
  }
  return `${base}-${Date.now().toString(36)}`
}
