import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "authors" ADD COLUMN "enable_a_p_i_key" boolean;
  ALTER TABLE "authors" ADD COLUMN "api_key" varchar;
  ALTER TABLE "authors" ADD COLUMN "api_key_index" varchar;
  ALTER TABLE "comments" ADD COLUMN "author_name" varchar;
  CREATE INDEX "articles_status_published_at_idx" ON "articles" USING btree ("_status","published_at");
  CREATE INDEX "articles_status_created_at_idx" ON "articles" USING btree ("_status","created_at");
  CREATE INDEX "articles_status_updated_at_idx" ON "articles" USING btree ("_status","updated_at");
  CREATE INDEX "articles_texts_parent_path_order_idx" ON "articles_texts" USING btree ("parent_id","path","order");
  CREATE INDEX "articles_texts_path_text_idx" ON "articles_texts" USING btree ("path","text","parent_id");
  CREATE INDEX "articles_rels_path_dramas_id_idx" ON "articles_rels" USING btree ("path","dramas_id");
  CREATE INDEX "articles_rels_path_people_id_idx" ON "articles_rels" USING btree ("path","people_id");
  CREATE INDEX "articles_rels_path_articles_id_idx" ON "articles_rels" USING btree ("path","articles_id");
  CREATE INDEX "_articles_v_texts_parent_path_order_idx" ON "_articles_v_texts" USING btree ("parent_id","path","order");
  CREATE INDEX "_articles_v_texts_path_text_idx" ON "_articles_v_texts" USING btree ("path","text","parent_id");
  CREATE INDEX "_articles_v_rels_path_dramas_id_idx" ON "_articles_v_rels" USING btree ("path","dramas_id");
  CREATE INDEX "_articles_v_rels_path_people_id_idx" ON "_articles_v_rels" USING btree ("path","people_id");
  CREATE INDEX "_articles_v_rels_path_articles_id_idx" ON "_articles_v_rels" USING btree ("path","articles_id");
  CREATE INDEX "dramas_texts_parent_path_order_idx" ON "dramas_texts" USING btree ("parent_id","path","order");
  CREATE INDEX "dramas_texts_path_text_idx" ON "dramas_texts" USING btree ("path","text","parent_id");
  CREATE INDEX "dramas_rels_path_people_id_idx" ON "dramas_rels" USING btree ("path","people_id");
  CREATE INDEX "scenes_texts_parent_path_order_idx" ON "scenes_texts" USING btree ("parent_id","path","order");
  CREATE INDEX "scenes_texts_path_text_idx" ON "scenes_texts" USING btree ("path","text","parent_id");
  CREATE INDEX "authors_rels_path_dramas_id_idx" ON "authors_rels" USING btree ("path","dramas_id");
  CREATE INDEX "comments_texts_parent_path_order_idx" ON "comments_texts" USING btree ("parent_id","path","order");
  CREATE INDEX "comments_texts_path_text_idx" ON "comments_texts" USING btree ("path","text","parent_id");
  CREATE INDEX "similarity_entries_rels_path_articles_id_idx" ON "similarity_entries_rels" USING btree ("path","articles_id");
  ALTER TABLE "authors" DROP COLUMN "login_attempts";
  ALTER TABLE "authors" DROP COLUMN "lock_until";
  ALTER TABLE "readers" DROP COLUMN "login_attempts";
  ALTER TABLE "readers" DROP COLUMN "lock_until";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "articles_status_published_at_idx";
  DROP INDEX "articles_status_created_at_idx";
  DROP INDEX "articles_status_updated_at_idx";
  DROP INDEX "articles_texts_parent_path_order_idx";
  DROP INDEX "articles_texts_path_text_idx";
  DROP INDEX "articles_rels_path_dramas_id_idx";
  DROP INDEX "articles_rels_path_people_id_idx";
  DROP INDEX "articles_rels_path_articles_id_idx";
  DROP INDEX "_articles_v_texts_parent_path_order_idx";
  DROP INDEX "_articles_v_texts_path_text_idx";
  DROP INDEX "_articles_v_rels_path_dramas_id_idx";
  DROP INDEX "_articles_v_rels_path_people_id_idx";
  DROP INDEX "_articles_v_rels_path_articles_id_idx";
  DROP INDEX "dramas_texts_parent_path_order_idx";
  DROP INDEX "dramas_texts_path_text_idx";
  DROP INDEX "dramas_rels_path_people_id_idx";
  DROP INDEX "scenes_texts_parent_path_order_idx";
  DROP INDEX "scenes_texts_path_text_idx";
  DROP INDEX "authors_rels_path_dramas_id_idx";
  DROP INDEX "comments_texts_parent_path_order_idx";
  DROP INDEX "comments_texts_path_text_idx";
  DROP INDEX "similarity_entries_rels_path_articles_id_idx";
  ALTER TABLE "authors" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "authors" ADD COLUMN "lock_until" timestamp(3) with time zone;
  ALTER TABLE "readers" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "readers" ADD COLUMN "lock_until" timestamp(3) with time zone;
  ALTER TABLE "authors" DROP COLUMN "enable_a_p_i_key";
  ALTER TABLE "authors" DROP COLUMN "api_key";
  ALTER TABLE "authors" DROP COLUMN "api_key_index";
  ALTER TABLE "comments" DROP COLUMN "author_name";`)
}
