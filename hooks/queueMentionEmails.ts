import type { CollectionAfterChangeHook } from 'payload'

import { queueJob, TASKS } from '../src/jobs/queueJob'
import { newlyMentioned } from '../src/notes/mentions'
import { relationId } from '../src/relationId'

const idsOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : []).flatMap((entry) => {
    const id = relationId(entry)
    return id === null ? [] : [String(id)]
  })

/**
 * Queues one e-mail per person a note newly mentions (an edit re-mentioning someone does not mail
 * them twice; nobody is mailed about their own note). Sent by the jobs queue, with retries.
 */
export const queueMentionEmails: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const author = String(relationId(doc.author))
  const recipients = newlyMentioned(idsOf(previousDoc?.mentions), idsOf(doc.mentions)).filter(
    (id) => id !== author,
  )
  if (recipients.length > 0) {
    await queueJob(req, TASKS.noteMentionEmail, { noteId: String(doc.id), recipients })
  }
  return doc
}
