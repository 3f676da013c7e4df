import { describe, expect, it } from '@jest/globals'

import { readIndexesFor } from '../../src/delivery/readIndexes'

const names = (table: string, columns: string[]) =>
  readIndexesFor(table, columns).map((spec) => `${spec.name}(${spec.columns.join(',')})`)

describe('readIndexesFor', () => {
  it('indexes a single-value array table by value, then parent (the inverted index)', () => {
    expect(names('similarity_postings_postings', ['_order', '_parent_id', 'id', 'key'])).toEqual([
      'similarity_postings_postings_key_parent_idx(key,_parent_id)',
    ])
    // The versions' copy of an array carries `_uuid`, which is not a value.
    expect(names('_things_v_version_tags', ['_order', '_parent_id', 'id', 'tag', '_uuid'])).toEqual(
      ['_things_v_version_tags_tag_parent_idx(tag,_parent_id)'],
    )
  })

  it('leaves arrays of several values and blocks alone', () => {
    expect(names('dramas_cast', ['_order', '_parent_id', 'id', 'person_id', 'character'])).toEqual(
      [],
    )
    expect(names('pages_blocks_quote', ['_order', '_parent_id', '_path', 'id', 'text'])).toEqual([])
  })

  it('indexes hasMany values, published lists and relationship filters', () => {
    expect(names('articles_texts', ['id', 'order', 'parent_id', 'path', 'text'])).toEqual([
      'articles_texts_parent_path_order_idx(parent_id,path,order)',
      'articles_texts_text_path_idx(text,path,parent_id)',
    ])
    expect(names('articles', ['id', '_status', 'published_at', 'created_at'])).toEqual([
      'articles_status_published_at_idx(_status,published_at)',
      'articles_status_created_at_idx(_status,created_at)',
    ])
    expect(names('articles_rels', ['id', 'order', 'parent_id', 'path', 'dramas_id'])).toEqual([
      'articles_rels_dramas_id_path_idx(dramas_id,path,parent_id)',
    ])
    expect(names('payload_preferences_rels', ['id', 'parent_id', 'path', 'users_id'])).toEqual([])
  })
})
