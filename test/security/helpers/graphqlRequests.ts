import fc from 'fast-check'

import type { HostileRequest, Role } from './battery'
import { ROLES } from './battery'
import type { Targets } from './hostileRequests'
import { HOSTILE_TEXT, hostileValue, nested } from './hostileValues'

const json = (headers: Record<string, string> = {}) => ({
  'content-type': 'application/json',
  ...headers,
})

const gql = (query: string, variables?: unknown): string => JSON.stringify({ query, variables })

/** GraphQL: hostile variables and literals on lists, documents, mutations and custom operations. */
export function graphqlMutations(seed: number, targets: Targets, count: number): HostileRequest[] {
  const collections = [
    ['Article', 'Articles'],
    ['Drama', 'Dramas'],
    ['Scene', 'Scenes'],
    ['Person', 'People'],
    ['Comment', 'Comments'],
  ]
  const arbitrary = fc.record({
    names: fc.constantFrom(...collections),
    role: fc.constantFrom(...ROLES),
    kind: fc.constantFrom(
      'list',
      'byId',
      'create',
      'update',
      'workflow',
      'transition',
      'spoilerSafe',
      'similar',
      'garbage',
    ),
    value: hostileValue,
    text: fc.constantFrom(...HOSTILE_TEXT),
    field: fc.constantFrom(
      'title',
      'body',
      'tags',
      'episodes',
      'drama',
      'article',
      'publishedAt',
      'dramas',
      'author',
      'status',
    ),
  })
  return fc
    .sample(arbitrary, { seed: seed + 2, numRuns: count })
    .map(({ names: [one, many], role, kind, value, text, field }, i) => {
      const label = `graphql #${i} ${kind} ${one}`
      let body: string
      if (kind === 'list') {
        body = gql(
          `query($w: ${one}_where, $s: String, $l: Int, $p: Int) { ${many}(where: $w, sort: $s, limit: $l, page: $p) { totalDocs docs { id } } }`,
          {
            w: { [field]: { equals: value } },
            s: text,
            l: typeof value === 'number' ? value : 5,
            p: 1,
          },
        )
      } else if (kind === 'byId') {
        body = gql(`{ ${one}(id: ${JSON.stringify(text)}) { id } }`)
      } else if (kind === 'create') {
        body = gql(`mutation($d: mutation${one}Input!) { create${one}(data: $d) { id } }`, {
          d: { [field]: value },
        })
      } else if (kind === 'update') {
        const id =
          one === 'Article' ? targets.draftArticle : one === 'Drama' ? targets.drama : targets.scene
        body = gql(
          `mutation($d: mutation${one}UpdateInput!) { update${one}(id: ${id}, data: $d) { id } }`,
          { d: { [field]: value } },
        )
      } else if (kind === 'workflow') {
        body = gql(`query($id: ID!) { articleWorkflow(id: $id) { stage } }`, {
          id: typeof value === 'object' ? text : value,
        })
      } else if (kind === 'transition') {
        body = gql(
          `mutation($id: ID!, $a: String!, $n: String) { articleWorkflowTransition(id: $id, action: $a, note: $n) { stage } }`,
          {
            id: targets.draftArticle,
            a: typeof value === 'string' ? value : text,
            n: value,
          },
        )
      } else if (kind === 'spoilerSafe') {
        body = gql(
          `query($w: [SpoilerWatchedInput!], $s: String) { SpoilerSafeArticle(id: ${targets.publishedArticle}, watched: $w, spoilers: $s) { id } }`,
          {
            w: [{ drama: text, episode: value }],
            s: text,
          },
        )
      } else if (kind === 'similar') {
        body = gql(
          `query($l: Int) { similarArticles(id: ${JSON.stringify(text)}, limit: $l) { score } }`,
          { l: value },
        )
      } else {
        body = gql(typeof value === 'string' ? value : `{ ${text} }`)
      }
      return {
        label,
        role,
        method: 'POST',
        path: '/api/graphql',
        headers: json(),
        body,
        isWrite: kind === 'create' || kind === 'update' || kind === 'transition',
      }
    })
}

