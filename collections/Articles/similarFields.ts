import type { Field, FieldAccess } from 'payload'

import { fieldStaffOnly } from '../../access/fieldStaffOnly'
import { isEditorRole, roleOf } from '../../access/roles'
import { hideUnlistedSimilar } from '../../hooks/hideUnlistedSimilar'
import { populateSimilarArticles } from '../../hooks/populateSimilarArticles'
import { refuseSimilarListWrites } from '../../hooks/refuseSimilarListWrites'
import { refuseSimilarPicksByNonEditors } from '../../hooks/refuseSimilarPicksByNonEditors'
import type { Slugs } from '../../src/options'
import { relationId } from '../../src/relationId'

const MAX_PINS = 10
const MAX_EXCLUDED = 50

const canPick: FieldAccess = ({ req }) => isEditorRole(roleOf(req))

const ids = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [])
    .map(relationId)
    .flatMap((id) => (id === null ? [] : [String(id)]))

/**
 * Similar articles on an article: `similarArticles`, the list readers get (computed when the article
 * is published and kept fresh as others are published or withdrawn; pins first), and the editors'
 * controls `pinnedSimilar` (always listed first, in this order) and `excludedSimilar` (never listed).
 * Like every edit of a live article, pins and exclusions take effect when that revision is published.
 */
export function similarFields(slugs: Slugs): Field[] {
  return [
    {
      type: 'collapsible',
      label: 'Similar articles',
      admin: { initCollapsed: true },
      fields: [
        {
          // `[{ article, score, isPinned }]`, best first; `article` is populated on read like a
          // relationship. JSON rather than an array of rows: other articles' lists change on every
          // publish, and a JSON column is rewritten alone, in one statement.
          name: 'similarArticles',
          type: 'json',
          admin: {
            readOnly: true,
            components: { Field: '/src/components/similar/SimilarList#SimilarList' },
            description:
              'Computed on publish and kept up to date on the live article as others are published ' +
              'or withdrawn. Pin or exclude articles below.',
          },
          hooks: {
            beforeValidate: [refuseSimilarListWrites],
            afterRead: [hideUnlistedSimilar, populateSimilarArticles],
            // A copy starts as a draft, and drafts have no list.
            beforeDuplicate: [() => []],
          },
        },
        {
          name: 'pinnedSimilar',
          label: 'Pinned',
          type: 'relationship',
          relationTo: slugs.articles,
          hasMany: true,
          maxRows: MAX_PINS,
          access: { read: fieldStaffOnly, create: canPick, update: canPick },
          hooks: { beforeValidate: [refuseSimilarPicksByNonEditors] },
          filterOptions: ({ id }) => ({
            _status: { equals: 'published' },
            ...(id === undefined ? {} : { id: { not_equals: id } }),
          }),
          validate: (value, { id, siblingData }) => {
            const pinned = ids(value)
            if (id !== undefined && pinned.includes(String(id))) {
              return 'An article cannot be pinned as similar to itself.'
            }
            const excluded = new Set(
              ids((siblingData as { excludedSimilar?: unknown }).excludedSimilar),
            )
            const both = pinned.filter((pin) => excluded.has(pin))
            return both.length === 0 || `Pinned and excluded at once: ${both.join(', ')}.`
          },
          admin: {
            description: 'Editors: always listed first, in this order (published ones only).',
          },
        },
        {
          name: 'excludedSimilar',
          label: 'Excluded',
          type: 'relationship',
          relationTo: slugs.articles,
          hasMany: true,
          maxRows: MAX_EXCLUDED,
          access: { read: fieldStaffOnly, create: canPick, update: canPick },
          hooks: { beforeValidate: [refuseSimilarPicksByNonEditors] },
          admin: { description: 'Editors: never listed as similar to this article.' },
        },
      ],
    },
  ]
}
