import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`site_icons\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`prefix\` text DEFAULT '',
  	\`_objectkey\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_favicon_url\` text,
  	\`sizes_favicon_width\` numeric,
  	\`sizes_favicon_height\` numeric,
  	\`sizes_favicon_mime_type\` text,
  	\`sizes_favicon_filesize\` numeric,
  	\`sizes_favicon_filename\` text,
  	\`sizes_apple_touch_url\` text,
  	\`sizes_apple_touch_width\` numeric,
  	\`sizes_apple_touch_height\` numeric,
  	\`sizes_apple_touch_mime_type\` text,
  	\`sizes_apple_touch_filesize\` numeric,
  	\`sizes_apple_touch_filename\` text,
  	\`sizes_app192_url\` text,
  	\`sizes_app192_width\` numeric,
  	\`sizes_app192_height\` numeric,
  	\`sizes_app192_mime_type\` text,
  	\`sizes_app192_filesize\` numeric,
  	\`sizes_app192_filename\` text,
  	\`sizes_app512_url\` text,
  	\`sizes_app512_width\` numeric,
  	\`sizes_app512_height\` numeric,
  	\`sizes_app512_mime_type\` text,
  	\`sizes_app512_filesize\` numeric,
  	\`sizes_app512_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`site_icons_updated_at_idx\` ON \`site_icons\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`site_icons_created_at_idx\` ON \`site_icons\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`site_icons_filename_idx\` ON \`site_icons\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`site_icons_sizes_favicon_sizes_favicon_filename_idx\` ON \`site_icons\` (\`sizes_favicon_filename\`);`)
  await db.run(sql`CREATE INDEX \`site_icons_sizes_apple_touch_sizes_apple_touch_filename_idx\` ON \`site_icons\` (\`sizes_apple_touch_filename\`);`)
  await db.run(sql`CREATE INDEX \`site_icons_sizes_app192_sizes_app192_filename_idx\` ON \`site_icons\` (\`sizes_app192_filename\`);`)
  await db.run(sql`CREATE INDEX \`site_icons_sizes_app512_sizes_app512_filename_idx\` ON \`site_icons\` (\`sizes_app512_filename\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`site_icons_id\` integer REFERENCES site_icons(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_icons_id_idx\` ON \`payload_locked_documents_rels\` (\`site_icons_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`branding_site_icon_id\` integer REFERENCES site_icons(id);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`branding_social_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`site_settings_branding_branding_site_icon_idx\` ON \`site_settings\` (\`branding_site_icon_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_branding_branding_social_image_idx\` ON \`site_settings\` (\`branding_social_image_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`site_icons\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`pages_id\` integer,
  	\`authors_id\` integer,
  	\`teams_id\` integer,
  	\`topics_id\` integer,
  	\`media_id\` integer,
  	\`comments_id\` integer,
  	\`submissions_id\` integer,
  	\`users_id\` integer,
  	\`attempts_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`authors_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`teams_id\`) REFERENCES \`teams\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comments_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`submissions_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attempts_id\`) REFERENCES \`attempts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "pages_id", "authors_id", "teams_id", "topics_id", "media_id", "comments_id", "submissions_id", "users_id", "attempts_id") SELECT "id", "order", "parent_id", "path", "articles_id", "pages_id", "authors_id", "teams_id", "topics_id", "media_id", "comments_id", "submissions_id", "users_id", "attempts_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_authors_id_idx\` ON \`payload_locked_documents_rels\` (\`authors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_teams_id_idx\` ON \`payload_locked_documents_rels\` (\`teams_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_submissions_id_idx\` ON \`payload_locked_documents_rels\` (\`submissions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_attempts_id_idx\` ON \`payload_locked_documents_rels\` (\`attempts_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_name\` text DEFAULT 'Think Tank' NOT NULL,
  	\`contact_email\` text,
  	\`branding_logo_id\` integer,
  	\`branding_logo_on_dark_id\` integer,
  	\`branding_brand_colour\` text DEFAULT '#0b5d7a' NOT NULL,
  	\`branding_second_colour\` text,
  	\`comment_policy_moderation_mode\` text DEFAULT 'hold-all' NOT NULL,
  	\`comment_policy_link_limit\` numeric DEFAULT 2 NOT NULL,
  	\`comment_policy_blocklist\` text,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`branding_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`branding_logo_on_dark_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings\`("id", "site_name", "contact_email", "branding_logo_id", "branding_logo_on_dark_id", "branding_brand_colour", "branding_second_colour", "comment_policy_moderation_mode", "comment_policy_link_limit", "comment_policy_blocklist", "updated_at", "created_at") SELECT "id", "site_name", "contact_email", "branding_logo_id", "branding_logo_on_dark_id", "branding_brand_colour", "branding_second_colour", "comment_policy_moderation_mode", "comment_policy_link_limit", "comment_policy_blocklist", "updated_at", "created_at" FROM \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings\` RENAME TO \`site_settings\`;`)
  await db.run(sql`CREATE INDEX \`site_settings_branding_branding_logo_idx\` ON \`site_settings\` (\`branding_logo_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_branding_branding_logo_on_dark_idx\` ON \`site_settings\` (\`branding_logo_on_dark_id\`);`)
}
