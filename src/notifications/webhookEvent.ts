import type { WorkflowHistoryEntry } from '../workflowGlue/workflowRow'
import type { WebhookEventType } from '../options'

export type WebhookEvent = {
  type: WebhookEventType
  occurredAt: string
  article: { id: number | string; title: string }
  transition: WorkflowHistoryEntry
}

type TransitionFacts = { from: string; to: string; publishes: boolean; unpublishes: boolean }

/** The most specific event a transition is, or null when the stage did not change (assign). */
export function webhookEventType(facts: TransitionFacts): WebhookEventType | null {
  if (facts.publishes) return 'article.published'
  if (facts.unpublishes) return 'article.unpublished'
  return facts.from === facts.to ? null : 'article.stage_changed'
}

/**
 * Publishing and unpublishing are stage changes too, so `article.stage_changed` hears all three
 * workflow events (and no revalidation event).
 */
export function webhookWants(events: readonly WebhookEventType[], type: WebhookEventType): boolean {
  if (events.includes(type)) return true
  return type.startsWith('article.') && events.includes('article.stage_changed')
}
