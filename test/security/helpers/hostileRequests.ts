import fc from 'fast-check'

import type { HostileRequest, Role } from './battery'
import { ROLES } from './battery'
import { hostileQueryText, hostileValue, HOSTILE_TEXT, PROTOTYPE_KEYS } from './hostileValues'

type Id = number | string

/** The documents the battery aims at, made before it runs. */
export type Targets = {
  publishedArticle: Id
  draftArticle: Id
  drama: Id
  scene: Id
  person: Id
  comment: Id
  author: Id
  reader: Id
}

/** Per collection: a plausible body, the fields to mutate, who writes it and which id to update. */
type Shape = { base: Record<string, unknown>; fields: string[]; updateId: Id; roles: Role[] }

function shapes(t: Targets): Record<string, Shape> {
  return {
    articles: {
      base: { title: 'Hostile', format: 'news' },
      fields: [
        'title',
        'format',
        'author',
        'excerpt',
        'intro',
        'items',
        'body',
        'dramas',
        'people',
        'tags',
        'sources',
        'seeAlso',
        'publishedAt',
        'stage',
        '_status',
        'similarArticles',
        'pinnedSimilar',
        'spoilerSections',
        'heroImage',
        'id',
      ],
      updateId: t.draftArticle,
      roles: ['author', 'editor', 'reader', 'anonymous'],
    },
    dramas: {
      base: { title: 'Hostile drama', episodes: 12 },
      fields: [
        'title',
        'slug',
        'aliases',
        'network',
        'year',
        'episodes',
        'status',
        'schedule',
        'whereToWatch',
        'poster',
      ],
      updateId: t.drama,
      roles: ['editor', 'author', 'anonymous'],
    },
    scenes: {
      base: { title: 'Hostile scene', drama: t.drama, episode: 1, kind: 'kiss' },
      fields: ['title', 'drama', 'episode', 'kind', 'characters', 'description', 'media'],
      updateId: t.scene,
      roles: ['author', 'editor', 'reader'],
    },
    people: {
      base: { name: 'Hostile Person' },
      fields: ['name', 'nativeName', 'birthDate', 'birthPlace', 'bio', 'photo', 'roles'],
      updateId: t.person,
      roles: ['editor', 'author', 'reader'],
    },
    comments: {
      base: { article: t.publishedArticle, body: 'Hostile comment' },
      fields: [
        'article',
        'reader',
        'parent',
        'body',
        'status',
        'spoiler',
        'spoilerDrama',
        'spoilerEpisode',
      ],
      updateId: t.comment,
      roles: ['reader', 'editor', 'anonymous'],
    },
    authors: {
      base: { name: 'Hostile Author' },
      fields: [
        'name',
        'handle',
        'role',
        'bio',
        'avatar',
        'socials',
        'currentlyWatching',
        'favourites',
      ],
      updateId: t.author,
      roles: ['author', 'editor'],
    },
    readers: {
      base: { displayName: 'Hostile Reader' },
      fields: ['displayName', 'watched', 'avatar'],
      updateId: t.reader,
      roles: ['reader', 'anonymous'],
    },
    'workflow-events': {
      base: { note: 'forged' },
      fields: ['article', 'action', 'fromStage', 'toStage', 'actor', 'note'],
      updateId: 1,
      roles: ['editor', 'author'],
    },
  }
}

const json = (headers: Record<string, string> = {}) => ({
  'content-type': 'application/json',
  ...headers,
})

/** `body` with `key` as an own property, even when the key is `__proto__`. */
function withKey(base: Record<string, unknown>, key: string, value: unknown) {
  const body: Record<string, unknown> = { ...base }
  Object.defineProperty(body, key, { value, enumerable: true, configurable: true, writable: true })
  return body
}

/** Create and update bodies of every collection with one or two fields replaced by hostile values. */
export function bodyMutations(seed: number, targets: Targets, count: number): HostileRequest[] {
  const all = shapes(targets)
  const arbitrary = fc.constantFrom(...Object.keys(all)).chain((slug) =>
    fc.record({
      slug: fc.constant(slug),
      role: fc.constantFrom(...all[slug].roles),
      isUpdate: fc.boolean(),
      edits: fc.array(
        fc.tuple(
          fc.oneof(
            { weight: 6, arbitrary: fc.constantFrom(...all[slug].fields) },
            { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) },
            { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
          ),
          hostileValue,
        ),
        { minLength: 1, maxLength: 2 },
      ),
    }),
  )
  return fc
    .sample(arbitrary, { seed, numRuns: count })
    .map(({ slug, role, isUpdate, edits }, i) => {
      const shape = all[slug]
      const body = edits.reduce((acc, [key, value]) => withKey(acc, key, value), {
        ...shape.base,
        ...(typeof shape.base.title === 'string'
          ? { title: `${shape.base.title} ${seed}-${i}` }
          : {}),
      })
      return {
        label: `body #${i} ${slug} ${edits.map(([key]) => key).join('+')}`,
        role,
        method: isUpdate ? 'PATCH' : 'POST',
        path: isUpdate ? `/api/${slug}/${shape.updateId}?depth=0` : `/api/${slug}?depth=0`,
        headers: json(),
        body: JSON.stringify(body),
        isWrite: true,
      }
    })
}

