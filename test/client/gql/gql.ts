/* eslint-disable */
import * as types from './graphql'
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core'

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query ArticleBySlug($slug: String!) {\n    Articles(where: { slug: { equals: $slug } }, limit: 1) {\n      docs {\n        id\n        title\n        format\n        author {\n          name\n        }\n        items {\n          heading\n          watchNow\n          scene {\n            title\n            episode\n            drama {\n              title\n              slug\n              whereToWatch {\n                platform\n                url\n              }\n            }\n          }\n        }\n        spoilerSections {\n          episode\n          withheld\n        }\n      }\n    }\n  }\n': typeof types.ArticleBySlugDocument
  '\n  query DramaBySlug($slug: String!) {\n    Dramas(where: { slug: { equals: $slug } }, limit: 1) {\n      docs {\n        id\n        title\n      }\n    }\n  }\n': typeof types.DramaBySlugDocument
  '\n  query ArticlesAboutDrama($drama: JSON!) {\n    Articles(where: { dramas: { in: [$drama] } }, sort: "title") {\n      docs {\n        slug\n        title\n      }\n    }\n  }\n': typeof types.ArticlesAboutDramaDocument
  '\n  query ArticlePage($limit: Int!, $page: Int!) {\n    Articles(limit: $limit, page: $page, sort: "title") {\n      docs {\n        slug\n      }\n      totalDocs\n      totalPages\n      page\n      hasNextPage\n      hasPrevPage\n    }\n  }\n': typeof types.ArticlePageDocument
  '\n  query SpoilerSafe($slug: String!, $watched: [SpoilerWatchedInput!], $spoilers: SpoilerMode) {\n    spoilerSafeArticle(slug: $slug, watched: $watched, spoilers: $spoilers) {\n      title\n      items {\n        heading\n        body\n      }\n      spoilerSections {\n        key\n        spoiler\n        withheld\n        episode\n      }\n    }\n  }\n': typeof types.SpoilerSafeDocument
  '\n  query Similar($id: Int!, $limit: Int) {\n    similarArticles(id: $id, limit: $limit) {\n      score\n      isPinned\n      article {\n        id\n        title\n        slug\n      }\n    }\n  }\n': typeof types.SimilarDocument
  '\n  mutation SignUp($data: mutationReaderInput!) {\n    createReader(data: $data) {\n      id\n      displayName\n    }\n  }\n': typeof types.SignUpDocument
  '\n  mutation ReaderLogin($email: String!, $password: String!) {\n    loginReader(email: $email, password: $password) {\n      token\n      user {\n        id\n      }\n    }\n  }\n': typeof types.ReaderLoginDocument
  '\n  mutation PostComment($data: mutationCommentInput!) {\n    createComment(data: $data) {\n      id\n      status\n      body\n    }\n  }\n': typeof types.PostCommentDocument
  '\n  query CommentsOn($article: JSON!) {\n    Comments(where: { article: { equals: $article } }, sort: "createdAt", limit: 50) {\n      docs {\n        id\n        body\n        status\n        parent {\n          id\n        }\n        reader {\n          id\n        }\n      }\n    }\n  }\n': typeof types.CommentsOnDocument
  '\n  mutation StaffLogin($email: String!, $password: String!) {\n    loginAuthor(email: $email, password: $password) {\n      token\n    }\n  }\n': typeof types.StaffLoginDocument
  '\n  query DraftArticle($id: Int!) {\n    Article(id: $id, draft: true) {\n      id\n      title\n      _status\n    }\n  }\n': typeof types.DraftArticleDocument
}
const documents: Documents = {
  '\n  query ArticleBySlug($slug: String!) {\n    Articles(where: { slug: { equals: $slug } }, limit: 1) {\n      docs {\n        id\n        title\n        format\n        author {\n          name\n        }\n        items {\n          heading\n          watchNow\n          scene {\n            title\n            episode\n            drama {\n              title\n              slug\n              whereToWatch {\n                platform\n                url\n              }\n            }\n          }\n        }\n        spoilerSections {\n          episode\n          withheld\n        }\n      }\n    }\n  }\n':
    types.ArticleBySlugDocument,
  '\n  query DramaBySlug($slug: String!) {\n    Dramas(where: { slug: { equals: $slug } }, limit: 1) {\n      docs {\n        id\n        title\n      }\n    }\n  }\n':
    types.DramaBySlugDocument,
  '\n  query ArticlesAboutDrama($drama: JSON!) {\n    Articles(where: { dramas: { in: [$drama] } }, sort: "title") {\n      docs {\n        slug\n        title\n      }\n    }\n  }\n':
    types.ArticlesAboutDramaDocument,
  '\n  query ArticlePage($limit: Int!, $page: Int!) {\n    Articles(limit: $limit, page: $page, sort: "title") {\n      docs {\n        slug\n      }\n      totalDocs\n      totalPages\n      page\n      hasNextPage\n      hasPrevPage\n    }\n  }\n':
    types.ArticlePageDocument,
  '\n  query SpoilerSafe($slug: String!, $watched: [SpoilerWatchedInput!], $spoilers: SpoilerMode) {\n    spoilerSafeArticle(slug: $slug, watched: $watched, spoilers: $spoilers) {\n      title\n      items {\n        heading\n        body\n      }\n      spoilerSections {\n        key\n        spoiler\n        withheld\n        episode\n      }\n    }\n  }\n':
    types.SpoilerSafeDocument,
  '\n  query Similar($id: Int!, $limit: Int) {\n    similarArticles(id: $id, limit: $limit) {\n      score\n      isPinned\n      article {\n        id\n        title\n        slug\n      }\n    }\n  }\n':
    types.SimilarDocument,
  '\n  mutation SignUp($data: mutationReaderInput!) {\n    createReader(data: $data) {\n      id\n      displayName\n    }\n  }\n':
    types.SignUpDocument,
  '\n  mutation ReaderLogin($email: String!, $password: String!) {\n    loginReader(email: $email, password: $password) {\n      token\n      user {\n        id\n      }\n    }\n  }\n':
    types.ReaderLoginDocument,
  '\n  mutation PostComment($data: mutationCommentInput!) {\n    createComment(data: $data) {\n      id\n      status\n      body\n    }\n  }\n':
    types.PostCommentDocument,
  '\n  query CommentsOn($article: JSON!) {\n    Comments(where: { article: { equals: $article } }, sort: "createdAt", limit: 50) {\n      docs {\n        id\n        body\n        status\n        parent {\n          id\n        }\n        reader {\n          id\n        }\n      }\n    }\n  }\n':
    types.CommentsOnDocument,
  '\n  mutation StaffLogin($email: String!, $password: String!) {\n    loginAuthor(email: $email, password: $password) {\n      token\n    }\n  }\n':
    types.StaffLoginDocument,
  '\n  query DraftArticle($id: Int!) {\n    Article(id: $id, draft: true) {\n      id\n      title\n      _status\n    }\n  }\n':
    types.DraftArticleDocument,
}

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ArticleBySlug($slug: String!) {\n    Articles(where: { slug: { equals: $slug } }, limit: 1) {\n      docs {\n        id\n        title\n        format\n        author {\n          name\n        }\n        items {\n          heading\n          watchNow\n          scene {\n            title\n            episode\n            drama {\n              title\n              slug\n              whereToWatch {\n                platform\n                url\n              }\n            }\n          }\n        }\n        spoilerSections {\n          episode\n          withheld\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ArticleBySlug($slug: String!) {\n    Articles(where: { slug: { equals: $slug } }, limit: 1) {\n      docs {\n        id\n        title\n        format\n        author {\n          name\n        }\n        items {\n          heading\n          watchNow\n          scene {\n            title\n            episode\n            drama {\n              title\n              slug\n              whereToWatch {\n                platform\n                url\n              }\n            }\n          }\n        }\n        spoilerSections {\n          episode\n          withheld\n        }\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DramaBySlug($slug: String!) {\n    Dramas(where: { slug: { equals: $slug } }, limit: 1) {\n      docs {\n        id\n        title\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DramaBySlug($slug: String!) {\n    Dramas(where: { slug: { equals: $slug } }, limit: 1) {\n      docs {\n        id\n        title\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ArticlesAboutDrama($drama: JSON!) {\n    Articles(where: { dramas: { in: [$drama] } }, sort: "title") {\n      docs {\n        slug\n        title\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ArticlesAboutDrama($drama: JSON!) {\n    Articles(where: { dramas: { in: [$drama] } }, sort: "title") {\n      docs {\n        slug\n        title\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ArticlePage($limit: Int!, $page: Int!) {\n    Articles(limit: $limit, page: $page, sort: "title") {\n      docs {\n        slug\n      }\n      totalDocs\n      totalPages\n      page\n      hasNextPage\n      hasPrevPage\n    }\n  }\n',
): (typeof documents)['\n  query ArticlePage($limit: Int!, $page: Int!) {\n    Articles(limit: $limit, page: $page, sort: "title") {\n      docs {\n        slug\n      }\n      totalDocs\n      totalPages\n      page\n      hasNextPage\n      hasPrevPage\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SpoilerSafe($slug: String!, $watched: [SpoilerWatchedInput!], $spoilers: SpoilerMode) {\n    spoilerSafeArticle(slug: $slug, watched: $watched, spoilers: $spoilers) {\n      title\n      items {\n        heading\n        body\n      }\n      spoilerSections {\n        key\n        spoiler\n        withheld\n        episode\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SpoilerSafe($slug: String!, $watched: [SpoilerWatchedInput!], $spoilers: SpoilerMode) {\n    spoilerSafeArticle(slug: $slug, watched: $watched, spoilers: $spoilers) {\n      title\n      items {\n        heading\n        body\n      }\n      spoilerSections {\n        key\n        spoiler\n        withheld\n        episode\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Similar($id: Int!, $limit: Int) {\n    similarArticles(id: $id, limit: $limit) {\n      score\n      isPinned\n      article {\n        id\n        title\n        slug\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Similar($id: Int!, $limit: Int) {\n    similarArticles(id: $id, limit: $limit) {\n      score\n      isPinned\n      article {\n        id\n        title\n        slug\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignUp($data: mutationReaderInput!) {\n    createReader(data: $data) {\n      id\n      displayName\n    }\n  }\n',
): (typeof documents)['\n  mutation SignUp($data: mutationReaderInput!) {\n    createReader(data: $data) {\n      id\n      displayName\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReaderLogin($email: String!, $password: String!) {\n    loginReader(email: $email, password: $password) {\n      token\n      user {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReaderLogin($email: String!, $password: String!) {\n    loginReader(email: $email, password: $password) {\n      token\n      user {\n        id\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PostComment($data: mutationCommentInput!) {\n    createComment(data: $data) {\n      id\n      status\n      body\n    }\n  }\n',
): (typeof documents)['\n  mutation PostComment($data: mutationCommentInput!) {\n    createComment(data: $data) {\n      id\n      status\n      body\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CommentsOn($article: JSON!) {\n    Comments(where: { article: { equals: $article } }, sort: "createdAt", limit: 50) {\n      docs {\n        id\n        body\n        status\n        parent {\n          id\n        }\n        reader {\n          id\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CommentsOn($article: JSON!) {\n    Comments(where: { article: { equals: $article } }, sort: "createdAt", limit: 50) {\n      docs {\n        id\n        body\n        status\n        parent {\n          id\n        }\n        reader {\n          id\n        }\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StaffLogin($email: String!, $password: String!) {\n    loginAuthor(email: $email, password: $password) {\n      token\n    }\n  }\n',
): (typeof documents)['\n  mutation StaffLogin($email: String!, $password: String!) {\n    loginAuthor(email: $email, password: $password) {\n      token\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DraftArticle($id: Int!) {\n    Article(id: $id, draft: true) {\n      id\n      title\n      _status\n    }\n  }\n',
): (typeof documents)['\n  query DraftArticle($id: Int!) {\n    Article(id: $id, draft: true) {\n      id\n      title\n      _status\n    }\n  }\n']

export function graphql(source: string) {
  return (documents as any)[source] ?? {}
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never