/** Alias and batch floods (small), fragment cycles, and deep selections. */
export function graphqlFloods(): HostileRequest[] {
  const aliases = (n: number, field: string) =>
    `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`
  const requests: Array<[string, Role, string]> = [
    ['alias flood (Dramas)', 'anonymous', gql(aliases(40, 'Dramas(limit: 1) { totalDocs }'))],
    [
      'alias flood (loginReader)',
      'anonymous',
      gql(
        `mutation { ${Array.from({ length: 20 }, (_, i) => `l${i}: loginReader(email: "nobody${i}@example.com", password: "wrong") { token }`).join(' ')} }`,
      ),
    ],
    [
      'alias flood (SpoilerSafeArticle)',
      'anonymous',
      gql(aliases(20, 'SpoilerSafeArticle(slug: "x") { id }')),
    ],
    [
      'batch of operations',
      'anonymous',
      JSON.stringify(Array.from({ length: 10 }, () => ({ query: '{ Dramas { totalDocs } }' }))),
    ],
    [
      'fragment cycle',
      'anonymous',
      gql(
        'query { Articles { docs { ...A } } } fragment A on Article { ...B } fragment B on Article { ...A }',
      ),
    ],
    [
      'self-referencing fragment',
      'reader',
      gql('query { Dramas { docs { ...A } } } fragment A on Drama { id ...A }'),
    ],
    [
      'deep nesting',
      'author',
      gql(`{ Articles { docs { ${'author { avatar { '.repeat(1)}id } } } } }`),
    ],
    ['deeply nested selection', 'anonymous', gql(`{ Dramas { docs { ${'id '.repeat(500)} } } }`)],
    [
      'nested list of where',
      'anonymous',
      gql('query($w: Article_where) { Articles(where: $w) { totalDocs } }', {
        w: nested(40, false),
      }),
    ],
    [
      'AND nesting',
      'anonymous',
      gql('query($w: Drama_where) { Dramas(where: $w) { totalDocs } }', {
        w: JSON.parse(`${'{"AND":['.repeat(60)}{"title":{"equals":"x"}}${']}'.repeat(60)}`),
      }),
    ],
    ['unknown operation', 'editor', gql('mutation { dropDatabase }')],
    ['introspection', 'anonymous', gql('{ __schema { types { name } } }')],
    ['__proto__ field', 'anonymous', gql('{ __proto__ }')],
    [
      'constructor argument',
      'anonymous',
      gql('{ Dramas(where: { constructor: { equals: 1 } }) { totalDocs } }'),
    ],
  ]
  return requests.map(([label, role, body]) => ({
    label,
    role,
    method: 'POST',
    path: '/api/graphql',
    headers: json(),
    body,
    isWrite: label.includes('login'),
  }))
}

/** Payload's own account and access operations, as every role, including ones a collection lacks. */
export function graphqlAccountOperations(): HostileRequest[] {
  const operations = [
    '{ Access { canAccessAdmin } }',
    '{ meReader { user { id } } }',
    '{ meAuthor { user { id } } }',
    '{ initReader }',
    '{ initAuthor }',
    'mutation { verifyEmailReader(token: "some-token") }',
    'mutation { verifyEmailAuthor(token: "some-token") }',
    'mutation { unlockReader(email: "nobody@example.com") }',
    'mutation { forgotPasswordAuthor(email: "nobody@example.com") }',
    'mutation { resetPasswordReader(token: "forged", password: "x") { token } }',
    'mutation { refreshTokenReader { refreshedToken } }',
    'mutation { logoutAuthor }',
  ]
  return ROLES.flatMap((role) =>
    operations.map((query) => ({
      label: `graphql account ${query.slice(0, 40)}`,
      role,
      method: 'POST',
      path: '/api/graphql',
      headers: json(),
      body: gql(query),
      // A logout or refresh changes no content; the digest covers the documents.
      isWrite: false,
    })),
  )
}
