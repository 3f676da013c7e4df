/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core'
export type Maybe<T> = T | null
export type InputMaybe<T> = T | null | undefined
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] }
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> }
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> }
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = {
  [_ in K]?: never
}
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never }
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string }
  String: { input: string; output: string }
  Boolean: { input: boolean; output: boolean }
  Int: { input: number; output: number }
  Float: { input: number; output: number }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: any; output: any }
  /** A field whose value conforms to the standard internet email address format as specified in HTML Spec: https://html.spec.whatwg.org/multipage/input.html#valid-e-mail-address. */
  EmailAddress: { input: any; output: any }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: any; output: any }
}

export type ArticleChecklistSeverity = 'recommended' | 'required'

export type ArticleChecklistStatus = 'blocked' | 'ready' | 'warnings'

export type ArticleUpdate_SpoilerSections_Override_MutationInput = 'auto' | 'safe' | 'spoiler'

export type ArticleUpdate_SpoilerWarning_Mode_MutationInput = 'auto' | 'custom' | 'off'

export type ArticleUpdate__Status_MutationInput = 'draft' | 'published'

export type ArticleUpdate_ChecklistStatus_MutationInput = 'blocked' | 'ready' | 'warnings'

export type ArticleUpdate_Format_MutationInput = 'feature' | 'listicle' | 'news' | 'recap'

export type ArticleUpdate_Stage_MutationInput =
  'approved' | 'archived' | 'changes_requested' | 'draft' | 'in_review' | 'published' | 'scheduled'

export type ArticleVersion_Version_SpoilerSections_Override = 'auto' | 'safe' | 'spoiler'

export type ArticleVersion_Version_SpoilerWarning_Mode = 'auto' | 'custom' | 'off'

export type ArticleVersion_Version__Status = 'draft' | 'published'

export type ArticleVersion_Version_ChecklistStatus = 'blocked' | 'ready' | 'warnings'

export type ArticleVersion_Version_Format = 'feature' | 'listicle' | 'news' | 'recap'

export type ArticleVersion_Version_Stage =
  'approved' | 'archived' | 'changes_requested' | 'draft' | 'in_review' | 'published' | 'scheduled'

export type ArticleWorkflowAction =
  | 'approve'
  | 'archive'
  | 'assign'
  | 'publish'
  | 'request_changes'
  | 'restore'
  | 'schedule'
  | 'scheduled_publish'
  | 'submit'
  | 'unpublish'
  | 'unschedule'
  | 'withdraw'

export type ArticleWorkflowHistoryAction =
  | 'approve'
  | 'archive'
  | 'assign'
  | 'publish'
  | 'request_changes'
  | 'restore'
  | 'revise'
  | 'schedule'
  | 'scheduled_publish'
  | 'submit'
  | 'unpublish'
  | 'unschedule'
  | 'withdraw'

export type Article_SpoilerSections_Override = 'auto' | 'safe' | 'spoiler'

export type Article_SpoilerSections_Override_MutationInput = 'auto' | 'safe' | 'spoiler'

export type Article_SpoilerWarning_Mode = 'auto' | 'custom' | 'off'

export type Article_SpoilerWarning_Mode_MutationInput = 'auto' | 'custom' | 'off'

export type Article__Status = 'draft' | 'published'

export type Article__Status_Input = 'draft' | 'published'

export type Article__Status_MutationInput = 'draft' | 'published'

export type Article__Status_Operator = {
  all?: InputMaybe<Array<InputMaybe<Article__Status_Input>>>
  equals?: InputMaybe<Article__Status_Input>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Article__Status_Input>>>
  not_equals?: InputMaybe<Article__Status_Input>
  not_in?: InputMaybe<Array<InputMaybe<Article__Status_Input>>>
}

export type Article_Assignee_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type Article_Author_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type Article_Body_Operator = {
  contains?: InputMaybe<Scalars['JSON']['input']>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  like?: InputMaybe<Scalars['JSON']['input']>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
}

export type Article_ChecklistStatus = 'blocked' | 'ready' | 'warnings'

export type Article_ChecklistStatus_Input = 'blocked' | 'ready' | 'warnings'

export type Article_ChecklistStatus_MutationInput = 'blocked' | 'ready' | 'warnings'

export type Article_ChecklistStatus_Operator = {
  all?: InputMaybe<Array<InputMaybe<Article_ChecklistStatus_Input>>>
  equals?: InputMaybe<Article_ChecklistStatus_Input>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Article_ChecklistStatus_Input>>>
  not_equals?: InputMaybe<Article_ChecklistStatus_Input>
  not_in?: InputMaybe<Array<InputMaybe<Article_ChecklistStatus_Input>>>
}

export type Article_CoAuthors_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type Article_CreatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['DateTime']['input']>
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  less_than?: InputMaybe<Scalars['DateTime']['input']>
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  like?: InputMaybe<Scalars['DateTime']['input']>
  not_equals?: InputMaybe<Scalars['DateTime']['input']>
}

export type Article_Dramas_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type Article_Excerpt_Operator = {
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
}

export type Article_ExcludedSimilar_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type Article_Format = 'feature' | 'listicle' | 'news' | 'recap'

export type Article_Format_Input = 'feature' | 'listicle' | 'news' | 'recap'

export type Article_Format_MutationInput = 'feature' | 'listicle' | 'news' | 'recap'

export type Article_Format_Operator = {
  all?: InputMaybe<Array<InputMaybe<Article_Format_Input>>>
  equals?: InputMaybe<Article_Format_Input>
  in?: InputMaybe<Array<InputMaybe<Article_Format_Input>>>
  not_equals?: InputMaybe<Article_Format_Input>
  not_in?: InputMaybe<Array<InputMaybe<Article_Format_Input>>>
}

export type Article_HeroImage_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type Article_Id_Operator = {
  equals?: InputMaybe<Scalars['Int']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['Int']['input']>
  greater_than_equal?: InputMaybe<Scalars['Int']['input']>
  less_than?: InputMaybe<Scalars['Int']['input']>
  less_than_equal?: InputMaybe<Scalars['Int']['input']>
  not_equals?: InputMaybe<Scalars['Int']['input']>
}

export type Article_Intro_Operator = {
  contains?: InputMaybe<Scalars['JSON']['input']>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  like?: InputMaybe<Scalars['JSON']['input']>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
}

export type Article_Items__Body_Operator = {
  contains?: InputMaybe<Scalars['JSON']['input']>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  like?: InputMaybe<Scalars['JSON']['input']>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
}

export type Article_Items__Drama_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type Article_Items__Heading_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Article_Items__Id_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Article_Items__Media_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type Article_Items__Scene_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type Article_Items__WatchNow_Operator = {
  equals?: InputMaybe<Scalars['Boolean']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  not_equals?: InputMaybe<Scalars['Boolean']['input']>
}

export type Article_People_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type Article_PinnedSimilar_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type Article_PublishAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['DateTime']['input']>
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  less_than?: InputMaybe<Scalars['DateTime']['input']>
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  like?: InputMaybe<Scalars['DateTime']['input']>
  not_equals?: InputMaybe<Scalars['DateTime']['input']>
}

export type Article_PublishedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['DateTime']['input']>
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  less_than?: InputMaybe<Scalars['DateTime']['input']>
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  like?: InputMaybe<Scalars['DateTime']['input']>
  not_equals?: InputMaybe<Scalars['DateTime']['input']>
}

export type Article_ReactionCounts_Operator = {
  contains?: InputMaybe<Scalars['JSON']['input']>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  intersects?: InputMaybe<Scalars['JSON']['input']>
  like?: InputMaybe<Scalars['JSON']['input']>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  within?: InputMaybe<Scalars['JSON']['input']>
}

export type Article_SeeAlso_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type Article_SimilarArticles_Operator = {
  contains?: InputMaybe<Scalars['JSON']['input']>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  intersects?: InputMaybe<Scalars['JSON']['input']>
  like?: InputMaybe<Scalars['JSON']['input']>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  within?: InputMaybe<Scalars['JSON']['input']>
}

export type Article_Slug_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Article_Sources__Id_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Article_Sources__Label_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Article_Sources__Url_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Article_SpoilerSections__Detected_Operator = {
  equals?: InputMaybe<Scalars['Boolean']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  not_equals?: InputMaybe<Scalars['Boolean']['input']>
}

export type Article_SpoilerSections__DramaTitle_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Article_SpoilerSections__Drama_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type Article_SpoilerSections__Episode_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['Float']['input']>
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>
  less_than?: InputMaybe<Scalars['Float']['input']>
  less_than_equal?: InputMaybe<Scalars['Float']['input']>
  not_equals?: InputMaybe<Scalars['Float']['input']>
}

export type Article_SpoilerSections__Heading_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Article_SpoilerSections__Id_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Article_SpoilerSections__Key_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Article_SpoilerSections__Override_Input = 'auto' | 'safe' | 'spoiler'

export type Article_SpoilerSections__Override_Operator = {
  all?: InputMaybe<Array<InputMaybe<Article_SpoilerSections__Override_Input>>>
  equals?: InputMaybe<Article_SpoilerSections__Override_Input>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Article_SpoilerSections__Override_Input>>>
  not_equals?: InputMaybe<Article_SpoilerSections__Override_Input>
  not_in?: InputMaybe<Array<InputMaybe<Article_SpoilerSections__Override_Input>>>
}

export type Article_SpoilerSections__Reasons_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Article_SpoilerSections__Score_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['Float']['input']>
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>
  less_than?: InputMaybe<Scalars['Float']['input']>
  less_than_equal?: InputMaybe<Scalars['Float']['input']>
  not_equals?: InputMaybe<Scalars['Float']['input']>
}

export type Article_SpoilerSections__Spoiler_Operator = {
  equals?: InputMaybe<Scalars['Boolean']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  not_equals?: InputMaybe<Scalars['Boolean']['input']>
}

export type Article_SpoilerSections__Withheld_Operator = {
  equals?: InputMaybe<Scalars['Boolean']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  not_equals?: InputMaybe<Scalars['Boolean']['input']>
}

export type Article_SpoilerSummary__Dramas__Drama_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type Article_SpoilerSummary__Dramas__Episode_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['Float']['input']>
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>
  less_than?: InputMaybe<Scalars['Float']['input']>
  less_than_equal?: InputMaybe<Scalars['Float']['input']>
  not_equals?: InputMaybe<Scalars['Float']['input']>
}

export type Article_SpoilerSummary__Dramas__Id_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Article_SpoilerSummary__Dramas__Title_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Article_SpoilerSummary__HasSpoilers_Operator = {
  equals?: InputMaybe<Scalars['Boolean']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  not_equals?: InputMaybe<Scalars['Boolean']['input']>
}

export type Article_SpoilerWarning__Custom_Operator = {
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
}

export type Article_SpoilerWarning__Generated_Operator = {
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
}

export type Article_SpoilerWarning__Mode_Input = 'auto' | 'custom' | 'off'

export type Article_SpoilerWarning__Mode_Operator = {
  all?: InputMaybe<Array<InputMaybe<Article_SpoilerWarning__Mode_Input>>>
  equals?: InputMaybe<Article_SpoilerWarning__Mode_Input>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Article_SpoilerWarning__Mode_Input>>>
  not_equals?: InputMaybe<Article_SpoilerWarning__Mode_Input>
  not_in?: InputMaybe<Array<InputMaybe<Article_SpoilerWarning__Mode_Input>>>
}

export type Article_SpoilerWarning__Text_Operator = {
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
}

export type Article_Stage =
  'approved' | 'archived' | 'changes_requested' | 'draft' | 'in_review' | 'published' | 'scheduled'

export type Article_StageChangedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['DateTime']['input']>
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  less_than?: InputMaybe<Scalars['DateTime']['input']>
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  like?: InputMaybe<Scalars['DateTime']['input']>
  not_equals?: InputMaybe<Scalars['DateTime']['input']>
}

export type Article_Stage_Input =
  'approved' | 'archived' | 'changes_requested' | 'draft' | 'in_review' | 'published' | 'scheduled'

export type Article_Stage_MutationInput =
  'approved' | 'archived' | 'changes_requested' | 'draft' | 'in_review' | 'published' | 'scheduled'

export type Article_Stage_Operator = {
  all?: InputMaybe<Array<InputMaybe<Article_Stage_Input>>>
  equals?: InputMaybe<Article_Stage_Input>
  in?: InputMaybe<Array<InputMaybe<Article_Stage_Input>>>
  not_equals?: InputMaybe<Article_Stage_Input>
  not_in?: InputMaybe<Array<InputMaybe<Article_Stage_Input>>>
}

export type Article_Tags_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Article_Title_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Article_UpdatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['DateTime']['input']>
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  less_than?: InputMaybe<Scalars['DateTime']['input']>
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  like?: InputMaybe<Scalars['DateTime']['input']>
  not_equals?: InputMaybe<Scalars['DateTime']['input']>
}

export type Article_Where = {
  AND?: InputMaybe<Array<InputMaybe<Article_Where_And>>>
  OR?: InputMaybe<Array<InputMaybe<Article_Where_Or>>>
  _status?: InputMaybe<Article__Status_Operator>
  assignee?: InputMaybe<Article_Assignee_Operator>
  author?: InputMaybe<Article_Author_Operator>
  body?: InputMaybe<Article_Body_Operator>
  checklistStatus?: InputMaybe<Article_ChecklistStatus_Operator>
  coAuthors?: InputMaybe<Article_CoAuthors_Operator>
  createdAt?: InputMaybe<Article_CreatedAt_Operator>
  dramas?: InputMaybe<Article_Dramas_Operator>
  excerpt?: InputMaybe<Article_Excerpt_Operator>
  excludedSimilar?: InputMaybe<Article_ExcludedSimilar_Operator>
  format?: InputMaybe<Article_Format_Operator>
  heroImage?: InputMaybe<Article_HeroImage_Operator>
  id?: InputMaybe<Article_Id_Operator>
  intro?: InputMaybe<Article_Intro_Operator>
  items__body?: InputMaybe<Article_Items__Body_Operator>
  items__drama?: InputMaybe<Article_Items__Drama_Operator>
  items__heading?: InputMaybe<Article_Items__Heading_Operator>
  items__id?: InputMaybe<Article_Items__Id_Operator>
  items__media?: InputMaybe<Article_Items__Media_Operator>
  items__scene?: InputMaybe<Article_Items__Scene_Operator>
  items__watchNow?: InputMaybe<Article_Items__WatchNow_Operator>
  people?: InputMaybe<Article_People_Operator>
  pinnedSimilar?: InputMaybe<Article_PinnedSimilar_Operator>
  publishAt?: InputMaybe<Article_PublishAt_Operator>
  publishedAt?: InputMaybe<Article_PublishedAt_Operator>
  reactionCounts?: InputMaybe<Article_ReactionCounts_Operator>
  seeAlso?: InputMaybe<Article_SeeAlso_Operator>
  similarArticles?: InputMaybe<Article_SimilarArticles_Operator>
  slug?: InputMaybe<Article_Slug_Operator>
  sources__id?: InputMaybe<Article_Sources__Id_Operator>
  sources__label?: InputMaybe<Article_Sources__Label_Operator>
  sources__url?: InputMaybe<Article_Sources__Url_Operator>
  spoilerSections__detected?: InputMaybe<Article_SpoilerSections__Detected_Operator>
  spoilerSections__drama?: InputMaybe<Article_SpoilerSections__Drama_Operator>
  spoilerSections__dramaTitle?: InputMaybe<Article_SpoilerSections__DramaTitle_Operator>
  spoilerSections__episode?: InputMaybe<Article_SpoilerSections__Episode_Operator>
  spoilerSections__heading?: InputMaybe<Article_SpoilerSections__Heading_Operator>
  spoilerSections__id?: InputMaybe<Article_SpoilerSections__Id_Operator>
  spoilerSections__key?: InputMaybe<Article_SpoilerSections__Key_Operator>
  spoilerSections__override?: InputMaybe<Article_SpoilerSections__Override_Operator>
  spoilerSections__reasons?: InputMaybe<Article_SpoilerSections__Reasons_Operator>
  spoilerSections__score?: InputMaybe<Article_SpoilerSections__Score_Operator>
  spoilerSections__spoiler?: InputMaybe<Article_SpoilerSections__Spoiler_Operator>
  spoilerSections__withheld?: InputMaybe<Article_SpoilerSections__Withheld_Operator>
  spoilerSummary__dramas__drama?: InputMaybe<Article_SpoilerSummary__Dramas__Drama_Operator>
  spoilerSummary__dramas__episode?: InputMaybe<Article_SpoilerSummary__Dramas__Episode_Operator>
  spoilerSummary__dramas__id?: InputMaybe<Article_SpoilerSummary__Dramas__Id_Operator>
  spoilerSummary__dramas__title?: InputMaybe<Article_SpoilerSummary__Dramas__Title_Operator>
  spoilerSummary__hasSpoilers?: InputMaybe<Article_SpoilerSummary__HasSpoilers_Operator>
  spoilerWarning__custom?: InputMaybe<Article_SpoilerWarning__Custom_Operator>
  spoilerWarning__generated?: InputMaybe<Article_SpoilerWarning__Generated_Operator>
  spoilerWarning__mode?: InputMaybe<Article_SpoilerWarning__Mode_Operator>
  spoilerWarning__text?: InputMaybe<Article_SpoilerWarning__Text_Operator>
  stage?: InputMaybe<Article_Stage_Operator>
  stageChangedAt?: InputMaybe<Article_StageChangedAt_Operator>
  tags?: InputMaybe<Article_Tags_Operator>
  title?: InputMaybe<Article_Title_Operator>
  updatedAt?: InputMaybe<Article_UpdatedAt_Operator>
  workflowSeq?: InputMaybe<Article_WorkflowSeq_Operator>
}

