/**
 * What one call of each custom query or mutation costs against `graphQL.maxComplexity` (1000 in
 * payload.config.ts), where a plain field costs 1: roughly the database round trips and engine
 * work it does per call, plus what the caller selects below it. Payload's complexity rule reads
 * these from the field's `extensions.complexity`.
 */
type Estimate = { args: Record<string, unknown>; childComplexity: number }

/** Spoiler catalog, one article read and the withholding pass over its sections. */
export const spoilerSafeArticleComplexity = ({ childComplexity }: Estimate) => 30 + childComplexity

/** The list read and one populated article per entry: the selection is paid per entry. */
export const similarArticlesComplexity = ({ args, childComplexity }: Estimate) => {
  const limit = typeof args.limit === 'number' && args.limit > 0 ? Math.min(args.limit, 20) : 5
  return 20 + limit * childComplexity
}

/** The article, its workflow row and its history. */
export const articleWorkflowComplexity = ({ childComplexity }: Estimate) => 20 + childComplexity

/** A transition: checks, writes, history, notifications and the similar lists on publish. */
export const articleWorkflowTransitionComplexity = ({ childComplexity }: Estimate) =>
  50 + childComplexity
