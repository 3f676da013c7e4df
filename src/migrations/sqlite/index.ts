import * as migration_20261122_060031_initial from './20261122_060031_initial';

export const migrations = [
  {
    up: migration_20261122_060031_initial.up,
    down: migration_20261122_060031_initial.down,
    name: '20261122_060031_initial'
  },
];
