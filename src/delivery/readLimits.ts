import { ARTICLE_CARD } from './cards'

/** How much one API read may ask for. */
export type ReadLimits = {
  /** Largest `depth` (relationship levels populated). */
  maxDepth: number
  /** Largest page (`limit`); `limit=0` and `pagination=false` ("everything") are refused. */
  maxLimit: number
  /**
   * Largest page for signed-in staff: the admin's own views (review queue, author pickers) and
   * newsroom tools page through more at once; anonymous and reader reads keep `maxLimit`.
   */
  staffMaxLimit: number
}

export const DEFAULT_READ_LIMITS: ReadLimits = { maxDepth: 3, maxLimit: 50, staffMaxLimit: 500 }

/** The limits that apply to one caller: staff page with `staffMaxLimit`. */
export function limitsFor(limits: ReadLimits, isStaff: boolean): ReadLimits {
  return isStaff ? { ...limits, maxLimit: Math.max(limits.maxLimit, limits.staffMaxLimit) } : limits
}

const WHOLE = /^\d{1,9}$/

/**
 * A query-string value, `undefined` when absent or empty (Payload's default applies); a nested
 * one (`pagination[a]=1`) is never valid. Payload's REST handlers parse `req.query` in place
 * (`depth=2` becomes the number 2, `pagination` a boolean) before the operation runs, so parsed
 * values are read back as text.
 */
function single(query: Record<string, unknown>, key: string): string | undefined {
  const value = query[key]
  if (value === undefined || value === '') return undefined
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return typeof value === 'string' ? value : 'several values'
}

/**
 * What is wrong with a read's query parameters, as a message for a 400, or `null` when they are
 * within `limits`. Checks `depth`, `limit`, `page`, `pagination`, and `populate[<articles>]`, which
 * may narrow the article card but not widen it (an embedded article never carries its own lists).
 */
export function readLimitProblem(
  query: Record<string, unknown>,
  limits: ReadLimits,
  articlesSlug: string,
): string | null {
  const depth = single(query, 'depth')
  if (depth !== undefined && (!WHOLE.test(depth) || Number(depth) > limits.maxDepth)) {
    return `depth must be a whole number from 0 to ${limits.maxDepth}.`
  }
  const limit = single(query, 'limit')
  if (
    limit !== undefined &&
    (!WHOLE.test(limit) || Number(limit) < 1 || Number(limit) > limits.maxLimit)
  ) {
    return `limit must be a whole number from 1 to ${limits.maxLimit}; page through longer lists with page.`
  }
  const page = single(query, 'page')
  if (page !== undefined && (!WHOLE.test(page) || Number(page) < 1)) {
    return 'page must be a whole number from 1.'
  }
  const pagination = single(query, 'pagination')
  if (pagination !== undefined && pagination !== 'true') {
    return `pagination cannot be switched off over the API; page through with limit (at most ${limits.maxLimit}) and page.`
  }
  const populate = query.populate
  if (populate !== undefined) {
    const articles =
      typeof populate === 'object' && populate !== null
        ? (populate as Record<string, unknown>)[articlesSlug]
        : undefined
    const fields = typeof articles === 'object' && articles !== null ? Object.keys(articles) : []
    const allowed = new Set(Object.keys(ARTICLE_CARD))
    const extra = fields.filter((field) => !allowed.has(field))
    if (extra.length > 0) {
      return (
        `populate[${articlesSlug}] may only choose among the article card's fields ` +
        `(${[...allowed].join(', ')}); not ${extra.join(', ')}.`
      )
    }
  }
  return null
}
