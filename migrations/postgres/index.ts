import * as migration_20261201_075508_initial from './20261201_075508_initial';
import * as migration_20261201_153058_attempts_ledger from './20261201_153058_attempts_ledger';

export const migrations = [
  {
    up: migration_20261201_075508_initial.up,
    down: migration_20261201_075508_initial.down,
    name: '20261201_075508_initial',
  },
  {
    up: migration_20261201_153058_attempts_ledger.up,
    down: migration_20261201_153058_attempts_ledger.down,
    name: '20261201_153058_attempts_ledger'
  },
];
