import 'payload'

import type { WorkflowClaim } from './workflowGlue/workflowClaim'
import type { PendingTransition, WorkflowFields, WorkflowRow } from './workflowGlue/workflowRow'
import type { LiveState } from './revalidation/lookups'
import type { SpoilerView } from './spoilerGlue/types'

declare module 'payload' {
  // Flags Showrunner sets on req.context to steer its own hooks.
  export interface RequestContext {
    /** Set by trusted internal writes (seed, migrations) whose data may carry extra keys. */
    allowUnknownFields?: boolean
    /** Set while Showrunner writes derived data back, so its hooks do not run again on that write. */
    isShowrunnerInternalWrite?: boolean
    /**
     * Set by the workflow service around its own article write (publish, unpublish): the workflow
     * fields that write carries. The article hooks apply them instead of judging the write.
     */
    workflowWrite?: { articleId: string; fields: WorkflowFields }
    /** Articles whose non-draft `_status: 'draft'` write is an unpublish (decided in beforeOperation). */
    workflowUnpublishIds?: string[] | 'all'
    /** Transitions made through native writes (Publish button, revisions), finished in afterChange. */
    workflowPending?: Record<string, PendingTransition>
    /** Transitions this request has claimed (`claimRow`), released if it fails. */
    workflowClaims?: WorkflowClaim[]
    /** Workflow rows read by this save's hooks, by article id (`workflowRowOfSave`). */
    workflowRows?: Record<string, WorkflowRow | null>
    /** Only the workflow service appends history; set around that write. */
    isWorkflowHistoryWrite?: boolean
    /** Set while an article's history is deleted together with the article. */
    isWorkflowHistoryCascade?: boolean
    /**
     * How article reads in this request serve spoiler sections (full, hidden, or up to the reader's
     * progress); decided on the first read. Local API callers may set it to serve a reader's view.
     */
    spoilerView?: SpoilerView
    /** Set while Showrunner refreshes similar-article lists: saves made meanwhile do not refresh again. */
    isSimilarityRefresh?: boolean
    /** Set by bulk imports (and the publish benchmark) to leave similar articles to the rebuild. */
    skipSimilarity?: boolean
    /** Whether this read populates similar lists (one article read): `decideSimilarExpansion`. */
    expandSimilarLists?: boolean
    /** Articles whose similar list was ranked before their save (by id; `#new` for a create). */
    similarityPrepared?: Set<string>
    /** Articles whose similar lists this request rewrote (`similarityGlue/changedLists.ts`). */
    similarListsChanged?: Set<string>
    /** Set by the seed and bulk imports: no revalidation events for their writes. */
    disableRevalidate?: boolean
    /** Set by the demo seed: its workflow steps send no e-mail or workflow webhook (nobody is waiting). */
    disableWorkflowNotifications?: boolean
    /** Articles' live state before this request saved them, by id (for revalidation events). */
    revalidationLive?: Record<string, LiveState | null>
    /**
     * Set around the moderation writes readers' reports cause (a comment's report count, and its
     * return to the queue past the threshold): `checkCommentWrite` lets them change the status.
     */
    isReportModeration?: boolean
    /** Set while a comment's reports are deleted with it: no recount of a comment being deleted. */
    isReportCascade?: boolean
  }
}
