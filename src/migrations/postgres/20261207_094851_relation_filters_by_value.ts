import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "articles_texts_path_text_idx";
  DROP INDEX "articles_rels_path_authors_id_idx";
  DROP INDEX "articles_rels_path_dramas_id_idx";
  DROP INDEX "articles_rels_path_people_id_idx";
  DROP INDEX "articles_rels_path_articles_id_idx";
  DROP INDEX "_articles_v_texts_path_text_idx";
  DROP INDEX "_articles_v_rels_path_authors_id_idx";
  DROP INDEX "_articles_v_rels_path_dramas_id_idx";
  DROP INDEX "_articles_v_rels_path_people_id_idx";
  DROP INDEX "_articles_v_rels_path_articles_id_idx";
  DROP INDEX "dramas_texts_path_text_idx";
  DROP INDEX "dramas_rels_path_people_id_idx";
  DROP INDEX "scenes_texts_path_text_idx";
  DROP INDEX "authors_rels_path_dramas_id_idx";
  DROP INDEX "comments_texts_path_text_idx";
  DROP INDEX "editorial_notes_rels_path_authors_id_idx";
  DROP INDEX "similarity_entries_rels_path_articles_id_idx";
  CREATE INDEX "articles_texts_text_path_idx" ON "articles_texts" USING btree ("text","path","parent_id");
  CREATE INDEX "articles_rels_authors_id_path_idx" ON "articles_rels" USING btree ("authors_id","path","parent_id");
  CREATE INDEX "articles_rels_dramas_id_path_idx" ON "articles_rels" USING btree ("dramas_id","path","parent_id");
  CREATE INDEX "articles_rels_people_id_path_idx" ON "articles_rels" USING btree ("people_id","path","parent_id");
  CREATE INDEX "articles_rels_articles_id_path_idx" ON "articles_rels" USING btree ("articles_id","path","parent_id");
  CREATE INDEX "_articles_v_texts_text_path_idx" ON "_articles_v_texts" USING btree ("text","path","parent_id");
  CREATE INDEX "_articles_v_rels_authors_id_path_idx" ON "_articles_v_rels" USING btree ("authors_id","path","parent_id");
  CREATE INDEX "_articles_v_rels_dramas_id_path_idx" ON "_articles_v_rels" USING btree ("dramas_id","path","parent_id");
  CREATE INDEX "_articles_v_rels_people_id_path_idx" ON "_articles_v_rels" USING btree ("people_id","path","parent_id");
  CREATE INDEX "_articles_v_rels_articles_id_path_idx" ON "_articles_v_rels" USING btree ("articles_id","path","parent_id");
  CREATE INDEX "dramas_texts_text_path_idx" ON "dramas_texts" USING btree ("text","path","parent_id");
  CREATE INDEX "dramas_rels_people_id_path_idx" ON "dramas_rels" USING btree ("people_id","path","parent_id");
  CREATE INDEX "scenes_texts_text_path_idx" ON "scenes_texts" USING btree ("text","path","parent_id");
  CREATE INDEX "authors_rels_dramas_id_path_idx" ON "authors_rels" USING btree ("dramas_id","path","parent_id");
  CREATE INDEX "comments_texts_text_path_idx" ON "comments_texts" USING btree ("text","path","parent_id");
  CREATE INDEX "editorial_notes_rels_authors_id_path_idx" ON "editorial_notes_rels" USING btree ("authors_id","path","parent_id");
  CREATE INDEX "similarity_entries_rels_articles_id_path_idx" ON "similarity_entries_rels" USING btree ("articles_id","path","parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "articles_texts_text_path_idx";
  DROP INDEX "articles_rels_authors_id_path_idx";
  DROP INDEX "articles_rels_dramas_id_path_idx";
  DROP INDEX "articles_rels_people_id_path_idx";
  DROP INDEX "articles_rels_articles_id_path_idx";
  DROP INDEX "_articles_v_texts_text_path_idx";
  DROP INDEX "_articles_v_rels_authors_id_path_idx";
  DROP INDEX "_articles_v_rels_dramas_id_path_idx";
  DROP INDEX "_articles_v_rels_people_id_path_idx";
  DROP INDEX "_articles_v_rels_articles_id_path_idx";
  DROP INDEX "dramas_texts_text_path_idx";
  DROP INDEX "dramas_rels_people_id_path_idx";
  DROP INDEX "scenes_texts_text_path_idx";
  DROP INDEX "authors_rels_dramas_id_path_idx";
  DROP INDEX "comments_texts_text_path_idx";
  DROP INDEX "editorial_notes_rels_authors_id_path_idx";
  DROP INDEX "similarity_entries_rels_articles_id_path_idx";
  CREATE INDEX "articles_texts_path_text_idx" ON "articles_texts" USING btree ("path","text","parent_id");
  CREATE INDEX "articles_rels_path_authors_id_idx" ON "articles_rels" USING btree ("path","authors_id");
  CREATE INDEX "articles_rels_path_dramas_id_idx" ON "articles_rels" USING btree ("path","dramas_id");
  CREATE INDEX "articles_rels_path_people_id_idx" ON "articles_rels" USING btree ("path","people_id");
  CREATE INDEX "articles_rels_path_articles_id_idx" ON "articles_rels" USING btree ("path","articles_id");
  CREATE INDEX "_articles_v_texts_path_text_idx" ON "_articles_v_texts" USING btree ("path","text","parent_id");
  CREATE INDEX "_articles_v_rels_path_authors_id_idx" ON "_articles_v_rels" USING btree ("path","authors_id");
  CREATE INDEX "_articles_v_rels_path_dramas_id_idx" ON "_articles_v_rels" USING btree ("path","dramas_id");
  CREATE INDEX "_articles_v_rels_path_people_id_idx" ON "_articles_v_rels" USING btree ("path","people_id");
  CREATE INDEX "_articles_v_rels_path_articles_id_idx" ON "_articles_v_rels" USING btree ("path","articles_id");
  CREATE INDEX "dramas_texts_path_text_idx" ON "dramas_texts" USING btree ("path","text","parent_id");
  CREATE INDEX "dramas_rels_path_people_id_idx" ON "dramas_rels" USING btree ("path","people_id");
  CREATE INDEX "scenes_texts_path_text_idx" ON "scenes_texts" USING btree ("path","text","parent_id");
  CREATE INDEX "authors_rels_path_dramas_id_idx" ON "authors_rels" USING btree ("path","dramas_id");
  CREATE INDEX "comments_texts_path_text_idx" ON "comments_texts" USING btree ("path","text","parent_id");
  CREATE INDEX "editorial_notes_rels_path_authors_id_idx" ON "editorial_notes_rels" USING btree ("path","authors_id");
  CREATE INDEX "similarity_entries_rels_path_articles_id_idx" ON "similarity_entries_rels" USING btree ("path","articles_id");`)
}
