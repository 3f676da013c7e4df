import { repairInterruptedHistory } from './workflowGlue/repairInterruptedHistory'
import type { Config, GraphQLExtension, Plugin } from 'payload'
import { databaseKVAdapter } from 'payload'

import { createArticlesCollection } from '../collections/Articles'
import { createAuthorsCollection } from '../collections/Authors'
import { createCommentReportsCollection } from '../collections/CommentReports'
import { createCommentsCollection } from '../collections/Comments'
import { createDramasCollection } from '../collections/Dramas'
import { createEditorialNotesCollection } from '../collections/EditorialNotes'
import { createMediaCollection } from '../collections/Media'
import { createPeopleCollection } from '../collections/People'
import { createReactionsCollection } from '../collections/Reactions'
import { createReadersCollection } from '../collections/Readers'
import { createScenesCollection } from '../collections/Scenes'
import { createWorkflowEventsCollection } from '../collections/WorkflowEvents'
import { backfillCommentAuthorNames } from './commentGlue/authorNames'
import { releaseWorkflowClaims } from '../hooks/releaseWorkflowClaims'
import { answerClientFaults } from '../hooks/answerClientFaults'
import { graphqlReadBounds } from './delivery/graphqlBounds'
import { withBoundedReads } from './delivery/withBoundedReads'
import { withContentSignal } from './delivery/withContentSignal'
import { backfillWorkflowStages } from './endpoints/workflowBackfill'
import { publicSchema } from './graphql/publicSchema'
import { spoilerQueries } from './graphql/spoilerQuery'
import { workflowMutations } from './graphql/workflowMutation'
import { completeAccessQuery } from './graphql/completeAccessQuery'
import { dropUnusableAuthMutations } from './graphql/dropUnusableAuthMutations'
import { signUpMutations } from './graphql/signUpMutation'
import { similarQueries } from './graphql/similarQuery'
import { workflowQueries } from './graphql/workflowQuery'
import { crossOriginConfig } from './http/crossOriginConfig'
import { withInputGuards } from './inputGuards/withInputGuards'
import { withWorkflowJobs } from './jobs'
import type { ShowrunnerOptions } from './options'
import { CUSTOM_KEY, resolveOptions } from './options'
import { similarityCollections, withSimilarArticles } from './similarityGlue/withSimilarArticles'

export type { ShowrunnerOptions, WebhookConfig, WebhookEventType } from './options'
export type { DeliveryOptions } from './http/deliveryOptions'
export { deliveryOptionsFromEnv } from './http/deliveryOptions'
export { verifyWebhookSignature } from './notifications/webhookSignature'
export { webhooksFromEnv } from './notifications/webhooksFromEnv'
export type { RevalidationEvent, RevalidationEventType } from './revalidation/events'

const WORKFLOW_UI = '/src/components/workflow'
const MODERATION_UI = '/src/components/moderation'
const CALENDAR_UI = '/src/components/calendar'

/**
 * Chains a host's GraphQL extension function with the plugin's that are on: every set of fields,
 * host first, then the plugin's in order (a field a later one returns replaces one of the same
 * name). Each sees Payload's own fields in `context`, not what the others return.
 */
function chainGraphQL(
  host: GraphQLExtension | undefined,
  own: Array<[GraphQLExtension, boolean]>,
): GraphQLExtension | undefined {
  const active = own.filter(([, isOn]) => isOn).map(([extension]) => extension)
  if (active.length === 0) return host
  return (GraphQL, context) =>
    Object.assign(
      { ...host?.(GraphQL, context) },
      ...active.map((extension) => extension(GraphQL, context)),
    )
}

/**
 * The Showrunner plugin: adds the newsroom's collections (articles, dramas, scenes, people, staff,
 * readers, comments, media, workflow history) with their access rules and hooks to a Payload config,
 * and the editorial workflow's jobs, GraphQL operations and admin views.
 */
