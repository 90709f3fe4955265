import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_site_settings_branding_typeface" AS ENUM('system', 'source-serif', 'noto-serif', 'inter');
  ALTER TABLE "site_settings" ADD COLUMN "branding_typeface" "enum_site_settings_branding_typeface" DEFAULT 'system';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_settings" DROP COLUMN "branding_typeface";
  DROP TYPE "public"."enum_site_settings_branding_typeface";`)
}
