/** How much a failing rule matters: `required` blocks approve and publish; `recommended` needs a note. */
export type Severity = 'required' | 'recommended'

/** A linked article (see also, pinned similar) as the rules see it. */
export type LinkedArticle = {
  field: 'seeAlso' | 'pinnedSimilar'
  id: string
  title: string | null
  isPublished: boolean
}

/**
 * The article facts the rules read: plain data, gathered by the Payload glue (hero image's alt text,
 * each linked article's status, the word count of its rich text).
 */
export type ChecklistArticle = {
  format: string
  title: string
  excerpt: string
  heroImage: { id: string; alt: string } | null
  dramaIds: string[]
  items: Array<{ heading: string; hasScene: boolean; hasDrama: boolean }>
  /** Sections the spoiler tagger marks as spoilers. */
  spoilerSectionCount: number
  /** The warning line readers see (empty when off or not generated). */
  spoilerWarning: string
  sources: Array<{ label: string; url: string }>
  wordCount: number
  links: LinkedArticle[]
}

/** What a rule says about an article: null when it passes, otherwise why it fails. */
export type RuleVerdict = string | null

/** A checklist rule: a plain function over the article's facts. */
export type ChecklistRule = {
  /** Stable id, used in options, 409s and the history (`heroImage`, `sources`…). */
  id: string
  /** What the rule asks for, shown in the sidebar ("Hero image with alt text"). */
  label: string
  /** @default 'recommended' */
  severity?: Severity
  /** Formats it applies to; all when absent. */
  formats?: readonly string[]
  check: (article: ChecklistArticle) => RuleVerdict
}

/** A rule's outcome for one article. */
export type CheckResult = {
  id: string
  label: string
  severity: Severity
  isPassing: boolean
  /** Why it fails; null when it passes. */
  message: string | null
}

/**
 * The checklist of one article: `blocked` when a required rule fails, `warnings` when only
 * recommended ones do, `ready` otherwise.
 */
export type ChecklistStatus = 'ready' | 'warnings' | 'blocked'

export type ChecklistReport = {
  status: ChecklistStatus
  results: CheckResult[]
}

/** Changes to one rule: its severity, the formats it applies to, or `false` to switch it off. */
export type RuleSetting = false | { severity?: Severity; formats?: readonly string[] }

/** Inclusive bounds; either end may be left open. */
export type Range = { min?: number; max?: number }

/** Bounds the built-in rules check. */
export type ChecklistLimits = {
  /** @default { min: 20, max: 90 } characters */
  titleLength: Range
  /** @default { min: 50, max: 300 } characters */
  excerptLength: Range
  /** Words of intro, items and body, per format; `default` for the others. */
  wordCount: Record<string, Range>
}

/** The `checklist` plugin option. */
export type ChecklistOptions = {
  /** Settings of rules by id (built-in or added): severity, formats, or `false` to switch off. */
  rules?: Record<string, RuleSetting>
  /** Settings per format, applied after `rules`: `{ news: { heroImage: false } }`. */
  formats?: Record<string, Record<string, RuleSetting>>
  /** Your own rules, checked after the built-ins. */
  add?: ChecklistRule[]
  /** Bounds of the built-in length and word-count rules. */
  limits?: Partial<ChecklistLimits>
}
