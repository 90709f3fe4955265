import * as migration_20261201_075508_initial from './20261201_075508_initial';

export const migrations = [
  {
    up: migration_20261201_075508_initial.up,
    down: migration_20261201_075508_initial.down,
    name: '20261201_075508_initial'
  },
];
