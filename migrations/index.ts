import * as migration_20261124_223926_initial from './20261124_223926_initial';

export const migrations = [
  {
    up: migration_20261124_223926_initial.up,
    down: migration_20261124_223926_initial.down,
    name: '20261124_223926_initial'
  },
];
