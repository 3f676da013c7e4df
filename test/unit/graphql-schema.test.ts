import fs from 'node:fs'

import type { GraphQLField, GraphQLInputObjectType, GraphQLObjectType } from 'graphql'
import { buildSchema, isInputObjectType, isObjectType } from 'graphql'

// The committed schema.graphql is what frontends generate their clients from (check:generated keeps
// it equal to the served one): it must stay public, typed and free of credentials.
const schema = buildSchema(fs.readFileSync('schema.graphql', 'utf8'))
const query = schema.getQueryType()!.getFields()
const mutation = schema.getMutationType()!.getFields()

const objectType = (name: string) => schema.getType(name) as GraphQLObjectType
const typeOf = (field: { type: unknown } | undefined) => String(field?.type)
const argsOf = (field: GraphQLField<unknown, unknown>) =>
  Object.fromEntries(field.args.map((arg) => [arg.name, String(arg.type)]))

const CREDENTIALS = [
  'hash',
  'salt',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'resetPasswordRequestedAt',
  'loginAttempts',
  'lockUntil',
  '_verificationToken',
  'apiKey',
  'apiKeyIndex',
  'sessions',
]

it('has no operations or types for internal collections', () => {
  const internal = /similarity|workflowevent|payload(kv|job|lockeddocument|preference|migration)/i
  const operations = [...Object.keys(query), ...Object.keys(mutation)]
  expect(operations.filter((name) => internal.test(name))).toEqual([])
  const types = Object.keys(schema.getTypeMap()).filter((name) => !name.startsWith('__'))
  expect(types.filter((name) => internal.test(name.replace(/_/g, '')))).toEqual([])
  // What stays: the newsroom's collections and the custom operations.
  expect(operations).toEqual(
    expect.arrayContaining(['Articles', 'Dramas', 'Comments', 'meReader', 'createComment']),
  )
})

it('has no credential fields on accounts, their inputs or their filters', () => {
  const accountTypes = Object.values(schema.getTypeMap()).filter(
    (type): type is GraphQLObjectType | GraphQLInputObjectType =>
      (isObjectType(type) || isInputObjectType(type)) &&
      /^(Author|Reader|mutation(Author|Reader))/.test(type.name) &&
      !/(DocAccess|Fields)/.test(type.name),
  )
  expect(accountTypes.map((type) => type.name)).toEqual(
    expect.arrayContaining(['Author', 'Reader', 'Author_where', 'mutationReaderInput']),
  )
  const leaked = accountTypes.flatMap((type) =>
    Object.keys(type.getFields())
      .filter((name) =>
        CREDENTIALS.some((field) => name === field || name.startsWith(`${field}__`)),
      )
      .map((name) => `${type.name}.${name}`),
  )
  expect(leaked).toEqual([])
})

it('types similarArticles on Article itself, as the query does', () => {
  expect(typeOf(objectType('Article').getFields().similarArticles)).toBe('[SimilarArticle!]')
  const row = objectType('SimilarArticle').getFields()
  expect(
    Object.fromEntries(Object.entries(row).map(([name, field]) => [name, typeOf(field)])),
  ).toEqual({ article: 'Article!', score: 'Float!', isPinned: 'Boolean!' })
  expect(typeOf(query.similarArticles)).toBe('[SimilarArticle!]!')
})

it('types the custom operations with enums, DateTime, relations and Payload’s ids', () => {
  expect(argsOf(query.workflowArticle!)).toEqual({ id: 'Int!' })
  expect(argsOf(mutation.transitionArticle!)).toEqual({
    id: 'Int!',
    action: 'ArticleWorkflowAction!',
    note: 'String',
    assignee: 'Int',
    publishAt: 'DateTime',
    expectedStage: 'Article_stage',
    checklistNote: 'String',
  })
  expect(argsOf(query.spoilerSafeArticle!)).toEqual({
    id: 'Int',
    slug: 'String',
    watched: '[SpoilerWatchedInput!]',
    spoilers: 'SpoilerMode',
    previewAsReader: 'Boolean',
  })
  expect(argsOf(query.similarArticles!)).toEqual({
    id: 'Int!',
    limit: 'Int',
    watched: '[SpoilerWatchedInput!]',
    spoilers: 'SpoilerMode',
    previewAsReader: 'Boolean',
  })
  // The same id type as Payload's own queries.
  expect(argsOf(query.Article!).id).toBe('Int!')

  const state = objectType('ArticleWorkflowState').getFields()
  expect(typeOf(state.stage)).toBe('Article_stage!')
  expect(typeOf(state.assignee)).toBe('Author')
  expect(typeOf(state.publishAt)).toBe('DateTime')
  expect(typeOf(state.allowedActions)).toBe('[ArticleWorkflowAction!]!')
  const entry = objectType('ArticleWorkflowHistoryEntry').getFields()
  expect(typeOf(entry.by)).toBe('Author')
  expect(typeOf(entry.at)).toBe('DateTime!')
  expect(typeOf(entry.action)).toBe('ArticleWorkflowHistoryAction!')
  const watched = schema.getType('SpoilerWatchedInput') as GraphQLInputObjectType
  expect(String(watched.getFields().episode!.type)).toBe('Int!')
})

it('types episode numbers as Int', () => {
  expect(typeOf(objectType('Scene').getFields().episode)).toBe('Int!')
  expect(typeOf(objectType('Drama').getFields().episodes)).toBe('Int!')
  expect(typeOf(objectType('Comment').getFields().spoilerEpisode)).toBe('Int')
  expect(typeOf(objectType('Article_SpoilerSections').getFields().episode)).toBe('Int')
  // ...and so do the inputs that write them.
  const input = (name: string) => {
    const type = schema.getType(name)
    if (!isInputObjectType(type)) throw new Error(`${name} is not an input type`)
    return type.getFields()
  }
  expect(typeOf(input('mutationSceneInput').episode)).toBe('Int!')
  expect(typeOf(input('mutationSceneUpdateInput').episode)).toBe('Int')
  expect(typeOf(input('mutationDramaInput').episodes)).toBe('Int!')
})
