import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_corrections_language" AS ENUM('en', 'az', 'ru');
  CREATE TYPE "public"."enum_articles_review_locale" AS ENUM('en', 'az', 'ru');
  CREATE TYPE "public"."enum__articles_v_version_corrections_language" AS ENUM('en', 'az', 'ru');
  CREATE TYPE "public"."enum__articles_v_version_review_locale" AS ENUM('en', 'az', 'ru');
  CREATE TABLE "articles_corrections" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"language" "enum_articles_corrections_language",
  	"note" varchar
  );
  
  CREATE TABLE "_articles_v_version_corrections" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"language" "enum__articles_v_version_corrections_language",
  	"note" varchar,
  	"_uuid" varchar
  );
  
  ALTER TABLE "articles" ADD COLUMN "review_locale" "enum_articles_review_locale";
  ALTER TABLE "articles_locales" ADD COLUMN "correction_note" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_locale" "enum__articles_v_version_review_locale";
  ALTER TABLE "_articles_v_locales" ADD COLUMN "version_correction_note" varchar;
  ALTER TABLE "articles_corrections" ADD CONSTRAINT "articles_corrections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_corrections" ADD CONSTRAINT "_articles_v_version_corrections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_corrections_order_idx" ON "articles_corrections" USING btree ("_order");
  CREATE INDEX "articles_corrections_parent_id_idx" ON "articles_corrections" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_corrections_order_idx" ON "_articles_v_version_corrections" USING btree ("_order");
  CREATE INDEX "_articles_v_version_corrections_parent_id_idx" ON "_articles_v_version_corrections" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "articles_corrections" CASCADE;
  DROP TABLE "_articles_v_version_corrections" CASCADE;
  ALTER TABLE "articles" DROP COLUMN "review_locale";
  ALTER TABLE "articles_locales" DROP COLUMN "correction_note";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_locale";
  ALTER TABLE "_articles_v_locales" DROP COLUMN "version_correction_note";
  DROP TYPE "public"."enum_articles_corrections_language";
  DROP TYPE "public"."enum_articles_review_locale";
  DROP TYPE "public"."enum__articles_v_version_corrections_language";
  DROP TYPE "public"."enum__articles_v_version_review_locale";`)
}
