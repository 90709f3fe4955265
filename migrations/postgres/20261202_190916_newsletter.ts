import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_subscribers_locale" AS ENUM('en', 'az', 'ru');
  CREATE TYPE "public"."enum_subscribers_frequency" AS ENUM('each', 'weekly');
  CREATE TYPE "public"."enum_subscribers_scope" AS ENUM('all', 'chosen');
  CREATE TYPE "public"."enum_subscription_requests_locale" AS ENUM('en', 'az', 'ru');
  CREATE TYPE "public"."enum_subscription_requests_frequency" AS ENUM('each', 'weekly');
  CREATE TYPE "public"."enum_subscription_requests_scope" AS ENUM('all', 'chosen');
  CREATE TYPE "public"."enum_mailings_kind" AS ENUM('article', 'digest');
  CREATE TYPE "public"."enum_mailings_status" AS ENUM('queued', 'sending', 'done');
  CREATE TYPE "public"."enum_deliveries_status" AS ENUM('sending', 'sent', 'failed', 'unconfirmed');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'send-mailing' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'send-mailing' BEFORE 'schedulePublish';
  CREATE TABLE "subscribers" (
  	"id" uuid PRIMARY KEY NOT NULL,
  	"email" varchar NOT NULL,
  	"name" varchar,
  	"locale" "enum_subscribers_locale" DEFAULT 'en',
  	"frequency" "enum_subscribers_frequency" DEFAULT 'each',
  	"scope" "enum_subscribers_scope" DEFAULT 'all',
  	"consent_requested_at" timestamp(3) with time zone,
  	"consent_confirmed_at" timestamp(3) with time zone,
  	"consent_text" varchar,
  	"consent_ip_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "subscribers_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" uuid,
  	"authors_id" uuid
  );
  
  CREATE TABLE "subscription_requests" (
  	"id" uuid PRIMARY KEY NOT NULL,
  	"email" varchar NOT NULL,
  	"name" varchar,
  	"locale" "enum_subscription_requests_locale" DEFAULT 'en',
  	"frequency" "enum_subscription_requests_frequency" DEFAULT 'each',
  	"scope" "enum_subscription_requests_scope" DEFAULT 'all',
  	"consent_text" varchar,
  	"ip_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "subscription_requests_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" uuid,
  	"authors_id" uuid
  );
  
  CREATE TABLE "mailings" (
  	"id" uuid PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"title" varchar,
  	"kind" "enum_mailings_kind" NOT NULL,
  	"article_id" uuid,
  	"from" timestamp(3) with time zone,
  	"until" timestamp(3) with time zone,
  	"status" "enum_mailings_status" DEFAULT 'queued' NOT NULL,
  	"recipients" numeric DEFAULT 0,
  	"sent" numeric DEFAULT 0,
  	"failed" numeric DEFAULT 0,
  	"unconfirmed" numeric DEFAULT 0,
  	"cursor" varchar,
  	"heartbeat_at" timestamp(3) with time zone,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "deliveries" (
  	"id" uuid PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"mailing_id" uuid NOT NULL,
  	"subscriber" varchar NOT NULL,
  	"status" "enum_deliveries_status" NOT NULL,
  	"attempts" numeric DEFAULT 1 NOT NULL,
  	"taken_at" timestamp(3) with time zone NOT NULL,
  	"retry_at" timestamp(3) with time zone,
  	"sent_at" timestamp(3) with time zone,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "articles" ADD COLUMN "leave_out_of_mailings" boolean DEFAULT false;
  ALTER TABLE "_articles_v" ADD COLUMN "version_leave_out_of_mailings" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "subscribers_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "subscription_requests_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "mailings_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "deliveries_id" uuid;
  ALTER TABLE "subscribers_rels" ADD CONSTRAINT "subscribers_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscribers_rels" ADD CONSTRAINT "subscribers_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscribers_rels" ADD CONSTRAINT "subscribers_rels_authors_fk" FOREIGN KEY ("authors_id") REFERENCES "public"."authors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscription_requests_rels" ADD CONSTRAINT "subscription_requests_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."subscription_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscription_requests_rels" ADD CONSTRAINT "subscription_requests_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscription_requests_rels" ADD CONSTRAINT "subscription_requests_rels_authors_fk" FOREIGN KEY ("authors_id") REFERENCES "public"."authors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mailings" ADD CONSTRAINT "mailings_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_mailing_id_mailings_id_fk" FOREIGN KEY ("mailing_id") REFERENCES "public"."mailings"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "subscribers_email_idx" ON "subscribers" USING btree ("email");
  CREATE INDEX "subscribers_frequency_idx" ON "subscribers" USING btree ("frequency");
  CREATE INDEX "subscribers_scope_idx" ON "subscribers" USING btree ("scope");
  CREATE INDEX "subscribers_updated_at_idx" ON "subscribers" USING btree ("updated_at");
  CREATE INDEX "subscribers_created_at_idx" ON "subscribers" USING btree ("created_at");
  CREATE INDEX "subscribers_rels_order_idx" ON "subscribers_rels" USING btree ("order");
  CREATE INDEX "subscribers_rels_parent_idx" ON "subscribers_rels" USING btree ("parent_id");
  CREATE INDEX "subscribers_rels_path_idx" ON "subscribers_rels" USING btree ("path");
  CREATE INDEX "subscribers_rels_topics_id_idx" ON "subscribers_rels" USING btree ("topics_id");
  CREATE INDEX "subscribers_rels_authors_id_idx" ON "subscribers_rels" USING btree ("authors_id");
  CREATE INDEX "subscription_requests_email_idx" ON "subscription_requests" USING btree ("email");
  CREATE INDEX "subscription_requests_frequency_idx" ON "subscription_requests" USING btree ("frequency");
  CREATE INDEX "subscription_requests_scope_idx" ON "subscription_requests" USING btree ("scope");
  CREATE INDEX "subscription_requests_updated_at_idx" ON "subscription_requests" USING btree ("updated_at");
  CREATE INDEX "subscription_requests_created_at_idx" ON "subscription_requests" USING btree ("created_at");
  CREATE INDEX "subscription_requests_rels_order_idx" ON "subscription_requests_rels" USING btree ("order");
  CREATE INDEX "subscription_requests_rels_parent_idx" ON "subscription_requests_rels" USING btree ("parent_id");
  CREATE INDEX "subscription_requests_rels_path_idx" ON "subscription_requests_rels" USING btree ("path");
  CREATE INDEX "subscription_requests_rels_topics_id_idx" ON "subscription_requests_rels" USING btree ("topics_id");
  CREATE INDEX "subscription_requests_rels_authors_id_idx" ON "subscription_requests_rels" USING btree ("authors_id");
  CREATE UNIQUE INDEX "mailings_key_idx" ON "mailings" USING btree ("key");
  CREATE INDEX "mailings_article_idx" ON "mailings" USING btree ("article_id");
  CREATE INDEX "mailings_status_idx" ON "mailings" USING btree ("status");
  CREATE INDEX "mailings_updated_at_idx" ON "mailings" USING btree ("updated_at");
  CREATE INDEX "mailings_created_at_idx" ON "mailings" USING btree ("created_at");
  CREATE UNIQUE INDEX "deliveries_key_idx" ON "deliveries" USING btree ("key");
  CREATE INDEX "deliveries_mailing_idx" ON "deliveries" USING btree ("mailing_id");
  CREATE INDEX "deliveries_subscriber_idx" ON "deliveries" USING btree ("subscriber");
  CREATE INDEX "deliveries_status_idx" ON "deliveries" USING btree ("status");
  CREATE INDEX "deliveries_taken_at_idx" ON "deliveries" USING btree ("taken_at");
  CREATE INDEX "deliveries_updated_at_idx" ON "deliveries" USING btree ("updated_at");
  CREATE INDEX "deliveries_created_at_idx" ON "deliveries" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_subscribers_fk" FOREIGN KEY ("subscribers_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_subscription_requests_fk" FOREIGN KEY ("subscription_requests_id") REFERENCES "public"."subscription_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_mailings_fk" FOREIGN KEY ("mailings_id") REFERENCES "public"."mailings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_deliveries_fk" FOREIGN KEY ("deliveries_id") REFERENCES "public"."deliveries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_subscribers_id_idx" ON "payload_locked_documents_rels" USING btree ("subscribers_id");
  CREATE INDEX "payload_locked_documents_rels_subscription_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("subscription_requests_id");
  CREATE INDEX "payload_locked_documents_rels_mailings_id_idx" ON "payload_locked_documents_rels" USING btree ("mailings_id");
  CREATE INDEX "payload_locked_documents_rels_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("deliveries_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "subscribers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscribers_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscription_requests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscription_requests_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "mailings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "deliveries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "subscribers" CASCADE;
  DROP TABLE "subscribers_rels" CASCADE;
  DROP TABLE "subscription_requests" CASCADE;
  DROP TABLE "subscription_requests_rels" CASCADE;
  DROP TABLE "mailings" CASCADE;
  DROP TABLE "deliveries" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_subscribers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_subscription_requests_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_mailings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_deliveries_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_subscribers_id_idx";
  DROP INDEX "payload_locked_documents_rels_subscription_requests_id_idx";
  DROP INDEX "payload_locked_documents_rels_mailings_id_idx";
  DROP INDEX "payload_locked_documents_rels_deliveries_id_idx";
  ALTER TABLE "articles" DROP COLUMN "leave_out_of_mailings";
  ALTER TABLE "_articles_v" DROP COLUMN "version_leave_out_of_mailings";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "subscribers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "subscription_requests_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "mailings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "deliveries_id";
  DROP TYPE "public"."enum_subscribers_locale";
  DROP TYPE "public"."enum_subscribers_frequency";
  DROP TYPE "public"."enum_subscribers_scope";
  DROP TYPE "public"."enum_subscription_requests_locale";
  DROP TYPE "public"."enum_subscription_requests_frequency";
  DROP TYPE "public"."enum_subscription_requests_scope";
  DROP TYPE "public"."enum_mailings_kind";
  DROP TYPE "public"."enum_mailings_status";
  DROP TYPE "public"."enum_deliveries_status";`)
}
