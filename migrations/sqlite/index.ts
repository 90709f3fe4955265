import * as migration_20261124_225400_initial from './20261124_225400_initial';
import * as migration_20261124_230703_article_search_text from './20261124_230703_article_search_text';
import * as migration_20261125_011237_submission_review_desk from './20261125_011237_submission_review_desk';
import * as migration_20261125_012207_editorial_workflow from './20261125_012207_editorial_workflow';
import * as migration_20261125_025651_locale_parent_indexes from './20261125_025651_locale_parent_indexes';
import * as migration_20261201_151456_object_storage_fields from './20261201_151456_object_storage_fields';
import * as migration_20261201_183107_attempts_ledger from './20261201_183107_attempts_ledger';
import * as migration_20261202_053446_drop_search_text from './20261202_053446_drop_search_text';
import * as migration_20261202_053452_search_index from './20261202_053452_search_index';
import * as migration_20261202_103644_pages_teams_branding from './20261202_103644_pages_teams_branding';
import * as migration_20261202_104157_about_page from './20261202_104157_about_page';
import * as migration_20261202_104242_drop_about_setting from './20261202_104242_drop_about_setting';
import * as migration_20261202_160030_site_icon_social_image from './20261202_160030_site_icon_social_image';
import * as migration_20261202_161024_typeface from './20261202_161024_typeface';
import * as migration_20261202_190856_newsletter from './20261202_190856_newsletter';
import * as migration_20261203_172644_living_articles from './20261203_172644_living_articles';
import * as migration_20261204_191952_staff_working_day from './20261204_191952_staff_working_day';

export const migrations = [
  {
    up: migration_20261124_225400_initial.up,
    down: migration_20261124_225400_initial.down,
    name: '20261124_225400_initial',
  },
  {
    up: migration_20261124_230703_article_search_text.up,
    down: migration_20261124_230703_article_search_text.down,
    name: '20261124_230703_article_search_text',
  },
  {
    up: migration_20261125_011237_submission_review_desk.up,
    down: migration_20261125_011237_submission_review_desk.down,
    name: '20261125_011237_submission_review_desk',
  },
  {
    up: migration_20261125_012207_editorial_workflow.up,
    down: migration_20261125_012207_editorial_workflow.down,
    name: '20261125_012207_editorial_workflow',
  },
  {
    up: migration_20261125_025651_locale_parent_indexes.up,
    down: migration_20261125_025651_locale_parent_indexes.down,
    name: '20261125_025651_locale_parent_indexes',
  },
  {
    up: migration_20261201_151456_object_storage_fields.up,
    down: migration_20261201_151456_object_storage_fields.down,
    name: '20261201_151456_object_storage_fields',
  },
  {
    up: migration_20261201_183107_attempts_ledger.up,
    down: migration_20261201_183107_attempts_ledger.down,
    name: '20261201_183107_attempts_ledger',
  },
  {
    up: migration_20261202_053446_drop_search_text.up,
    down: migration_20261202_053446_drop_search_text.down,
    name: '20261202_053446_drop_search_text',
  },
  {
    up: migration_20261202_053452_search_index.up,
    down: migration_20261202_053452_search_index.down,
    name: '20261202_053452_search_index',
  },
  {
    up: migration_20261202_103644_pages_teams_branding.up,
    down: migration_20261202_103644_pages_teams_branding.down,
    name: '20261202_103644_pages_teams_branding',
  },
  {
    up: migration_20261202_104157_about_page.up,
    down: migration_20261202_104157_about_page.down,
    name: '20261202_104157_about_page',
  },
  {
    up: migration_20261202_104242_drop_about_setting.up,
    down: migration_20261202_104242_drop_about_setting.down,
    name: '20261202_104242_drop_about_setting',
  },
  {
    up: migration_20261202_160030_site_icon_social_image.up,
    down: migration_20261202_160030_site_icon_social_image.down,
    name: '20261202_160030_site_icon_social_image',
  },
  {
    up: migration_20261202_161024_typeface.up,
    down: migration_20261202_161024_typeface.down,
    name: '20261202_161024_typeface',
  },
  {
    up: migration_20261202_190856_newsletter.up,
    down: migration_20261202_190856_newsletter.down,
    name: '20261202_190856_newsletter',
  },
  {
    up: migration_20261203_172644_living_articles.up,
    down: migration_20261203_172644_living_articles.down,
    name: '20261203_172644_living_articles',
  },
  {
    up: migration_20261204_191952_staff_working_day.up,
    down: migration_20261204_191952_staff_working_day.down,
    name: '20261204_191952_staff_working_day'
  },
];
