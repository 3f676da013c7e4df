import type { HostileRequest, Role } from './battery'
import { ROLES } from './battery'
import { PROTOTYPE_KEYS } from './hostileValues'
import type { Targets } from './hostileRequests'

const JSON_TYPE = { 'content-type': 'application/json' }
const body = (value: unknown) => JSON.stringify(value)

/**
 * Every rate-limited route (logins, sign-up, password reset, first register, comments) in path
 * and method variants: trailing slashes, doubled slashes, case, query strings, method overrides.
 * The limits themselves are tested elsewhere; here only "never a 5xx".
 */
export function limitedRouteVariants(): HostileRequest[] {
  const routes = [
    ['/api/readers/login', { email: 'nobody@example.com', password: 'wrong-password' }],
    ['/api/authors/login', { email: 'nobody@example.com', password: 'wrong-password' }],
    ['/api/readers/forgot-password', { email: 'nobody@example.com' }],
    ['/api/authors/forgot-password', { email: 'nobody@example.com' }],
    ['/api/readers/reset-password', { token: 'forged', password: 'x' }],
    ['/api/authors/first-register', { email: 'first@example.com', password: 'x', name: 'First' }],
    ['/api/readers', { email: 'not-an-email', password: '', displayName: '' }],
    ['/api/comments', { article: 'x', body: '' }],
  ] as const
  const variants = (path: string) => [
    path,
    `${path}/`,
    `${path}//`,
    path.replace('/api/', '/api//'),
    path.toUpperCase(),
    `${path}?x=1`,
    `${path}/.`,
    `${path}%2F`,
    `${path};jsessionid=1`,
  ]
  const requests: HostileRequest[] = []
  for (const [route, data] of routes) {
    for (const path of variants(route)) {
      requests.push({
        label: `limited ${route} POST`,
        role: 'anonymous',
        method: 'POST',
        path,
        headers: JSON_TYPE,
        body: body(data),
        isWrite: true,
      })
    }
    for (const method of ['GET', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD']) {
      requests.push({
        label: `limited ${route} ${method}`,
        role: 'anonymous',
        method,
        path: route,
        isWrite: method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS',
      })
    }
    requests.push({
      label: `limited ${route} method override`,
      role: 'reader',
      method: 'POST',
      path: route,
      headers: { ...JSON_TYPE, 'x-http-method-override': 'GET' },
      body: body(data),
      isWrite: false,
    })
    requests.push({
      label: `limited ${route} form body`,
      role: 'anonymous',
      method: 'POST',
      path: route,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=a&password=b',
      isWrite: true,
    })
  }
  return requests
}

/** Prototype keys and odd segments in paths, with every method. */
export function prototypePaths(targets: Targets): HostileRequest[] {
  const id = targets.publishedArticle
  const paths = [
    ...PROTOTYPE_KEYS.flatMap((key) => [
      `/api/${key}`,
      `/api/articles/${key}`,
      `/api/articles/${key}/workflow`,
      `/api/articles/${key}/similar`,
      `/api/articles/${key}/duplicate`,
      `/api/articles/versions/${key}`,
      `/api/dramas/${key}`,
      `/api/readers/${key}`,
      `/api/articles/${id}/${key}`,
      `/api/articles?${key}[polluted]=1`,
      `/api/globals/${key}`,
    ]),
    '/api/articles/some-slug',
    '/api/articles/%2e%2e',
    '/api/articles/%00',
    '/api/articles/1%2F2',
    '/api/articles/-1',
    '/api/articles/1.5',
    '/api/articles/99999999999999999999999',
    '/api/articles/2147483648',
    `/api/articles/${id}/workflow/extra`,
    '/api/%E0%A4%A',
    '/api/articles/%E0%A4%A',
    '/api/articles/1%0A',
    '/api/similarity-entries',
    '/api/similarity-postings/1',
    '/api/payload-kv',
    '/api/readers/verify/some-token',
    '/api/authors/verify/some-token',
    '/api/media/file/no-such-still.png',
    `/api/media/file/${'a'.repeat(300)}.png`,
    '/api/media/file/%00',
    '/api/payload-jobs/handle-schedules',
  ]
  // Every path read anonymously, and written by an editor with one of the write methods in turn.
  const writes = ['POST', 'PATCH', 'DELETE']
  return paths.flatMap((path, i) => {
    const write = writes[i % writes.length]
    const hasBody = write !== 'DELETE'
    return [
      { label: 'path GET', role: 'anonymous' as Role, method: 'GET', path, isWrite: false },
      {
        label: `path ${write}`,
        role: 'editor' as Role,
        method: write,
        path,
        headers: hasBody ? JSON_TYPE : undefined,
        body: hasBody ? body({ title: 'Prototype' }) : undefined,
        isWrite: true,
      },
    ]
  })
}

/** The workflow endpoints with hostile actions, notes, assignees, dates and bulk id lists. */
export function workflowAbuse(targets: Targets): HostileRequest[] {
  const actions: unknown[] = [
    { a: 1 },
    ['publish'],
    42,
    null,
    true,
    '',
    'PUBLISH',
    '__proto__',
    'constructor',
    'toString',
    'x'.repeat(10_000),
  ]
  const fields: Array<Record<string, unknown>> = [
    { action: 'submit', note: { text: 'x' } },
    { action: 'submit', note: 'x'.repeat(100_000) },
    { action: 'assign', assignee: 'some-slug' },
    { action: 'assign', assignee: { id: 1 } },
    { action: 'assign', assignee: 99999999999 },
    { action: 'assign', assignee: -1 },
    { action: 'submit', expectedStage: { $ne: 1 } },
    { action: 'submit', expectedStage: '__proto__' },
    { action: 'request_changes', note: ['a'] },
    { action: 'unschedule', publishAt: 'not-a-date' },
  ]
  const bulkIds: unknown[] = [
    ['abc', "x'; drop", { a: 1 }, 99999, -1, 1.5, null, '2147483648', '__proto__'],
    [[1, 2]],
    'all',
    { 0: 1 },
    [],
  ]
  const requests: HostileRequest[] = []
  for (const role of ['author', 'editor', 'reader'] as Role[]) {
    for (const action of actions) {
      requests.push({
        label: 'workflow action',
        role,
        method: 'POST',
        path: `/api/articles/${targets.draftArticle}/workflow`,
        headers: JSON_TYPE,
        body: body({ action }),
        isWrite: true,
      })
    }
    for (const data of fields) {
      requests.push({
        label: 'workflow fields',
        role,
        method: 'POST',
        path: `/api/articles/${targets.draftArticle}/workflow`,
        headers: JSON_TYPE,
        body: body(data),
        isWrite: true,
      })
    }
    for (const ids of bulkIds) {
      requests.push({
        label: 'workflow bulk ids',
        role,
        method: 'POST',
        path: '/api/articles/workflow',
        headers: JSON_TYPE,
        body: body({ ids, action: 'archive' }),
        isWrite: true,
      })
    }
  }
  for (const role of ROLES) {
    requests.push({
      label: 'workflow state',
      role,
      method: 'GET',
      path: `/api/articles/${targets.draftArticle}/workflow?depth=abc`,
      isWrite: false,
    })
  }
  return requests
}

/** Deletes of documents others still require, over REST and GraphQL. */
export function referencedDeletes(targets: Targets): HostileRequest[] {
  const graphql = (query: string) => JSON.stringify({ query })
  return [
    {
      label: 'delete a drama with scenes',
      role: 'editor',
      method: 'DELETE',
      path: `/api/dramas/${targets.drama}`,
      isWrite: true,
    },
    {
      label: 'delete an article with comments',
      role: 'editor',
      method: 'DELETE',
      path: `/api/articles/${targets.publishedArticle}`,
      isWrite: true,
    },
    {
      label: 'bulk delete dramas',
      role: 'editor',
      method: 'DELETE',
      path: `/api/dramas?where[id][equals]=${targets.drama}`,
      isWrite: true,
    },
    {
      label: 'delete a person',
      role: 'editor',
      method: 'DELETE',
      path: `/api/people/${targets.person}`,
      isWrite: true,
    },
    {
      label: 'GraphQL delete a drama with scenes',
      role: 'editor',
      method: 'POST',
      path: '/api/graphql',
      headers: JSON_TYPE,
      body: graphql(`mutation { deleteDrama(id: ${targets.drama}) { id } }`),
      isWrite: true,
    },
    {
      label: 'GraphQL delete an article with comments',
      role: 'editor',
      method: 'POST',
      path: '/api/graphql',
      headers: JSON_TYPE,
      body: graphql(`mutation { deleteArticle(id: ${targets.publishedArticle}) { id } }`),
      isWrite: true,
    },
  ]
}
