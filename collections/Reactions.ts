import type { CollectionConfig } from 'payload'

import { isReader } from '../access/isReader'
import { readOwnReaderDocuments } from '../access/readOwnReaderDocuments'
import { writeOwnReaderDocuments } from '../access/writeOwnReaderDocuments'
import { checkReactionWrite } from '../hooks/checkReactionWrite'
import { rejectUnknownFields } from '../hooks/rejectUnknownFields'
import { rejectWrongTypes } from '../hooks/rejectWrongTypes'
import { requireDocumentData } from '../hooks/requireDocumentData'
import { requireReaderLogin } from '../hooks/requireReaderLogin'
import type { Slugs } from '../src/options'

/**
 * Readers' reactions to articles ("How does this article make you feel?"): one per reader and
 * article, changeable and removable. The public sees only the counts, on the article
 * (`reactionCounts`, counted on read from this table).
 */
export function createReactionsCollection(slugs: Slugs, kinds: string[]): CollectionConfig {
  return {
    slug: slugs.reactions,
    // Nobody edits these in the admin, and Payload's lock check reads the lock table outside the
    // request's transaction: under many parallel REST updates on PostgreSQL each request held a
    // pooled connection in its transaction and waited for another, and the pool ran dry.
    lockDocuments: false,
    admin: {
      useAsTitle: 'reaction',
      defaultColumns: ['reaction', 'article', 'reader', 'updatedAt'],
      group: 'Readers',
    },
    access: {
      create: isReader,
      read: readOwnReaderDocuments,
      update: writeOwnReaderDocuments,
      delete: writeOwnReaderDocuments,
    },
    // One reaction per reader and article, whatever races past the hook's check; it also serves
    // the per-article grouped count (article first).
    indexes: [{ fields: ['article', 'reader'], unique: true }, { fields: ['article', 'reaction'] }],
    hooks: {
      beforeOperation: [requireReaderLogin('Log in as a reader to react.'), requireDocumentData],
      beforeValidate: [rejectUnknownFields, rejectWrongTypes, checkReactionWrite],
    },
    fields: [
      { name: 'article', type: 'relationship', relationTo: slugs.articles, required: true },
      {
        name: 'reader',
        type: 'relationship',
        relationTo: slugs.readers,
        admin: { readOnly: true, description: 'The reader who reacted (the logged-in reader).' },
      },
      { name: 'reaction', type: 'select', required: true, options: kinds },
    ],
  }
}
