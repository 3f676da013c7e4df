import type { PayloadRequest, TaskConfig } from 'payload'

import type { WorkflowHistoryEntry } from '../workflowGlue/workflowRow'
import { emailAudience } from '../notifications/emailAudience'
import { workflowEmail } from '../notifications/workflowEmail'
import { getOptions } from '../options'
import { relationId } from '../relationId'
import { TASKS } from './queueJob'

type Io = { input: { articleId: string; entry: WorkflowHistoryEntry }; output: { sent: number } }
type Staff = { id: number | string; email?: string | null; name?: string | null; role?: string }

async function staffById(req: PayloadRequest, id: unknown): Promise<Staff | null> {
  const staffId = relationId(id)
  if (staffId === null) return null
  return (await req.payload
    .findByID({
      collection: getOptions(req).slugs.authors,
      id: staffId,
      depth: 0,
      disableErrors: true,
      req,
    })
    .catch(() => null)) as Staff | null
}

async function editors(req: PayloadRequest): Promise<Staff[]> {
  const find = async (role: string) =>
    (
      await req.payload.find({
        collection: getOptions(req).slugs.authors,
        where: { role: { equals: role } },
        pagination: false,
        depth: 0,
        req,
      })
    ).docs as unknown as Staff[]
  const found = await find('editor')
  // A newsroom without editors still needs someone to review.
  return found.length > 0 ? found : find('admin')
}

/**
 * E-mails a transition to the people it concerns, through Payload's e-mail adapter: a submission to
 * its reviewer (or every editor), changes requested, approval and publication to the author. Nobody
 * is told about their own action. Failures are retried by the queue.
 */
export const workflowEmailTask: TaskConfig<Io> = {
  slug: TASKS.workflowEmail,
  label: 'E-mail a workflow transition',
  inputSchema: [
    { name: 'articleId', type: 'text', required: true },
    { name: 'entry', type: 'json', required: true },
  ],
  outputSchema: [{ name: 'sent', type: 'number' }],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 5_000 } },
  handler: async ({ input, req }) => {
    const { entry } = input
    const audience = emailAudience(entry.action)
    const { slugs } = getOptions(req)
    const article = (await req.payload
      .findByID({ collection: slugs.articles, id: input.articleId, depth: 0, draft: true, req })
      .catch(() => null)) as {
      title?: string
      author?: unknown
      coAuthors?: unknown[] | null
      assignee?: unknown
    } | null
    if (!audience || !article) return { output: { sent: 0 } }

    const assignee = await staffById(req, article.assignee)
    const recipients =
      audience === 'author'
        ? // Every byline hears about its article: the primary author and each co-author.
          await Promise.all(
            [article.author, ...(article.coAuthors ?? [])].map((id) => staffById(req, id)),
          )
        : audience === 'assignee'
          ? [assignee]
          : assignee
            ? [assignee]
            : await editors(req)
    const actor = entry.by === 'scheduler' ? null : await staffById(req, entry.by)
    const { serverURL, routes } = req.payload.config
    const content = workflowEmail({
      action: entry.action,
      title: article.title ?? 'Untitled article',
      actorName: actor?.name ?? 'The scheduler',
      note: entry.note,
      url: `${serverURL ?? ''}${routes.admin}/collections/${slugs.articles}/${input.articleId}`,
    })
    let sent = 0
    for (const recipient of recipients) {
      if (!recipient?.email || String(recipient.id) === entry.by) continue
      await req.payload.sendEmail({ to: recipient.email, ...content })
      sent += 1
    }
    return { output: { sent } }
  },
}
