export {
  ACTION_VERBS,
  ACTIONS,
  AUTHOR_EDITABLE_STAGES,
  isAction,
  ROLES,
  STAGE_LABELS,
  STAGES,
  TRANSITIONS,
} from './stages'
export type { Action, Performer, Role, Stage, Transition } from './stages'
export { EDIT_LOCKED_MESSAGES, ERRORS, WorkflowError } from './errors'
export type { ErrorCode, ErrorStatus } from './errors'
export { allowedActions, canReadWorkflow, checkAction, isOwner } from './permissions'
export type { ActionContext, Actor, ArticleRef } from './permissions'
export { canEdit, planTransition } from './transition'
export type {
  Assignee,
  EditCheck,
  HistoryEntry,
  TransitionInput,
  TransitionPlan,
} from './transition'
