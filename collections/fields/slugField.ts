import type { TextField } from 'payload'
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
