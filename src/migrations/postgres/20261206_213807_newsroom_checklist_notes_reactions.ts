import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_checklist_status" AS ENUM('ready', 'warnings', 'blocked');
  CREATE TYPE "public"."enum__articles_v_version_checklist_status" AS ENUM('ready', 'warnings', 'blocked');
  CREATE TYPE "public"."enum_reactions_reaction" AS ENUM('love', 'laugh', 'wow', 'sad', 'angry');
  CREATE TYPE "public"."enum_comment_reports_reason" AS ENUM('spoiler', 'spam', 'abuse', 'off_topic', 'other');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'showrunnerNoteMentionEmail';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'showrunnerSimilarPeers';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'showrunnerNoteMentionEmail';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'showrunnerSimilarPeers';
  CREATE TABLE "reactions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"article_id" integer NOT NULL,
  	"reader_id" integer,
  	"reaction" "enum_reactions_reaction" NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "comment_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"comment_id" integer NOT NULL,
  	"reader_id" integer,
  	"reason" "enum_comment_reports_reason",
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "editorial_notes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"article_id" integer NOT NULL,
  	"body" varchar NOT NULL,
  	"author_id" integer NOT NULL,
  	"parent_id" integer,
  	"anchor" varchar,
  	"resolved" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "editorial_notes_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"authors_id" integer
  );
  
  ALTER TABLE "authors" ALTER COLUMN "role" DROP NOT NULL;
  ALTER TABLE "articles" ADD COLUMN "checklist_status" "enum_articles_checklist_status";
  ALTER TABLE "articles_rels" ADD COLUMN "authors_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_checklist_status" "enum__articles_v_version_checklist_status";
  ALTER TABLE "_articles_v_rels" ADD COLUMN "authors_id" integer;
  ALTER TABLE "comments" ADD COLUMN "report_count" numeric DEFAULT 0;
  ALTER TABLE "comments" ADD COLUMN "reports_reviewed" numeric DEFAULT 0;
  ALTER TABLE "workflow_events" ADD COLUMN "checklist_override" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "editorial_notes_id" integer;
  ALTER TABLE "reactions" ADD CONSTRAINT "reactions_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reactions" ADD CONSTRAINT "reactions_reader_id_readers_id_fk" FOREIGN KEY ("reader_id") REFERENCES "public"."readers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comment_reports" ADD CONSTRAINT "comment_reports_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comment_reports" ADD CONSTRAINT "comment_reports_reader_id_readers_id_fk" FOREIGN KEY ("reader_id") REFERENCES "public"."readers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "editorial_notes" ADD CONSTRAINT "editorial_notes_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "editorial_notes" ADD CONSTRAINT "editorial_notes_author_id_authors_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."authors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "editorial_notes" ADD CONSTRAINT "editorial_notes_parent_id_editorial_notes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."editorial_notes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "editorial_notes_rels" ADD CONSTRAINT "editorial_notes_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."editorial_notes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "editorial_notes_rels" ADD CONSTRAINT "editorial_notes_rels_authors_fk" FOREIGN KEY ("authors_id") REFERENCES "public"."authors"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "reactions_article_idx" ON "reactions" USING btree ("article_id");
  CREATE INDEX "reactions_reader_idx" ON "reactions" USING btree ("reader_id");
  CREATE INDEX "reactions_updated_at_idx" ON "reactions" USING btree ("updated_at");
  CREATE INDEX "reactions_created_at_idx" ON "reactions" USING btree ("created_at");
  CREATE UNIQUE INDEX "article_reader_idx" ON "reactions" USING btree ("article_id","reader_id");
  CREATE INDEX "article_reaction_idx" ON "reactions" USING btree ("article_id","reaction");
  CREATE INDEX "comment_reports_comment_idx" ON "comment_reports" USING btree ("comment_id");
  CREATE INDEX "comment_reports_reader_idx" ON "comment_reports" USING btree ("reader_id");
  CREATE INDEX "comment_reports_updated_at_idx" ON "comment_reports" USING btree ("updated_at");
  CREATE INDEX "comment_reports_created_at_idx" ON "comment_reports" USING btree ("created_at");
  CREATE UNIQUE INDEX "comment_reader_idx" ON "comment_reports" USING btree ("comment_id","reader_id");
  CREATE INDEX "editorial_notes_article_idx" ON "editorial_notes" USING btree ("article_id");
  CREATE INDEX "editorial_notes_author_idx" ON "editorial_notes" USING btree ("author_id");
  CREATE INDEX "editorial_notes_parent_idx" ON "editorial_notes" USING btree ("parent_id");
  CREATE INDEX "editorial_notes_resolved_idx" ON "editorial_notes" USING btree ("resolved");
  CREATE INDEX "editorial_notes_updated_at_idx" ON "editorial_notes" USING btree ("updated_at");
  CREATE INDEX "editorial_notes_created_at_idx" ON "editorial_notes" USING btree ("created_at");
  CREATE INDEX "editorial_notes_rels_order_idx" ON "editorial_notes_rels" USING btree ("order");
  CREATE INDEX "editorial_notes_rels_parent_idx" ON "editorial_notes_rels" USING btree ("parent_id");
  CREATE INDEX "editorial_notes_rels_path_idx" ON "editorial_notes_rels" USING btree ("path");
  CREATE INDEX "editorial_notes_rels_authors_id_idx" ON "editorial_notes_rels" USING btree ("authors_id");
  CREATE INDEX "editorial_notes_rels_path_authors_id_idx" ON "editorial_notes_rels" USING btree ("path","authors_id");
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_authors_fk" FOREIGN KEY ("authors_id") REFERENCES "public"."authors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_authors_fk" FOREIGN KEY ("authors_id") REFERENCES "public"."authors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_editorial_notes_fk" FOREIGN KEY ("editorial_notes_id") REFERENCES "public"."editorial_notes"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_checklist_status_idx" ON "articles" USING btree ("checklist_status");
  CREATE INDEX "articles_rels_authors_id_idx" ON "articles_rels" USING btree ("authors_id");
  CREATE INDEX "articles_rels_path_authors_id_idx" ON "articles_rels" USING btree ("path","authors_id");
  CREATE INDEX "_articles_v_version_version_checklist_status_idx" ON "_articles_v" USING btree ("version_checklist_status");
  CREATE INDEX "_articles_v_rels_authors_id_idx" ON "_articles_v_rels" USING btree ("authors_id");
  CREATE INDEX "_articles_v_rels_path_authors_id_idx" ON "_articles_v_rels" USING btree ("path","authors_id");
  CREATE INDEX "payload_locked_documents_rels_editorial_notes_id_idx" ON "payload_locked_documents_rels" USING btree ("editorial_notes_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "reactions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "comment_reports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "editorial_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "editorial_notes_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "reactions" CASCADE;
  DROP TABLE "comment_reports" CASCADE;
  DROP TABLE "editorial_notes" CASCADE;
  DROP TABLE "editorial_notes_rels" CASCADE;
  ALTER TABLE "articles_rels" DROP CONSTRAINT "articles_rels_authors_fk";
  
  ALTER TABLE "_articles_v_rels" DROP CONSTRAINT "_articles_v_rels_authors_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_editorial_notes_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'showrunnerScheduledPublish', 'showrunnerWorkflowEmail', 'showrunnerWebhook');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'showrunnerScheduledPublish', 'showrunnerWorkflowEmail', 'showrunnerWebhook');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "articles_checklist_status_idx";
  DROP INDEX "articles_rels_authors_id_idx";
  DROP INDEX "articles_rels_path_authors_id_idx";
  DROP INDEX "_articles_v_version_version_checklist_status_idx";
  DROP INDEX "_articles_v_rels_authors_id_idx";
  DROP INDEX "_articles_v_rels_path_authors_id_idx";
  DROP INDEX "payload_locked_documents_rels_editorial_notes_id_idx";
  ALTER TABLE "authors" ALTER COLUMN "role" SET NOT NULL;
  ALTER TABLE "articles" DROP COLUMN "checklist_status";
  ALTER TABLE "articles_rels" DROP COLUMN "authors_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_checklist_status";
  ALTER TABLE "_articles_v_rels" DROP COLUMN "authors_id";
  ALTER TABLE "comments" DROP COLUMN "report_count";
  ALTER TABLE "comments" DROP COLUMN "reports_reviewed";
  ALTER TABLE "workflow_events" DROP COLUMN "checklist_override";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "editorial_notes_id";
  DROP TYPE "public"."enum_articles_checklist_status";
  DROP TYPE "public"."enum__articles_v_version_checklist_status";
  DROP TYPE "public"."enum_reactions_reaction";
  DROP TYPE "public"."enum_comment_reports_reason";`)
}
