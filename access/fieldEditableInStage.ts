import type { FieldAccess } from 'payload'

import { relationId } from '../src/relationId'
import { canEdit, STAGES } from '../src/workflow'
import type { Stage } from '../src/workflow'
import { roleOf } from './roles'

/**
 * An article's content fields are editable only while the workflow lets this user edit the article
 * (an author: their own draft or changes-requested article). The admin reads this as field
 * permissions, so the form turns read-only with the reason beside it (`EditLockNotice`) instead of
 * failing on Save. It is not the enforcement: a refused value would only be dropped here, so
 * `enforceArticleWorkflow` still refuses such a save with a 409 and the reason. Without a stage
 * (a new article, a permission check without the document) it allows.
 */
export const fieldEditableInStage: FieldAccess = ({ doc, req }) => {
  const role = roleOf(req)
  if (role !== 'author' || !req.user) return true
  const stage = (doc as { stage?: unknown } | undefined)?.stage
  if (!(STAGES as readonly unknown[]).includes(stage)) return true
  const { author, coAuthors } = doc as { author?: unknown; coAuthors?: unknown }
  const authorId = relationId(author)
  // Every byline owns the article: a co-author edits the shared draft as its author does.
  const coAuthorIds = (Array.isArray(coAuthors) ? coAuthors : [])
    .map((entry) => relationId(entry))
    .filter((id) => id !== null)
    .map(String)
  return canEdit({
    stage: stage as Stage,
    actor: { kind: 'user', id: String(req.user.id), role },
    article: { authorId: authorId === null ? null : String(authorId), coAuthorIds },
  }).ok
}
