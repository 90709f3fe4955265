import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_comments_language" AS ENUM('en', 'az', 'ru');
  CREATE TYPE "public"."enum_users_language" AS ENUM('en', 'az', 'ru');
  ALTER TABLE "comments" ADD COLUMN "language" "enum_comments_language" DEFAULT 'en';
  ALTER TABLE "users" ADD COLUMN "language" "enum_users_language" DEFAULT 'en';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "comments" DROP COLUMN "language";
  ALTER TABLE "users" DROP COLUMN "language";
  DROP TYPE "public"."enum_comments_language";
  DROP TYPE "public"."enum_users_language";`)
}
