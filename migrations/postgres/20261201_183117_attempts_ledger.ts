import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "attempts" (
  	"id" uuid PRIMARY KEY NOT NULL,
  	"limiter" varchar NOT NULL,
  	"key" varchar NOT NULL,
  	"slot" varchar NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "attempts_id" uuid;
  CREATE INDEX "attempts_limiter_idx" ON "attempts" USING btree ("limiter");
  CREATE INDEX "attempts_key_idx" ON "attempts" USING btree ("key");
  CREATE UNIQUE INDEX "attempts_slot_idx" ON "attempts" USING btree ("slot");
  CREATE INDEX "attempts_at_idx" ON "attempts" USING btree ("at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_attempts_fk" FOREIGN KEY ("attempts_id") REFERENCES "public"."attempts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_attempts_id_idx" ON "payload_locked_documents_rels" USING btree ("attempts_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "attempts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "attempts" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_attempts_fk";
  
  DROP INDEX "payload_locked_documents_rels_attempts_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "attempts_id";`)
}
