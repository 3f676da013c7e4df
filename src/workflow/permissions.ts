import { WorkflowError } from './errors'
import { ACTION_VERBS, ACTIONS, STAGE_LABELS, TRANSITIONS } from './stages'
import type { Action, Performer, Role, Stage } from './stages'

/** Who is acting: a staff user, or the scheduler (`system`). */
export type Actor = { kind: 'user'; id: string; role: Role } | { kind: 'system' }

/**
 * The only article facts the rules need: the primary byline and any co-authors. Every listed author
 * owns the article (edits their draft, submits, withdraws, may not approve it as an editor).
 */
export type ArticleRef = { authorId: string | null; coAuthorIds?: readonly string[] }

export type ActionContext = { stage: Stage; actor: Actor; article: ArticleRef }

const PERFORMER_NAMES: Record<Performer, string> = {
  owner: "the article's author",
  editor: 'editors',
  admin: 'admins',
  author: 'authors',
  system: 'the scheduler',
}

/** Whether `actor` is a user who wrote `article`: its author or one of its co-authors. */
export function isOwner(actor: Actor, article: ArticleRef): boolean {
  if (actor.kind !== 'user') return false
  if (article.authorId !== null && article.authorId === actor.id) return true
  return article.coAuthorIds?.includes(actor.id) ?? false
}

function qualifies(performer: Performer, actor: Actor, article: ArticleRef): boolean {
  if (actor.kind === 'system') return performer === 'system'
  if (performer === 'owner') return isOwner(actor, article)
  return performer === actor.role
}

function listPerformers(by: readonly Performer[]): string {
  const names = by.map((performer) => PERFORMER_NAMES[performer])
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

/**
 * The refusal for `actor` performing `action` on an article at `stage`, or null if allowed.
 * Who is checked before where, so a 403 never depends on (or reveals) the stage. Inputs such as
 * the note or publishAt are not checked here — that is planTransition's job.
 */
export function checkAction({
  stage,
  action,
  actor,
  article,
}: ActionContext & { action: Action }): WorkflowError | null {
  const rule = TRANSITIONS[action]
  const verb = ACTION_VERBS[action]
  if (!rule.by.some((performer) => qualifies(performer, actor, article))) {
    return new WorkflowError(
      'FORBIDDEN',
      `Only ${listPerformers(rule.by)} can ${verb} this article`,
    )
  }
  // Four-eyes rule: an editor's own piece needs a second pair of eyes; admins are the escape hatch.
  if (action === 'approve' && actor.kind === 'user' && actor.role === 'editor') {
    if (isOwner(actor, article)) return new WorkflowError('SELF_APPROVAL')
  }
  if (!rule.from.includes(stage)) {
    return new WorkflowError(
      'INVALID_TRANSITION',
      `Cannot ${verb} this article: it is ${STAGE_LABELS[stage] ?? stage}`,
    )
  }
  return null
}

/**
 * The actions `actor` may perform on the article right now, in ACTIONS order (for UI buttons).
 * Ignores inputs, so `schedule` is listed even though it will still need a future publishAt,
 * and `scheduled_publish` is listed for the scheduler before publishAt is reached.
 */
export function allowedActions(context: ActionContext): Action[] {
  return ACTIONS.filter((action) => checkAction({ ...context, action }) === null)
}

/**
 * Whether `actor` may read the article's workflow (stage, assignee, history with its notes): its
 * author and the editors who run the desk. Other authors can read a published article but not the
 * newsroom's notes on it, nor whether a revision of it is under review.
 */
export function canReadWorkflow(actor: Actor, article: ArticleRef): boolean {
  if (actor.kind === 'system') return true
  return actor.role === 'editor' || actor.role === 'admin' || isOwner(actor, article)
}
