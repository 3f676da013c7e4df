import type { CollectionConfig } from 'payload'

import { deleteOwnUnpublishedArticles } from '../../access/deleteOwnUnpublishedArticles'
import { isStaff } from '../../access/isStaff'
import { readOwnArticleVersions } from '../../access/readOwnArticleVersions'
import { readPublishedOrOwnArticles } from '../../access/readPublishedOrOwnArticles'
import { updateOwnArticles } from '../../access/updateOwnArticles'
import { assignDuplicateToCaller } from '../../hooks/assignDuplicateToCaller'
import { checkCoAuthors } from '../../hooks/checkCoAuthors'
import { countReactionsOnRead } from '../../hooks/countReactionsOnRead'
import { deleteArticleHistory } from '../../hooks/deleteArticleHistory'
import { deleteArticleNotes } from '../../hooks/deleteArticleNotes'
import { deleteArticleReactions } from '../../hooks/deleteArticleReactions'
import { dropCoAuthorsOnDuplicate } from '../../hooks/dropCoAuthorsOnDuplicate'
import { enforceArticleWorkflow } from '../../hooks/enforceArticleWorkflow'
import { fillCoverageFromScenes } from '../../hooks/fillCoverageFromScenes'
import { finishNativeTransition } from '../../hooks/finishNativeTransition'
import { noteLiveArticle } from '../../hooks/noteLiveArticle'
import { queueArticleEvent } from '../../hooks/queueArticleEvent'
import { queueDeletedEvent } from '../../hooks/queueDeletedEvent'
import { refusePublishedAtByAuthors } from '../../hooks/refusePublishedAtByAuthors'
import { refuseUnsafeLinks } from '../../hooks/refuseUnsafeLinks'
import { rejectUnknownFields } from '../../hooks/rejectUnknownFields'
import { rejectWorkflowFieldWrites } from '../../hooks/rejectWorkflowFieldWrites'
import { rejectWrongTypes } from '../../hooks/rejectWrongTypes'
import { requireDocumentData } from '../../hooks/requireDocumentData'
import { resolveRelationKeyFilters } from '../../hooks/resolveRelationKeyFilters'
import { resolveSpoilerViewOnRead } from '../../hooks/resolveSpoilerViewOnRead'
import { saveLiveEditsAsDraft } from '../../hooks/saveLiveEditsAsDraft'
import { scopeWorkflowQueriesToOwnArticles } from '../../hooks/scopeWorkflowQueriesToOwnArticles'
import { setArticleAuthor } from '../../hooks/setArticleAuthor'
import { setPublishedAt } from '../../hooks/setPublishedAt'
import { storeChecklistStatus } from '../../hooks/storeChecklistStatus'
import { syncBylinesToLiveRow } from '../../hooks/syncBylinesToLiveRow'
import { tagSpoilerSections } from '../../hooks/tagSpoilerSections'
import { withholdSpoilerSections } from '../../hooks/withholdSpoilerSections'
import { checklistEndpoint } from '../../src/endpoints/checklistEndpoint'
import { workflowEndpoints } from '../../src/endpoints/workflowEndpoints'
import type { Slugs } from '../../src/options'
import { articlePreviewPath, LIVE_PREVIEW_BREAKPOINTS } from '../../src/preview/previewPath'
import { slugField } from '../fields/slugField'
import { validateUrl } from '../fields/validateUrl'
import { checklistFields } from './checklistFields'
import { lockedByWorkflow } from './lockedByWorkflow'
import { similarFields } from './similarFields'
import { spoilerFields } from './spoilerFields'
import { editLockNoticeField, workflowFields } from './workflowFields'
import { ARTICLE_CARD } from '../../src/delivery/cards'

const WORKFLOW_UI = '/src/components/workflow'

// Relative when no serverURL is configured: the admin and the site share one origin.
const withServerURL = (serverURL: string, path: string | null) =>
  path === null ? null : `${serverURL ?? ''}${path}`

export const ARTICLE_FORMATS = ['listicle', 'news', 'feature', 'recap']

/** The most co-authors one article lists besides its author. */
export const MAX_CO_AUTHORS = 10

