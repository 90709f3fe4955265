import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "site_icons" (
  	"id" uuid PRIMARY KEY NOT NULL,
  	"prefix" varchar DEFAULT '',
  	"_objectkey" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_favicon_url" varchar,
  	"sizes_favicon_width" numeric,
  	"sizes_favicon_height" numeric,
  	"sizes_favicon_mime_type" varchar,
  	"sizes_favicon_filesize" numeric,
  	"sizes_favicon_filename" varchar,
  	"sizes_apple_touch_url" varchar,
  	"sizes_apple_touch_width" numeric,
  	"sizes_apple_touch_height" numeric,
  	"sizes_apple_touch_mime_type" varchar,
  	"sizes_apple_touch_filesize" numeric,
  	"sizes_apple_touch_filename" varchar,
  	"sizes_app192_url" varchar,
  	"sizes_app192_width" numeric,
  	"sizes_app192_height" numeric,
  	"sizes_app192_mime_type" varchar,
  	"sizes_app192_filesize" numeric,
  	"sizes_app192_filename" varchar,
  	"sizes_app512_url" varchar,
  	"sizes_app512_width" numeric,
  	"sizes_app512_height" numeric,
  	"sizes_app512_mime_type" varchar,
  	"sizes_app512_filesize" numeric,
  	"sizes_app512_filename" varchar
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "site_icons_id" uuid;
  ALTER TABLE "site_settings" ADD COLUMN "branding_site_icon_id" uuid;
  ALTER TABLE "site_settings" ADD COLUMN "branding_social_image_id" uuid;
  CREATE INDEX "site_icons_updated_at_idx" ON "site_icons" USING btree ("updated_at");
  CREATE INDEX "site_icons_created_at_idx" ON "site_icons" USING btree ("created_at");
  CREATE UNIQUE INDEX "site_icons_filename_idx" ON "site_icons" USING btree ("filename");
  CREATE INDEX "site_icons_sizes_favicon_sizes_favicon_filename_idx" ON "site_icons" USING btree ("sizes_favicon_filename");
  CREATE INDEX "site_icons_sizes_apple_touch_sizes_apple_touch_filename_idx" ON "site_icons" USING btree ("sizes_apple_touch_filename");
  CREATE INDEX "site_icons_sizes_app192_sizes_app192_filename_idx" ON "site_icons" USING btree ("sizes_app192_filename");
  CREATE INDEX "site_icons_sizes_app512_sizes_app512_filename_idx" ON "site_icons" USING btree ("sizes_app512_filename");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_site_icons_fk" FOREIGN KEY ("site_icons_id") REFERENCES "public"."site_icons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_branding_site_icon_id_site_icons_id_fk" FOREIGN KEY ("branding_site_icon_id") REFERENCES "public"."site_icons"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_branding_social_image_id_media_id_fk" FOREIGN KEY ("branding_social_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_site_icons_id_idx" ON "payload_locked_documents_rels" USING btree ("site_icons_id");
  CREATE INDEX "site_settings_branding_branding_site_icon_idx" ON "site_settings" USING btree ("branding_site_icon_id");
  CREATE INDEX "site_settings_branding_branding_social_image_idx" ON "site_settings" USING btree ("branding_social_image_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_icons" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "site_icons" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_site_icons_fk";
  
  ALTER TABLE "site_settings" DROP CONSTRAINT "site_settings_branding_site_icon_id_site_icons_id_fk";
  
  ALTER TABLE "site_settings" DROP CONSTRAINT "site_settings_branding_social_image_id_media_id_fk";
  
  DROP INDEX "payload_locked_documents_rels_site_icons_id_idx";
  DROP INDEX "site_settings_branding_branding_site_icon_idx";
  DROP INDEX "site_settings_branding_branding_social_image_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "site_icons_id";
  ALTER TABLE "site_settings" DROP COLUMN "branding_site_icon_id";
  ALTER TABLE "site_settings" DROP COLUMN "branding_social_image_id";`)
}