export type Article_Where_And = {
  AND?: InputMaybe<Array<InputMaybe<Article_Where_And>>>
  OR?: InputMaybe<Array<InputMaybe<Article_Where_Or>>>
  _status?: InputMaybe<Article__Status_Operator>
  assignee?: InputMaybe<Article_Assignee_Operator>
  author?: InputMaybe<Article_Author_Operator>
  body?: InputMaybe<Article_Body_Operator>
  checklistStatus?: InputMaybe<Article_ChecklistStatus_Operator>
  coAuthors?: InputMaybe<Article_CoAuthors_Operator>
  createdAt?: InputMaybe<Article_CreatedAt_Operator>
  dramas?: InputMaybe<Article_Dramas_Operator>
  excerpt?: InputMaybe<Article_Excerpt_Operator>
  excludedSimilar?: InputMaybe<Article_ExcludedSimilar_Operator>
  format?: InputMaybe<Article_Format_Operator>
  heroImage?: InputMaybe<Article_HeroImage_Operator>
  id?: InputMaybe<Article_Id_Operator>
  intro?: InputMaybe<Article_Intro_Operator>
  items__body?: InputMaybe<Article_Items__Body_Operator>
  items__drama?: InputMaybe<Article_Items__Drama_Operator>
  items__heading?: InputMaybe<Article_Items__Heading_Operator>
  items__id?: InputMaybe<Article_Items__Id_Operator>
  items__media?: InputMaybe<Article_Items__Media_Operator>
  items__scene?: InputMaybe<Article_Items__Scene_Operator>
  items__watchNow?: InputMaybe<Article_Items__WatchNow_Operator>
  people?: InputMaybe<Article_People_Operator>
  pinnedSimilar?: InputMaybe<Article_PinnedSimilar_Operator>
  publishAt?: InputMaybe<Article_PublishAt_Operator>
  publishedAt?: InputMaybe<Article_PublishedAt_Operator>
  reactionCounts?: InputMaybe<Article_ReactionCounts_Operator>
  seeAlso?: InputMaybe<Article_SeeAlso_Operator>
  similarArticles?: InputMaybe<Article_SimilarArticles_Operator>
  slug?: InputMaybe<Article_Slug_Operator>
  sources__id?: InputMaybe<Article_Sources__Id_Operator>
  sources__label?: InputMaybe<Article_Sources__Label_Operator>
  sources__url?: InputMaybe<Article_Sources__Url_Operator>
  spoilerSections__detected?: InputMaybe<Article_SpoilerSections__Detected_Operator>
  spoilerSections__drama?: InputMaybe<Article_SpoilerSections__Drama_Operator>
  spoilerSections__dramaTitle?: InputMaybe<Article_SpoilerSections__DramaTitle_Operator>
  spoilerSections__episode?: InputMaybe<Article_SpoilerSections__Episode_Operator>
  spoilerSections__heading?: InputMaybe<Article_SpoilerSections__Heading_Operator>
  spoilerSections__id?: InputMaybe<Article_SpoilerSections__Id_Operator>
  spoilerSections__key?: InputMaybe<Article_SpoilerSections__Key_Operator>
  spoilerSections__override?: InputMaybe<Article_SpoilerSections__Override_Operator>
  spoilerSections__reasons?: InputMaybe<Article_SpoilerSections__Reasons_Operator>
  spoilerSections__score?: InputMaybe<Article_SpoilerSections__Score_Operator>
  spoilerSections__spoiler?: InputMaybe<Article_SpoilerSections__Spoiler_Operator>
  spoilerSections__withheld?: InputMaybe<Article_SpoilerSections__Withheld_Operator>
  spoilerSummary__dramas__drama?: InputMaybe<Article_SpoilerSummary__Dramas__Drama_Operator>
  spoilerSummary__dramas__episode?: InputMaybe<Article_SpoilerSummary__Dramas__Episode_Operator>
  spoilerSummary__dramas__id?: InputMaybe<Article_SpoilerSummary__Dramas__Id_Operator>
  spoilerSummary__dramas__title?: InputMaybe<Article_SpoilerSummary__Dramas__Title_Operator>
  spoilerSummary__hasSpoilers?: InputMaybe<Article_SpoilerSummary__HasSpoilers_Operator>
  spoilerWarning__custom?: InputMaybe<Article_SpoilerWarning__Custom_Operator>
  spoilerWarning__generated?: InputMaybe<Article_SpoilerWarning__Generated_Operator>
  spoilerWarning__mode?: InputMaybe<Article_SpoilerWarning__Mode_Operator>
  spoilerWarning__text?: InputMaybe<Article_SpoilerWarning__Text_Operator>
  stage?: InputMaybe<Article_Stage_Operator>
  stageChangedAt?: InputMaybe<Article_StageChangedAt_Operator>
  tags?: InputMaybe<Article_Tags_Operator>
  title?: InputMaybe<Article_Title_Operator>
  updatedAt?: InputMaybe<Article_UpdatedAt_Operator>
  workflowSeq?: InputMaybe<Article_WorkflowSeq_Operator>
}

export type Article_Where_Or = {
  AND?: InputMaybe<Array<InputMaybe<Article_Where_And>>>
  OR?: InputMaybe<Array<InputMaybe<Article_Where_Or>>>
  _status?: InputMaybe<Article__Status_Operator>
  assignee?: InputMaybe<Article_Assignee_Operator>
  author?: InputMaybe<Article_Author_Operator>
  body?: InputMaybe<Article_Body_Operator>
  checklistStatus?: InputMaybe<Article_ChecklistStatus_Operator>
  coAuthors?: InputMaybe<Article_CoAuthors_Operator>
  createdAt?: InputMaybe<Article_CreatedAt_Operator>
  dramas?: InputMaybe<Article_Dramas_Operator>
  excerpt?: InputMaybe<Article_Excerpt_Operator>
  excludedSimilar?: InputMaybe<Article_ExcludedSimilar_Operator>
  format?: InputMaybe<Article_Format_Operator>
  heroImage?: InputMaybe<Article_HeroImage_Operator>
  id?: InputMaybe<Article_Id_Operator>
  intro?: InputMaybe<Article_Intro_Operator>
  items__body?: InputMaybe<Article_Items__Body_Operator>
  items__drama?: InputMaybe<Article_Items__Drama_Operator>
  items__heading?: InputMaybe<Article_Items__Heading_Operator>
  items__id?: InputMaybe<Article_Items__Id_Operator>
  items__media?: InputMaybe<Article_Items__Media_Operator>
  items__scene?: InputMaybe<Article_Items__Scene_Operator>
  items__watchNow?: InputMaybe<Article_Items__WatchNow_Operator>
  people?: InputMaybe<Article_People_Operator>
  pinnedSimilar?: InputMaybe<Article_PinnedSimilar_Operator>
  publishAt?: InputMaybe<Article_PublishAt_Operator>
  publishedAt?: InputMaybe<Article_PublishedAt_Operator>
  reactionCounts?: InputMaybe<Article_ReactionCounts_Operator>
  seeAlso?: InputMaybe<Article_SeeAlso_Operator>
  similarArticles?: InputMaybe<Article_SimilarArticles_Operator>
  slug?: InputMaybe<Article_Slug_Operator>
  sources__id?: InputMaybe<Article_Sources__Id_Operator>
  sources__label?: InputMaybe<Article_Sources__Label_Operator>
  sources__url?: InputMaybe<Article_Sources__Url_Operator>
  spoilerSections__detected?: InputMaybe<Article_SpoilerSections__Detected_Operator>
  spoilerSections__drama?: InputMaybe<Article_SpoilerSections__Drama_Operator>
  spoilerSections__dramaTitle?: InputMaybe<Article_SpoilerSections__DramaTitle_Operator>
  spoilerSections__episode?: InputMaybe<Article_SpoilerSections__Episode_Operator>
  spoilerSections__heading?: InputMaybe<Article_SpoilerSections__Heading_Operator>
  spoilerSections__id?: InputMaybe<Article_SpoilerSections__Id_Operator>
  spoilerSections__key?: InputMaybe<Article_SpoilerSections__Key_Operator>
  spoilerSections__override?: InputMaybe<Article_SpoilerSections__Override_Operator>
  spoilerSections__reasons?: InputMaybe<Article_SpoilerSections__Reasons_Operator>
  spoilerSections__score?: InputMaybe<Article_SpoilerSections__Score_Operator>
  spoilerSections__spoiler?: InputMaybe<Article_SpoilerSections__Spoiler_Operator>
  spoilerSections__withheld?: InputMaybe<Article_SpoilerSections__Withheld_Operator>
  spoilerSummary__dramas__drama?: InputMaybe<Article_SpoilerSummary__Dramas__Drama_Operator>
  spoilerSummary__dramas__episode?: InputMaybe<Article_SpoilerSummary__Dramas__Episode_Operator>
  spoilerSummary__dramas__id?: InputMaybe<Article_SpoilerSummary__Dramas__Id_Operator>
  spoilerSummary__dramas__title?: InputMaybe<Article_SpoilerSummary__Dramas__Title_Operator>
  spoilerSummary__hasSpoilers?: InputMaybe<Article_SpoilerSummary__HasSpoilers_Operator>
  spoilerWarning__custom?: InputMaybe<Article_SpoilerWarning__Custom_Operator>
  spoilerWarning__generated?: InputMaybe<Article_SpoilerWarning__Generated_Operator>
  spoilerWarning__mode?: InputMaybe<Article_SpoilerWarning__Mode_Operator>
  spoilerWarning__text?: InputMaybe<Article_SpoilerWarning__Text_Operator>
  stage?: InputMaybe<Article_Stage_Operator>
  stageChangedAt?: InputMaybe<Article_StageChangedAt_Operator>
  tags?: InputMaybe<Article_Tags_Operator>
  title?: InputMaybe<Article_Title_Operator>
  updatedAt?: InputMaybe<Article_UpdatedAt_Operator>
  workflowSeq?: InputMaybe<Article_WorkflowSeq_Operator>
}

export type Article_WorkflowSeq_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['Float']['input']>
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>
  less_than?: InputMaybe<Scalars['Float']['input']>
  less_than_equal?: InputMaybe<Scalars['Float']['input']>
  not_equals?: InputMaybe<Scalars['Float']['input']>
}

export type AuthorUpdate_Socials_Platform_MutationInput =
  'instagram' | 'tiktok' | 'twitter' | 'website' | 'youtube'

export type AuthorUpdate_Role_MutationInput = 'admin' | 'author' | 'editor'

export type Author_Socials_Platform = 'instagram' | 'tiktok' | 'twitter' | 'website' | 'youtube'

export type Author_Socials_Platform_MutationInput =
  'instagram' | 'tiktok' | 'twitter' | 'website' | 'youtube'

export type Author_Avatar_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type Author_Bio_Operator = {
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
}

export type Author_CreatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['DateTime']['input']>
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  less_than?: InputMaybe<Scalars['DateTime']['input']>
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  like?: InputMaybe<Scalars['DateTime']['input']>
  not_equals?: InputMaybe<Scalars['DateTime']['input']>
}

export type Author_CurrentPassword_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Author_CurrentlyWatching_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type Author_Email_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['EmailAddress']['input']>>>
  contains?: InputMaybe<Scalars['EmailAddress']['input']>
  equals?: InputMaybe<Scalars['EmailAddress']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['EmailAddress']['input']>>>
  like?: InputMaybe<Scalars['EmailAddress']['input']>
  not_equals?: InputMaybe<Scalars['EmailAddress']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['EmailAddress']['input']>>>
}

export type Author_Favourites_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type Author_Handle_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Author_HasApiKey_Operator = {
  equals?: InputMaybe<Scalars['Boolean']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  not_equals?: InputMaybe<Scalars['Boolean']['input']>
}

export type Author_Id_Operator = {
  equals?: InputMaybe<Scalars['Int']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['Int']['input']>
  greater_than_equal?: InputMaybe<Scalars['Int']['input']>
  less_than?: InputMaybe<Scalars['Int']['input']>
  less_than_equal?: InputMaybe<Scalars['Int']['input']>
  not_equals?: InputMaybe<Scalars['Int']['input']>
}

export type Author_LookingForwardTo_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type Author_Name_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Author_Role = 'admin' | 'author' | 'editor'

export type Author_Role_Input = 'admin' | 'author' | 'editor'

export type Author_Role_MutationInput = 'admin' | 'author' | 'editor'

export type Author_Role_Operator = {
  all?: InputMaybe<Array<InputMaybe<Author_Role_Input>>>
  equals?: InputMaybe<Author_Role_Input>
  in?: InputMaybe<Array<InputMaybe<Author_Role_Input>>>
  not_equals?: InputMaybe<Author_Role_Input>
  not_in?: InputMaybe<Array<InputMaybe<Author_Role_Input>>>
}

export type Author_Socials__Id_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Author_Socials__Platform_Input =
  'instagram' | 'tiktok' | 'twitter' | 'website' | 'youtube'

export type Author_Socials__Platform_Operator = {
  all?: InputMaybe<Array<InputMaybe<Author_Socials__Platform_Input>>>
  equals?: InputMaybe<Author_Socials__Platform_Input>
  in?: InputMaybe<Array<InputMaybe<Author_Socials__Platform_Input>>>
  not_equals?: InputMaybe<Author_Socials__Platform_Input>
  not_in?: InputMaybe<Array<InputMaybe<Author_Socials__Platform_Input>>>
}

export type Author_Socials__Url_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Author_UpdatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['DateTime']['input']>
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  less_than?: InputMaybe<Scalars['DateTime']['input']>
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  like?: InputMaybe<Scalars['DateTime']['input']>
  not_equals?: InputMaybe<Scalars['DateTime']['input']>
}

export type Author_Where = {
  AND?: InputMaybe<Array<InputMaybe<Author_Where_And>>>
  OR?: InputMaybe<Array<InputMaybe<Author_Where_Or>>>
  avatar?: InputMaybe<Author_Avatar_Operator>
  bio?: InputMaybe<Author_Bio_Operator>
  createdAt?: InputMaybe<Author_CreatedAt_Operator>
  currentPassword?: InputMaybe<Author_CurrentPassword_Operator>
  currentlyWatching?: InputMaybe<Author_CurrentlyWatching_Operator>
  email?: InputMaybe<Author_Email_Operator>
  favourites?: InputMaybe<Author_Favourites_Operator>
  handle?: InputMaybe<Author_Handle_Operator>
  hasAPIKey?: InputMaybe<Author_HasApiKey_Operator>
  id?: InputMaybe<Author_Id_Operator>
  lookingForwardTo?: InputMaybe<Author_LookingForwardTo_Operator>
  name?: InputMaybe<Author_Name_Operator>
  role?: InputMaybe<Author_Role_Operator>
  socials__id?: InputMaybe<Author_Socials__Id_Operator>
  socials__platform?: InputMaybe<Author_Socials__Platform_Operator>
  socials__url?: InputMaybe<Author_Socials__Url_Operator>
  updatedAt?: InputMaybe<Author_UpdatedAt_Operator>
}

export type Author_Where_And = {
  AND?: InputMaybe<Array<InputMaybe<Author_Where_And>>>
  OR?: InputMaybe<Array<InputMaybe<Author_Where_Or>>>
  avatar?: InputMaybe<Author_Avatar_Operator>
  bio?: InputMaybe<Author_Bio_Operator>
  createdAt?: InputMaybe<Author_CreatedAt_Operator>
  currentPassword?: InputMaybe<Author_CurrentPassword_Operator>
  currentlyWatching?: InputMaybe<Author_CurrentlyWatching_Operator>
  email?: InputMaybe<Author_Email_Operator>
  favourites?: InputMaybe<Author_Favourites_Operator>
  handle?: InputMaybe<Author_Handle_Operator>
  hasAPIKey?: InputMaybe<Author_HasApiKey_Operator>
  id?: InputMaybe<Author_Id_Operator>
  lookingForwardTo?: InputMaybe<Author_LookingForwardTo_Operator>
  name?: InputMaybe<Author_Name_Operator>
  role?: InputMaybe<Author_Role_Operator>
  socials__id?: InputMaybe<Author_Socials__Id_Operator>
  socials__platform?: InputMaybe<Author_Socials__Platform_Operator>
  socials__url?: InputMaybe<Author_Socials__Url_Operator>
  updatedAt?: InputMaybe<Author_UpdatedAt_Operator>
}

export type Author_Where_Or = {
  AND?: InputMaybe<Array<InputMaybe<Author_Where_And>>>
  OR?: InputMaybe<Array<InputMaybe<Author_Where_Or>>>
  avatar?: InputMaybe<Author_Avatar_Operator>
  bio?: InputMaybe<Author_Bio_Operator>
  createdAt?: InputMaybe<Author_CreatedAt_Operator>
  currentPassword?: InputMaybe<Author_CurrentPassword_Operator>
  currentlyWatching?: InputMaybe<Author_CurrentlyWatching_Operator>
  email?: InputMaybe<Author_Email_Operator>
  favourites?: InputMaybe<Author_Favourites_Operator>
  handle?: InputMaybe<Author_Handle_Operator>
  hasAPIKey?: InputMaybe<Author_HasApiKey_Operator>
  id?: InputMaybe<Author_Id_Operator>
  lookingForwardTo?: InputMaybe<Author_LookingForwardTo_Operator>
  name?: InputMaybe<Author_Name_Operator>
  role?: InputMaybe<Author_Role_Operator>
  socials__id?: InputMaybe<Author_Socials__Id_Operator>
  socials__platform?: InputMaybe<Author_Socials__Platform_Operator>
  socials__url?: InputMaybe<Author_Socials__Url_Operator>
  updatedAt?: InputMaybe<Author_UpdatedAt_Operator>
}

export type CommentReportUpdate_Reason_MutationInput =
  'abuse' | 'off_topic' | 'other' | 'spam' | 'spoiler'

export type CommentReport_Comment_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type CommentReport_CreatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['DateTime']['input']>
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  less_than?: InputMaybe<Scalars['DateTime']['input']>
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  like?: InputMaybe<Scalars['DateTime']['input']>
  not_equals?: InputMaybe<Scalars['DateTime']['input']>
}

export type CommentReport_Id_Operator = {
  equals?: InputMaybe<Scalars['Int']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['Int']['input']>
  greater_than_equal?: InputMaybe<Scalars['Int']['input']>
  less_than?: InputMaybe<Scalars['Int']['input']>
  less_than_equal?: InputMaybe<Scalars['Int']['input']>
  not_equals?: InputMaybe<Scalars['Int']['input']>
}

export type CommentReport_Note_Operator = {
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
}

export type CommentReport_Reader_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type CommentReport_Reason = 'abuse' | 'off_topic' | 'other' | 'spam' | 'spoiler'

export type CommentReport_Reason_Input = 'abuse' | 'off_topic' | 'other' | 'spam' | 'spoiler'

export type CommentReport_Reason_MutationInput =
  'abuse' | 'off_topic' | 'other' | 'spam' | 'spoiler'

export type CommentReport_Reason_Operator = {
  all?: InputMaybe<Array<InputMaybe<CommentReport_Reason_Input>>>
  equals?: InputMaybe<CommentReport_Reason_Input>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<CommentReport_Reason_Input>>>
  not_equals?: InputMaybe<CommentReport_Reason_Input>
  not_in?: InputMaybe<Array<InputMaybe<CommentReport_Reason_Input>>>
}

export type CommentReport_UpdatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['DateTime']['input']>
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  less_than?: InputMaybe<Scalars['DateTime']['input']>
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  like?: InputMaybe<Scalars['DateTime']['input']>
  not_equals?: InputMaybe<Scalars['DateTime']['input']>
}

export type CommentReport_Where = {
  AND?: InputMaybe<Array<InputMaybe<CommentReport_Where_And>>>
  OR?: InputMaybe<Array<InputMaybe<CommentReport_Where_Or>>>
  comment?: InputMaybe<CommentReport_Comment_Operator>
  createdAt?: InputMaybe<CommentReport_CreatedAt_Operator>
  id?: InputMaybe<CommentReport_Id_Operator>
  note?: InputMaybe<CommentReport_Note_Operator>
  reader?: InputMaybe<CommentReport_Reader_Operator>
  reason?: InputMaybe<CommentReport_Reason_Operator>
  updatedAt?: InputMaybe<CommentReport_UpdatedAt_Operator>
}

export type CommentReport_Where_And = {
  AND?: InputMaybe<Array<InputMaybe<CommentReport_Where_And>>>
  OR?: InputMaybe<Array<InputMaybe<CommentReport_Where_Or>>>
  comment?: InputMaybe<CommentReport_Comment_Operator>
  createdAt?: InputMaybe<CommentReport_CreatedAt_Operator>
  id?: InputMaybe<CommentReport_Id_Operator>
  note?: InputMaybe<CommentReport_Note_Operator>
  reader?: InputMaybe<CommentReport_Reader_Operator>
  reason?: InputMaybe<CommentReport_Reason_Operator>
  updatedAt?: InputMaybe<CommentReport_UpdatedAt_Operator>
}

export type CommentReport_Where_Or = {
  AND?: InputMaybe<Array<InputMaybe<CommentReport_Where_And>>>
  OR?: InputMaybe<Array<InputMaybe<CommentReport_Where_Or>>>
  comment?: InputMaybe<CommentReport_Comment_Operator>
  createdAt?: InputMaybe<CommentReport_CreatedAt_Operator>
  id?: InputMaybe<CommentReport_Id_Operator>
  note?: InputMaybe<CommentReport_Note_Operator>
  reader?: InputMaybe<CommentReport_Reader_Operator>
  reason?: InputMaybe<CommentReport_Reason_Operator>
  updatedAt?: InputMaybe<CommentReport_UpdatedAt_Operator>
}

export type CommentUpdate_Status_MutationInput = 'approved' | 'pending' | 'rejected' | 'spam'

export type Comment_Article_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type Comment_AuthorName_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Comment_Body_Operator = {
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
}

export type Comment_CreatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['DateTime']['input']>
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  less_than?: InputMaybe<Scalars['DateTime']['input']>
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  like?: InputMaybe<Scalars['DateTime']['input']>
  not_equals?: InputMaybe<Scalars['DateTime']['input']>
}

