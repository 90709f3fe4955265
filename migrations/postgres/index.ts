import * as migration_20261201_075508_initial from './20261201_075508_initial';
import * as migration_20261201_151530_object_storage_fields from './20261201_151530_object_storage_fields';
import * as migration_20261201_183117_attempts_ledger from './20261201_183117_attempts_ledger';
import * as migration_20261202_053509_drop_search_text from './20261202_053509_drop_search_text';
import * as migration_20261202_053513_search_index from './20261202_053513_search_index';
import * as migration_20261202_103649_pages_teams_branding from './20261202_103649_pages_teams_branding';
import * as migration_20261202_104202_about_page from './20261202_104202_about_page';
import * as migration_20261202_104247_drop_about_setting from './20261202_104247_drop_about_setting';
import * as migration_20261202_160046_site_icon_social_image from './20261202_160046_site_icon_social_image';
import * as migration_20261202_161044_typeface from './20261202_161044_typeface';
import * as migration_20261202_190916_newsletter from './20261202_190916_newsletter';
import * as migration_20261203_172710_living_articles from './20261203_172710_living_articles';
import * as migration_20261204_192015_staff_working_day from './20261204_192015_staff_working_day';

export const migrations = [
  {
    up: migration_20261201_075508_initial.up,
    down: migration_20261201_075508_initial.down,
    name: '20261201_075508_initial',
  },
  {
    up: migration_20261201_151530_object_storage_fields.up,
    down: migration_20261201_151530_object_storage_fields.down,
    name: '20261201_151530_object_storage_fields',
  },
  {
    up: migration_20261201_183117_attempts_ledger.up,
    down: migration_20261201_183117_attempts_ledger.down,
    name: '20261201_183117_attempts_ledger',
  },
  {
    up: migration_20261202_053509_drop_search_text.up,
    down: migration_20261202_053509_drop_search_text.down,
    name: '20261202_053509_drop_search_text',
  },
  {
    up: migration_20261202_053513_search_index.up,
    down: migration_20261202_053513_search_index.down,
    name: '20261202_053513_search_index',
  },
  {
    up: migration_20261202_103649_pages_teams_branding.up,
    down: migration_20261202_103649_pages_teams_branding.down,
    name: '20261202_103649_pages_teams_branding',
  },
  {
    up: migration_20261202_104202_about_page.up,
    down: migration_20261202_104202_about_page.down,
    name: '20261202_104202_about_page',
  },
  {
    up: migration_20261202_104247_drop_about_setting.up,
    down: migration_20261202_104247_drop_about_setting.down,
    name: '20261202_104247_drop_about_setting',
  },
  {
    up: migration_20261202_160046_site_icon_social_image.up,
    down: migration_20261202_160046_site_icon_social_image.down,
    name: '20261202_160046_site_icon_social_image',
  },
  {
    up: migration_20261202_161044_typeface.up,
    down: migration_20261202_161044_typeface.down,
    name: '20261202_161044_typeface',
  },
  {
    up: migration_20261202_190916_newsletter.up,
    down: migration_20261202_190916_newsletter.down,
    name: '20261202_190916_newsletter',
  },
  {
    up: migration_20261203_172710_living_articles.up,
    down: migration_20261203_172710_living_articles.down,
    name: '20261203_172710_living_articles',
  },
  {
    up: migration_20261204_192015_staff_working_day.up,
    down: migration_20261204_192015_staff_working_day.down,
    name: '20261204_192015_staff_working_day'
  },
];
