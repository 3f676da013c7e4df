import type { Where } from 'payload'

import type { ApiClient, HttpResult } from './http'

export type Protocol = 'rest' | 'graphql'
export const PROTOCOLS: readonly Protocol[] = ['rest', 'graphql']

export type Id = number | string
/** A document as the API returns it. */
export type Doc = { id: Id; [field: string]: unknown }

type FieldError = { path?: string; message: string }
/** An error as Payload reports it, over REST or (with `extensions`) GraphQL. */
export type ApiError = {
  message: string
  data?: { errors?: FieldError[] } | null
  extensions?: { statusCode?: number; data?: { errors?: FieldError[] } | null }
}
/** Payload's REST answer: a document, a page of them, or errors. */
export type RestBody = Partial<Doc> & {
  doc?: Doc
  docs?: Doc[]
  message?: string
  errors?: ApiError[]
}
type GraphqlBody = { data?: Record<string, unknown> | null; errors?: ApiError[] }

/** What one call came to, in the same shape for REST and GraphQL. */
export type Outcome = { status: number; message: string; doc?: Doc | null; docs?: Doc[] }

type Data = Record<string, unknown>
type ReadOptions = { draft?: boolean }

/** CRUD over one collection through REST or GraphQL, so a test table can run on both. */
export type CollectionApi = {
  create: (client: ApiClient, data: Data) => Promise<Outcome>
  find: (client: ApiClient, where: Where, options?: ReadOptions) => Promise<Outcome>
  findByID: (client: ApiClient, id: Id, options?: ReadOptions) => Promise<Outcome>
  update: (client: ApiClient, id: Id, data: Data) => Promise<Outcome>
  delete: (client: ApiClient, id: Id) => Promise<Outcome>
}

/** GraphQL names of a collection: `Drama`/`Dramas`, and the fields to select. */
export type GraphqlNames = { singular: string; plural: string; select: string }

/** Payload's bracket query string: `{ id: { in: [1, 2] } }` → `where[id][in][0]=1&…`. */
export function toQuery(value: unknown, prefix: string): string[] {
  if (value === null || typeof value !== 'object') {
    return [`${prefix}=${encodeURIComponent(String(value))}`]
  }
  return Object.entries(value).flatMap(([key, inner]) => toQuery(inner, `${prefix}[${key}]`))
}

function restOutcome(res: HttpResult<RestBody>, pick: (body: RestBody) => Partial<Outcome>) {
  const body = res.body ?? {}
  const message = body.errors?.[0]?.message ?? body.message ?? ''
  return { status: res.status, message, ...(res.status < 300 ? pick(body) : {}) } as Outcome
}

function restApi(slug: string): CollectionApi {
  const draftParam = (options?: ReadOptions) => (options?.draft ? '&draft=true' : '')
  return {
    create: async (client, data) =>
      restOutcome(await client.post(`/api/${slug}?depth=0`, data), (b) => ({ doc: b.doc })),
    find: async (client, where, options) => {
      const query = [...toQuery(where, 'where'), 'limit=50', 'depth=0'].join('&')
      const res = await client.get(`/api/${slug}?${query}${draftParam(options)}`)
      return restOutcome(res, (b) => ({ docs: b.docs }))
    },
    findByID: async (client, id, options) =>
      restOutcome(await client.get(`/api/${slug}/${id}?depth=0${draftParam(options)}`), (b) => ({
        doc: b as Doc,
      })),
    update: async (client, id, data) =>
      restOutcome(await client.patch(`/api/${slug}/${id}?depth=0`, data), (b) => ({ doc: b.doc })),
    delete: async (client, id) =>
      restOutcome(await client.delete(`/api/${slug}/${id}?depth=0`), (b) => ({ doc: b.doc })),
  }
}

/** GraphQL spells Payload's `and`/`or` as `AND`/`OR`. */
function toGraphqlWhere(where: unknown): unknown {
  if (Array.isArray(where)) return where.map(toGraphqlWhere)
  if (!where || typeof where !== 'object') return where
  return Object.fromEntries(
    Object.entries(where).map(([key, value]) => [
      key === 'and' || key === 'or' ? key.toUpperCase() : key,
      toGraphqlWhere(value),
    ]),
  )
}

/** Payload types ids as Int on SQL databases and as String on MongoDB. */
export const idType = (id: Id) => (typeof id === 'number' ? 'Int' : 'String')

function graphqlOutcome(
  res: HttpResult<GraphqlBody>,
  field: string,
  pick: (value: unknown) => Partial<Outcome>,
) {
  const error = res.body?.errors?.[0]
  if (error) {
    const status = error.extensions?.statusCode ?? (res.status >= 400 ? res.status : 400)
    return { status, message: error.message ?? '' } as Outcome
  }
  return { status: res.status, message: '', ...pick(res.body?.data?.[field]) } as Outcome
}

const asDoc = (value: unknown) => ({ doc: value as Doc | null })
const asDocs = (value: unknown) => ({ docs: (value as { docs?: Doc[] } | null)?.docs })

function graphqlApi({ singular: S, plural: P, select }: GraphqlNames): CollectionApi {
  return {
    create: async (client, data) => {
      const query = `mutation($data: mutation${S}Input!) { create${S}(data: $data) { ${select} } }`
      return graphqlOutcome(await client.graphql(query, { data }), `create${S}`, asDoc)
    },
    find: async (client, where, options) => {
      const query = `query($where: ${S}_where, $draft: Boolean) {
        ${P}(where: $where, draft: $draft, limit: 50) { docs { ${select} } } }`
      const variables = { where: toGraphqlWhere(where), draft: options?.draft ?? false }
      const res = await client.graphql(query, variables)
      return graphqlOutcome(res, P, asDocs)
    },
    findByID: async (client, id, options) => {
      const query = `query($id: ${idType(id)}!, $draft: Boolean) {
        ${S}(id: $id, draft: $draft) { ${select} } }`
      const res = await client.graphql(query, { id, draft: options?.draft ?? false })
      return graphqlOutcome(res, S, asDoc)
    },
    update: async (client, id, data) => {
      const query = `mutation($id: ${idType(id)}!, $data: mutation${S}UpdateInput!) {
        update${S}(id: $id, data: $data) { ${select} } }`
      return graphqlOutcome(await client.graphql(query, { id, data }), `update${S}`, asDoc)
    },
    delete: async (client, id) => {
      const query = `mutation($id: ${idType(id)}!) { delete${S}(id: $id) { id } }`
      return graphqlOutcome(await client.graphql(query, { id }), `delete${S}`, asDoc)
    },
  }
}

export function collectionApi(protocol: Protocol, slug: string, names: GraphqlNames) {
  return protocol === 'rest' ? restApi(slug) : graphqlApi(names)
}

/** The status a successful call answers with: REST says 201 for a create, GraphQL always 200. */
export function okStatus(protocol: Protocol, operation: 'create' | 'read' | 'update' | 'delete') {
  return protocol === 'rest' && operation === 'create' ? 201 : 200
}

/**
 * Asserts the status, and for a refusal or error a message. Status and error message are compared
 * together so a failure shows what the server said.
 */
export function expectStatus(outcome: Outcome, status: number, message: RegExp = /\w/) {
  const isError = outcome.status >= 300
  expect({ status: outcome.status, message: isError ? outcome.message : '' }).toEqual({
    status,
    message: status >= 300 ? expect.stringMatching(message) : '',
  })
}

/** Ids of `docs` as strings, sorted, to compare result sets across databases. */
export const idsOf = (docs: Array<{ id: Id }> | undefined | null) =>
  (docs ?? []).map((doc) => String(doc.id)).sort()