export type Comment_Id_Operator = {
  equals?: InputMaybe<Scalars['Int']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['Int']['input']>
  greater_than_equal?: InputMaybe<Scalars['Int']['input']>
  less_than?: InputMaybe<Scalars['Int']['input']>
  less_than_equal?: InputMaybe<Scalars['Int']['input']>
  not_equals?: InputMaybe<Scalars['Int']['input']>
}

export type Comment_MarkedSpoiler_Operator = {
  equals?: InputMaybe<Scalars['Boolean']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  not_equals?: InputMaybe<Scalars['Boolean']['input']>
}

export type Comment_Parent_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type Comment_Reader_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type Comment_ReportCount_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['Float']['input']>
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>
  less_than?: InputMaybe<Scalars['Float']['input']>
  less_than_equal?: InputMaybe<Scalars['Float']['input']>
  not_equals?: InputMaybe<Scalars['Float']['input']>
}

export type Comment_ReportsReviewed_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['Float']['input']>
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>
  less_than?: InputMaybe<Scalars['Float']['input']>
  less_than_equal?: InputMaybe<Scalars['Float']['input']>
  not_equals?: InputMaybe<Scalars['Float']['input']>
}

export type Comment_SpoilerDetected_Operator = {
  equals?: InputMaybe<Scalars['Boolean']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  not_equals?: InputMaybe<Scalars['Boolean']['input']>
}

export type Comment_SpoilerDrama_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type Comment_SpoilerEpisode_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['Float']['input']>
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>
  less_than?: InputMaybe<Scalars['Float']['input']>
  less_than_equal?: InputMaybe<Scalars['Float']['input']>
  not_equals?: InputMaybe<Scalars['Float']['input']>
}

export type Comment_SpoilerReasons_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Comment_Spoiler_Operator = {
  equals?: InputMaybe<Scalars['Boolean']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  not_equals?: InputMaybe<Scalars['Boolean']['input']>
}

export type Comment_Status = 'approved' | 'pending' | 'rejected' | 'spam'

export type Comment_Status_Input = 'approved' | 'pending' | 'rejected' | 'spam'

export type Comment_Status_MutationInput = 'approved' | 'pending' | 'rejected' | 'spam'

export type Comment_Status_Operator = {
  all?: InputMaybe<Array<InputMaybe<Comment_Status_Input>>>
  equals?: InputMaybe<Comment_Status_Input>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Comment_Status_Input>>>
  not_equals?: InputMaybe<Comment_Status_Input>
  not_in?: InputMaybe<Array<InputMaybe<Comment_Status_Input>>>
}

export type Comment_UpdatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['DateTime']['input']>
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  less_than?: InputMaybe<Scalars['DateTime']['input']>
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  like?: InputMaybe<Scalars['DateTime']['input']>
  not_equals?: InputMaybe<Scalars['DateTime']['input']>
}

export type Comment_Where = {
  AND?: InputMaybe<Array<InputMaybe<Comment_Where_And>>>
  OR?: InputMaybe<Array<InputMaybe<Comment_Where_Or>>>
  article?: InputMaybe<Comment_Article_Operator>
  authorName?: InputMaybe<Comment_AuthorName_Operator>
  body?: InputMaybe<Comment_Body_Operator>
  createdAt?: InputMaybe<Comment_CreatedAt_Operator>
  id?: InputMaybe<Comment_Id_Operator>
  markedSpoiler?: InputMaybe<Comment_MarkedSpoiler_Operator>
  parent?: InputMaybe<Comment_Parent_Operator>
  reader?: InputMaybe<Comment_Reader_Operator>
  reportCount?: InputMaybe<Comment_ReportCount_Operator>
  reportsReviewed?: InputMaybe<Comment_ReportsReviewed_Operator>
  spoiler?: InputMaybe<Comment_Spoiler_Operator>
  spoilerDetected?: InputMaybe<Comment_SpoilerDetected_Operator>
  spoilerDrama?: InputMaybe<Comment_SpoilerDrama_Operator>
  spoilerEpisode?: InputMaybe<Comment_SpoilerEpisode_Operator>
  spoilerReasons?: InputMaybe<Comment_SpoilerReasons_Operator>
  status?: InputMaybe<Comment_Status_Operator>
  updatedAt?: InputMaybe<Comment_UpdatedAt_Operator>
}

export type Comment_Where_And = {
  AND?: InputMaybe<Array<InputMaybe<Comment_Where_And>>>
  OR?: InputMaybe<Array<InputMaybe<Comment_Where_Or>>>
  article?: InputMaybe<Comment_Article_Operator>
  authorName?: InputMaybe<Comment_AuthorName_Operator>
  body?: InputMaybe<Comment_Body_Operator>
  createdAt?: InputMaybe<Comment_CreatedAt_Operator>
  id?: InputMaybe<Comment_Id_Operator>
  markedSpoiler?: InputMaybe<Comment_MarkedSpoiler_Operator>
  parent?: InputMaybe<Comment_Parent_Operator>
  reader?: InputMaybe<Comment_Reader_Operator>
  reportCount?: InputMaybe<Comment_ReportCount_Operator>
  reportsReviewed?: InputMaybe<Comment_ReportsReviewed_Operator>
  spoiler?: InputMaybe<Comment_Spoiler_Operator>
  spoilerDetected?: InputMaybe<Comment_SpoilerDetected_Operator>
  spoilerDrama?: InputMaybe<Comment_SpoilerDrama_Operator>
  spoilerEpisode?: InputMaybe<Comment_SpoilerEpisode_Operator>
  spoilerReasons?: InputMaybe<Comment_SpoilerReasons_Operator>
  status?: InputMaybe<Comment_Status_Operator>
  updatedAt?: InputMaybe<Comment_UpdatedAt_Operator>
}

export type Comment_Where_Or = {
  AND?: InputMaybe<Array<InputMaybe<Comment_Where_And>>>
  OR?: InputMaybe<Array<InputMaybe<Comment_Where_Or>>>
  article?: InputMaybe<Comment_Article_Operator>
  authorName?: InputMaybe<Comment_AuthorName_Operator>
  body?: InputMaybe<Comment_Body_Operator>
  createdAt?: InputMaybe<Comment_CreatedAt_Operator>
  id?: InputMaybe<Comment_Id_Operator>
  markedSpoiler?: InputMaybe<Comment_MarkedSpoiler_Operator>
  parent?: InputMaybe<Comment_Parent_Operator>
  reader?: InputMaybe<Comment_Reader_Operator>
  reportCount?: InputMaybe<Comment_ReportCount_Operator>
  reportsReviewed?: InputMaybe<Comment_ReportsReviewed_Operator>
  spoiler?: InputMaybe<Comment_Spoiler_Operator>
  spoilerDetected?: InputMaybe<Comment_SpoilerDetected_Operator>
  spoilerDrama?: InputMaybe<Comment_SpoilerDrama_Operator>
  spoilerEpisode?: InputMaybe<Comment_SpoilerEpisode_Operator>
  spoilerReasons?: InputMaybe<Comment_SpoilerReasons_Operator>
  status?: InputMaybe<Comment_Status_Operator>
  updatedAt?: InputMaybe<Comment_UpdatedAt_Operator>
}

export type DramaUpdate_BasedOn_Kind_MutationInput =
  'drama' | 'film' | 'novel' | 'webnovel' | 'webtoon'

export type DramaUpdate_Cast_Billing_MutationInput = 'cameo' | 'lead' | 'supporting'

export type DramaUpdate_Schedule_Days_MutationInput =
  'friday' | 'monday' | 'saturday' | 'sunday' | 'thursday' | 'tuesday' | 'wednesday'

export type DramaUpdate_Status_MutationInput = 'airing' | 'finished' | 'upcoming'

export type Drama_BasedOn_Kind = 'drama' | 'film' | 'novel' | 'webnovel' | 'webtoon'

export type Drama_BasedOn_Kind_MutationInput = 'drama' | 'film' | 'novel' | 'webnovel' | 'webtoon'

export type Drama_Cast_Billing = 'cameo' | 'lead' | 'supporting'

export type Drama_Cast_Billing_MutationInput = 'cameo' | 'lead' | 'supporting'

export type Drama_Schedule_Days =
  'friday' | 'monday' | 'saturday' | 'sunday' | 'thursday' | 'tuesday' | 'wednesday'

export type Drama_Schedule_Days_MutationInput =
  'friday' | 'monday' | 'saturday' | 'sunday' | 'thursday' | 'tuesday' | 'wednesday'

export type Drama_Aliases_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Drama_BasedOn__Kind_Input = 'drama' | 'film' | 'novel' | 'webnovel' | 'webtoon'

export type Drama_BasedOn__Kind_Operator = {
  all?: InputMaybe<Array<InputMaybe<Drama_BasedOn__Kind_Input>>>
  equals?: InputMaybe<Drama_BasedOn__Kind_Input>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Drama_BasedOn__Kind_Input>>>
  not_equals?: InputMaybe<Drama_BasedOn__Kind_Input>
  not_in?: InputMaybe<Array<InputMaybe<Drama_BasedOn__Kind_Input>>>
}

export type Drama_BasedOn__Title_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Drama_Cast__Billing_Input = 'cameo' | 'lead' | 'supporting'

export type Drama_Cast__Billing_Operator = {
  all?: InputMaybe<Array<InputMaybe<Drama_Cast__Billing_Input>>>
  equals?: InputMaybe<Drama_Cast__Billing_Input>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Drama_Cast__Billing_Input>>>
  not_equals?: InputMaybe<Drama_Cast__Billing_Input>
  not_in?: InputMaybe<Array<InputMaybe<Drama_Cast__Billing_Input>>>
}

export type Drama_Cast__Character_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Drama_Cast__Id_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Drama_Cast__Person_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type Drama_CreatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['DateTime']['input']>
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  less_than?: InputMaybe<Scalars['DateTime']['input']>
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  like?: InputMaybe<Scalars['DateTime']['input']>
  not_equals?: InputMaybe<Scalars['DateTime']['input']>
}

export type Drama_Directors_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type Drama_Episodes_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>
  greater_than?: InputMaybe<Scalars['Float']['input']>
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>
  less_than?: InputMaybe<Scalars['Float']['input']>
  less_than_equal?: InputMaybe<Scalars['Float']['input']>
  not_equals?: InputMaybe<Scalars['Float']['input']>
}

export type Drama_Id_Operator = {
  equals?: InputMaybe<Scalars['Int']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['Int']['input']>
  greater_than_equal?: InputMaybe<Scalars['Int']['input']>
  less_than?: InputMaybe<Scalars['Int']['input']>
  less_than_equal?: InputMaybe<Scalars['Int']['input']>
  not_equals?: InputMaybe<Scalars['Int']['input']>
}

export type Drama_Network_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Drama_Poster_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type Drama_Schedule__Days_Input =
  'friday' | 'monday' | 'saturday' | 'sunday' | 'thursday' | 'tuesday' | 'wednesday'

export type Drama_Schedule__Days_Operator = {
  all?: InputMaybe<Array<InputMaybe<Drama_Schedule__Days_Input>>>
  equals?: InputMaybe<Drama_Schedule__Days_Input>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Drama_Schedule__Days_Input>>>
  not_equals?: InputMaybe<Drama_Schedule__Days_Input>
  not_in?: InputMaybe<Array<InputMaybe<Drama_Schedule__Days_Input>>>
}

export type Drama_Schedule__Time_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Drama_Schedule__Timezone_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Drama_Slug_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Drama_Status = 'airing' | 'finished' | 'upcoming'

export type Drama_Status_Input = 'airing' | 'finished' | 'upcoming'

export type Drama_Status_MutationInput = 'airing' | 'finished' | 'upcoming'

export type Drama_Status_Operator = {
  all?: InputMaybe<Array<InputMaybe<Drama_Status_Input>>>
  equals?: InputMaybe<Drama_Status_Input>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Drama_Status_Input>>>
  not_equals?: InputMaybe<Drama_Status_Input>
  not_in?: InputMaybe<Array<InputMaybe<Drama_Status_Input>>>
}

export type Drama_Synopsis_Operator = {
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
}

export type Drama_Title_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Drama_UpdatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['DateTime']['input']>
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  less_than?: InputMaybe<Scalars['DateTime']['input']>
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  like?: InputMaybe<Scalars['DateTime']['input']>
  not_equals?: InputMaybe<Scalars['DateTime']['input']>
}

export type Drama_Where = {
  AND?: InputMaybe<Array<InputMaybe<Drama_Where_And>>>
  OR?: InputMaybe<Array<InputMaybe<Drama_Where_Or>>>
  aliases?: InputMaybe<Drama_Aliases_Operator>
  basedOn__kind?: InputMaybe<Drama_BasedOn__Kind_Operator>
  basedOn__title?: InputMaybe<Drama_BasedOn__Title_Operator>
  cast__billing?: InputMaybe<Drama_Cast__Billing_Operator>
  cast__character?: InputMaybe<Drama_Cast__Character_Operator>
  cast__id?: InputMaybe<Drama_Cast__Id_Operator>
  cast__person?: InputMaybe<Drama_Cast__Person_Operator>
  createdAt?: InputMaybe<Drama_CreatedAt_Operator>
  directors?: InputMaybe<Drama_Directors_Operator>
  episodes?: InputMaybe<Drama_Episodes_Operator>
  id?: InputMaybe<Drama_Id_Operator>
  network?: InputMaybe<Drama_Network_Operator>
  poster?: InputMaybe<Drama_Poster_Operator>
  schedule__days?: InputMaybe<Drama_Schedule__Days_Operator>
  schedule__time?: InputMaybe<Drama_Schedule__Time_Operator>
  schedule__timezone?: InputMaybe<Drama_Schedule__Timezone_Operator>
  slug?: InputMaybe<Drama_Slug_Operator>
  status?: InputMaybe<Drama_Status_Operator>
  synopsis?: InputMaybe<Drama_Synopsis_Operator>
  title?: InputMaybe<Drama_Title_Operator>
  updatedAt?: InputMaybe<Drama_UpdatedAt_Operator>
  whereToWatch__id?: InputMaybe<Drama_WhereToWatch__Id_Operator>
  whereToWatch__platform?: InputMaybe<Drama_WhereToWatch__Platform_Operator>
  whereToWatch__url?: InputMaybe<Drama_WhereToWatch__Url_Operator>
  writers?: InputMaybe<Drama_Writers_Operator>
  year?: InputMaybe<Drama_Year_Operator>
}

export type Drama_WhereToWatch__Id_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Drama_WhereToWatch__Platform_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Drama_WhereToWatch__Url_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Drama_Where_And = {
  AND?: InputMaybe<Array<InputMaybe<Drama_Where_And>>>
  OR?: InputMaybe<Array<InputMaybe<Drama_Where_Or>>>
  aliases?: InputMaybe<Drama_Aliases_Operator>
  basedOn__kind?: InputMaybe<Drama_BasedOn__Kind_Operator>
  basedOn__title?: InputMaybe<Drama_BasedOn__Title_Operator>
  cast__billing?: InputMaybe<Drama_Cast__Billing_Operator>
  cast__character?: InputMaybe<Drama_Cast__Character_Operator>
  cast__id?: InputMaybe<Drama_Cast__Id_Operator>
  cast__person?: InputMaybe<Drama_Cast__Person_Operator>
  createdAt?: InputMaybe<Drama_CreatedAt_Operator>
  directors?: InputMaybe<Drama_Directors_Operator>
  episodes?: InputMaybe<Drama_Episodes_Operator>
  id?: InputMaybe<Drama_Id_Operator>
  network?: InputMaybe<Drama_Network_Operator>
  poster?: InputMaybe<Drama_Poster_Operator>
  schedule__days?: InputMaybe<Drama_Schedule__Days_Operator>
  schedule__time?: InputMaybe<Drama_Schedule__Time_Operator>
  schedule__timezone?: InputMaybe<Drama_Schedule__Timezone_Operator>
  slug?: InputMaybe<Drama_Slug_Operator>
  status?: InputMaybe<Drama_Status_Operator>
  synopsis?: InputMaybe<Drama_Synopsis_Operator>
  title?: InputMaybe<Drama_Title_Operator>
  updatedAt?: InputMaybe<Drama_UpdatedAt_Operator>
  whereToWatch__id?: InputMaybe<Drama_WhereToWatch__Id_Operator>
  whereToWatch__platform?: InputMaybe<Drama_WhereToWatch__Platform_Operator>
  whereToWatch__url?: InputMaybe<Drama_WhereToWatch__Url_Operator>
  writers?: InputMaybe<Drama_Writers_Operator>
  year?: InputMaybe<Drama_Year_Operator>
}

export type Drama_Where_Or = {
  AND?: InputMaybe<Array<InputMaybe<Drama_Where_And>>>
  OR?: InputMaybe<Array<InputMaybe<Drama_Where_Or>>>
  aliases?: InputMaybe<Drama_Aliases_Operator>
  basedOn__kind?: InputMaybe<Drama_BasedOn__Kind_Operator>
  basedOn__title?: InputMaybe<Drama_BasedOn__Title_Operator>
  cast__billing?: InputMaybe<Drama_Cast__Billing_Operator>
  cast__character?: InputMaybe<Drama_Cast__Character_Operator>
  cast__id?: InputMaybe<Drama_Cast__Id_Operator>
  cast__person?: InputMaybe<Drama_Cast__Person_Operator>
  createdAt?: InputMaybe<Drama_CreatedAt_Operator>
  directors?: InputMaybe<Drama_Directors_Operator>
  episodes?: InputMaybe<Drama_Episodes_Operator>
  id?: InputMaybe<Drama_Id_Operator>
  network?: InputMaybe<Drama_Network_Operator>
  poster?: InputMaybe<Drama_Poster_Operator>
  schedule__days?: InputMaybe<Drama_Schedule__Days_Operator>
  schedule__time?: InputMaybe<Drama_Schedule__Time_Operator>
  schedule__timezone?: InputMaybe<Drama_Schedule__Timezone_Operator>
  slug?: InputMaybe<Drama_Slug_Operator>
  status?: InputMaybe<Drama_Status_Operator>
  synopsis?: InputMaybe<Drama_Synopsis_Operator>
  title?: InputMaybe<Drama_Title_Operator>
  updatedAt?: InputMaybe<Drama_UpdatedAt_Operator>
  whereToWatch__id?: InputMaybe<Drama_WhereToWatch__Id_Operator>
  whereToWatch__platform?: InputMaybe<Drama_WhereToWatch__Platform_Operator>
  whereToWatch__url?: InputMaybe<Drama_WhereToWatch__Url_Operator>
  writers?: InputMaybe<Drama_Writers_Operator>
  year?: InputMaybe<Drama_Year_Operator>
}

export type Drama_Writers_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type Drama_Year_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['Float']['input']>
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>
  less_than?: InputMaybe<Scalars['Float']['input']>
  less_than_equal?: InputMaybe<Scalars['Float']['input']>
  not_equals?: InputMaybe<Scalars['Float']['input']>
}

export type EditorialNote_Anchor_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type EditorialNote_Article_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type EditorialNote_Author_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type EditorialNote_Body_Operator = {
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
}

export type EditorialNote_CreatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['DateTime']['input']>
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  less_than?: InputMaybe<Scalars['DateTime']['input']>
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  like?: InputMaybe<Scalars['DateTime']['input']>
  not_equals?: InputMaybe<Scalars['DateTime']['input']>
}

export type EditorialNote_Id_Operator = {
  equals?: InputMaybe<Scalars['Int']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['Int']['input']>
  greater_than_equal?: InputMaybe<Scalars['Int']['input']>
  less_than?: InputMaybe<Scalars['Int']['input']>
  less_than_equal?: InputMaybe<Scalars['Int']['input']>
  not_equals?: InputMaybe<Scalars['Int']['input']>
}

export type EditorialNote_Mentions_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type EditorialNote_Parent_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type EditorialNote_Resolved_Operator = {
  equals?: InputMaybe<Scalars['Boolean']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  not_equals?: InputMaybe<Scalars['Boolean']['input']>
}

