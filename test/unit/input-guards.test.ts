import type { FlattenedField } from 'payload'

import { classifyDriverError } from '../../src/errors/classifyDriverError'
import { clientFaultOf } from '../../src/errors/clientFault'
import { nestsDeeperThan } from '../../src/http/jsonBody'
import { findWhereProblems, MAX_LIST_VALUES } from '../../src/inputGuards/checkWhere'
import { isValidId } from '../../src/inputGuards/idRules'
import { findRequiredReferences } from '../../src/inputGuards/requiredReferences'
import {
  findOversizedLists,
  findReferences,
  findUnusableShapes,
} from '../../src/inputGuards/walkData'

const f = (field: Record<string, unknown>) => field as unknown as FlattenedField
const AUTHORS = [f({ name: 'name', type: 'text' })]
const FIELDS: FlattenedField[] = [
  f({ name: 'title', type: 'text' }),
  f({ name: 'episodes', type: 'number' }),
  f({ name: 'publishedAt', type: 'date' }),
  f({ name: 'isFeatured', type: 'checkbox' }),
  f({ name: 'author', type: 'relationship', relationTo: 'authors', required: true }),
  f({ name: 'dramas', type: 'relationship', relationTo: 'dramas', hasMany: true }),
  f({ name: 'tags', type: 'text', hasMany: true, maxRows: 3 }),
  f({ name: 'meta', type: 'json' }),
  f({ name: 'schedule', type: 'group', flattenedFields: [f({ name: 'time', type: 'text' })] }),
  f({
    name: 'items',
    type: 'array',
    flattenedFields: [
      f({ name: 'heading', type: 'text' }),
      f({ name: 'scene', type: 'relationship', relationTo: 'scenes', required: true }),
    ],
  }),
]
const SQL_IDS = { isNumeric: true, max: 2_147_483_647 }
const context = {
  fields: FIELDS,
  fieldsOf: (slug: string) => (slug === 'authors' ? AUTHORS : undefined),
  ids: SQL_IDS,
}
const problems = (where: unknown) => findWhereProblems(where, context)

describe('findWhereProblems', () => {
  it.each([
    ['near on text', { title: { near: '1,2' } }, /'near' works only on point fields/],
    [
      'a non-date in a date comparison',
      { publishedAt: { greater_than: 'soon' } },
      /publishedAt\]\[greater_than\] should be a date/,
    ],
    ['a slug as an id', { id: { equals: 'some-slug' } }, /should be a document id/],
    ['a slug as a relationship', { author: { in: 'a,b' } }, /should list a document id values/],
    ['text in a number comparison', { episodes: { less_than: 'ten' } }, /should be a number/],
    ['like on a number', { episodes: { like: '1' } }, /'like' works only on text fields/],
    ['an object as a value', { title: { equals: { a: 1 } } }, /should be text/],
    ['a condition without operator', { title: 'x' }, /needs an operator/],
    ['a non-list and', { and: 'x' }, /should be a list of conditions/],
    ['a prototype key', JSON.parse('{"__proto__": {"equals": 1}}'), /is not a field/],
    ['maybe for exists', { title: { exists: 'maybe' } }, /takes true or false/],
    [
      'too long a list',
      { id: { in: Array.from({ length: MAX_LIST_VALUES + 1 }, (_, i) => i + 1) } },
      /the limit is 500/,
    ],
    [
      'an object across a relationship',
      { 'author.name': { equals: { x: 1 } } },
      /author.name\]\[equals\] should be text/,
    ],
  ])('refuses %s', (_name, where, message) => {
    expect(problems(where).join('; ')).toMatch(message)
  })

  it.each([
    ['plain conditions', { title: { like: 'kim' }, episodes: { greater_than: '10' } }],
    ['dates and ids', { publishedAt: { less_than: '2026-12-06' }, id: { in: '1,2,3' } }],
    ['nested and/or', { or: [{ title: { equals: 'x' } }, { and: [{ author: { equals: 3 } }] }] }],
    ['contains on hasMany relationships', { dramas: { contains: 4 } }],
    ['exists false', { publishedAt: { exists: 'false' } }],
    ['array rows', { 'items.heading': { like: 'kiss' }, 'items.scene': { equals: '7' } }],
    ['free-form JSON paths', { 'meta.anything': { equals: { a: 1 } } }],
    [
      'unknown paths and operators (Payload names them)',
      { nope: { bogus: 1 }, title: { bogus: 1 } },
    ],
  ])('accepts %s', (_name, where) => {
    expect(problems(where)).toEqual([])
  })
})

describe('isValidId', () => {
  it('takes digits within the database range for numeric ids', () => {
    expect(['1', 42, '2147483647'].every((id) => isValidId(id, SQL_IDS))).toBe(true)
    const bad = [
      'some-slug',
      '__proto__',
      'constructor',
      '-1',
      '1.5',
      '2147483648',
      '',
      1.5,
      0,
      null,
      {},
    ]
    expect(bad.filter((id) => isValidId(id, SQL_IDS))).toEqual([])
  })

  it('takes any text but prototype keys for text ids', () => {
    const text = { isNumeric: false, max: Number.MAX_SAFE_INTEGER }
    expect(isValidId('64b7f0c2e1', text)).toBe(true)
    expect(isValidId('__proto__', text)).toBe(false)
  })
})

