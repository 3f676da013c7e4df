import { builtInRules, DEFAULT_LIMITS } from './builtInRules'
import type {
  ChecklistArticle,
  ChecklistLimits,
  ChecklistOptions,
  ChecklistReport,
  ChecklistRule,
  CheckResult,
  RuleSetting,
  Severity,
} from './types'

/** A checklist ready to run: every rule with its settings applied, per-format settings kept aside. */
export type Checklist = {
  rules: ChecklistRule[]
  formats: Record<string, Record<string, RuleSetting>>
}

/** The limits with the host's bounds over the defaults (word counts merged per format). */
export function resolveLimits(limits: Partial<ChecklistLimits> = {}): ChecklistLimits {
  return {
    titleLength: limits.titleLength ?? DEFAULT_LIMITS.titleLength,
    excerptLength: limits.excerptLength ?? DEFAULT_LIMITS.excerptLength,
    wordCount: { ...DEFAULT_LIMITS.wordCount, ...limits.wordCount },
  }
}

function applySetting(rule: ChecklistRule, setting: RuleSetting | undefined): ChecklistRule | null {
  if (setting === false) return null
  if (!setting) return rule
  return {
    ...rule,
    ...(setting.severity ? { severity: setting.severity } : {}),
    ...(setting.formats ? { formats: setting.formats } : {}),
  }
}

/**
 * Builds the checklist from the plugin's `checklist` option: the built-ins, then the host's own
 * rules, each with its settings. Throws on a setting for an unknown rule or a duplicate id, so a
 * typo in the config fails at start-up rather than silently checking nothing.
 */
export function buildChecklist(options: ChecklistOptions = {}): Checklist {
  const all = [...builtInRules(resolveLimits(options.limits)), ...(options.add ?? [])]
  const ids = new Set<string>()
  for (const rule of all) {
    if (ids.has(rule.id)) throw new Error(`checklist: two rules have the id '${rule.id}'`)
    ids.add(rule.id)
  }
  const settingsById = [options.rules ?? {}, ...Object.values(options.formats ?? {})]
  for (const settings of settingsById) {
    const unknown = Object.keys(settings).find((id) => !ids.has(id))
    if (unknown) throw new Error(`checklist: no rule has the id '${unknown}'`)
  }
  const rules = all.flatMap((rule) => applySetting(rule, options.rules?.[rule.id]) ?? [])
  return { rules, formats: options.formats ?? {} }
}

const severityOf = (rule: ChecklistRule): Severity => rule.severity ?? 'recommended'

/** The rules that apply to an article of `format`, with that format's settings. */
export function rulesFor(checklist: Checklist, format: string): ChecklistRule[] {
  const settings = checklist.formats[format] ?? {}
  return checklist.rules.flatMap((rule) => {
    const applied = applySetting(rule, settings[rule.id])
    if (!applied) return []
    if (applied.formats && !applied.formats.includes(format)) return []
    return [applied]
  })
}

/**
 * Runs the checklist on an article. A rule that throws fails with its error's message rather than
 * taking the save or the sidebar down.
 */
export function evaluateChecklist(
  checklist: Checklist,
  article: ChecklistArticle,
): ChecklistReport {
  const results: CheckResult[] = rulesFor(checklist, article.format).map((rule) => {
    let message: string | null
    try {
      message = rule.check(article)
    } catch (err) {
      message = `This check failed to run: ${(err as Error).message}`
    }
    return {
      id: rule.id,
      label: rule.label,
      severity: severityOf(rule),
      isPassing: message === null,
      message,
    }
  })
  const failing = results.filter((result) => !result.isPassing)
  const status = failing.some((result) => result.severity === 'required')
    ? 'blocked'
    : failing.length > 0
      ? 'warnings'
      : 'ready'
  return { status, results }
}

/** The failing results of `report` with `severity`. */
export function failing(report: ChecklistReport, severity: Severity): CheckResult[] {
  return report.results.filter((result) => !result.isPassing && result.severity === severity)
}

/** Counts words the way editors do: runs of letters or digits, apostrophes and hyphens inside. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0
}