export type EditorialNote_UpdatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['DateTime']['input']>
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  less_than?: InputMaybe<Scalars['DateTime']['input']>
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  like?: InputMaybe<Scalars['DateTime']['input']>
  not_equals?: InputMaybe<Scalars['DateTime']['input']>
}

export type EditorialNote_Where = {
  AND?: InputMaybe<Array<InputMaybe<EditorialNote_Where_And>>>
  OR?: InputMaybe<Array<InputMaybe<EditorialNote_Where_Or>>>
  anchor?: InputMaybe<EditorialNote_Anchor_Operator>
  article?: InputMaybe<EditorialNote_Article_Operator>
  author?: InputMaybe<EditorialNote_Author_Operator>
  body?: InputMaybe<EditorialNote_Body_Operator>
  createdAt?: InputMaybe<EditorialNote_CreatedAt_Operator>
  id?: InputMaybe<EditorialNote_Id_Operator>
  mentions?: InputMaybe<EditorialNote_Mentions_Operator>
  parent?: InputMaybe<EditorialNote_Parent_Operator>
  resolved?: InputMaybe<EditorialNote_Resolved_Operator>
  updatedAt?: InputMaybe<EditorialNote_UpdatedAt_Operator>
}

export type EditorialNote_Where_And = {
  AND?: InputMaybe<Array<InputMaybe<EditorialNote_Where_And>>>
  OR?: InputMaybe<Array<InputMaybe<EditorialNote_Where_Or>>>
  anchor?: InputMaybe<EditorialNote_Anchor_Operator>
  article?: InputMaybe<EditorialNote_Article_Operator>
  author?: InputMaybe<EditorialNote_Author_Operator>
  body?: InputMaybe<EditorialNote_Body_Operator>
  createdAt?: InputMaybe<EditorialNote_CreatedAt_Operator>
  id?: InputMaybe<EditorialNote_Id_Operator>
  mentions?: InputMaybe<EditorialNote_Mentions_Operator>
  parent?: InputMaybe<EditorialNote_Parent_Operator>
  resolved?: InputMaybe<EditorialNote_Resolved_Operator>
  updatedAt?: InputMaybe<EditorialNote_UpdatedAt_Operator>
}

export type EditorialNote_Where_Or = {
  AND?: InputMaybe<Array<InputMaybe<EditorialNote_Where_And>>>
  OR?: InputMaybe<Array<InputMaybe<EditorialNote_Where_Or>>>
  anchor?: InputMaybe<EditorialNote_Anchor_Operator>
  article?: InputMaybe<EditorialNote_Article_Operator>
  author?: InputMaybe<EditorialNote_Author_Operator>
  body?: InputMaybe<EditorialNote_Body_Operator>
  createdAt?: InputMaybe<EditorialNote_CreatedAt_Operator>
  id?: InputMaybe<EditorialNote_Id_Operator>
  mentions?: InputMaybe<EditorialNote_Mentions_Operator>
  parent?: InputMaybe<EditorialNote_Parent_Operator>
  resolved?: InputMaybe<EditorialNote_Resolved_Operator>
  updatedAt?: InputMaybe<EditorialNote_UpdatedAt_Operator>
}

export type Media_Alt_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Media_CreatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['DateTime']['input']>
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  less_than?: InputMaybe<Scalars['DateTime']['input']>
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  like?: InputMaybe<Scalars['DateTime']['input']>
  not_equals?: InputMaybe<Scalars['DateTime']['input']>
}

export type Media_Credit_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Media_Filename_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Media_Filesize_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['Float']['input']>
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>
  less_than?: InputMaybe<Scalars['Float']['input']>
  less_than_equal?: InputMaybe<Scalars['Float']['input']>
  not_equals?: InputMaybe<Scalars['Float']['input']>
}

export type Media_FocalX_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['Float']['input']>
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>
  less_than?: InputMaybe<Scalars['Float']['input']>
  less_than_equal?: InputMaybe<Scalars['Float']['input']>
  not_equals?: InputMaybe<Scalars['Float']['input']>
}

export type Media_FocalY_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['Float']['input']>
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>
  less_than?: InputMaybe<Scalars['Float']['input']>
  less_than_equal?: InputMaybe<Scalars['Float']['input']>
  not_equals?: InputMaybe<Scalars['Float']['input']>
}

export type Media_Height_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['Float']['input']>
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>
  less_than?: InputMaybe<Scalars['Float']['input']>
  less_than_equal?: InputMaybe<Scalars['Float']['input']>
  not_equals?: InputMaybe<Scalars['Float']['input']>
}

export type Media_Id_Operator = {
  equals?: InputMaybe<Scalars['Int']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['Int']['input']>
  greater_than_equal?: InputMaybe<Scalars['Int']['input']>
  less_than?: InputMaybe<Scalars['Int']['input']>
  less_than_equal?: InputMaybe<Scalars['Int']['input']>
  not_equals?: InputMaybe<Scalars['Int']['input']>
}

export type Media_MimeType_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Media_Sizes__Card__Filename_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Media_Sizes__Card__Filesize_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['Float']['input']>
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>
  less_than?: InputMaybe<Scalars['Float']['input']>
  less_than_equal?: InputMaybe<Scalars['Float']['input']>
  not_equals?: InputMaybe<Scalars['Float']['input']>
}

export type Media_Sizes__Card__Height_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['Float']['input']>
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>
  less_than?: InputMaybe<Scalars['Float']['input']>
  less_than_equal?: InputMaybe<Scalars['Float']['input']>
  not_equals?: InputMaybe<Scalars['Float']['input']>
}

export type Media_Sizes__Card__MimeType_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Media_Sizes__Card__Url_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Media_Sizes__Card__Width_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['Float']['input']>
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>
  less_than?: InputMaybe<Scalars['Float']['input']>
  less_than_equal?: InputMaybe<Scalars['Float']['input']>
  not_equals?: InputMaybe<Scalars['Float']['input']>
}

export type Media_Sizes__Thumbnail__Filename_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Media_Sizes__Thumbnail__Filesize_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['Float']['input']>
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>
  less_than?: InputMaybe<Scalars['Float']['input']>
  less_than_equal?: InputMaybe<Scalars['Float']['input']>
  not_equals?: InputMaybe<Scalars['Float']['input']>
}

export type Media_Sizes__Thumbnail__Height_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['Float']['input']>
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>
  less_than?: InputMaybe<Scalars['Float']['input']>
  less_than_equal?: InputMaybe<Scalars['Float']['input']>
  not_equals?: InputMaybe<Scalars['Float']['input']>
}

export type Media_Sizes__Thumbnail__MimeType_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Media_Sizes__Thumbnail__Url_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Media_Sizes__Thumbnail__Width_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['Float']['input']>
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>
  less_than?: InputMaybe<Scalars['Float']['input']>
  less_than_equal?: InputMaybe<Scalars['Float']['input']>
  not_equals?: InputMaybe<Scalars['Float']['input']>
}

export type Media_ThumbnailUrl_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Media_UpdatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['DateTime']['input']>
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  less_than?: InputMaybe<Scalars['DateTime']['input']>
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  like?: InputMaybe<Scalars['DateTime']['input']>
  not_equals?: InputMaybe<Scalars['DateTime']['input']>
}

export type Media_Url_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Media_Where = {
  AND?: InputMaybe<Array<InputMaybe<Media_Where_And>>>
  OR?: InputMaybe<Array<InputMaybe<Media_Where_Or>>>
  alt?: InputMaybe<Media_Alt_Operator>
  createdAt?: InputMaybe<Media_CreatedAt_Operator>
  credit?: InputMaybe<Media_Credit_Operator>
  filename?: InputMaybe<Media_Filename_Operator>
  filesize?: InputMaybe<Media_Filesize_Operator>
  focalX?: InputMaybe<Media_FocalX_Operator>
  focalY?: InputMaybe<Media_FocalY_Operator>
  height?: InputMaybe<Media_Height_Operator>
  id?: InputMaybe<Media_Id_Operator>
  mimeType?: InputMaybe<Media_MimeType_Operator>
  sizes__card__filename?: InputMaybe<Media_Sizes__Card__Filename_Operator>
  sizes__card__filesize?: InputMaybe<Media_Sizes__Card__Filesize_Operator>
  sizes__card__height?: InputMaybe<Media_Sizes__Card__Height_Operator>
  sizes__card__mimeType?: InputMaybe<Media_Sizes__Card__MimeType_Operator>
  sizes__card__url?: InputMaybe<Media_Sizes__Card__Url_Operator>
  sizes__card__width?: InputMaybe<Media_Sizes__Card__Width_Operator>
  sizes__thumbnail__filename?: InputMaybe<Media_Sizes__Thumbnail__Filename_Operator>
  sizes__thumbnail__filesize?: InputMaybe<Media_Sizes__Thumbnail__Filesize_Operator>
  sizes__thumbnail__height?: InputMaybe<Media_Sizes__Thumbnail__Height_Operator>
  sizes__thumbnail__mimeType?: InputMaybe<Media_Sizes__Thumbnail__MimeType_Operator>
  sizes__thumbnail__url?: InputMaybe<Media_Sizes__Thumbnail__Url_Operator>
  sizes__thumbnail__width?: InputMaybe<Media_Sizes__Thumbnail__Width_Operator>
  thumbnailURL?: InputMaybe<Media_ThumbnailUrl_Operator>
  updatedAt?: InputMaybe<Media_UpdatedAt_Operator>
  url?: InputMaybe<Media_Url_Operator>
  width?: InputMaybe<Media_Width_Operator>
}

export type Media_Where_And = {
  AND?: InputMaybe<Array<InputMaybe<Media_Where_And>>>
  OR?: InputMaybe<Array<InputMaybe<Media_Where_Or>>>
  alt?: InputMaybe<Media_Alt_Operator>
  createdAt?: InputMaybe<Media_CreatedAt_Operator>
  credit?: InputMaybe<Media_Credit_Operator>
  filename?: InputMaybe<Media_Filename_Operator>
  filesize?: InputMaybe<Media_Filesize_Operator>
  focalX?: InputMaybe<Media_FocalX_Operator>
  focalY?: InputMaybe<Media_FocalY_Operator>
  height?: InputMaybe<Media_Height_Operator>
  id?: InputMaybe<Media_Id_Operator>
  mimeType?: InputMaybe<Media_MimeType_Operator>
  sizes__card__filename?: InputMaybe<Media_Sizes__Card__Filename_Operator>
  sizes__card__filesize?: InputMaybe<Media_Sizes__Card__Filesize_Operator>
  sizes__card__height?: InputMaybe<Media_Sizes__Card__Height_Operator>
  sizes__card__mimeType?: InputMaybe<Media_Sizes__Card__MimeType_Operator>
  sizes__card__url?: InputMaybe<Media_Sizes__Card__Url_Operator>
  sizes__card__width?: InputMaybe<Media_Sizes__Card__Width_Operator>
  sizes__thumbnail__filename?: InputMaybe<Media_Sizes__Thumbnail__Filename_Operator>
  sizes__thumbnail__filesize?: InputMaybe<Media_Sizes__Thumbnail__Filesize_Operator>
  sizes__thumbnail__height?: InputMaybe<Media_Sizes__Thumbnail__Height_Operator>
  sizes__thumbnail__mimeType?: InputMaybe<Media_Sizes__Thumbnail__MimeType_Operator>
  sizes__thumbnail__url?: InputMaybe<Media_Sizes__Thumbnail__Url_Operator>
  sizes__thumbnail__width?: InputMaybe<Media_Sizes__Thumbnail__Width_Operator>
  thumbnailURL?: InputMaybe<Media_ThumbnailUrl_Operator>
  updatedAt?: InputMaybe<Media_UpdatedAt_Operator>
  url?: InputMaybe<Media_Url_Operator>
  width?: InputMaybe<Media_Width_Operator>
}

export type Media_Where_Or = {
  AND?: InputMaybe<Array<InputMaybe<Media_Where_And>>>
  OR?: InputMaybe<Array<InputMaybe<Media_Where_Or>>>
  alt?: InputMaybe<Media_Alt_Operator>
  createdAt?: InputMaybe<Media_CreatedAt_Operator>
  credit?: InputMaybe<Media_Credit_Operator>
  filename?: InputMaybe<Media_Filename_Operator>
  filesize?: InputMaybe<Media_Filesize_Operator>
  focalX?: InputMaybe<Media_FocalX_Operator>
  focalY?: InputMaybe<Media_FocalY_Operator>
  height?: InputMaybe<Media_Height_Operator>
  id?: InputMaybe<Media_Id_Operator>
  mimeType?: InputMaybe<Media_MimeType_Operator>
  sizes__card__filename?: InputMaybe<Media_Sizes__Card__Filename_Operator>
  sizes__card__filesize?: InputMaybe<Media_Sizes__Card__Filesize_Operator>
  sizes__card__height?: InputMaybe<Media_Sizes__Card__Height_Operator>
  sizes__card__mimeType?: InputMaybe<Media_Sizes__Card__MimeType_Operator>
  sizes__card__url?: InputMaybe<Media_Sizes__Card__Url_Operator>
  sizes__card__width?: InputMaybe<Media_Sizes__Card__Width_Operator>
  sizes__thumbnail__filename?: InputMaybe<Media_Sizes__Thumbnail__Filename_Operator>
  sizes__thumbnail__filesize?: InputMaybe<Media_Sizes__Thumbnail__Filesize_Operator>
  sizes__thumbnail__height?: InputMaybe<Media_Sizes__Thumbnail__Height_Operator>
  sizes__thumbnail__mimeType?: InputMaybe<Media_Sizes__Thumbnail__MimeType_Operator>
  sizes__thumbnail__url?: InputMaybe<Media_Sizes__Thumbnail__Url_Operator>
  sizes__thumbnail__width?: InputMaybe<Media_Sizes__Thumbnail__Width_Operator>
  thumbnailURL?: InputMaybe<Media_ThumbnailUrl_Operator>
  updatedAt?: InputMaybe<Media_UpdatedAt_Operator>
  url?: InputMaybe<Media_Url_Operator>
  width?: InputMaybe<Media_Width_Operator>
}

export type Media_Width_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['Float']['input']>
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>
  less_than?: InputMaybe<Scalars['Float']['input']>
  less_than_equal?: InputMaybe<Scalars['Float']['input']>
  not_equals?: InputMaybe<Scalars['Float']['input']>
}

export type Person_Bio_Operator = {
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
}

export type Person_BirthDate_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['DateTime']['input']>
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  less_than?: InputMaybe<Scalars['DateTime']['input']>
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  like?: InputMaybe<Scalars['DateTime']['input']>
  not_equals?: InputMaybe<Scalars['DateTime']['input']>
}

export type Person_BirthPlace_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Person_CreatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['DateTime']['input']>
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  less_than?: InputMaybe<Scalars['DateTime']['input']>
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  like?: InputMaybe<Scalars['DateTime']['input']>
  not_equals?: InputMaybe<Scalars['DateTime']['input']>
}

export type Person_Id_Operator = {
  equals?: InputMaybe<Scalars['Int']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['Int']['input']>
  greater_than_equal?: InputMaybe<Scalars['Int']['input']>
  less_than?: InputMaybe<Scalars['Int']['input']>
  less_than_equal?: InputMaybe<Scalars['Int']['input']>
  not_equals?: InputMaybe<Scalars['Int']['input']>
}

export type Person_Name_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Person_NativeName_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Person_Photo_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type Person_Slug_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Person_UpdatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['DateTime']['input']>
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  less_than?: InputMaybe<Scalars['DateTime']['input']>
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  like?: InputMaybe<Scalars['DateTime']['input']>
  not_equals?: InputMaybe<Scalars['DateTime']['input']>
}

export type Person_Where = {
  AND?: InputMaybe<Array<InputMaybe<Person_Where_And>>>
  OR?: InputMaybe<Array<InputMaybe<Person_Where_Or>>>
  bio?: InputMaybe<Person_Bio_Operator>
  birthDate?: InputMaybe<Person_BirthDate_Operator>
  birthPlace?: InputMaybe<Person_BirthPlace_Operator>
  createdAt?: InputMaybe<Person_CreatedAt_Operator>
  id?: InputMaybe<Person_Id_Operator>
  name?: InputMaybe<Person_Name_Operator>
  nativeName?: InputMaybe<Person_NativeName_Operator>
  photo?: InputMaybe<Person_Photo_Operator>
  slug?: InputMaybe<Person_Slug_Operator>
  updatedAt?: InputMaybe<Person_UpdatedAt_Operator>
}

export type Person_Where_And = {
  AND?: InputMaybe<Array<InputMaybe<Person_Where_And>>>
  OR?: InputMaybe<Array<InputMaybe<Person_Where_Or>>>
  bio?: InputMaybe<Person_Bio_Operator>
  birthDate?: InputMaybe<Person_BirthDate_Operator>
  birthPlace?: InputMaybe<Person_BirthPlace_Operator>
  createdAt?: InputMaybe<Person_CreatedAt_Operator>
  id?: InputMaybe<Person_Id_Operator>
  name?: InputMaybe<Person_Name_Operator>
  nativeName?: InputMaybe<Person_NativeName_Operator>
  photo?: InputMaybe<Person_Photo_Operator>
  slug?: InputMaybe<Person_Slug_Operator>
  updatedAt?: InputMaybe<Person_UpdatedAt_Operator>
}

export type Person_Where_Or = {
  AND?: InputMaybe<Array<InputMaybe<Person_Where_And>>>
  OR?: InputMaybe<Array<InputMaybe<Person_Where_Or>>>
  bio?: InputMaybe<Person_Bio_Operator>
  birthDate?: InputMaybe<Person_BirthDate_Operator>
  birthPlace?: InputMaybe<Person_BirthPlace_Operator>
  createdAt?: InputMaybe<Person_CreatedAt_Operator>
  id?: InputMaybe<Person_Id_Operator>
  name?: InputMaybe<Person_Name_Operator>
  nativeName?: InputMaybe<Person_NativeName_Operator>
  photo?: InputMaybe<Person_Photo_Operator>
  slug?: InputMaybe<Person_Slug_Operator>
  updatedAt?: InputMaybe<Person_UpdatedAt_Operator>
}

export type ReactionUpdate_Reaction_MutationInput = 'angry' | 'laugh' | 'love' | 'sad' | 'wow'

export type Reaction_Article_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type Reaction_CreatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['DateTime']['input']>
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  less_than?: InputMaybe<Scalars['DateTime']['input']>
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  like?: InputMaybe<Scalars['DateTime']['input']>
  not_equals?: InputMaybe<Scalars['DateTime']['input']>
}

export type Reaction_Id_Operator = {
  equals?: InputMaybe<Scalars['Int']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['Int']['input']>
  greater_than_equal?: InputMaybe<Scalars['Int']['input']>
  less_than?: InputMaybe<Scalars['Int']['input']>
  less_than_equal?: InputMaybe<Scalars['Int']['input']>
  not_equals?: InputMaybe<Scalars['Int']['input']>
}

export type Reaction_Reaction = 'angry' | 'laugh' | 'love' | 'sad' | 'wow'

export type Reaction_Reaction_Input = 'angry' | 'laugh' | 'love' | 'sad' | 'wow'

export type Reaction_Reaction_MutationInput = 'angry' | 'laugh' | 'love' | 'sad' | 'wow'

export type Reaction_Reaction_Operator = {
  all?: InputMaybe<Array<InputMaybe<Reaction_Reaction_Input>>>
  equals?: InputMaybe<Reaction_Reaction_Input>
  in?: InputMaybe<Array<InputMaybe<Reaction_Reaction_Input>>>
  not_equals?: InputMaybe<Reaction_Reaction_Input>
  not_in?: InputMaybe<Array<InputMaybe<Reaction_Reaction_Input>>>
}

export type Reaction_Reader_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type Reaction_UpdatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['DateTime']['input']>
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  less_than?: InputMaybe<Scalars['DateTime']['input']>
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  like?: InputMaybe<Scalars['DateTime']['input']>
  not_equals?: InputMaybe<Scalars['DateTime']['input']>
}

