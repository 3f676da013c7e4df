import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "similarity_postings_updated_at_idx";
  DROP INDEX "similarity_postings_created_at_idx";
  CREATE INDEX "similarity_postings_postings_key_parent_idx" ON "similarity_postings_postings" USING btree ("key","_parent_id");
  ALTER TABLE "similarity_postings" DROP COLUMN "updated_at";
  ALTER TABLE "similarity_postings" DROP COLUMN "created_at";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "similarity_postings_postings_key_parent_idx";
  ALTER TABLE "similarity_postings" ADD COLUMN "updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL;
  ALTER TABLE "similarity_postings" ADD COLUMN "created_at" timestamp(3) with time zone DEFAULT now() NOT NULL;
  CREATE INDEX "similarity_postings_updated_at_idx" ON "similarity_postings" USING btree ("updated_at");
  CREATE INDEX "similarity_postings_created_at_idx" ON "similarity_postings" USING btree ("created_at");`)
}
