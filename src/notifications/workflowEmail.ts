import type { HistoryAction } from '../workflowGlue/workflowRow'

export type WorkflowEmailInput = {
  action: HistoryAction
  title: string
  actorName: string
  note: string | null
  publishAt?: string | null
  /** Link to the article in the admin. */
  url: string
}

export type EmailContent = { subject: string; text: string; html: string }

const SUBJECTS: Partial<Record<HistoryAction, (title: string) => string>> = {
  submit: (title) => `Ready for review: ${title}`,
  request_changes: (title) => `Changes requested: ${title}`,
  approve: (title) => `Approved: ${title}`,
  publish: (title) => `Published: ${title}`,
  scheduled_publish: (title) => `Published on schedule: ${title}`,
  assign: (title) => `Assigned to you for review: ${title}`,
}

const LEADS: Partial<Record<HistoryAction, (actor: string) => string>> = {
  submit: (actor) => `${actor} submitted this article for review.`,
  request_changes: (actor) => `${actor} asked for changes before this article can be approved.`,
  approve: (actor) => `${actor} approved this article. An editor can now publish or schedule it.`,
  publish: (actor) => `${actor} published this article. It is now live.`,
  scheduled_publish: () => 'The scheduler published this article. It is now live.',
  assign: (actor) => `${actor} assigned this article to you for review.`,
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** The e-mail for a transition: plain text first, with a matching minimal HTML part. */
export function workflowEmail(input: WorkflowEmailInput): EmailContent {
  const subject = (SUBJECTS[input.action] ?? ((title: string) => `Workflow update: ${title}`))(
    input.title,
  )
  const lead = (LEADS[input.action] ?? ((actor: string) => `${actor} updated this article.`))(
    input.actorName,
  )
  const lines = [lead]
  if (input.note) lines.push('', `Note: ${input.note}`)
  lines.push('', `Open it: ${input.url}`)
  const html = [
    `<p>${escapeHtml(lead)}</p>`,
    input.note ? `<blockquote>${escapeHtml(input.note)}</blockquote>` : '',
    `<p><a href="${escapeHtml(input.url)}">${escapeHtml(input.title)}</a></p>`,
  ].join('')
  return { subject, text: lines.join('\n'), html }
}