/** Listicles, news, features and recaps: what the newsroom publishes. */
export function createArticlesCollection(slugs: Slugs): CollectionConfig {
  return {
    slug: slugs.articles,
    // Embedded in other documents as a card (src/delivery/cards.ts).
    defaultPopulate: ARTICLE_CARD,
    admin: {
      useAsTitle: 'title',
      defaultColumns: [
        'title',
        'format',
        'author',
        'stage',
        'assignee',
        'checklistStatus',
        'spoilerSummary',
        'updatedAt',
      ],
      group: 'Content',
      listSearchableFields: ['title', 'excerpt'],
      // Both open the bundled site's article page in Next draft mode (src/app/(site)/preview).
      preview: (doc, { req }) =>
        withServerURL(req.payload.config.serverURL, articlePreviewPath(doc)),
      livePreview: {
        breakpoints: LIVE_PREVIEW_BREAKPOINTS,
        url: ({ data, req }) =>
          withServerURL(req.payload.config.serverURL, articlePreviewPath(data)),
      },
      components: {
        beforeListTable: [`${WORKFLOW_UI}/WorkflowListFilters#WorkflowListFilters`],
        edit: {
          // One status and one publish control: the workflow's (the panel's actions).
          PublishButton: `${WORKFLOW_UI}/WorkflowPublishButton#WorkflowPublishButton`,
          UnpublishButton: `${WORKFLOW_UI}/WorkflowUnpublishButton#WorkflowUnpublishButton`,
          Status: `${WORKFLOW_UI}/WorkflowStatus#WorkflowStatus`,
        },
      },
    },
    versions: { drafts: { schedulePublish: false }, maxPerDoc: 50 },
    access: {
      create: isStaff,
      read: readPublishedOrOwnArticles,
      readVersions: readOwnArticleVersions,
      update: updateOwnArticles,
      delete: deleteOwnUnpublishedArticles,
    },
    hooks: {
      beforeOperation: [
        requireDocumentData,
        saveLiveEditsAsDraft,
        resolveSpoilerViewOnRead,
        scopeWorkflowQueriesToOwnArticles,
        resolveRelationKeyFilters,
      ],
      beforeValidate: [
        rejectUnknownFields,
        rejectWrongTypes,
        setArticleAuthor,
        checkCoAuthors,
        rejectWorkflowFieldWrites,
        refuseUnsafeLinks,
      ],
      beforeChange: [
        enforceArticleWorkflow,
        fillCoverageFromScenes,
        setPublishedAt,
        tagSpoilerSections,
        storeChecklistStatus,
        noteLiveArticle,
      ],
      afterRead: [withholdSpoilerSections],
      afterChange: [finishNativeTransition, syncBylinesToLiveRow, queueArticleEvent],
      beforeDelete: [
        deleteArticleHistory,
        deleteArticleNotes,
        deleteArticleReactions,
        queueDeletedEvent,
      ],
    },
    endpoints: [...workflowEndpoints(), checklistEndpoint],
    // Read-only in the admin whenever the workflow forbids this user's edit (the reason above them).
    fields: lockedByWorkflow([
      editLockNoticeField,
      { name: 'title', type: 'text', required: true, maxLength: 200 },
      slugField('title'),
      {
        type: 'row',
        fields: [
          {
            name: 'format',
            type: 'select',
            required: true,
            defaultValue: 'listicle',
            options: ARTICLE_FORMATS,
          },
          {
            name: 'author',
            type: 'relationship',
            relationTo: slugs.authors,
            required: true,
            defaultValue: ({ user }) => user?.id,
            hooks: { beforeDuplicate: [assignDuplicateToCaller] },
            admin: { description: 'Defaults to you.' },
          },
        ],
      },
      {
        // Every co-author owns the article as its author does (access/ownArticles.ts, the workflow's
        // "own article"); each is shown as a public staff card, like the author.
        name: 'coAuthors',
        label: 'Co-authors',
        type: 'relationship',
        relationTo: slugs.authors,
        hasMany: true,
        maxRows: MAX_CO_AUTHORS,
        hooks: { beforeDuplicate: [dropCoAuthorsOnDuplicate] },
        admin: { description: 'Other bylines; each may edit the draft as its author does.' },
      },
      { name: 'excerpt', type: 'textarea', maxLength: 500 },
      { name: 'heroImage', type: 'upload', relationTo: slugs.media },
      { name: 'intro', type: 'richText' },
      {
        name: 'items',
        label: 'Listicle items',
        type: 'array',
        admin: {
          condition: (data) => data?.format === 'listicle',
          description: 'Each item is one entry of the list, usually one scene.',
        },
        fields: [
          { name: 'heading', type: 'text', required: true, maxLength: 200 },
          { name: 'scene', type: 'relationship', relationTo: slugs.scenes },
          {
            name: 'drama',
            type: 'relationship',
            relationTo: slugs.dramas,
            admin: { description: 'For items about a drama without a scene record.' },
          },
          { name: 'body', type: 'richText' },
          { name: 'media', type: 'upload', relationTo: slugs.media },
          {
            name: 'watchNow',
            type: 'checkbox',
            defaultValue: false,
            admin: {
              description: 'Show the scene\'s drama where-to-watch link ("Catch episode 1 of …").',
            },
          },
        ],
      },
      { name: 'body', type: 'richText' },
      {
        type: 'row',
        fields: [
          {
            name: 'dramas',
            type: 'relationship',
            relationTo: slugs.dramas,
            hasMany: true,
            admin: { description: "Filled from the items' scenes; add more as needed." },
          },
          {
            name: 'people',
            type: 'relationship',
            relationTo: slugs.people,
            hasMany: true,
            admin: { description: "Filled from the scenes' characters; add more as needed." },
          },
        ],
      },
      { name: 'tags', type: 'text', hasMany: true, maxLength: 60 },
      {
        name: 'sources',
        type: 'array',
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'label', type: 'text', required: true, maxLength: 200 },
              { name: 'url', type: 'text', required: true, validate: validateUrl },
            ],
          },
        ],
      },
      { name: 'seeAlso', type: 'relationship', relationTo: slugs.articles, hasMany: true },
      {
        name: 'publishedAt',
        type: 'date',
        // A copy is a new article: it gets its own date when it is first published.
        disableDuplicate: true,
        hooks: { beforeValidate: [refusePublishedAtByAuthors] },
        admin: { position: 'sidebar', description: 'Set on first publish.' },
      },
      {
        // Never stored: counted from the reactions whenever the article is read (race-free).
        name: 'reactionCounts',
        type: 'json',
        virtual: true,
        hooks: { afterRead: [countReactionsOnRead] },
        // Counted for readers (REST, GraphQL, the site), not edited: hidden in the admin, whose
        // JSON editor would load its script from a CDN the admin's CSP refuses.
        admin: { hidden: true },
      },
      ...workflowFields(slugs),
      ...spoilerFields(slugs),
      ...similarFields(slugs),
      ...checklistFields(slugs),
    ]),
  }
}
