import type { TaskConfig } from 'payload'

import { mentionEmail } from '../notes/mentions'
import { getOptions } from '../options'
import { relationId } from '../relationId'
import { TASKS } from './queueJob'

type Io = { input: { noteId: string; recipients: string[] }; output: { sent: number } }
type Staff = { id: number | string; email?: string | null; name?: string | null }

/** E-mails the staff an editorial note mentions, with the note and a link to its article. */
export const noteMentionEmailTask: TaskConfig<Io> = {
  slug: TASKS.noteMentionEmail,
  label: 'E-mail the staff a note mentions',
  inputSchema: [
    { name: 'noteId', type: 'text', required: true },
    { name: 'recipients', type: 'json', required: true },
  ],
  outputSchema: [{ name: 'sent', type: 'number' }],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 5_000 } },
  handler: async ({ input, req }) => {
    const { slugs } = getOptions(req)
    const note = (await req.payload
      .findByID({
        collection: getOptions(req).slugs.editorialNotes,
        id: input.noteId,
        depth: 0,
        req,
      })
      .catch(() => null)) as Record<string, unknown> | null
    if (!note) return { output: { sent: 0 } }
    const articleId = relationId(note.article)
    const article = (await req.payload
      .findByID({ collection: slugs.articles, id: articleId!, depth: 0, draft: true, req })
      .catch(() => null)) as { title?: string } | null
    const staff = async (id: unknown) =>
      (await req.payload
        .findByID({ collection: slugs.authors, id: relationId(id)!, depth: 0, req })
        .catch(() => null)) as Staff | null
    const author = await staff(note.author)
    const { serverURL, routes } = req.payload.config
    const content = mentionEmail({
      authorName: author?.name ?? 'A colleague',
      articleTitle: article?.title ?? 'an article',
      body: String(note.body ?? ''),
      anchor: typeof note.anchor === 'string' && note.anchor ? note.anchor : null,
      url: `${serverURL ?? ''}${routes.admin}/collections/${slugs.articles}/${articleId}`,
    })
    let sent = 0
    for (const id of input.recipients) {
      const recipient = await staff(id)
      if (!recipient?.email) continue
      await req.payload.sendEmail({ to: recipient.email, ...content })
      sent += 1
    }
    return { output: { sent } }
  },
}
