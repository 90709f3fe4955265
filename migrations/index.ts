import * as migration_20261124_225400_initial from './20261124_225400_initial';

export const migrations = [
  {
    up: migration_20261124_225400_initial.up,
    down: migration_20261124_225400_initial.down,
    name: '20261124_225400_initial'
  },
];
