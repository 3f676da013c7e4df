import type { CollectionBeforeValidateHook, Field } from 'payload'
import { APIError } from 'payload'

import { validateUrl } from '../collections/fields/validateUrl'
import { findDisallowedLinks, LINK_RULE } from '../src/links/linkSchemes'

type Found = { path: string; url: string; message?: string }

/** Every disallowed link in the rich-text and URL fields of `data`, with the path of its field. */
function scan(fields: Field[], data: unknown, prefix: string, found: Found[]): void {
  if (!data || typeof data !== 'object') return
  const values = data as Record<string, unknown>
  for (const field of fields) {
    if (!('name' in field)) {
      // Rows, collapsibles and unnamed tabs keep their fields at this level.
      if ('fields' in field) scan(field.fields, data, prefix, found)
      if (field.type === 'tabs') {
        for (const tab of field.tabs) {
          if ('name' in tab && tab.name)
            scan(tab.fields, values[tab.name], `${prefix}${tab.name}.`, found)
          else scan(tab.fields, data, prefix, found)
        }
      }
      continue
    }
    const value = values[field.name]
    const path = `${prefix}${field.name}`
    if (field.type === 'richText') {
      for (const url of findDisallowedLinks(value)) found.push({ path, url })
    } else if (field.type === 'text' && field.validate === validateUrl && value) {
      // Payload skips field validation for drafts: URL fields are checked here on every save.
      const result = validateUrl(value as string)
      if (result !== true) found.push({ path, url: String(value), message: result })
    } else if (field.type === 'group') {
      scan(field.fields, value, `${path}.`, found)
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, index) => scan(field.fields, row, `${path}.${index}.`, found))
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      value.forEach((row, index) => {
        const block = field.blocks.find((candidate) => candidate.slug === row?.blockType)
        if (block) scan(block.fields, row, `${path}.${index}.`, found)
      })
    }
  }
}

const shorten = (url: string) => (url.length > 60 ? `${url.slice(0, 57)}...` : url)
const describe = ({ url, message }: Found) =>
  message ?? `The link '${shorten(url)}' is not allowed: ${LINK_RULE}.`

/**
 * Links in rich text (link and autolink nodes) may only use http, https or mailto, or be relative:
 * a `javascript:`, `data:` or `vbscript:` link would run in the reader's browser from the site.
 * URL fields (sources) take http(s) only, as their validator says, drafts included.
 * Checked on every save whatever the route (REST, GraphQL, the admin); the site filters again on
 * render (src/app/(site)/SafeRichText.tsx) for content stored before this rule.
 */
export const refuseUnsafeLinks: CollectionBeforeValidateHook = ({ collection, data }) => {
  if (!data) return data
  const found: Found[] = []
  scan(collection.fields, data, '', found)
  if (found.length === 0) return data
  const first = found[0]
  const message = first.message
    ? `${first.path}: ${first.message}`
    : `${first.path}: the link '${shorten(first.url)}' is not allowed: ${LINK_RULE}.`
  const errors = found.map((entry) => ({ path: entry.path, message: describe(entry) }))
  throw new APIError(message, 400, { errors }, true)
}
