import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "similarity_entries" ALTER COLUMN "article_id" DROP NOT NULL;
  ALTER TABLE "similarity_postings" ALTER COLUMN "article_id" DROP NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "similarity_entries" ALTER COLUMN "article_id" SET NOT NULL;
  ALTER TABLE "similarity_postings" ALTER COLUMN "article_id" SET NOT NULL;`)
}
