import * as migration_20261122_060048_initial from './20261122_060048_initial';
import * as migration_20261122_073818_similar_postings from './20261122_073818_similar_postings';

export const migrations = [
  {
    up: migration_20261122_060048_initial.up,
    down: migration_20261122_060048_initial.down,
    name: '20261122_060048_initial',
  },
  {
    up: migration_20261122_073818_similar_postings.up,
    down: migration_20261122_073818_similar_postings.down,
    name: '20261122_073818_similar_postings'
  },
];
