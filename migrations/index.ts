import * as migration_20261124_225400_initial from './20261124_225400_initial';
import * as migration_20261124_230703_article_search_text from './20261124_230703_article_search_text';

export const migrations = [
  {
    up: migration_20261124_225400_initial.up,
    down: migration_20261124_225400_initial.down,
    name: '20261124_225400_initial',
  },
  {
    up: migration_20261124_230703_article_search_text.up,
    down: migration_20261124_230703_article_search_text.down,
    name: '20261124_230703_article_search_text'
  },
];
