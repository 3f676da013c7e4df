import type { Field } from 'payload'

import type { Slugs } from '../../src/options'

const COMPONENTS = '/src/components/spoilers'

export const SPOILER_OVERRIDES = ['auto', 'spoiler', 'safe'] as const
export const WARNING_MODES = ['auto', 'custom', 'off'] as const

/**
 * An article's spoiler tags, derived on every save by `tagSpoilerSections`: one row per section
 * (intro, listicle item, body part) with the engine's verdict and the editor's override, the
 * article-level summary, and the warning line readers see. Only `override`, the warning's `mode`
 * and `custom` text are the editor's; everything else is recomputed, whatever a client sends.
 */
export function spoilerFields(slugs: Slugs): Field[] {
  return [
    {
      name: 'spoilerSections',
      label: 'Spoiler sections',
      type: 'array',
      admin: {
        position: 'sidebar',
        components: { Field: `${COMPONENTS}/SpoilerPanel#SpoilerPanel` },
      },
      fields: [
        { name: 'key', type: 'text', admin: { readOnly: true } },
        { name: 'heading', type: 'text', admin: { readOnly: true } },
        { name: 'spoiler', type: 'checkbox', defaultValue: false, admin: { readOnly: true } },
        { name: 'detected', type: 'checkbox', defaultValue: false, admin: { readOnly: true } },
        { name: 'score', type: 'number', min: 0, max: 1, admin: { readOnly: true } },
        {
          name: 'drama',
          type: 'relationship',
          relationTo: slugs.dramas,
          admin: { readOnly: true },
        },
        { name: 'dramaTitle', type: 'text', admin: { readOnly: true } },
        { name: 'episode', type: 'number', admin: { readOnly: true } },
        { name: 'reasons', type: 'text', hasMany: true, admin: { readOnly: true } },
        {
          name: 'override',
          type: 'select',
          defaultValue: 'auto',
          options: [...SPOILER_OVERRIDES],
          admin: { description: 'auto: trust the detector; spoiler or safe: your call.' },
        },
        {
          // Filled on reads only, when the reader's progress withheld this section's text.
          name: 'withheld',
          type: 'checkbox',
          virtual: true,
          admin: { hidden: true },
        },
      ],
    },
    {
      name: 'spoilerSummary',
      label: 'Spoilers',
      type: 'group',
      admin: {
        position: 'sidebar',
        readOnly: true,
        components: { Cell: `${COMPONENTS}/SpoilerCell#SpoilerCell` },
        // The panel shows it in the edit view; it stays a list column (hidden fields could not).
        condition: () => false,
      },
      fields: [
        { name: 'hasSpoilers', type: 'checkbox', defaultValue: false },
        {
          name: 'dramas',
          type: 'array',
          fields: [
            { name: 'drama', type: 'relationship', relationTo: slugs.dramas },
            { name: 'title', type: 'text' },
            { name: 'episode', type: 'number', admin: { description: 'Highest episode spoiled.' } },
          ],
        },
      ],
    },
    {
      name: 'spoilerWarning',
      label: 'Spoiler warning',
      type: 'group',
      admin: { position: 'sidebar' },
      fields: [
        {
          name: 'mode',
          type: 'select',
          defaultValue: 'auto',
          options: [
            { label: 'Generated', value: 'auto' },
            { label: 'Written by the editor', value: 'custom' },
            { label: 'Off', value: 'off' },
          ],
        },
        {
          name: 'custom',
          label: 'Your warning',
          type: 'textarea',
          maxLength: 300,
          admin: { condition: (_data, siblingData) => siblingData?.mode === 'custom' },
        },
        {
          name: 'text',
          label: 'Shown to readers',
          type: 'textarea',
          admin: { readOnly: true },
        },
        {
          name: 'generated',
          label: 'Suggested',
          type: 'textarea',
          admin: {
            readOnly: true,
            condition: (_data, siblingData) => siblingData?.mode !== 'auto',
          },
        },
      ],
    },
  ]
}
