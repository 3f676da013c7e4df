import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Similar lists become one JSON column, the inverted index gets its own collection and the
// statistics a change log. All of it is derived data: on a database that already has live
// articles, run `npm run similar:rebuild` after this migration to fill it again.

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "similarity_entries_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer
  );
  
  CREATE TABLE "similarity_postings_postings" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL
  );
  
  CREATE TABLE "similarity_postings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"article_id" integer NOT NULL,
  	"keys" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "articles_similar_articles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_version_similar_articles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "similarity_entries_postings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "articles_similar_articles" CASCADE;
  DROP TABLE "_articles_v_version_similar_articles" CASCADE;
  DROP TABLE "similarity_entries_postings" CASCADE;
  ALTER TABLE "articles" ADD COLUMN "similar_articles" jsonb;
  ALTER TABLE "_articles_v" ADD COLUMN "version_similar_articles" jsonb;
  ALTER TABLE "similarity_stats" ADD COLUMN "seq" numeric;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "similarity_postings_id" integer;
  ALTER TABLE "similarity_entries_rels" ADD CONSTRAINT "similarity_entries_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."similarity_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "similarity_entries_rels" ADD CONSTRAINT "similarity_entries_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "similarity_postings_postings" ADD CONSTRAINT "similarity_postings_postings_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."similarity_postings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "similarity_postings" ADD CONSTRAINT "similarity_postings_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "similarity_entries_rels_order_idx" ON "similarity_entries_rels" USING btree ("order");
  CREATE INDEX "similarity_entries_rels_parent_idx" ON "similarity_entries_rels" USING btree ("parent_id");
  CREATE INDEX "similarity_entries_rels_path_idx" ON "similarity_entries_rels" USING btree ("path");
  CREATE INDEX "similarity_entries_rels_articles_id_idx" ON "similarity_entries_rels" USING btree ("articles_id");
  CREATE INDEX "similarity_postings_postings_order_idx" ON "similarity_postings_postings" USING btree ("_order");
  CREATE INDEX "similarity_postings_postings_parent_id_idx" ON "similarity_postings_postings" USING btree ("_parent_id");
  CREATE INDEX "similarity_postings_postings_key_idx" ON "similarity_postings_postings" USING btree ("key");
  CREATE UNIQUE INDEX "similarity_postings_article_idx" ON "similarity_postings" USING btree ("article_id");
  CREATE INDEX "similarity_postings_updated_at_idx" ON "similarity_postings" USING btree ("updated_at");
  CREATE INDEX "similarity_postings_created_at_idx" ON "similarity_postings" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_similarity_postings_fk" FOREIGN KEY ("similarity_postings_id") REFERENCES "public"."similarity_postings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "similarity_stats_seq_idx" ON "similarity_stats" USING btree ("seq");
  CREATE INDEX "payload_locked_documents_rels_similarity_postings_id_idx" ON "payload_locked_documents_rels" USING btree ("similarity_postings_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "articles_similar_articles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"article_id" integer,
  	"score" numeric,
  	"is_pinned" boolean DEFAULT false
  );
  
  CREATE TABLE "_articles_v_version_similar_articles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"article_id" integer,
  	"score" numeric,
  	"is_pinned" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "similarity_entries_postings" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL
  );
  
  ALTER TABLE "similarity_entries_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "similarity_postings_postings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "similarity_postings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "similarity_entries_rels" CASCADE;
  DROP TABLE "similarity_postings_postings" CASCADE;
  DROP TABLE "similarity_postings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_similarity_postings_fk";
  
  DROP INDEX "similarity_stats_seq_idx";
  DROP INDEX "payload_locked_documents_rels_similarity_postings_id_idx";
  ALTER TABLE "articles_similar_articles" ADD CONSTRAINT "articles_similar_articles_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_similar_articles" ADD CONSTRAINT "articles_similar_articles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_similar_articles" ADD CONSTRAINT "_articles_v_version_similar_articles_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_version_similar_articles" ADD CONSTRAINT "_articles_v_version_similar_articles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "similarity_entries_postings" ADD CONSTRAINT "similarity_entries_postings_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."similarity_entries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_similar_articles_order_idx" ON "articles_similar_articles" USING btree ("_order");
  CREATE INDEX "articles_similar_articles_parent_id_idx" ON "articles_similar_articles" USING btree ("_parent_id");
  CREATE INDEX "articles_similar_articles_article_idx" ON "articles_similar_articles" USING btree ("article_id");
  CREATE INDEX "_articles_v_version_similar_articles_order_idx" ON "_articles_v_version_similar_articles" USING btree ("_order");
  CREATE INDEX "_articles_v_version_similar_articles_parent_id_idx" ON "_articles_v_version_similar_articles" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_similar_articles_article_idx" ON "_articles_v_version_similar_articles" USING btree ("article_id");
  CREATE INDEX "similarity_entries_postings_order_idx" ON "similarity_entries_postings" USING btree ("_order");
  CREATE INDEX "similarity_entries_postings_parent_id_idx" ON "similarity_entries_postings" USING btree ("_parent_id");
  CREATE INDEX "similarity_entries_postings_key_idx" ON "similarity_entries_postings" USING btree ("key");
  ALTER TABLE "articles" DROP COLUMN "similar_articles";
  ALTER TABLE "_articles_v" DROP COLUMN "version_similar_articles";
  ALTER TABLE "similarity_stats" DROP COLUMN "seq";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "similarity_postings_id";`)
}