export type Reaction_Where = {
  AND?: InputMaybe<Array<InputMaybe<Reaction_Where_And>>>
  OR?: InputMaybe<Array<InputMaybe<Reaction_Where_Or>>>
  article?: InputMaybe<Reaction_Article_Operator>
  createdAt?: InputMaybe<Reaction_CreatedAt_Operator>
  id?: InputMaybe<Reaction_Id_Operator>
  reaction?: InputMaybe<Reaction_Reaction_Operator>
  reader?: InputMaybe<Reaction_Reader_Operator>
  updatedAt?: InputMaybe<Reaction_UpdatedAt_Operator>
}

export type Reaction_Where_And = {
  AND?: InputMaybe<Array<InputMaybe<Reaction_Where_And>>>
  OR?: InputMaybe<Array<InputMaybe<Reaction_Where_Or>>>
  article?: InputMaybe<Reaction_Article_Operator>
  createdAt?: InputMaybe<Reaction_CreatedAt_Operator>
  id?: InputMaybe<Reaction_Id_Operator>
  reaction?: InputMaybe<Reaction_Reaction_Operator>
  reader?: InputMaybe<Reaction_Reader_Operator>
  updatedAt?: InputMaybe<Reaction_UpdatedAt_Operator>
}

export type Reaction_Where_Or = {
  AND?: InputMaybe<Array<InputMaybe<Reaction_Where_And>>>
  OR?: InputMaybe<Array<InputMaybe<Reaction_Where_Or>>>
  article?: InputMaybe<Reaction_Article_Operator>
  createdAt?: InputMaybe<Reaction_CreatedAt_Operator>
  id?: InputMaybe<Reaction_Id_Operator>
  reaction?: InputMaybe<Reaction_Reaction_Operator>
  reader?: InputMaybe<Reaction_Reader_Operator>
  updatedAt?: InputMaybe<Reaction_UpdatedAt_Operator>
}

export type Reader_CreatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['DateTime']['input']>
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  less_than?: InputMaybe<Scalars['DateTime']['input']>
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  like?: InputMaybe<Scalars['DateTime']['input']>
  not_equals?: InputMaybe<Scalars['DateTime']['input']>
}

export type Reader_CurrentPassword_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Reader_DisplayName_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Reader_Email_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['EmailAddress']['input']>>>
  contains?: InputMaybe<Scalars['EmailAddress']['input']>
  equals?: InputMaybe<Scalars['EmailAddress']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['EmailAddress']['input']>>>
  like?: InputMaybe<Scalars['EmailAddress']['input']>
  not_equals?: InputMaybe<Scalars['EmailAddress']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['EmailAddress']['input']>>>
}

export type Reader_Id_Operator = {
  equals?: InputMaybe<Scalars['Int']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['Int']['input']>
  greater_than_equal?: InputMaybe<Scalars['Int']['input']>
  less_than?: InputMaybe<Scalars['Int']['input']>
  less_than_equal?: InputMaybe<Scalars['Int']['input']>
  not_equals?: InputMaybe<Scalars['Int']['input']>
}

export type Reader_UpdatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['DateTime']['input']>
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  less_than?: InputMaybe<Scalars['DateTime']['input']>
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  like?: InputMaybe<Scalars['DateTime']['input']>
  not_equals?: InputMaybe<Scalars['DateTime']['input']>
}

export type Reader_Watched__Drama_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type Reader_Watched__Episode_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>
  greater_than?: InputMaybe<Scalars['Float']['input']>
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>
  less_than?: InputMaybe<Scalars['Float']['input']>
  less_than_equal?: InputMaybe<Scalars['Float']['input']>
  not_equals?: InputMaybe<Scalars['Float']['input']>
}

export type Reader_Watched__Id_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Reader_Where = {
  AND?: InputMaybe<Array<InputMaybe<Reader_Where_And>>>
  OR?: InputMaybe<Array<InputMaybe<Reader_Where_Or>>>
  createdAt?: InputMaybe<Reader_CreatedAt_Operator>
  currentPassword?: InputMaybe<Reader_CurrentPassword_Operator>
  displayName?: InputMaybe<Reader_DisplayName_Operator>
  email?: InputMaybe<Reader_Email_Operator>
  id?: InputMaybe<Reader_Id_Operator>
  updatedAt?: InputMaybe<Reader_UpdatedAt_Operator>
  watched__drama?: InputMaybe<Reader_Watched__Drama_Operator>
  watched__episode?: InputMaybe<Reader_Watched__Episode_Operator>
  watched__id?: InputMaybe<Reader_Watched__Id_Operator>
}

export type Reader_Where_And = {
  AND?: InputMaybe<Array<InputMaybe<Reader_Where_And>>>
  OR?: InputMaybe<Array<InputMaybe<Reader_Where_Or>>>
  createdAt?: InputMaybe<Reader_CreatedAt_Operator>
  currentPassword?: InputMaybe<Reader_CurrentPassword_Operator>
  displayName?: InputMaybe<Reader_DisplayName_Operator>
  email?: InputMaybe<Reader_Email_Operator>
  id?: InputMaybe<Reader_Id_Operator>
  updatedAt?: InputMaybe<Reader_UpdatedAt_Operator>
  watched__drama?: InputMaybe<Reader_Watched__Drama_Operator>
  watched__episode?: InputMaybe<Reader_Watched__Episode_Operator>
  watched__id?: InputMaybe<Reader_Watched__Id_Operator>
}

export type Reader_Where_Or = {
  AND?: InputMaybe<Array<InputMaybe<Reader_Where_And>>>
  OR?: InputMaybe<Array<InputMaybe<Reader_Where_Or>>>
  createdAt?: InputMaybe<Reader_CreatedAt_Operator>
  currentPassword?: InputMaybe<Reader_CurrentPassword_Operator>
  displayName?: InputMaybe<Reader_DisplayName_Operator>
  email?: InputMaybe<Reader_Email_Operator>
  id?: InputMaybe<Reader_Id_Operator>
  updatedAt?: InputMaybe<Reader_UpdatedAt_Operator>
  watched__drama?: InputMaybe<Reader_Watched__Drama_Operator>
  watched__episode?: InputMaybe<Reader_Watched__Episode_Operator>
  watched__id?: InputMaybe<Reader_Watched__Id_Operator>
}

export type SceneUpdate_Kind_MutationInput =
  'breakup' | 'confession' | 'kiss' | 'other' | 'proposal' | 'reunion' | 'reveal'

export type Scene_Characters_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Scene_CreatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['DateTime']['input']>
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  less_than?: InputMaybe<Scalars['DateTime']['input']>
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  like?: InputMaybe<Scalars['DateTime']['input']>
  not_equals?: InputMaybe<Scalars['DateTime']['input']>
}

export type Scene_Description_Operator = {
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
}

export type Scene_Drama_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type Scene_Episode_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>
  greater_than?: InputMaybe<Scalars['Float']['input']>
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>
  less_than?: InputMaybe<Scalars['Float']['input']>
  less_than_equal?: InputMaybe<Scalars['Float']['input']>
  not_equals?: InputMaybe<Scalars['Float']['input']>
}

export type Scene_Id_Operator = {
  equals?: InputMaybe<Scalars['Int']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['Int']['input']>
  greater_than_equal?: InputMaybe<Scalars['Int']['input']>
  less_than?: InputMaybe<Scalars['Int']['input']>
  less_than_equal?: InputMaybe<Scalars['Int']['input']>
  not_equals?: InputMaybe<Scalars['Int']['input']>
}

export type Scene_Kind =
  'breakup' | 'confession' | 'kiss' | 'other' | 'proposal' | 'reunion' | 'reveal'

export type Scene_Kind_Input =
  'breakup' | 'confession' | 'kiss' | 'other' | 'proposal' | 'reunion' | 'reveal'

export type Scene_Kind_MutationInput =
  'breakup' | 'confession' | 'kiss' | 'other' | 'proposal' | 'reunion' | 'reveal'

export type Scene_Kind_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scene_Kind_Input>>>
  equals?: InputMaybe<Scene_Kind_Input>
  in?: InputMaybe<Array<InputMaybe<Scene_Kind_Input>>>
  not_equals?: InputMaybe<Scene_Kind_Input>
  not_in?: InputMaybe<Array<InputMaybe<Scene_Kind_Input>>>
}

export type Scene_Media_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type Scene_Title_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type Scene_UpdatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['DateTime']['input']>
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  less_than?: InputMaybe<Scalars['DateTime']['input']>
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  like?: InputMaybe<Scalars['DateTime']['input']>
  not_equals?: InputMaybe<Scalars['DateTime']['input']>
}

export type Scene_Where = {
  AND?: InputMaybe<Array<InputMaybe<Scene_Where_And>>>
  OR?: InputMaybe<Array<InputMaybe<Scene_Where_Or>>>
  characters?: InputMaybe<Scene_Characters_Operator>
  createdAt?: InputMaybe<Scene_CreatedAt_Operator>
  description?: InputMaybe<Scene_Description_Operator>
  drama?: InputMaybe<Scene_Drama_Operator>
  episode?: InputMaybe<Scene_Episode_Operator>
  id?: InputMaybe<Scene_Id_Operator>
  kind?: InputMaybe<Scene_Kind_Operator>
  media?: InputMaybe<Scene_Media_Operator>
  title?: InputMaybe<Scene_Title_Operator>
  updatedAt?: InputMaybe<Scene_UpdatedAt_Operator>
  withheld?: InputMaybe<Scene_Withheld_Operator>
}

export type Scene_Where_And = {
  AND?: InputMaybe<Array<InputMaybe<Scene_Where_And>>>
  OR?: InputMaybe<Array<InputMaybe<Scene_Where_Or>>>
  characters?: InputMaybe<Scene_Characters_Operator>
  createdAt?: InputMaybe<Scene_CreatedAt_Operator>
  description?: InputMaybe<Scene_Description_Operator>
  drama?: InputMaybe<Scene_Drama_Operator>
  episode?: InputMaybe<Scene_Episode_Operator>
  id?: InputMaybe<Scene_Id_Operator>
  kind?: InputMaybe<Scene_Kind_Operator>
  media?: InputMaybe<Scene_Media_Operator>
  title?: InputMaybe<Scene_Title_Operator>
  updatedAt?: InputMaybe<Scene_UpdatedAt_Operator>
  withheld?: InputMaybe<Scene_Withheld_Operator>
}

export type Scene_Where_Or = {
  AND?: InputMaybe<Array<InputMaybe<Scene_Where_And>>>
  OR?: InputMaybe<Array<InputMaybe<Scene_Where_Or>>>
  characters?: InputMaybe<Scene_Characters_Operator>
  createdAt?: InputMaybe<Scene_CreatedAt_Operator>
  description?: InputMaybe<Scene_Description_Operator>
  drama?: InputMaybe<Scene_Drama_Operator>
  episode?: InputMaybe<Scene_Episode_Operator>
  id?: InputMaybe<Scene_Id_Operator>
  kind?: InputMaybe<Scene_Kind_Operator>
  media?: InputMaybe<Scene_Media_Operator>
  title?: InputMaybe<Scene_Title_Operator>
  updatedAt?: InputMaybe<Scene_UpdatedAt_Operator>
  withheld?: InputMaybe<Scene_Withheld_Operator>
}

export type Scene_Withheld_Operator = {
  equals?: InputMaybe<Scalars['Boolean']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  not_equals?: InputMaybe<Scalars['Boolean']['input']>
}

export type SpoilerMode = 'hide' | 'show'

export type SpoilerWatchedInput = {
  /** Slug or id. */
  drama: Scalars['String']['input']
  /** The last episode watched (0 for not started). */
  episode: Scalars['Int']['input']
}

export type AuthorsJwt_Role = 'admin' | 'author' | 'editor'

export type MutationArticleInput = {
  _status?: InputMaybe<Article__Status_MutationInput>
  assignee?: InputMaybe<Scalars['Int']['input']>
  author?: InputMaybe<Scalars['Int']['input']>
  body?: InputMaybe<Scalars['JSON']['input']>
  checklistStatus?: InputMaybe<Article_ChecklistStatus_MutationInput>
  coAuthors?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>
  createdAt?: InputMaybe<Scalars['String']['input']>
  dramas?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>
  excerpt?: InputMaybe<Scalars['String']['input']>
  excludedSimilar?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>
  format: Article_Format_MutationInput
  heroImage?: InputMaybe<Scalars['Int']['input']>
  intro?: InputMaybe<Scalars['JSON']['input']>
  items?: InputMaybe<Array<InputMaybe<MutationArticle_ItemsInput>>>
  people?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>
  pinnedSimilar?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>
  publishAt?: InputMaybe<Scalars['String']['input']>
  publishedAt?: InputMaybe<Scalars['String']['input']>
  reactionCounts?: InputMaybe<Scalars['JSON']['input']>
  seeAlso?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>
  similarArticles?: InputMaybe<Scalars['JSON']['input']>
  slug?: InputMaybe<Scalars['String']['input']>
  sources?: InputMaybe<Array<InputMaybe<MutationArticle_SourcesInput>>>
  spoilerSections?: InputMaybe<Array<InputMaybe<MutationArticle_SpoilerSectionsInput>>>
  spoilerSummary?: InputMaybe<MutationArticle_SpoilerSummaryInput>
  spoilerWarning?: InputMaybe<MutationArticle_SpoilerWarningInput>
  stage?: InputMaybe<Article_Stage_MutationInput>
  stageChangedAt?: InputMaybe<Scalars['String']['input']>
  tags?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  title: Scalars['String']['input']
  updatedAt?: InputMaybe<Scalars['String']['input']>
  workflowSeq?: InputMaybe<Scalars['Float']['input']>
}

export type MutationArticleUpdateInput = {
  _status?: InputMaybe<ArticleUpdate__Status_MutationInput>
  assignee?: InputMaybe<Scalars['Int']['input']>
  author?: InputMaybe<Scalars['Int']['input']>
  body?: InputMaybe<Scalars['JSON']['input']>
  checklistStatus?: InputMaybe<ArticleUpdate_ChecklistStatus_MutationInput>
  coAuthors?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>
  createdAt?: InputMaybe<Scalars['String']['input']>
  dramas?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>
  excerpt?: InputMaybe<Scalars['String']['input']>
  excludedSimilar?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>
  format?: InputMaybe<ArticleUpdate_Format_MutationInput>
  heroImage?: InputMaybe<Scalars['Int']['input']>
  intro?: InputMaybe<Scalars['JSON']['input']>
  items?: InputMaybe<Array<InputMaybe<MutationArticleUpdate_ItemsInput>>>
  people?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>
  pinnedSimilar?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>
  publishAt?: InputMaybe<Scalars['String']['input']>
  publishedAt?: InputMaybe<Scalars['String']['input']>
  reactionCounts?: InputMaybe<Scalars['JSON']['input']>
  seeAlso?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>
  similarArticles?: InputMaybe<Scalars['JSON']['input']>
  slug?: InputMaybe<Scalars['String']['input']>
  sources?: InputMaybe<Array<InputMaybe<MutationArticleUpdate_SourcesInput>>>
  spoilerSections?: InputMaybe<Array<InputMaybe<MutationArticleUpdate_SpoilerSectionsInput>>>
  spoilerSummary?: InputMaybe<MutationArticleUpdate_SpoilerSummaryInput>
  spoilerWarning?: InputMaybe<MutationArticleUpdate_SpoilerWarningInput>
  stage?: InputMaybe<ArticleUpdate_Stage_MutationInput>
  stageChangedAt?: InputMaybe<Scalars['String']['input']>
  tags?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  title?: InputMaybe<Scalars['String']['input']>
  updatedAt?: InputMaybe<Scalars['String']['input']>
  workflowSeq?: InputMaybe<Scalars['Float']['input']>
}

export type MutationArticleUpdate_ItemsInput = {
  body?: InputMaybe<Scalars['JSON']['input']>
  drama?: InputMaybe<Scalars['Int']['input']>
  heading: Scalars['String']['input']
  id?: InputMaybe<Scalars['String']['input']>
  media?: InputMaybe<Scalars['Int']['input']>
  scene?: InputMaybe<Scalars['Int']['input']>
  watchNow?: InputMaybe<Scalars['Boolean']['input']>
}

export type MutationArticleUpdate_SourcesInput = {
  id?: InputMaybe<Scalars['String']['input']>
  label: Scalars['String']['input']
  url: Scalars['String']['input']
}

export type MutationArticleUpdate_SpoilerSectionsInput = {
  detected?: InputMaybe<Scalars['Boolean']['input']>
  drama?: InputMaybe<Scalars['Int']['input']>
  dramaTitle?: InputMaybe<Scalars['String']['input']>
  episode?: InputMaybe<Scalars['Int']['input']>
  heading?: InputMaybe<Scalars['String']['input']>
  id?: InputMaybe<Scalars['String']['input']>
  key?: InputMaybe<Scalars['String']['input']>
  override?: InputMaybe<ArticleUpdate_SpoilerSections_Override_MutationInput>
  reasons?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  score?: InputMaybe<Scalars['Float']['input']>
  spoiler?: InputMaybe<Scalars['Boolean']['input']>
  withheld?: InputMaybe<Scalars['Boolean']['input']>
}

export type MutationArticleUpdate_SpoilerSummaryInput = {
  dramas?: InputMaybe<Array<InputMaybe<MutationArticleUpdate_SpoilerSummary_DramasInput>>>
  hasSpoilers?: InputMaybe<Scalars['Boolean']['input']>
}

export type MutationArticleUpdate_SpoilerSummary_DramasInput = {
  drama?: InputMaybe<Scalars['Int']['input']>
  episode?: InputMaybe<Scalars['Int']['input']>
  id?: InputMaybe<Scalars['String']['input']>
  title?: InputMaybe<Scalars['String']['input']>
}

export type MutationArticleUpdate_SpoilerWarningInput = {
  custom?: InputMaybe<Scalars['String']['input']>
  generated?: InputMaybe<Scalars['String']['input']>
  mode?: InputMaybe<ArticleUpdate_SpoilerWarning_Mode_MutationInput>
  text?: InputMaybe<Scalars['String']['input']>
}

export type MutationArticle_ItemsInput = {
  body?: InputMaybe<Scalars['JSON']['input']>
  drama?: InputMaybe<Scalars['Int']['input']>
  heading: Scalars['String']['input']
  id?: InputMaybe<Scalars['String']['input']>
  media?: InputMaybe<Scalars['Int']['input']>
  scene?: InputMaybe<Scalars['Int']['input']>
  watchNow?: InputMaybe<Scalars['Boolean']['input']>
}

export type MutationArticle_SourcesInput = {
  id?: InputMaybe<Scalars['String']['input']>
  label: Scalars['String']['input']
  url: Scalars['String']['input']
}

export type MutationArticle_SpoilerSectionsInput = {
  detected?: InputMaybe<Scalars['Boolean']['input']>
  drama?: InputMaybe<Scalars['Int']['input']>
  dramaTitle?: InputMaybe<Scalars['String']['input']>
  episode?: InputMaybe<Scalars['Int']['input']>
  heading?: InputMaybe<Scalars['String']['input']>
  id?: InputMaybe<Scalars['String']['input']>
  key?: InputMaybe<Scalars['String']['input']>
  override?: InputMaybe<Article_SpoilerSections_Override_MutationInput>
  reasons?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  score?: InputMaybe<Scalars['Float']['input']>
  spoiler?: InputMaybe<Scalars['Boolean']['input']>
  withheld?: InputMaybe<Scalars['Boolean']['input']>
}

export type MutationArticle_SpoilerSummaryInput = {
  dramas?: InputMaybe<Array<InputMaybe<MutationArticle_SpoilerSummary_DramasInput>>>
  hasSpoilers?: InputMaybe<Scalars['Boolean']['input']>
}