const QUERY_PATHS: Record<string, string[]> = {
  articles: [
    'title',
    'slug',
    'format',
    'author',
    'author.name',
    'author.email',
    'publishedAt',
    'createdAt',
    'tags',
    'dramas',
    'items.heading',
    'items.scene',
    'stage',
    '_status',
    'id',
    'spoilerSummary.hasSpoilers',
    'similarArticles',
    'body',
    'workflowSeq',
  ],
  dramas: [
    'title',
    'episodes',
    'year',
    'status',
    'aliases',
    'schedule.days',
    'schedule.time',
    'whereToWatch.url',
    'id',
    'createdAt',
  ],
  scenes: ['title', 'drama', 'drama.title', 'episode', 'kind', 'characters', 'id'],
  people: ['name', 'birthDate', 'id'],
  comments: ['article', 'reader', 'body', 'status', 'createdAt', 'id'],
  authors: ['name', 'handle', 'role', 'email', 'id'],
  readers: ['displayName', 'email', 'id'],
  media: ['alt', 'filename', 'filesize', 'id'],
  'workflow-events': ['article', 'action', 'note', 'createdAt'],
}
const OPERATORS = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'near',
  'within',
  'intersects',
  'bogus',
  ...PROTOTYPE_KEYS,
]

const enc = encodeURIComponent

/** `where`, `sort`, `depth`, `limit`, `page`, `select`, `populate` and ids, mutated, on every collection. */
export function queryMutations(seed: number, targets: Targets, count: number): HostileRequest[] {
  const slugs = Object.keys(QUERY_PATHS)
  const param = (slug: string) =>
    fc.oneof(
      fc
        .tuple(
          fc.constantFrom(...QUERY_PATHS[slug], ...PROTOTYPE_KEYS),
          fc.constantFrom(...OPERATORS),
          hostileQueryText,
        )
        .map(([path, op, value]) => `where[${enc(path)}][${enc(op)}]=${enc(value)}`),
      fc
        .tuple(
          fc.constantFrom(...QUERY_PATHS[slug]),
          fc.constantFrom('equals', 'in', 'like'),
          fc.constantFrom('a', '0', '__proto__'),
        )
        .map(([path, op, key]) => `where[${enc(path)}][${op}][${key}]=1`),
      fc.constantFrom(
        'where=abc',
        'where[and]=1',
        'where[or][0]=x',
        'where[and][0][or][0][title][equals]=x',
        `where[${'[a]'.repeat(30)}]=1`,
        'where[__proto__][polluted]=1',
        '__proto__[polluted]=1',
        'constructor[prototype][polluted]=1',
      ),
      fc
        .tuple(
          fc.constantFrom(
            'sort',
            'depth',
            'limit',
            'page',
            'draft',
            'locale',
            'trash',
            'pagination',
          ),
          hostileQueryText,
        )
        .map(([k, v]) => `${k}=${enc(v)}`),
      fc
        .tuple(
          fc.constantFrom(...QUERY_PATHS[slug], ...PROTOTYPE_KEYS, 'nope'),
          fc.constantFrom('true', 'false', 'x', '1'),
        )
        .map(([path, v]) => `select[${enc(path)}]=${v}`),
      fc
        .tuple(
          fc.constantFrom(...slugs, ...PROTOTYPE_KEYS),
          fc.constantFrom('title', '__proto__', 'x'),
        )
        .map(([s, f]) => `populate[${enc(s)}][${enc(f)}]=true`),
    )
  const arbitrary = fc.constantFrom(...slugs).chain((slug) =>
    fc.record({
      slug: fc.constant(slug),
      role: fc.constantFrom(...ROLES),
      params: fc.array(param(slug), { minLength: 1, maxLength: 3 }),
      target: fc.constantFrom('list', 'list', 'list', 'count', 'byId', 'versions', 'override'),
      id: fc.oneof(
        fc.constantFrom(...HOSTILE_TEXT, String(targets.publishedArticle)),
        fc.integer().map(String),
      ),
    }),
  )
  return fc
    .sample(arbitrary, { seed: seed + 1, numRuns: count })
    .map(({ slug, role, params, target, id }, i) => {
      const query = params.join('&')
      const label = `query #${i} ${slug} ${target}`
      if (target === 'override') {
        // The same query as a form body behind X-HTTP-Method-Override (how the admin sends long ones).
        return {
          label,
          role,
          method: 'POST',
          path: `/api/${slug}`,
          isWrite: false,
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            'x-http-method-override': 'GET',
          },
          body: query,
        }
      }
      const path =
        target === 'count'
          ? `/api/${slug}/count?${query}`
          : target === 'byId'
            ? `/api/${slug}/${enc(id)}?${query}`
            : target === 'versions'
              ? `/api/${slug}/versions?${query.replace(/where\[/g, 'where[version.')}`
              : `/api/${slug}?${query}`
      return { label, role, method: 'GET', path, isWrite: false }
    })
}
