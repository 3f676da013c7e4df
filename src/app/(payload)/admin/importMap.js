import { EditLockNotice as EditLockNotice_158ef269ccaa9d95b3b5f551e47f4162 } from '../../../../src/components/workflow/EditLockNotice'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StageCell as StageCell_3f3426761e578c368e2891a1387af3c5 } from '../../../../src/components/workflow/StageCell'
import { StageField as StageField_5c343196c7c23b24aa2d673487aa7c65 } from '../../../../src/components/workflow/StageField'
import { WorkflowPanel as WorkflowPanel_61765c1819dbf78b180abc88fad4b457 } from '../../../../src/components/workflow/WorkflowPanel'
import { SpoilerPanel as SpoilerPanel_90b90ae5b39470f39a186b1c5e7ae204 } from '../../../../src/components/spoilers/SpoilerPanel'
import { SpoilerCell as SpoilerCell_0fdcf24080d45be68db0d71f7fcc4b15 } from '../../../../src/components/spoilers/SpoilerCell'
import { SimilarList as SimilarList_dbf67e0b2127b59ae6d87d580b408407 } from '../../../../src/components/similar/SimilarList'
import { EditorialNotesPanel as EditorialNotesPanel_f1d1c81e2e76ef6ae64a8de8b99c9b46 } from '../../../../src/components/notes/EditorialNotesPanel'
import { WorkflowListFilters as WorkflowListFilters_b974a2fcd16ec2e02c264d366d1919c7 } from '../../../../src/components/workflow/WorkflowListFilters'
import { WorkflowPublishButton as WorkflowPublishButton_33d1b4b309da126bcf90e5dde93348ef } from '../../../../src/components/workflow/WorkflowPublishButton'
import { WorkflowStatus as WorkflowStatus_6397b9aaf3ca7a25cc34404cfaebec5b } from '../../../../src/components/workflow/WorkflowStatus'
import { WorkflowUnpublishButton as WorkflowUnpublishButton_6032412dc51e0296beb5c2666a26603a } from '../../../../src/components/workflow/WorkflowUnpublishButton'
import { ReviewQueueNavLink as ReviewQueueNavLink_617d939b803507bbde5ff03fea31c61f } from '../../../../src/components/workflow/ReviewQueueNavLink'
import { ModerationQueueNavLink as ModerationQueueNavLink_e0350c6a5f282c181779c36277499165 } from '../../../../src/components/moderation/ModerationQueueNavLink'
import { CalendarNavLink as CalendarNavLink_35317dbf825ffd94a041237837f5caa9 } from '../../../../src/components/calendar/CalendarNavLink'
import { StageCounts as StageCounts_f016b263d11ed6214ff547a67967dbd6 } from '../../../../src/components/workflow/StageCounts'
import { ReviewQueueView as ReviewQueueView_5487a83b116f789e7f4f20b1ec0565b2 } from '../../../../src/components/workflow/ReviewQueueView'
import { ModerationQueueView as ModerationQueueView_68d4d08d78f7b66b42ff4d1216ada566 } from '../../../../src/components/moderation/ModerationQueueView'
import { CalendarView as CalendarView_10b0075eb0bbe5a373a8acac6dee0f40 } from '../../../../src/components/calendar/CalendarView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/components/workflow/EditLockNotice#EditLockNotice": EditLockNotice_158ef269ccaa9d95b3b5f551e47f4162,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/components/workflow/StageCell#StageCell": StageCell_3f3426761e578c368e2891a1387af3c5,
  "/src/components/workflow/StageField#StageField": StageField_5c343196c7c23b24aa2d673487aa7c65,
  "/src/components/workflow/WorkflowPanel#WorkflowPanel": WorkflowPanel_61765c1819dbf78b180abc88fad4b457,
  "/src/components/spoilers/SpoilerPanel#SpoilerPanel": SpoilerPanel_90b90ae5b39470f39a186b1c5e7ae204,
  "/src/components/spoilers/SpoilerCell#SpoilerCell": SpoilerCell_0fdcf24080d45be68db0d71f7fcc4b15,
  "/src/components/similar/SimilarList#SimilarList": SimilarList_dbf67e0b2127b59ae6d87d580b408407,
  "/src/components/notes/EditorialNotesPanel#EditorialNotesPanel": EditorialNotesPanel_f1d1c81e2e76ef6ae64a8de8b99c9b46,
  "/src/components/workflow/WorkflowListFilters#WorkflowListFilters": WorkflowListFilters_b974a2fcd16ec2e02c264d366d1919c7,
  "/src/components/workflow/WorkflowPublishButton#WorkflowPublishButton": WorkflowPublishButton_33d1b4b309da126bcf90e5dde93348ef,
  "/src/components/workflow/WorkflowStatus#WorkflowStatus": WorkflowStatus_6397b9aaf3ca7a25cc34404cfaebec5b,
  "/src/components/workflow/WorkflowUnpublishButton#WorkflowUnpublishButton": WorkflowUnpublishButton_6032412dc51e0296beb5c2666a26603a,
  "/src/components/workflow/ReviewQueueNavLink#ReviewQueueNavLink": ReviewQueueNavLink_617d939b803507bbde5ff03fea31c61f,
  "/src/components/moderation/ModerationQueueNavLink#ModerationQueueNavLink": ModerationQueueNavLink_e0350c6a5f282c181779c36277499165,
  "/src/components/calendar/CalendarNavLink#CalendarNavLink": CalendarNavLink_35317dbf825ffd94a041237837f5caa9,
  "/src/components/workflow/StageCounts#StageCounts": StageCounts_f016b263d11ed6214ff547a67967dbd6,
  "/src/components/workflow/ReviewQueueView#ReviewQueueView": ReviewQueueView_5487a83b116f789e7f4f20b1ec0565b2,
  "/src/components/moderation/ModerationQueueView#ModerationQueueView": ModerationQueueView_68d4d08d78f7b66b42ff4d1216ada566,
  "/src/components/calendar/CalendarView#CalendarView": CalendarView_10b0075eb0bbe5a373a8acac6dee0f40,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
