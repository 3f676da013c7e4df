import { failing } from './evaluate'
import type { ChecklistReport, CheckResult } from './types'

/** The actions the checklist guards. */
export const GATED_ACTIONS = ['approve', 'publish'] as const

export type GateDecision =
  | { kind: 'pass' }
  /** Recommended rules fail and the editor gave a note: record it with the transition. */
  | { kind: 'override'; rules: CheckResult[]; note: string }
  | { kind: 'refuse'; code: 'CHECKLIST_REQUIRED' | 'CHECKLIST_NOTE_REQUIRED'; message: string }

const names = (results: CheckResult[]) => results.map((result) => result.label).join('; ')

/**
 * Whether `action` may go ahead given the article's checklist: required failures always refuse;
 * recommended failures refuse unless the editor passes them with a note saying why.
 */
export function gateAction({
  action,
  report,
  note,
}: {
  action: string
  report: ChecklistReport
  note?: string | null
}): GateDecision {
  if (!(GATED_ACTIONS as readonly string[]).includes(action)) return { kind: 'pass' }
  const required = failing(report, 'required')
  if (required.length > 0) {
    return {
      kind: 'refuse',
      code: 'CHECKLIST_REQUIRED',
      message: `Cannot ${action}: the checklist's required rules fail: ${names(required)} (${required.map((r) => r.id).join(', ')}).`,
    }
  }
  const recommended = failing(report, 'recommended')
  if (recommended.length === 0) return { kind: 'pass' }
  const trimmed = typeof note === 'string' ? note.trim() : ''
  if (trimmed === '') {
    return {
      kind: 'refuse',
      code: 'CHECKLIST_NOTE_REQUIRED',
      message: `Cannot ${action} yet: recommended checklist rules fail: ${names(recommended)} (${recommended.map((r) => r.id).join(', ')}). Fix them, or pass them with a checklistNote saying why.`,
    }
  }
  return { kind: 'override', rules: recommended, note: trimmed }
}
