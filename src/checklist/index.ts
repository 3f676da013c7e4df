export { builtInRules, DEFAULT_LIMITS, outOfRange } from './builtInRules'
export {
  buildChecklist,
  countWords,
  evaluateChecklist,
  failing,
  resolveLimits,
  rulesFor,
} from './evaluate'
export type { Checklist } from './evaluate'
export { GATED_ACTIONS, gateAction } from './gate'
export type { GateDecision } from './gate'
export type {
  ChecklistArticle,
  ChecklistLimits,
  ChecklistOptions,
  ChecklistReport,
  ChecklistRule,
  ChecklistStatus,
  CheckResult,
  LinkedArticle,
  Range,
  RuleSetting,
  RuleVerdict,
  Severity,
} from './types'