export type MutationArticle_SpoilerSummary_DramasInput = {
  drama?: InputMaybe<Scalars['Int']['input']>
  episode?: InputMaybe<Scalars['Int']['input']>
  id?: InputMaybe<Scalars['String']['input']>
  title?: InputMaybe<Scalars['String']['input']>
}

export type MutationArticle_SpoilerWarningInput = {
  custom?: InputMaybe<Scalars['String']['input']>
  generated?: InputMaybe<Scalars['String']['input']>
  mode?: InputMaybe<Article_SpoilerWarning_Mode_MutationInput>
  text?: InputMaybe<Scalars['String']['input']>
}

export type MutationAuthorInput = {
  avatar?: InputMaybe<Scalars['Int']['input']>
  bio?: InputMaybe<Scalars['String']['input']>
  createdAt?: InputMaybe<Scalars['String']['input']>
  currentPassword?: InputMaybe<Scalars['String']['input']>
  currentlyWatching?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>
  email?: InputMaybe<Scalars['String']['input']>
  favourites?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>
  handle: Scalars['String']['input']
  hasAPIKey?: InputMaybe<Scalars['Boolean']['input']>
  lookingForwardTo?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>
  name: Scalars['String']['input']
  password: Scalars['String']['input']
  role?: InputMaybe<Author_Role_MutationInput>
  socials?: InputMaybe<Array<InputMaybe<MutationAuthor_SocialsInput>>>
  updatedAt?: InputMaybe<Scalars['String']['input']>
}

export type MutationAuthorUpdateInput = {
  avatar?: InputMaybe<Scalars['Int']['input']>
  bio?: InputMaybe<Scalars['String']['input']>
  createdAt?: InputMaybe<Scalars['String']['input']>
  currentPassword?: InputMaybe<Scalars['String']['input']>
  currentlyWatching?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>
  email?: InputMaybe<Scalars['String']['input']>
  favourites?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>
  handle?: InputMaybe<Scalars['String']['input']>
  hasAPIKey?: InputMaybe<Scalars['Boolean']['input']>
  lookingForwardTo?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>
  name?: InputMaybe<Scalars['String']['input']>
  password?: InputMaybe<Scalars['String']['input']>
  role?: InputMaybe<AuthorUpdate_Role_MutationInput>
  socials?: InputMaybe<Array<InputMaybe<MutationAuthorUpdate_SocialsInput>>>
  updatedAt?: InputMaybe<Scalars['String']['input']>
}

export type MutationAuthorUpdate_SocialsInput = {
  id?: InputMaybe<Scalars['String']['input']>
  platform: AuthorUpdate_Socials_Platform_MutationInput
  url: Scalars['String']['input']
}

export type MutationAuthor_SocialsInput = {
  id?: InputMaybe<Scalars['String']['input']>
  platform: Author_Socials_Platform_MutationInput
  url: Scalars['String']['input']
}

export type MutationCommentInput = {
  article?: InputMaybe<Scalars['Int']['input']>
  authorName?: InputMaybe<Scalars['String']['input']>
  body: Scalars['String']['input']
  createdAt?: InputMaybe<Scalars['String']['input']>
  markedSpoiler?: InputMaybe<Scalars['Boolean']['input']>
  parent?: InputMaybe<Scalars['Int']['input']>
  reader?: InputMaybe<Scalars['Int']['input']>
  reportCount?: InputMaybe<Scalars['Float']['input']>
  reportsReviewed?: InputMaybe<Scalars['Float']['input']>
  spoiler?: InputMaybe<Scalars['Boolean']['input']>
  spoilerDetected?: InputMaybe<Scalars['Boolean']['input']>
  spoilerDrama?: InputMaybe<Scalars['Int']['input']>
  spoilerEpisode?: InputMaybe<Scalars['Int']['input']>
  spoilerReasons?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  status?: InputMaybe<Comment_Status_MutationInput>
  updatedAt?: InputMaybe<Scalars['String']['input']>
}

export type MutationCommentReportInput = {
  comment?: InputMaybe<Scalars['Int']['input']>
  createdAt?: InputMaybe<Scalars['String']['input']>
  note?: InputMaybe<Scalars['String']['input']>
  reader?: InputMaybe<Scalars['Int']['input']>
  reason?: InputMaybe<CommentReport_Reason_MutationInput>
  updatedAt?: InputMaybe<Scalars['String']['input']>
}

export type MutationCommentReportUpdateInput = {
  comment?: InputMaybe<Scalars['Int']['input']>
  createdAt?: InputMaybe<Scalars['String']['input']>
  note?: InputMaybe<Scalars['String']['input']>
  reader?: InputMaybe<Scalars['Int']['input']>
  reason?: InputMaybe<CommentReportUpdate_Reason_MutationInput>
  updatedAt?: InputMaybe<Scalars['String']['input']>
}

export type MutationCommentUpdateInput = {
  article?: InputMaybe<Scalars['Int']['input']>
  authorName?: InputMaybe<Scalars['String']['input']>
  body?: InputMaybe<Scalars['String']['input']>
  createdAt?: InputMaybe<Scalars['String']['input']>
  markedSpoiler?: InputMaybe<Scalars['Boolean']['input']>
  parent?: InputMaybe<Scalars['Int']['input']>
  reader?: InputMaybe<Scalars['Int']['input']>
  reportCount?: InputMaybe<Scalars['Float']['input']>
  reportsReviewed?: InputMaybe<Scalars['Float']['input']>
  spoiler?: InputMaybe<Scalars['Boolean']['input']>
  spoilerDetected?: InputMaybe<Scalars['Boolean']['input']>
  spoilerDrama?: InputMaybe<Scalars['Int']['input']>
  spoilerEpisode?: InputMaybe<Scalars['Int']['input']>
  spoilerReasons?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  status?: InputMaybe<CommentUpdate_Status_MutationInput>
  updatedAt?: InputMaybe<Scalars['String']['input']>
}

export type MutationDramaInput = {
  aliases?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  basedOn?: InputMaybe<MutationDrama_BasedOnInput>
  cast?: InputMaybe<Array<InputMaybe<MutationDrama_CastInput>>>
  createdAt?: InputMaybe<Scalars['String']['input']>
  directors?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>
  episodes: Scalars['Int']['input']
  network?: InputMaybe<Scalars['String']['input']>
  poster?: InputMaybe<Scalars['Int']['input']>
  schedule?: InputMaybe<MutationDrama_ScheduleInput>
  slug?: InputMaybe<Scalars['String']['input']>
  status?: InputMaybe<Drama_Status_MutationInput>
  synopsis?: InputMaybe<Scalars['String']['input']>
  title: Scalars['String']['input']
  updatedAt?: InputMaybe<Scalars['String']['input']>
  whereToWatch?: InputMaybe<Array<InputMaybe<MutationDrama_WhereToWatchInput>>>
  writers?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>
  year?: InputMaybe<Scalars['Float']['input']>
}

export type MutationDramaUpdateInput = {
  aliases?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  basedOn?: InputMaybe<MutationDramaUpdate_BasedOnInput>
  cast?: InputMaybe<Array<InputMaybe<MutationDramaUpdate_CastInput>>>
  createdAt?: InputMaybe<Scalars['String']['input']>
  directors?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>
  episodes?: InputMaybe<Scalars['Int']['input']>
  network?: InputMaybe<Scalars['String']['input']>
  poster?: InputMaybe<Scalars['Int']['input']>
  schedule?: InputMaybe<MutationDramaUpdate_ScheduleInput>
  slug?: InputMaybe<Scalars['String']['input']>
  status?: InputMaybe<DramaUpdate_Status_MutationInput>
  synopsis?: InputMaybe<Scalars['String']['input']>
  title?: InputMaybe<Scalars['String']['input']>
  updatedAt?: InputMaybe<Scalars['String']['input']>
  whereToWatch?: InputMaybe<Array<InputMaybe<MutationDramaUpdate_WhereToWatchInput>>>
  writers?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>
  year?: InputMaybe<Scalars['Float']['input']>
}

export type MutationDramaUpdate_BasedOnInput = {
  kind?: InputMaybe<DramaUpdate_BasedOn_Kind_MutationInput>
  title?: InputMaybe<Scalars['String']['input']>
}

export type MutationDramaUpdate_CastInput = {
  billing?: InputMaybe<DramaUpdate_Cast_Billing_MutationInput>
  character: Scalars['String']['input']
  id?: InputMaybe<Scalars['String']['input']>
  person?: InputMaybe<Scalars['Int']['input']>
}

export type MutationDramaUpdate_ScheduleInput = {
  days?: InputMaybe<Array<InputMaybe<DramaUpdate_Schedule_Days_MutationInput>>>
  time?: InputMaybe<Scalars['String']['input']>
  timezone?: InputMaybe<Scalars['String']['input']>
}

export type MutationDramaUpdate_WhereToWatchInput = {
  id?: InputMaybe<Scalars['String']['input']>
  platform: Scalars['String']['input']
  url: Scalars['String']['input']
}

export type MutationDrama_BasedOnInput = {
  kind?: InputMaybe<Drama_BasedOn_Kind_MutationInput>
  title?: InputMaybe<Scalars['String']['input']>
}

export type MutationDrama_CastInput = {
  billing?: InputMaybe<Drama_Cast_Billing_MutationInput>
  character: Scalars['String']['input']
  id?: InputMaybe<Scalars['String']['input']>
  person?: InputMaybe<Scalars['Int']['input']>
}

export type MutationDrama_ScheduleInput = {
  days?: InputMaybe<Array<InputMaybe<Drama_Schedule_Days_MutationInput>>>
  time?: InputMaybe<Scalars['String']['input']>
  timezone?: InputMaybe<Scalars['String']['input']>
}

export type MutationDrama_WhereToWatchInput = {
  id?: InputMaybe<Scalars['String']['input']>
  platform: Scalars['String']['input']
  url: Scalars['String']['input']
}

export type MutationEditorialNoteInput = {
  anchor?: InputMaybe<Scalars['String']['input']>
  article?: InputMaybe<Scalars['Int']['input']>
  author?: InputMaybe<Scalars['Int']['input']>
  body: Scalars['String']['input']
  createdAt?: InputMaybe<Scalars['String']['input']>
  mentions?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>
  parent?: InputMaybe<Scalars['Int']['input']>
  resolved?: InputMaybe<Scalars['Boolean']['input']>
  updatedAt?: InputMaybe<Scalars['String']['input']>
}

export type MutationEditorialNoteUpdateInput = {
  anchor?: InputMaybe<Scalars['String']['input']>
  article?: InputMaybe<Scalars['Int']['input']>
  author?: InputMaybe<Scalars['Int']['input']>
  body?: InputMaybe<Scalars['String']['input']>
  createdAt?: InputMaybe<Scalars['String']['input']>
  mentions?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>
  parent?: InputMaybe<Scalars['Int']['input']>
  resolved?: InputMaybe<Scalars['Boolean']['input']>
  updatedAt?: InputMaybe<Scalars['String']['input']>
}

export type MutationMediaInput = {
  alt: Scalars['String']['input']
  createdAt?: InputMaybe<Scalars['String']['input']>
  credit?: InputMaybe<Scalars['String']['input']>
  filename?: InputMaybe<Scalars['String']['input']>
  filesize?: InputMaybe<Scalars['Float']['input']>
  focalX?: InputMaybe<Scalars['Float']['input']>
  focalY?: InputMaybe<Scalars['Float']['input']>
  height?: InputMaybe<Scalars['Float']['input']>
  mimeType?: InputMaybe<Scalars['String']['input']>
  sizes?: InputMaybe<MutationMedia_SizesInput>
  thumbnailURL?: InputMaybe<Scalars['String']['input']>
  updatedAt?: InputMaybe<Scalars['String']['input']>
  url?: InputMaybe<Scalars['String']['input']>
  width?: InputMaybe<Scalars['Float']['input']>
}

export type MutationMediaUpdateInput = {
  alt?: InputMaybe<Scalars['String']['input']>
  createdAt?: InputMaybe<Scalars['String']['input']>
  credit?: InputMaybe<Scalars['String']['input']>
  filename?: InputMaybe<Scalars['String']['input']>
  filesize?: InputMaybe<Scalars['Float']['input']>
  focalX?: InputMaybe<Scalars['Float']['input']>
  focalY?: InputMaybe<Scalars['Float']['input']>
  height?: InputMaybe<Scalars['Float']['input']>
  mimeType?: InputMaybe<Scalars['String']['input']>
  sizes?: InputMaybe<MutationMediaUpdate_SizesInput>
  thumbnailURL?: InputMaybe<Scalars['String']['input']>
  updatedAt?: InputMaybe<Scalars['String']['input']>
  url?: InputMaybe<Scalars['String']['input']>
  width?: InputMaybe<Scalars['Float']['input']>
}

export type MutationMediaUpdate_SizesInput = {
  card?: InputMaybe<MutationMediaUpdate_Sizes_CardInput>
  thumbnail?: InputMaybe<MutationMediaUpdate_Sizes_ThumbnailInput>
}

export type MutationMediaUpdate_Sizes_CardInput = {
  filename?: InputMaybe<Scalars['String']['input']>
  filesize?: InputMaybe<Scalars['Float']['input']>
  height?: InputMaybe<Scalars['Float']['input']>
  mimeType?: InputMaybe<Scalars['String']['input']>
  url?: InputMaybe<Scalars['String']['input']>
  width?: InputMaybe<Scalars['Float']['input']>
}

export type MutationMediaUpdate_Sizes_ThumbnailInput = {
  filename?: InputMaybe<Scalars['String']['input']>
  filesize?: InputMaybe<Scalars['Float']['input']>
  height?: InputMaybe<Scalars['Float']['input']>
  mimeType?: InputMaybe<Scalars['String']['input']>
  url?: InputMaybe<Scalars['String']['input']>
  width?: InputMaybe<Scalars['Float']['input']>
}

export type MutationMedia_SizesInput = {
  card?: InputMaybe<MutationMedia_Sizes_CardInput>
  thumbnail?: InputMaybe<MutationMedia_Sizes_ThumbnailInput>
}

export type MutationMedia_Sizes_CardInput = {
  filename?: InputMaybe<Scalars['String']['input']>
  filesize?: InputMaybe<Scalars['Float']['input']>
  height?: InputMaybe<Scalars['Float']['input']>
  mimeType?: InputMaybe<Scalars['String']['input']>
  url?: InputMaybe<Scalars['String']['input']>
  width?: InputMaybe<Scalars['Float']['input']>
}

export type MutationMedia_Sizes_ThumbnailInput = {
  filename?: InputMaybe<Scalars['String']['input']>
  filesize?: InputMaybe<Scalars['Float']['input']>
  height?: InputMaybe<Scalars['Float']['input']>
  mimeType?: InputMaybe<Scalars['String']['input']>
  url?: InputMaybe<Scalars['String']['input']>
  width?: InputMaybe<Scalars['Float']['input']>
}

export type MutationPersonInput = {
  bio?: InputMaybe<Scalars['String']['input']>
  birthDate?: InputMaybe<Scalars['String']['input']>
  birthPlace?: InputMaybe<Scalars['String']['input']>
  createdAt?: InputMaybe<Scalars['String']['input']>
  name: Scalars['String']['input']
  nativeName?: InputMaybe<Scalars['String']['input']>
  photo?: InputMaybe<Scalars['Int']['input']>
  slug?: InputMaybe<Scalars['String']['input']>
  updatedAt?: InputMaybe<Scalars['String']['input']>
}

export type MutationPersonUpdateInput = {
  bio?: InputMaybe<Scalars['String']['input']>
  birthDate?: InputMaybe<Scalars['String']['input']>
  birthPlace?: InputMaybe<Scalars['String']['input']>
  createdAt?: InputMaybe<Scalars['String']['input']>
  name?: InputMaybe<Scalars['String']['input']>
  nativeName?: InputMaybe<Scalars['String']['input']>
  photo?: InputMaybe<Scalars['Int']['input']>
  slug?: InputMaybe<Scalars['String']['input']>
  updatedAt?: InputMaybe<Scalars['String']['input']>
}

export type MutationReactionInput = {
  article?: InputMaybe<Scalars['Int']['input']>
  createdAt?: InputMaybe<Scalars['String']['input']>
  reaction: Reaction_Reaction_MutationInput
  reader?: InputMaybe<Scalars['Int']['input']>
  updatedAt?: InputMaybe<Scalars['String']['input']>
}

export type MutationReactionUpdateInput = {
  article?: InputMaybe<Scalars['Int']['input']>
  createdAt?: InputMaybe<Scalars['String']['input']>
  reaction?: InputMaybe<ReactionUpdate_Reaction_MutationInput>
  reader?: InputMaybe<Scalars['Int']['input']>
  updatedAt?: InputMaybe<Scalars['String']['input']>
}

export type MutationReaderInput = {
  createdAt?: InputMaybe<Scalars['String']['input']>
  currentPassword?: InputMaybe<Scalars['String']['input']>
  displayName: Scalars['String']['input']
  email?: InputMaybe<Scalars['String']['input']>
  password: Scalars['String']['input']
  updatedAt?: InputMaybe<Scalars['String']['input']>
  watched?: InputMaybe<Array<InputMaybe<MutationReader_WatchedInput>>>
}

export type MutationReaderUpdateInput = {
  createdAt?: InputMaybe<Scalars['String']['input']>
  currentPassword?: InputMaybe<Scalars['String']['input']>
  displayName?: InputMaybe<Scalars['String']['input']>
  email?: InputMaybe<Scalars['String']['input']>
  password?: InputMaybe<Scalars['String']['input']>
  updatedAt?: InputMaybe<Scalars['String']['input']>
  watched?: InputMaybe<Array<InputMaybe<MutationReaderUpdate_WatchedInput>>>
}

export type MutationReaderUpdate_WatchedInput = {
  drama?: InputMaybe<Scalars['Int']['input']>
  episode: Scalars['Int']['input']
  id?: InputMaybe<Scalars['String']['input']>
}

export type MutationReader_WatchedInput = {
  drama?: InputMaybe<Scalars['Int']['input']>
  episode: Scalars['Int']['input']
  id?: InputMaybe<Scalars['String']['input']>
}

export type MutationSceneInput = {
  characters?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  createdAt?: InputMaybe<Scalars['String']['input']>
  description?: InputMaybe<Scalars['String']['input']>
  drama?: InputMaybe<Scalars['Int']['input']>
  episode: Scalars['Int']['input']
  kind: Scene_Kind_MutationInput
  media?: InputMaybe<Scalars['Int']['input']>
  title: Scalars['String']['input']
  updatedAt?: InputMaybe<Scalars['String']['input']>
  withheld?: InputMaybe<Scalars['Boolean']['input']>
}

export type MutationSceneUpdateInput = {
  characters?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  createdAt?: InputMaybe<Scalars['String']['input']>
  description?: InputMaybe<Scalars['String']['input']>
  drama?: InputMaybe<Scalars['Int']['input']>
  episode?: InputMaybe<Scalars['Int']['input']>
  kind?: InputMaybe<SceneUpdate_Kind_MutationInput>
  media?: InputMaybe<Scalars['Int']['input']>
  title?: InputMaybe<Scalars['String']['input']>
  updatedAt?: InputMaybe<Scalars['String']['input']>
  withheld?: InputMaybe<Scalars['Boolean']['input']>
}

export type VersionsArticle_CreatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['DateTime']['input']>
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  less_than?: InputMaybe<Scalars['DateTime']['input']>
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  like?: InputMaybe<Scalars['DateTime']['input']>
  not_equals?: InputMaybe<Scalars['DateTime']['input']>
}

export type VersionsArticle_Id_Operator = {
  equals?: InputMaybe<Scalars['Int']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['Int']['input']>
  greater_than_equal?: InputMaybe<Scalars['Int']['input']>
  less_than?: InputMaybe<Scalars['Int']['input']>
  less_than_equal?: InputMaybe<Scalars['Int']['input']>
  not_equals?: InputMaybe<Scalars['Int']['input']>
}