export const showrunner =
  (options: ShowrunnerOptions = {}): Plugin =>
  (incomingConfig: Config): Config => {
    const resolved = resolveOptions(options)
    const { slugs } = resolved
    const taken = new Set((incomingConfig.collections ?? []).map((collection) => collection.slug))
    const clash = Object.values(slugs).find((slug) => taken.has(slug))
    if (clash) {
      throw new Error(`showrunner: the host config already has a collection '${clash}'; set slugs.`)
    }

    const { isEnabled } = resolved
    const components = incomingConfig.admin?.components
    const bounded = withBoundedReads(slugs, {
      ...incomingConfig,
      ...crossOriginConfig(incomingConfig, resolved.delivery),
      admin: {
        ...incomingConfig.admin,
        user:
          incomingConfig.admin?.user ?? (resolved.useAuthorsForAdmin ? slugs.authors : undefined),
        components: {
          ...components,
          beforeDashboard: [
            ...(components?.beforeDashboard ?? []),
            ...(isEnabled ? [`${WORKFLOW_UI}/StageCounts#StageCounts`] : []),
          ],
          afterNavLinks: [
            ...(components?.afterNavLinks ?? []),
            ...(isEnabled
              ? [
                  `${WORKFLOW_UI}/ReviewQueueNavLink#ReviewQueueNavLink`,
                  `${MODERATION_UI}/ModerationQueueNavLink#ModerationQueueNavLink`,
                  `${CALENDAR_UI}/CalendarNavLink#CalendarNavLink`,
                ]
              : []),
          ],
          views: {
            ...components?.views,
            ...(isEnabled
              ? {
                  showrunnerReviewQueue: {
                    Component: `${WORKFLOW_UI}/ReviewQueueView#ReviewQueueView`,
                    path: '/review-queue',
                  },
                  showrunnerModerationQueue: {
                    Component: `${MODERATION_UI}/ModerationQueueView#ModerationQueueView`,
                    path: '/moderation-queue',
                  },
                  showrunnerCalendar: {
                    Component: `${CALENDAR_UI}/CalendarView#CalendarView`,
                    path: '/calendar',
                  },
                }
              : {}),
          },
        },
      },
      collections: [
        ...(incomingConfig.collections ?? []),
        ...[
          withSimilarArticles(createArticlesCollection(slugs)),
          createDramasCollection(slugs),
          createScenesCollection(slugs),
          createPeopleCollection(slugs),
          createAuthorsCollection(slugs),
          createReadersCollection(slugs),
          createCommentsCollection(slugs),
          createReactionsCollection(slugs, resolved.reactions.kinds),
          createCommentReportsCollection(slugs),
          createMediaCollection(slugs),
          createWorkflowEventsCollection(slugs),
          createEditorialNotesCollection(slugs),
        ].map(withInputGuards),
        // Internal: closed to every API caller, written by the plugin itself.
        ...similarityCollections(slugs),
      ],
      // One error boundary for REST and GraphQL: input faults the database reports become 400s.
      hooks: {
        ...incomingConfig.hooks,
        afterError: [
          ...(incomingConfig.hooks?.afterError ?? []),
          releaseWorkflowClaims,
          answerClientFaults,
        ],
      },
      jobs: withWorkflowJobs(incomingConfig.jobs, resolved),
      // Payload's key-value store is internal: no GraphQL operations, no REST routes.
      kv:
        incomingConfig.kv ??
        databaseKVAdapter({ kvCollectionOverrides: { graphQL: false, endpoints: false } }),
      graphQL: {
        ...incomingConfig.graphQL,
        queries: chainGraphQL(incomingConfig.graphQL?.queries, [
          [workflowQueries, isEnabled],
          [spoilerQueries, isEnabled],
          [similarQueries, isEnabled],
          // Whether or not Showrunner is enabled, the schema stays the same public one.
          [publicSchema, true],
          [completeAccessQuery, true],
        ]),
        mutations: chainGraphQL(incomingConfig.graphQL?.mutations, [
          [workflowMutations, isEnabled],
          // Not a feature to switch off: sign-up must not reveal registered e-mails.
          [signUpMutations, true],
          [dropUnusableAuthMutations, true],
        ]),
        validationRules: (args) => [
          ...(incomingConfig.graphQL?.validationRules?.(args) ?? []),
          ...graphqlReadBounds(resolved.reads, slugs.authors)(args),
        ],
      },
      // Workflow refusals are everyday outcomes, not server errors.
      // (Payload types the keys as its own error names; the lookup is by any error's name.)
      loggingLevels: {
        ...({ WorkflowRefusal: 'info' } as Config['loggingLevels']),
        ...incomingConfig.loggingLevels,
      },
      custom: { ...incomingConfig.custom, [CUSTOM_KEY]: resolved },
      onInit: async (payload) => {
        await incomingConfig.onInit?.(payload)
        if (isEnabled) await backfillWorkflowStages(payload)
        if (isEnabled) await repairInterruptedHistory(payload)
        await backfillCommentAuthorNames(payload)
      },
    })
    // Every save and delete tells the response cache (src/http/responseCache.ts), plugin on or off.
    return withContentSignal(bounded)
  }
