import type { HistoryAction } from '../workflowGlue/workflowRow'

/** Who hears about a transition by e-mail. */
export type Audience = 'reviewers' | 'author' | 'assignee'

const AUDIENCES: Partial<Record<HistoryAction, Audience>> = {
  // A submission goes to its assigned reviewer, or to every editor when nobody is assigned.
  submit: 'reviewers',
  request_changes: 'author',
  approve: 'author',
  publish: 'author',
  scheduled_publish: 'author',
  assign: 'assignee',
}

/** The audience of `action`'s e-mail, or null when the action sends none. */
export function emailAudience(action: HistoryAction): Audience | null {
  return AUDIENCES[action] ?? null
}
