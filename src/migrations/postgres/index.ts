import * as migration_20261122_060048_initial from './20261122_060048_initial';
import * as migration_20261122_073818_similar_postings from './20261122_073818_similar_postings';
import * as migration_20261206_183038_read_indexes_api_keys_comment_authors from './20261206_183038_read_indexes_api_keys_comment_authors';
import * as migration_20261206_213807_newsroom_checklist_notes_reactions from './20261206_213807_newsroom_checklist_notes_reactions';
import * as migration_20261207_091800_postings_by_key_and_article from './20261207_091800_postings_by_key_and_article';
import * as migration_20261207_094851_relation_filters_by_value from './20261207_094851_relation_filters_by_value';
import * as migration_20261207_164942_similar_index_article_nullable from './20261207_164942_similar_index_article_nullable';

export const migrations = [
  {
    up: migration_20261122_060048_initial.up,
    down: migration_20261122_060048_initial.down,
    name: '20261122_060048_initial',
  },
  {
    up: migration_20261122_073818_similar_postings.up,
    down: migration_20261122_073818_similar_postings.down,
    name: '20261122_073818_similar_postings',
  },
  {
    up: migration_20261206_183038_read_indexes_api_keys_comment_authors.up,
    down: migration_20261206_183038_read_indexes_api_keys_comment_authors.down,
    name: '20261206_183038_read_indexes_api_keys_comment_authors',
  },
  {
    up: migration_20261206_213807_newsroom_checklist_notes_reactions.up,
    down: migration_20261206_213807_newsroom_checklist_notes_reactions.down,
    name: '20261206_213807_newsroom_checklist_notes_reactions',
  },
  {
    up: migration_20261207_091800_postings_by_key_and_article.up,
    down: migration_20261207_091800_postings_by_key_and_article.down,
    name: '20261207_091800_postings_by_key_and_article',
  },
  {
    up: migration_20261207_094851_relation_filters_by_value.up,
    down: migration_20261207_094851_relation_filters_by_value.down,
    name: '20261207_094851_relation_filters_by_value',
  },
  {
    up: migration_20261207_164942_similar_index_article_nullable.up,
    down: migration_20261207_164942_similar_index_article_nullable.down,
    name: '20261207_164942_similar_index_article_nullable'
  },
];
