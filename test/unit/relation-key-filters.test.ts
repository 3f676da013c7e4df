import { describe, expect, it } from '@jest/globals'

import type { RelationKey, RelationKeyLookup } from '../../src/delivery/relationKeyFilters'
import {
  MAX_LOOKUP_VALUES,
  relationKeyLookups,
  rewriteRelationKeyFilters,
} from '../../src/delivery/relationKeyFilters'

const keyOf = (path: string): RelationKey | null =>
  path === 'dramas.slug' ? { relation: 'dramas', collection: 'dramas', field: 'slug' } : null
const ids: Record<string, number[]> = { 'crown-ocean': [7], 'last-heart': [9], missing: [] }
const idsOf = (lookup: RelationKeyLookup) => lookup.values.flatMap((value) => ids[value] ?? [])

describe('relation key filters', () => {
  it('finds equals and in filters through a relation, at any depth of and/or', () => {
    const where = {
      _status: { equals: 'published' },
      or: [{ 'dramas.slug': { equals: 'crown-ocean' } }, { 'dramas.slug': { in: 'a,b' } }],
      and: [{ 'dramas.slug': { in: ['last-heart'] } }],
    }
    expect(relationKeyLookups(where, keyOf).map((lookup) => lookup.values)).toEqual([
      ['crown-ocean'],
      ['a', 'b'],
      ['last-heart'],
    ])
  })

  it('replaces each by the ids found, keeping the rest of the condition', () => {
    const where = {
      _status: { equals: 'published' },
      'dramas.slug': { in: ['crown-ocean', 'last-heart'] },
      and: [{ tags: { equals: 'romance' } }],
    }
    expect(rewriteRelationKeyFilters(where, keyOf, idsOf)).toEqual({
      _status: { equals: 'published' },
      and: [{ tags: { equals: 'romance' } }, { dramas: { in: [7, 9] } }],
    })
  })

  it('makes a filter whose key names nothing match nothing', () => {
    const where = { 'dramas.slug': { equals: 'missing' } }
    expect(rewriteRelationKeyFilters(where, keyOf, idsOf)).toEqual({
      and: [{ id: { exists: false } }],
    })
  })

  it('leaves other operators, other paths, odd values and huge lists to Payload', () => {
    const many = Array.from({ length: MAX_LOOKUP_VALUES + 1 }, (_, i) => `d-${i}`)
    const where = {
      'dramas.slug': { like: 'crown' },
      or: [
        { 'dramas.slug': { equals: 'crown-ocean', not_equals: 'x' } },
        { 'dramas.slug': { equals: { $gt: '' } } },
        { 'dramas.slug': { in: many } },
        { 'dramas.title': { equals: 'Crown Ocean' } },
      ],
    }
    expect(relationKeyLookups(where, keyOf)).toEqual([])
    expect(rewriteRelationKeyFilters(where, keyOf, idsOf)).toEqual(where)
  })
})
