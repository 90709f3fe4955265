import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The staff's working day (issue 22): who saved each version, staff replies, guest authors and the
 * stamp that makes them public, the decision e-mail as sent, the manuscript guidelines and the
 * submission terms. Then the stamp is set for every author a live article names, and the search
 * index is filled from what readers may see (the indexer reads with today's access rules, which
 * need these columns).
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`saved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`articles_saved_by_idx\` ON \`articles\` (\`saved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_saved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_saved_by_idx\` ON \`_articles_v\` (\`version_saved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`authors\` ADD \`guest\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`authors\` ADD \`has_published_article\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`comments\` ADD \`staff_author_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`comments_staff_author_idx\` ON \`comments\` (\`staff_author_id\`);`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`decision_email_subject\` text;`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`decision_email_body\` text;`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`send_decision_email\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`manuscript_guidelines_min_words\` numeric DEFAULT 1000 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`manuscript_guidelines_max_words\` numeric DEFAULT 2000 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` ADD \`submission_terms\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` ADD \`manuscript_guidelines_summary\` text DEFAULT 'Analytical articles, research notes, book reviews, commentaries and roundtables, as a Word file, with contact details, a one-paragraph bio and Chicago author-date citations.';`)
  await db.run(sql`UPDATE \`authors\` SET \`has_published_article\` = true WHERE \`id\` IN (
    SELECT \`rels\`.\`authors_id\` FROM \`articles_rels\` \`rels\`
    JOIN \`articles\` ON \`articles\`.\`id\` = \`rels\`.\`parent_id\`
    WHERE \`rels\`.\`path\` = 'authors' AND \`articles\`.\`_status\` = 'published'
  );`)
  // Loaded here, not at the top: the indexer reaches the database seam, which imports this file.
  const { rebuildSearchIndex } = await import('../../src/lib/search/indexer')
  await rebuildSearchIndex(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`hero_image_id\` integer,
  	\`slug\` text,
  	\`kind\` text DEFAULT 'analysis',
  	\`published_at\` text,
  	\`published_by_id\` integer,
  	\`review_state\` text DEFAULT 'none',
  	\`review_requested_at\` text,
  	\`review_requested_by_id\` integer,
  	\`review_locale\` text,
  	\`review_note\` text,
  	\`leave_out_of_mailings\` integer DEFAULT false,
  	\`comments_enabled\` integer DEFAULT true,
  	\`submission_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`review_requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submission_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "hero_image_id", "slug", "kind", "published_at", "published_by_id", "review_state", "review_requested_at", "review_requested_by_id", "review_locale", "review_note", "leave_out_of_mailings", "comments_enabled", "submission_id", "updated_at", "created_at", "_status") SELECT "id", "hero_image_id", "slug", "kind", "published_at", "published_by_id", "review_state", "review_requested_at", "review_requested_by_id", "review_locale", "review_note", "leave_out_of_mailings", "comments_enabled", "submission_id", "updated_at", "created_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_hero_image_idx\` ON \`articles\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_by_idx\` ON \`articles\` (\`published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_review_state_idx\` ON \`articles\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`articles_review_requested_by_idx\` ON \`articles\` (\`review_requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_submission_idx\` ON \`articles\` (\`submission_id\`);`)
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
  	\`version_published_by_id\` integer,
  	\`version_review_state\` text DEFAULT 'none',
  	\`version_review_requested_at\` text,
  	\`version_review_requested_by_id\` integer,
  	\`version_review_locale\` text,
  	\`version_review_note\` text,
  	\`version_leave_out_of_mailings\` integer DEFAULT false,
  	\`version_comments_enabled\` integer DEFAULT true,
  	\`version_submission_id\` integer,
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
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_review_requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submission_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_hero_image_id", "version_slug", "version_kind", "version_published_at", "version_published_by_id", "version_review_state", "version_review_requested_at", "version_review_requested_by_id", "version_review_locale", "version_review_note", "version_leave_out_of_mailings", "version_comments_enabled", "version_submission_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_hero_image_id", "version_slug", "version_kind", "version_published_at", "version_published_by_id", "version_review_state", "version_review_requested_at", "version_review_requested_by_id", "version_review_locale", "version_review_note", "version_leave_out_of_mailings", "version_comments_enabled", "version_submission_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_hero_image_idx\` ON \`_articles_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_by_idx\` ON \`_articles_v\` (\`version_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_review_state_idx\` ON \`_articles_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_review_requested_by_idx\` ON \`_articles_v\` (\`version_review_requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_submission_idx\` ON \`_articles_v\` (\`version_submission_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_snapshot_idx\` ON \`_articles_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_published_locale_idx\` ON \`_articles_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_autosave_idx\` ON \`_articles_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_comments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`article_id\` integer NOT NULL,
  	\`parent_id\` integer,
  	\`author_name\` text NOT NULL,
  	\`author_email\` text NOT NULL,
  	\`body\` text NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`notify_on_reply\` integer DEFAULT false,
  	\`language\` text DEFAULT 'en',
  	\`ip_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_comments\`("id", "article_id", "parent_id", "author_name", "author_email", "body", "status", "notify_on_reply", "language", "ip_hash", "updated_at", "created_at") SELECT "id", "article_id", "parent_id", "author_name", "author_email", "body", "status", "notify_on_reply", "language", "ip_hash", "updated_at", "created_at" FROM \`comments\`;`)
  await db.run(sql`DROP TABLE \`comments\`;`)
  await db.run(sql`ALTER TABLE \`__new_comments\` RENAME TO \`comments\`;`)
  await db.run(sql`CREATE INDEX \`comments_article_idx\` ON \`comments\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_parent_idx\` ON \`comments\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_author_email_idx\` ON \`comments\` (\`author_email\`);`)
  await db.run(sql`CREATE INDEX \`comments_status_idx\` ON \`comments\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`comments_ip_hash_idx\` ON \`comments\` (\`ip_hash\`);`)
  await db.run(sql`CREATE INDEX \`comments_updated_at_idx\` ON \`comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`comments_created_at_idx\` ON \`comments\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`submissions\` ADD \`send_decision_email\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`decision_email_subject\`;`)
  await db.run(sql`ALTER TABLE \`submissions\` DROP COLUMN \`decision_email_body\`;`)
  await db.run(sql`ALTER TABLE \`authors\` DROP COLUMN \`guest\`;`)
  await db.run(sql`ALTER TABLE \`authors\` DROP COLUMN \`has_published_article\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`manuscript_guidelines_min_words\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`manuscript_guidelines_max_words\`;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` DROP COLUMN \`submission_terms\`;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` DROP COLUMN \`manuscript_guidelines_summary\`;`)
}
