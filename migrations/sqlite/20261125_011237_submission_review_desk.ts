import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`submission_id\` integer REFERENCES submissions(id);`)
  await db.run(sql`CREATE INDEX \`articles_submission_idx\` ON \`articles\` (\`submission_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_submission_id\` integer REFERENCES submissions(id);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_submission_idx\` ON \`_articles_v\` (\`version_submission_id\`);`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`send_decision_email\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`decision_emailed_at\` text;`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`word_count\` numeric;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` ADD \`decision_emails_accepted_subject\` text DEFAULT 'Your article “{title}” ({reference}) is accepted';`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` ADD \`decision_emails_accepted_body\` text DEFAULT 'Dear {name},
  
  Thank you for sending “{title}” to {siteName}. Our editors have accepted it for publication. An editor will write to you shortly about the edit and the publication date.
  
  {siteName}
  ';`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` ADD \`decision_emails_declined_subject\` text DEFAULT 'Your article “{title}” ({reference})';`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` ADD \`decision_emails_declined_body\` text DEFAULT 'Dear {name},
  
  Thank you for sending “{title}” to {siteName}. After careful reading, our editors have decided not to publish it. We receive many more articles than we can publish, and we hope you will write to us again.
  
  {siteName}
  ';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`hero_image_id\` integer,
  	\`slug\` text,
  	\`kind\` text DEFAULT 'analysis',
  	\`published_at\` text,
  	\`review_state\` text DEFAULT 'none',
  	\`comments_enabled\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "hero_image_id", "slug", "kind", "published_at", "review_state", "comments_enabled", "updated_at", "created_at", "_status") SELECT "id", "hero_image_id", "slug", "kind", "published_at", "review_state", "comments_enabled", "updated_at", "created_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_hero_image_idx\` ON \`articles\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_hero_image_id\` integer,
  	\`version_slug\` text,
  	\`version_kind\` text DEFAULT 'analysis',
  	\`version_published_at\` text,
  	\`version_review_state\` text DEFAULT 'none',
  	\`version_comments_enabled\` integer DEFAULT true,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_hero_image_id", "version_slug", "version_kind", "version_published_at", "version_review_state", "version_comments_enabled", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_hero_image_id", "version_slug", "version_kind", "version_published_at", "version_review_state", "version_comments_enabled", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_hero_image_idx\` ON \`_articles_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_snapshot_idx\` ON \`_articles_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_published_locale_idx\` ON \`_articles_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_autosave_idx\` ON \`_articles_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`send_decision_email\`;`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`decision_emailed_at\`;`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`word_count\`;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` DROP COLUMN \`decision_emails_accepted_subject\`;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` DROP COLUMN \`decision_emails_accepted_body\`;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` DROP COLUMN \`decision_emails_declined_subject\`;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` DROP COLUMN \`decision_emails_declined_body\`;`)
}