export type VersionsArticle_Latest_Operator = {
  equals?: InputMaybe<Scalars['Boolean']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  not_equals?: InputMaybe<Scalars['Boolean']['input']>
}

export type VersionsArticle_Parent_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type VersionsArticle_UpdatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['DateTime']['input']>
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  less_than?: InputMaybe<Scalars['DateTime']['input']>
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  like?: InputMaybe<Scalars['DateTime']['input']>
  not_equals?: InputMaybe<Scalars['DateTime']['input']>
}

export type VersionsArticle_Version___Status_Input = 'draft' | 'published'

export type VersionsArticle_Version___Status_Operator = {
  all?: InputMaybe<Array<InputMaybe<VersionsArticle_Version___Status_Input>>>
  equals?: InputMaybe<VersionsArticle_Version___Status_Input>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<VersionsArticle_Version___Status_Input>>>
  not_equals?: InputMaybe<VersionsArticle_Version___Status_Input>
  not_in?: InputMaybe<Array<InputMaybe<VersionsArticle_Version___Status_Input>>>
}

export type VersionsArticle_Version__Assignee_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type VersionsArticle_Version__Author_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type VersionsArticle_Version__Body_Operator = {
  contains?: InputMaybe<Scalars['JSON']['input']>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  like?: InputMaybe<Scalars['JSON']['input']>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
}

export type VersionsArticle_Version__ChecklistStatus_Input = 'blocked' | 'ready' | 'warnings'

export type VersionsArticle_Version__ChecklistStatus_Operator = {
  all?: InputMaybe<Array<InputMaybe<VersionsArticle_Version__ChecklistStatus_Input>>>
  equals?: InputMaybe<VersionsArticle_Version__ChecklistStatus_Input>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<VersionsArticle_Version__ChecklistStatus_Input>>>
  not_equals?: InputMaybe<VersionsArticle_Version__ChecklistStatus_Input>
  not_in?: InputMaybe<Array<InputMaybe<VersionsArticle_Version__ChecklistStatus_Input>>>
}

export type VersionsArticle_Version__CoAuthors_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type VersionsArticle_Version__CreatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['DateTime']['input']>
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  less_than?: InputMaybe<Scalars['DateTime']['input']>
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  like?: InputMaybe<Scalars['DateTime']['input']>
  not_equals?: InputMaybe<Scalars['DateTime']['input']>
}

export type VersionsArticle_Version__Dramas_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type VersionsArticle_Version__Excerpt_Operator = {
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
}

export type VersionsArticle_Version__ExcludedSimilar_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type VersionsArticle_Version__Format_Input = 'feature' | 'listicle' | 'news' | 'recap'

export type VersionsArticle_Version__Format_Operator = {
  all?: InputMaybe<Array<InputMaybe<VersionsArticle_Version__Format_Input>>>
  equals?: InputMaybe<VersionsArticle_Version__Format_Input>
  in?: InputMaybe<Array<InputMaybe<VersionsArticle_Version__Format_Input>>>
  not_equals?: InputMaybe<VersionsArticle_Version__Format_Input>
  not_in?: InputMaybe<Array<InputMaybe<VersionsArticle_Version__Format_Input>>>
}

export type VersionsArticle_Version__HeroImage_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type VersionsArticle_Version__Intro_Operator = {
  contains?: InputMaybe<Scalars['JSON']['input']>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  like?: InputMaybe<Scalars['JSON']['input']>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
}

export type VersionsArticle_Version__Items__Body_Operator = {
  contains?: InputMaybe<Scalars['JSON']['input']>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  like?: InputMaybe<Scalars['JSON']['input']>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
}

export type VersionsArticle_Version__Items__Drama_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type VersionsArticle_Version__Items__Heading_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type VersionsArticle_Version__Items__Id_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type VersionsArticle_Version__Items__Media_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type VersionsArticle_Version__Items__Scene_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type VersionsArticle_Version__Items__WatchNow_Operator = {
  equals?: InputMaybe<Scalars['Boolean']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  not_equals?: InputMaybe<Scalars['Boolean']['input']>
}

export type VersionsArticle_Version__People_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type VersionsArticle_Version__PinnedSimilar_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type VersionsArticle_Version__PublishAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['DateTime']['input']>
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  less_than?: InputMaybe<Scalars['DateTime']['input']>
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  like?: InputMaybe<Scalars['DateTime']['input']>
  not_equals?: InputMaybe<Scalars['DateTime']['input']>
}

export type VersionsArticle_Version__PublishedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['DateTime']['input']>
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  less_than?: InputMaybe<Scalars['DateTime']['input']>
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  like?: InputMaybe<Scalars['DateTime']['input']>
  not_equals?: InputMaybe<Scalars['DateTime']['input']>
}

export type VersionsArticle_Version__ReactionCounts_Operator = {
  contains?: InputMaybe<Scalars['JSON']['input']>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  intersects?: InputMaybe<Scalars['JSON']['input']>
  like?: InputMaybe<Scalars['JSON']['input']>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  within?: InputMaybe<Scalars['JSON']['input']>
}

export type VersionsArticle_Version__SeeAlso_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type VersionsArticle_Version__SimilarArticles_Operator = {
  contains?: InputMaybe<Scalars['JSON']['input']>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  intersects?: InputMaybe<Scalars['JSON']['input']>
  like?: InputMaybe<Scalars['JSON']['input']>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  within?: InputMaybe<Scalars['JSON']['input']>
}

export type VersionsArticle_Version__Slug_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type VersionsArticle_Version__Sources__Id_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type VersionsArticle_Version__Sources__Label_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type VersionsArticle_Version__Sources__Url_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type VersionsArticle_Version__SpoilerSections__Detected_Operator = {
  equals?: InputMaybe<Scalars['Boolean']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  not_equals?: InputMaybe<Scalars['Boolean']['input']>
}

export type VersionsArticle_Version__SpoilerSections__DramaTitle_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type VersionsArticle_Version__SpoilerSections__Drama_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type VersionsArticle_Version__SpoilerSections__Episode_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['Float']['input']>
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>
  less_than?: InputMaybe<Scalars['Float']['input']>
  less_than_equal?: InputMaybe<Scalars['Float']['input']>
  not_equals?: InputMaybe<Scalars['Float']['input']>
}

export type VersionsArticle_Version__SpoilerSections__Heading_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type VersionsArticle_Version__SpoilerSections__Id_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type VersionsArticle_Version__SpoilerSections__Key_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type VersionsArticle_Version__SpoilerSections__Override_Input = 'auto' | 'safe' | 'spoiler'

export type VersionsArticle_Version__SpoilerSections__Override_Operator = {
  all?: InputMaybe<Array<InputMaybe<VersionsArticle_Version__SpoilerSections__Override_Input>>>
  equals?: InputMaybe<VersionsArticle_Version__SpoilerSections__Override_Input>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<VersionsArticle_Version__SpoilerSections__Override_Input>>>
  not_equals?: InputMaybe<VersionsArticle_Version__SpoilerSections__Override_Input>
  not_in?: InputMaybe<Array<InputMaybe<VersionsArticle_Version__SpoilerSections__Override_Input>>>
}

export type VersionsArticle_Version__SpoilerSections__Reasons_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type VersionsArticle_Version__SpoilerSections__Score_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['Float']['input']>
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>
  less_than?: InputMaybe<Scalars['Float']['input']>
  less_than_equal?: InputMaybe<Scalars['Float']['input']>
  not_equals?: InputMaybe<Scalars['Float']['input']>
}

export type VersionsArticle_Version__SpoilerSections__Spoiler_Operator = {
  equals?: InputMaybe<Scalars['Boolean']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  not_equals?: InputMaybe<Scalars['Boolean']['input']>
}

export type VersionsArticle_Version__SpoilerSections__Withheld_Operator = {
  equals?: InputMaybe<Scalars['Boolean']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  not_equals?: InputMaybe<Scalars['Boolean']['input']>
}

export type VersionsArticle_Version__SpoilerSummary__Dramas__Drama_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  equals?: InputMaybe<Scalars['JSON']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
  not_equals?: InputMaybe<Scalars['JSON']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>
}

export type VersionsArticle_Version__SpoilerSummary__Dramas__Episode_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['Float']['input']>
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>
  less_than?: InputMaybe<Scalars['Float']['input']>
  less_than_equal?: InputMaybe<Scalars['Float']['input']>
  not_equals?: InputMaybe<Scalars['Float']['input']>
}

export type VersionsArticle_Version__SpoilerSummary__Dramas__Id_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type VersionsArticle_Version__SpoilerSummary__Dramas__Title_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type VersionsArticle_Version__SpoilerSummary__HasSpoilers_Operator = {
  equals?: InputMaybe<Scalars['Boolean']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  not_equals?: InputMaybe<Scalars['Boolean']['input']>
}

export type VersionsArticle_Version__SpoilerWarning__Custom_Operator = {
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
}

export type VersionsArticle_Version__SpoilerWarning__Generated_Operator = {
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
}

export type VersionsArticle_Version__SpoilerWarning__Mode_Input = 'auto' | 'custom' | 'off'

export type VersionsArticle_Version__SpoilerWarning__Mode_Operator = {
  all?: InputMaybe<Array<InputMaybe<VersionsArticle_Version__SpoilerWarning__Mode_Input>>>
  equals?: InputMaybe<VersionsArticle_Version__SpoilerWarning__Mode_Input>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<VersionsArticle_Version__SpoilerWarning__Mode_Input>>>
  not_equals?: InputMaybe<VersionsArticle_Version__SpoilerWarning__Mode_Input>
  not_in?: InputMaybe<Array<InputMaybe<VersionsArticle_Version__SpoilerWarning__Mode_Input>>>
}

export type VersionsArticle_Version__SpoilerWarning__Text_Operator = {
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
}

export type VersionsArticle_Version__StageChangedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['DateTime']['input']>
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  less_than?: InputMaybe<Scalars['DateTime']['input']>
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  like?: InputMaybe<Scalars['DateTime']['input']>
  not_equals?: InputMaybe<Scalars['DateTime']['input']>
}

export type VersionsArticle_Version__Stage_Input =
  'approved' | 'archived' | 'changes_requested' | 'draft' | 'in_review' | 'published' | 'scheduled'

export type VersionsArticle_Version__Stage_Operator = {
  all?: InputMaybe<Array<InputMaybe<VersionsArticle_Version__Stage_Input>>>
  equals?: InputMaybe<VersionsArticle_Version__Stage_Input>
  in?: InputMaybe<Array<InputMaybe<VersionsArticle_Version__Stage_Input>>>
  not_equals?: InputMaybe<VersionsArticle_Version__Stage_Input>
  not_in?: InputMaybe<Array<InputMaybe<VersionsArticle_Version__Stage_Input>>>
}

export type VersionsArticle_Version__Tags_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type VersionsArticle_Version__Title_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  contains?: InputMaybe<Scalars['String']['input']>
  equals?: InputMaybe<Scalars['String']['input']>
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
  like?: InputMaybe<Scalars['String']['input']>
  not_equals?: InputMaybe<Scalars['String']['input']>
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>
}

export type VersionsArticle_Version__UpdatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['DateTime']['input']>
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  less_than?: InputMaybe<Scalars['DateTime']['input']>
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>
  like?: InputMaybe<Scalars['DateTime']['input']>
  not_equals?: InputMaybe<Scalars['DateTime']['input']>
}

export type VersionsArticle_Version__WorkflowSeq_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>
  exists?: InputMaybe<Scalars['Boolean']['input']>
  greater_than?: InputMaybe<Scalars['Float']['input']>
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>
  less_than?: InputMaybe<Scalars['Float']['input']>
  less_than_equal?: InputMaybe<Scalars['Float']['input']>
  not_equals?: InputMaybe<Scalars['Float']['input']>
}

export type VersionsArticle_Where = {
  AND?: InputMaybe<Array<InputMaybe<VersionsArticle_Where_And>>>
  OR?: InputMaybe<Array<InputMaybe<VersionsArticle_Where_Or>>>
  createdAt?: InputMaybe<VersionsArticle_CreatedAt_Operator>
  id?: InputMaybe<VersionsArticle_Id_Operator>
  latest?: InputMaybe<VersionsArticle_Latest_Operator>
  parent?: InputMaybe<VersionsArticle_Parent_Operator>
  updatedAt?: InputMaybe<VersionsArticle_UpdatedAt_Operator>
  version___status?: InputMaybe<VersionsArticle_Version___Status_Operator>
  version__assignee?: InputMaybe<VersionsArticle_Version__Assignee_Operator>
  version__author?: InputMaybe<VersionsArticle_Version__Author_Operator>
  version__body?: InputMaybe<VersionsArticle_Version__Body_Operator>
  version__checklistStatus?: InputMaybe<VersionsArticle_Version__ChecklistStatus_Operator>
  version__coAuthors?: InputMaybe<VersionsArticle_Version__CoAuthors_Operator>
  version__createdAt?: InputMaybe<VersionsArticle_Version__CreatedAt_Operator>
  version__dramas?: InputMaybe<VersionsArticle_Version__Dramas_Operator>
  version__excerpt?: InputMaybe<VersionsArticle_Version__Excerpt_Operator>
  version__excludedSimilar?: InputMaybe<VersionsArticle_Version__ExcludedSimilar_Operator>
  version__format?: InputMaybe<VersionsArticle_Version__Format_Operator>
  version__heroImage?: InputMaybe<VersionsArticle_Version__HeroImage_Operator>
  version__intro?: InputMaybe<VersionsArticle_Version__Intro_Operator>
  version__items__body?: InputMaybe<VersionsArticle_Version__Items__Body_Operator>
  version__items__drama?: InputMaybe<VersionsArticle_Version__Items__Drama_Operator>
  version__items__heading?: InputMaybe<VersionsArticle_Version__Items__Heading_Operator>
  version__items__id?: InputMaybe<VersionsArticle_Version__Items__Id_Operator>
  version__items__media?: InputMaybe<VersionsArticle_Version__Items__Media_Operator>
  version__items__scene?: InputMaybe<VersionsArticle_Version__Items__Scene_Operator>
  version__items__watchNow?: InputMaybe<VersionsArticle_Version__Items__WatchNow_Operator>
  version__people?: InputMaybe<VersionsArticle_Version__People_Operator>
  version__pinnedSimilar?: InputMaybe<VersionsArticle_Version__PinnedSimilar_Operator>
  version__publishAt?: InputMaybe<VersionsArticle_Version__PublishAt_Operator>
  version__publishedAt?: InputMaybe<VersionsArticle_Version__PublishedAt_Operator>
  version__reactionCounts?: InputMaybe<VersionsArticle_Version__ReactionCounts_Operator>
  version__seeAlso?: InputMaybe<VersionsArticle_Version__SeeAlso_Operator>
  version__similarArticles?: InputMaybe<VersionsArticle_Version__SimilarArticles_Operator>
  version__slug?: InputMaybe<VersionsArticle_Version__Slug_Operator>
  version__sources__id?: InputMaybe<VersionsArticle_Version__Sources__Id_Operator>
  version__sources__label?: InputMaybe<VersionsArticle_Version__Sources__Label_Operator>
  version__sources__url?: InputMaybe<VersionsArticle_Version__Sources__Url_Operator>
  version__spoilerSections__detected?: InputMaybe<VersionsArticle_Version__SpoilerSections__Detected_Operator>
  version__spoilerSections__drama?: InputMaybe<VersionsArticle_Version__SpoilerSections__Drama_Operator>
  version__spoilerSections__dramaTitle?: InputMaybe<VersionsArticle_Version__SpoilerSections__DramaTitle_Operator>
  version__spoilerSections__episode?: InputMaybe<VersionsArticle_Version__SpoilerSections__Episode_Operator>
  version__spoilerSections__heading?: InputMaybe<VersionsArticle_Version__SpoilerSections__Heading_Operator>
  version__spoilerSections__id?: InputMaybe<VersionsArticle_Version__SpoilerSections__Id_Operator>
  version__spoilerSections__key?: InputMaybe<VersionsArticle_Version__SpoilerSections__Key_Operator>
  version__spoilerSections__override?: InputMaybe<VersionsArticle_Version__SpoilerSections__Override_Operator>
  version__spoilerSections__reasons?: InputMaybe<VersionsArticle_Version__SpoilerSections__Reasons_Operator>
  version__spoilerSections__score?: InputMaybe<VersionsArticle_Version__SpoilerSections__Score_Operator>
  version__spoilerSections__spoiler?: InputMaybe<VersionsArticle_Version__SpoilerSections__Spoiler_Operator>
  version__spoilerSections__withheld?: InputMaybe<VersionsArticle_Version__SpoilerSections__Withheld_Operator>
  version__spoilerSummary__dramas__drama?: InputMaybe<VersionsArticle_Version__SpoilerSummary__Dramas__Drama_Operator>
  version__spoilerSummary__dramas__episode?: InputMaybe<VersionsArticle_Version__SpoilerSummary__Dramas__Episode_Operator>
  version__spoilerSummary__dramas__id?: InputMaybe<VersionsArticle_Version__SpoilerSummary__Dramas__Id_Operator>
  version__spoilerSummary__dramas__title?: InputMaybe<VersionsArticle_Version__SpoilerSummary__Dramas__Title_Operator>
  version__spoilerSummary__hasSpoilers?: InputMaybe<VersionsArticle_Version__SpoilerSummary__HasSpoilers_Operator>
  version__spoilerWarning__custom?: InputMaybe<VersionsArticle_Version__SpoilerWarning__Custom_Operator>
  version__spoilerWarning__generated?: InputMaybe<VersionsArticle_Version__SpoilerWarning__Generated_Operator>
  version__spoilerWarning__mode?: InputMaybe<VersionsArticle_Version__SpoilerWarning__Mode_Operator>
  version__spoilerWarning__text?: InputMaybe<VersionsArticle_Version__SpoilerWarning__Text_Operator>
  version__stage?: InputMaybe<VersionsArticle_Version__Stage_Operator>
  version__stageChangedAt?: InputMaybe<VersionsArticle_Version__StageChangedAt_Operator>
  version__tags?: InputMaybe<VersionsArticle_Version__Tags_Operator>
  version__title?: InputMaybe<VersionsArticle_Version__Title_Operator>
  version__updatedAt?: InputMaybe<VersionsArticle_Version__UpdatedAt_Operator>
  version__workflowSeq?: InputMaybe<VersionsArticle_Version__WorkflowSeq_Operator>
}