describe('data walkers', () => {
  it('finds lists longer than maxRows (or the default 200)', () => {
    const data = {
      tags: ['a', 'b', 'c', 'd'],
      dramas: Array.from({ length: 201 }, (_, i) => i + 1),
    }
    expect(findOversizedLists(data, FIELDS)).toEqual([
      "'dramas' has 201 values; the limit is 200",
      "'tags' has 4 values; the limit is 3",
    ])
  })

  it('finds every referenced id with its path', () => {
    const data = { author: 3, dramas: [4, 5], items: [{ heading: 'h', scene: 9 }] }
    expect(findReferences(data, FIELDS)).toEqual([
      { path: 'author', collection: 'authors', id: 3 },
      { path: 'dramas.0', collection: 'dramas', id: 4 },
      { path: 'dramas.1', collection: 'dramas', id: 5 },
      { path: 'items.0.scene', collection: 'scenes', id: 9 },
    ])
  })

  it('finds the shapes Payload cannot take: null groups and lists, lists for one document', () => {
    const data = {
      author: [3],
      dramas: [4],
      schedule: null,
      items: [{ heading: 'h', scene: [] }, null],
      meta: null,
    }
    expect(findUnusableShapes(data, FIELDS)).toEqual([
      "'author' should be the id of one document in authors, not a list",
      "'schedule' should be an object, not null",
      "'items.0.scene' should be the id of one document in scenes, not a list",
    ])
    expect(findUnusableShapes({ items: null, author: null, schedule: {} }, FIELDS)).toEqual([
      "'items' should be a list, not null",
    ])
  })

  it('finds required single relationships pointing at a collection', () => {
    const holders = [{ slug: 'articles', fields: FIELDS }]
    expect(findRequiredReferences('scenes', holders)).toEqual([
      { collection: 'articles', path: 'items.scene' },
    ])
    expect(findRequiredReferences('dramas', holders)).toEqual([])
  })
})

describe('driver errors', () => {
  const wrapped = (cause: Record<string, unknown>) =>
    Object.assign(new Error('Failed query: insert into "articles_texts" ...'), { cause })

  it.each([
    [{ code: 'SQLITE_ERROR', message: 'too many SQL variables' }, /too many values/],
    [
      { code: 'SQLITE_CONSTRAINT_FOREIGNKEY', message: 'FOREIGN KEY constraint failed' },
      /does not exist/,
    ],
    [
      { code: '23503', message: 'insert or update violates foreign key constraint' },
      /does not exist/,
    ],
    [{ code: '22P02', message: 'invalid input syntax for type integer: "x"' }, /wrong type/],
    [{ code: '22001', message: 'value too long for type character varying(10)' }, /too long/],
    [
      { code: '22003', message: 'value "99999999999" is out of range for type integer' },
      /out of range/,
    ],
  ])('maps %j to a 400 without SQL', (cause, message) => {
    const fault = classifyDriverError(wrapped(cause))
    expect(fault?.status).toBe(400)
    expect(fault?.message).toMatch(message)
    expect(fault?.message).not.toMatch(/insert|articles_texts/)
  })

  it('leaves server faults alone', () => {
    expect(classifyDriverError(new Error('connection terminated'))).toBeNull()
    expect(
      classifyDriverError(
        wrapped({ code: 'SQLITE_CONSTRAINT_NOTNULL', message: 'NOT NULL constraint failed' }),
      ),
    ).toBeNull()
  })

  it('answers a delete that a NOT NULL foreign key stopped as a 409 conflict', () => {
    const notNull = {
      code: '23502',
      message:
        'null value in column "article_id" of relation "comments" violates not-null constraint',
    }
    const deleting = Object.assign(new Error('Failed query: delete from "articles" where ...'), {
      cause: notNull,
    })
    const fault = classifyDriverError(deleting)
    expect(fault?.status).toBe(409)
    expect(fault?.message).toMatch(/nothing was deleted/)
    expect(fault?.message).not.toMatch(/comments|article_id/)
    // The same failure of an insert is a bug, not a conflict.
    expect(classifyDriverError(wrapped(notNull))).toBeNull()
  })

  it('answers broken JSON and multipart as the client fault they are', () => {
    expect(clientFaultOf(new SyntaxError('Unexpected token b in JSON at position 1'))?.status).toBe(
      400,
    )
    expect(clientFaultOf(new Error('Multipart: Boundary not found'))?.message).toMatch(/multipart/)
  })
})

describe('nestsDeeperThan', () => {
  it('counts brackets outside strings only', () => {
    expect(nestsDeeperThan('[[["x"]]]', 3)).toBe(false)
    expect(nestsDeeperThan('[[[["x"]]]]', 3)).toBe(true)
    expect(nestsDeeperThan(`{"a":"${'['.repeat(500)}\\""}`, 3)).toBe(false)
  })
})