export type VersionsArticle_Where_And = {
  AND?: InputMaybe<Array<InputMaybe<VersionsArticle_Where_And>>>
  OR?: InputMaybe<Array<InputMaybe<VersionsArticle_Where_Or>>>
  createdAt?: InputMaybe<VersionsArticle_CreatedAt_Operator>
  id?: InputMaybe<VersionsArticle_Id_Operator>
  latest?: InputMaybe<VersionsArticle_Latest_Operator>
  parent?: InputMaybe<VersionsArticle_Parent_Operator>
  updatedAt?: InputMaybe<VersionsArticle_UpdatedAt_Operator>
  version___status?: InputMaybe<VersionsArticle_Version___Status_Operator>
  version__assignee?: InputMaybe<VersionsArticle_Version__Assignee_Operator>
  version__author?: InputMaybe<VersionsArticle_Version__Author_Operator>
  version__body?: InputMaybe<VersionsArticle_Version__Body_Operator>
  version__checklistStatus?: InputMaybe<VersionsArticle_Version__ChecklistStatus_Operator>
  version__coAuthors?: InputMaybe<VersionsArticle_Version__CoAuthors_Operator>
  version__createdAt?: InputMaybe<VersionsArticle_Version__CreatedAt_Operator>
  version__dramas?: InputMaybe<VersionsArticle_Version__Dramas_Operator>
  version__excerpt?: InputMaybe<VersionsArticle_Version__Excerpt_Operator>
  version__excludedSimilar?: InputMaybe<VersionsArticle_Version__ExcludedSimilar_Operator>
  version__format?: InputMaybe<VersionsArticle_Version__Format_Operator>
  version__heroImage?: InputMaybe<VersionsArticle_Version__HeroImage_Operator>
  version__intro?: InputMaybe<VersionsArticle_Version__Intro_Operator>
  version__items__body?: InputMaybe<VersionsArticle_Version__Items__Body_Operator>
  version__items__drama?: InputMaybe<VersionsArticle_Version__Items__Drama_Operator>
  version__items__heading?: InputMaybe<VersionsArticle_Version__Items__Heading_Operator>
  version__items__id?: InputMaybe<VersionsArticle_Version__Items__Id_Operator>
  version__items__media?: InputMaybe<VersionsArticle_Version__Items__Media_Operator>
  version__items__scene?: InputMaybe<VersionsArticle_Version__Items__Scene_Operator>
  version__items__watchNow?: InputMaybe<VersionsArticle_Version__Items__WatchNow_Operator>
  version__people?: InputMaybe<VersionsArticle_Version__People_Operator>
  version__pinnedSimilar?: InputMaybe<VersionsArticle_Version__PinnedSimilar_Operator>
  version__publishAt?: InputMaybe<VersionsArticle_Version__PublishAt_Operator>
  version__publishedAt?: InputMaybe<VersionsArticle_Version__PublishedAt_Operator>
  version__reactionCounts?: InputMaybe<VersionsArticle_Version__ReactionCounts_Operator>
  version__seeAlso?: InputMaybe<VersionsArticle_Version__SeeAlso_Operator>
  version__similarArticles?: InputMaybe<VersionsArticle_Version__SimilarArticles_Operator>
  version__slug?: InputMaybe<VersionsArticle_Version__Slug_Operator>
  version__sources__id?: InputMaybe<VersionsArticle_Version__Sources__Id_Operator>
  version__sources__label?: InputMaybe<VersionsArticle_Version__Sources__Label_Operator>
  version__sources__url?: InputMaybe<VersionsArticle_Version__Sources__Url_Operator>
  version__spoilerSections__detected?: InputMaybe<VersionsArticle_Version__SpoilerSections__Detected_Operator>
  version__spoilerSections__drama?: InputMaybe<VersionsArticle_Version__SpoilerSections__Drama_Operator>
  version__spoilerSections__dramaTitle?: InputMaybe<VersionsArticle_Version__SpoilerSections__DramaTitle_Operator>
  version__spoilerSections__episode?: InputMaybe<VersionsArticle_Version__SpoilerSections__Episode_Operator>
  version__spoilerSections__heading?: InputMaybe<VersionsArticle_Version__SpoilerSections__Heading_Operator>
  version__spoilerSections__id?: InputMaybe<VersionsArticle_Version__SpoilerSections__Id_Operator>
  version__spoilerSections__key?: InputMaybe<VersionsArticle_Version__SpoilerSections__Key_Operator>
  version__spoilerSections__override?: InputMaybe<VersionsArticle_Version__SpoilerSections__Override_Operator>
  version__spoilerSections__reasons?: InputMaybe<VersionsArticle_Version__SpoilerSections__Reasons_Operator>
  version__spoilerSections__score?: InputMaybe<VersionsArticle_Version__SpoilerSections__Score_Operator>
  version__spoilerSections__spoiler?: InputMaybe<VersionsArticle_Version__SpoilerSections__Spoiler_Operator>
  version__spoilerSections__withheld?: InputMaybe<VersionsArticle_Version__SpoilerSections__Withheld_Operator>
  version__spoilerSummary__dramas__drama?: InputMaybe<VersionsArticle_Version__SpoilerSummary__Dramas__Drama_Operator>
  version__spoilerSummary__dramas__episode?: InputMaybe<VersionsArticle_Version__SpoilerSummary__Dramas__Episode_Operator>
  version__spoilerSummary__dramas__id?: InputMaybe<VersionsArticle_Version__SpoilerSummary__Dramas__Id_Operator>
  version__spoilerSummary__dramas__title?: InputMaybe<VersionsArticle_Version__SpoilerSummary__Dramas__Title_Operator>
  version__spoilerSummary__hasSpoilers?: InputMaybe<VersionsArticle_Version__SpoilerSummary__HasSpoilers_Operator>
  version__spoilerWarning__custom?: InputMaybe<VersionsArticle_Version__SpoilerWarning__Custom_Operator>
  version__spoilerWarning__generated?: InputMaybe<VersionsArticle_Version__SpoilerWarning__Generated_Operator>
  version__spoilerWarning__mode?: InputMaybe<VersionsArticle_Version__SpoilerWarning__Mode_Operator>
  version__spoilerWarning__text?: InputMaybe<VersionsArticle_Version__SpoilerWarning__Text_Operator>
  version__stage?: InputMaybe<VersionsArticle_Version__Stage_Operator>
  version__stageChangedAt?: InputMaybe<VersionsArticle_Version__StageChangedAt_Operator>
  version__tags?: InputMaybe<VersionsArticle_Version__Tags_Operator>
  version__title?: InputMaybe<VersionsArticle_Version__Title_Operator>
  version__updatedAt?: InputMaybe<VersionsArticle_Version__UpdatedAt_Operator>
  version__workflowSeq?: InputMaybe<VersionsArticle_Version__WorkflowSeq_Operator>
}

export type VersionsArticle_Where_Or = {
  AND?: InputMaybe<Array<InputMaybe<VersionsArticle_Where_And>>>
  OR?: InputMaybe<Array<InputMaybe<VersionsArticle_Where_Or>>>
  createdAt?: InputMaybe<VersionsArticle_CreatedAt_Operator>
  id?: InputMaybe<VersionsArticle_Id_Operator>
  latest?: InputMaybe<VersionsArticle_Latest_Operator>
  parent?: InputMaybe<VersionsArticle_Parent_Operator>
  updatedAt?: InputMaybe<VersionsArticle_UpdatedAt_Operator>
  version___status?: InputMaybe<VersionsArticle_Version___Status_Operator>
  version__assignee?: InputMaybe<VersionsArticle_Version__Assignee_Operator>
  version__author?: InputMaybe<VersionsArticle_Version__Author_Operator>
  version__body?: InputMaybe<VersionsArticle_Version__Body_Operator>
  version__checklistStatus?: InputMaybe<VersionsArticle_Version__ChecklistStatus_Operator>
  version__coAuthors?: InputMaybe<VersionsArticle_Version__CoAuthors_Operator>
  version__createdAt?: InputMaybe<VersionsArticle_Version__CreatedAt_Operator>
  version__dramas?: InputMaybe<VersionsArticle_Version__Dramas_Operator>
  version__excerpt?: InputMaybe<VersionsArticle_Version__Excerpt_Operator>
  version__excludedSimilar?: InputMaybe<VersionsArticle_Version__ExcludedSimilar_Operator>
  version__format?: InputMaybe<VersionsArticle_Version__Format_Operator>
  version__heroImage?: InputMaybe<VersionsArticle_Version__HeroImage_Operator>
  version__intro?: InputMaybe<VersionsArticle_Version__Intro_Operator>
  version__items__body?: InputMaybe<VersionsArticle_Version__Items__Body_Operator>
  version__items__drama?: InputMaybe<VersionsArticle_Version__Items__Drama_Operator>
  version__items__heading?: InputMaybe<VersionsArticle_Version__Items__Heading_Operator>
  version__items__id?: InputMaybe<VersionsArticle_Version__Items__Id_Operator>
  version__items__media?: InputMaybe<VersionsArticle_Version__Items__Media_Operator>
  version__items__scene?: InputMaybe<VersionsArticle_Version__Items__Scene_Operator>
  version__items__watchNow?: InputMaybe<VersionsArticle_Version__Items__WatchNow_Operator>
  version__people?: InputMaybe<VersionsArticle_Version__People_Operator>
  version__pinnedSimilar?: InputMaybe<VersionsArticle_Version__PinnedSimilar_Operator>
  version__publishAt?: InputMaybe<VersionsArticle_Version__PublishAt_Operator>
  version__publishedAt?: InputMaybe<VersionsArticle_Version__PublishedAt_Operator>
  version__reactionCounts?: InputMaybe<VersionsArticle_Version__ReactionCounts_Operator>
  version__seeAlso?: InputMaybe<VersionsArticle_Version__SeeAlso_Operator>
  version__similarArticles?: InputMaybe<VersionsArticle_Version__SimilarArticles_Operator>
  version__slug?: InputMaybe<VersionsArticle_Version__Slug_Operator>
  version__sources__id?: InputMaybe<VersionsArticle_Version__Sources__Id_Operator>
  version__sources__label?: InputMaybe<VersionsArticle_Version__Sources__Label_Operator>
  version__sources__url?: InputMaybe<VersionsArticle_Version__Sources__Url_Operator>
  version__spoilerSections__detected?: InputMaybe<VersionsArticle_Version__SpoilerSections__Detected_Operator>
  version__spoilerSections__drama?: InputMaybe<VersionsArticle_Version__SpoilerSections__Drama_Operator>
  version__spoilerSections__dramaTitle?: InputMaybe<VersionsArticle_Version__SpoilerSections__DramaTitle_Operator>
  version__spoilerSections__episode?: InputMaybe<VersionsArticle_Version__SpoilerSections__Episode_Operator>
  version__spoilerSections__heading?: InputMaybe<VersionsArticle_Version__SpoilerSections__Heading_Operator>
  version__spoilerSections__id?: InputMaybe<VersionsArticle_Version__SpoilerSections__Id_Operator>
  version__spoilerSections__key?: InputMaybe<VersionsArticle_Version__SpoilerSections__Key_Operator>
  version__spoilerSections__override?: InputMaybe<VersionsArticle_Version__SpoilerSections__Override_Operator>
  version__spoilerSections__reasons?: InputMaybe<VersionsArticle_Version__SpoilerSections__Reasons_Operator>
  version__spoilerSections__score?: InputMaybe<VersionsArticle_Version__SpoilerSections__Score_Operator>
  version__spoilerSections__spoiler?: InputMaybe<VersionsArticle_Version__SpoilerSections__Spoiler_Operator>
  version__spoilerSections__withheld?: InputMaybe<VersionsArticle_Version__SpoilerSections__Withheld_Operator>
  version__spoilerSummary__dramas__drama?: InputMaybe<VersionsArticle_Version__SpoilerSummary__Dramas__Drama_Operator>
  version__spoilerSummary__dramas__episode?: InputMaybe<VersionsArticle_Version__SpoilerSummary__Dramas__Episode_Operator>
  version__spoilerSummary__dramas__id?: InputMaybe<VersionsArticle_Version__SpoilerSummary__Dramas__Id_Operator>
  version__spoilerSummary__dramas__title?: InputMaybe<VersionsArticle_Version__SpoilerSummary__Dramas__Title_Operator>
  version__spoilerSummary__hasSpoilers?: InputMaybe<VersionsArticle_Version__SpoilerSummary__HasSpoilers_Operator>
  version__spoilerWarning__custom?: InputMaybe<VersionsArticle_Version__SpoilerWarning__Custom_Operator>
  version__spoilerWarning__generated?: InputMaybe<VersionsArticle_Version__SpoilerWarning__Generated_Operator>
  version__spoilerWarning__mode?: InputMaybe<VersionsArticle_Version__SpoilerWarning__Mode_Operator>
  version__spoilerWarning__text?: InputMaybe<VersionsArticle_Version__SpoilerWarning__Text_Operator>
  version__stage?: InputMaybe<VersionsArticle_Version__Stage_Operator>
  version__stageChangedAt?: InputMaybe<VersionsArticle_Version__StageChangedAt_Operator>
  version__tags?: InputMaybe<VersionsArticle_Version__Tags_Operator>
  version__title?: InputMaybe<VersionsArticle_Version__Title_Operator>
  version__updatedAt?: InputMaybe<VersionsArticle_Version__UpdatedAt_Operator>
  version__workflowSeq?: InputMaybe<VersionsArticle_Version__WorkflowSeq_Operator>
}

export type ArticleBySlugQueryVariables = Exact<{
  slug: Scalars['String']['input']
}>

export type ArticleBySlugQuery = {
  __typename?: 'Query'
  Articles?: {
    __typename?: 'Articles'
    docs: Array<{
      __typename?: 'Article'
      id: number
      title?: string | null
      format?: Article_Format | null
      author?: { __typename?: 'Author'; name: string } | null
      items?: Array<{
        __typename?: 'Article_Items'
        heading?: string | null
        watchNow?: boolean | null
        scene?: {
          __typename?: 'Scene'
          title: string
          episode: number
          drama?: {
            __typename?: 'Drama'
            title: string
            slug?: string | null
            whereToWatch?: Array<{
              __typename?: 'Drama_WhereToWatch'
              platform?: string | null
              url?: string | null
            }> | null
          } | null
        } | null
      }> | null
      spoilerSections?: Array<{
        __typename?: 'Article_SpoilerSections'
        episode?: number | null
        withheld?: boolean | null
      }> | null
    }>
  } | null
}

export type DramaBySlugQueryVariables = Exact<{
  slug: Scalars['String']['input']
}>

export type DramaBySlugQuery = {
  __typename?: 'Query'
  Dramas?: {
    __typename?: 'Dramas'
    docs: Array<{ __typename?: 'Drama'; id: number; title: string }>
  } | null
}

export type ArticlesAboutDramaQueryVariables = Exact<{
  drama: Scalars['JSON']['input']
}>

export type ArticlesAboutDramaQuery = {
  __typename?: 'Query'
  Articles?: {
    __typename?: 'Articles'
    docs: Array<{ __typename?: 'Article'; slug?: string | null; title?: string | null }>
  } | null
}

export type ArticlePageQueryVariables = Exact<{
  limit: Scalars['Int']['input']
  page: Scalars['Int']['input']
}>

export type ArticlePageQuery = {
  __typename?: 'Query'
  Articles?: {
    __typename?: 'Articles'
    totalDocs: number
    totalPages: number
    page: number
    hasNextPage: boolean
    hasPrevPage: boolean
    docs: Array<{ __typename?: 'Article'; slug?: string | null }>
  } | null
}

export type SpoilerSafeQueryVariables = Exact<{
  slug: Scalars['String']['input']
  watched?: InputMaybe<Array<SpoilerWatchedInput> | SpoilerWatchedInput>
  spoilers?: InputMaybe<SpoilerMode>
}>

export type SpoilerSafeQuery = {
  __typename?: 'Query'
  spoilerSafeArticle?: {
    __typename?: 'Article'
    title?: string | null
    items?: Array<{
      __typename?: 'Article_Items'
      heading?: string | null
      body?: unknown | null
    }> | null
    spoilerSections?: Array<{
      __typename?: 'Article_SpoilerSections'
      key?: string | null
      spoiler?: boolean | null
      withheld?: boolean | null
      episode?: number | null
    }> | null
  } | null
}

export type SimilarQueryVariables = Exact<{
  id: Scalars['Int']['input']
  limit?: InputMaybe<Scalars['Int']['input']>
}>

export type SimilarQuery = {
  __typename?: 'Query'
  similarArticles: Array<{
    __typename?: 'SimilarArticle'
    score: number
    isPinned: boolean
    article: { __typename?: 'Article'; id: number; title?: string | null; slug?: string | null }
  }>
}

export type SignUpMutationVariables = Exact<{
  data: MutationReaderInput
}>

export type SignUpMutation = {
  __typename?: 'Mutation'
  createReader?: { __typename?: 'Reader'; id: number; displayName: string } | null
}

export type ReaderLoginMutationVariables = Exact<{
  email: Scalars['String']['input']
  password: Scalars['String']['input']
}>

export type ReaderLoginMutation = {
  __typename?: 'Mutation'
  loginReader?: {
    __typename?: 'readersLoginResult'
    token?: string | null
    user?: { __typename?: 'Reader'; id: number } | null
  } | null
}

export type PostCommentMutationVariables = Exact<{
  data: MutationCommentInput
}>

export type PostCommentMutation = {
  __typename?: 'Mutation'
  createComment?: {
    __typename?: 'Comment'
    id: number
    status?: Comment_Status | null
    body: string
  } | null
}

export type CommentsOnQueryVariables = Exact<{
  article: Scalars['JSON']['input']
}>

export type CommentsOnQuery = {
  __typename?: 'Query'
  Comments?: {
    __typename?: 'Comments'
    docs: Array<{
      __typename?: 'Comment'
      id: number
      body: string
      status?: Comment_Status | null
      parent?: { __typename?: 'Comment'; id: number } | null
      reader?: { __typename?: 'Reader'; id: number } | null
    }>
  } | null
}

export type StaffLoginMutationVariables = Exact<{
  email: Scalars['String']['input']
  password: Scalars['String']['input']
}>

export type StaffLoginMutation = {
  __typename?: 'Mutation'
  loginAuthor?: { __typename?: 'authorsLoginResult'; token?: string | null } | null
}

export type DraftArticleQueryVariables = Exact<{
  id: Scalars['Int']['input']
}>

export type DraftArticleQuery = {
  __typename?: 'Query'
  Article?: {
    __typename?: 'Article'
    id: number
    title?: string | null
    _status?: Article__Status | null
  } | null
}

export const ArticleBySlugDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ArticleBySlug' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'Articles' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'where' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'slug' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'equals' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'IntValue', value: '1' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'docs' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'format' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'author' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'items' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'heading' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'watchNow' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'scene' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'episode' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'drama' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'whereToWatch' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'platform' },
                                              },
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'url' },
                                              },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'spoilerSections' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'episode' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'withheld' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ArticleBySlugQuery, ArticleBySlugQueryVariables>
export const DramaBySlugDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DramaBySlug' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'Dramas' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'where' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'slug' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'equals' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'IntValue', value: '1' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'docs' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DramaBySlugQuery, DramaBySlugQueryVariables>
export const ArticlesAboutDramaDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ArticlesAboutDrama' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'drama' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'Articles' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'where' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'dramas' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'in' },
                            value: {
                              kind: 'ListValue',
                              values: [
                                { kind: 'Variable', name: { kind: 'Name', value: 'drama' } },
                              ],
                            },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'StringValue', value: 'title', block: false },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'docs' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ArticlesAboutDramaQuery, ArticlesAboutDramaQueryVariables>
export const ArticlePageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ArticlePage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'Articles' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'StringValue', value: 'title', block: false },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'docs' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'slug' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'totalDocs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalPages' } },
                { kind: 'Field', name: { kind: 'Name', value: 'page' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hasPrevPage' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ArticlePageQuery, ArticlePageQueryVariables>
export const SpoilerSafeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SpoilerSafe' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'watched' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'SpoilerWatchedInput' } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'spoilers' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SpoilerMode' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'spoilerSafeArticle' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'slug' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'watched' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'watched' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'spoilers' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'spoilers' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'heading' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'spoilerSections' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'spoiler' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'withheld' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'episode' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SpoilerSafeQuery, SpoilerSafeQueryVariables>
export const SimilarDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Similar' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'similarArticles' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isPinned' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'article' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SimilarQuery, SimilarQueryVariables>
export const SignUpDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignUp' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'data' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'mutationReaderInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createReader' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'data' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'data' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>
export const ReaderLoginDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReaderLogin' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'loginReader' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'token' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReaderLoginMutation, ReaderLoginMutationVariables>
export const PostCommentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PostComment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'data' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'mutationCommentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createComment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'data' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'data' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PostCommentMutation, PostCommentMutationVariables>
export const CommentsOnDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CommentsOn' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'article' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'Comments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'where' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'article' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'equals' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'article' } },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'StringValue', value: 'createdAt', block: false },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'IntValue', value: '50' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'docs' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'parent' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'reader' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CommentsOnQuery, CommentsOnQueryVariables>
export const StaffLoginDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StaffLogin' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'loginAuthor' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'token' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StaffLoginMutation, StaffLoginMutationVariables>
export const DraftArticleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DraftArticle' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'Article' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'draft' },
                value: { kind: 'BooleanValue', value: true },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: '_status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DraftArticleQuery, DraftArticleQueryVariables>
