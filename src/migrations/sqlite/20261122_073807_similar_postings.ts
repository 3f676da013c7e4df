import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Similar lists become one JSON column, the inverted index gets its own collection and the
// statistics a change log. All of it is derived data: on a database that already has live
// articles, run `npm run similar:rebuild` after this migration to fill it again.

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`similarity_entries_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`similarity_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`similarity_entries_rels_order_idx\` ON \`similarity_entries_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`similarity_entries_rels_parent_idx\` ON \`similarity_entries_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`similarity_entries_rels_path_idx\` ON \`similarity_entries_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`similarity_entries_rels_articles_id_idx\` ON \`similarity_entries_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE TABLE \`similarity_postings_postings\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`similarity_postings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`similarity_postings_postings_order_idx\` ON \`similarity_postings_postings\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`similarity_postings_postings_parent_id_idx\` ON \`similarity_postings_postings\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`similarity_postings_postings_key_idx\` ON \`similarity_postings_postings\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`similarity_postings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`article_id\` integer NOT NULL,
  	\`keys\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`similarity_postings_article_idx\` ON \`similarity_postings\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`similarity_postings_updated_at_idx\` ON \`similarity_postings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`similarity_postings_created_at_idx\` ON \`similarity_postings\` (\`created_at\`);`)
  await db.run(sql`DROP TABLE \`articles_similar_articles\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_similar_articles\`;`)
  await db.run(sql`DROP TABLE \`similarity_entries_postings\`;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`similar_articles\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_similar_articles\` text;`)
  await db.run(sql`ALTER TABLE \`similarity_stats\` ADD \`seq\` numeric;`)
  await db.run(sql`CREATE INDEX \`similarity_stats_seq_idx\` ON \`similarity_stats\` (\`seq\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`similarity_postings_id\` integer REFERENCES similarity_postings(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_similarity_postings_id_idx\` ON \`payload_locked_documents_rels\` (\`similarity_postings_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_similar_articles\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`article_id\` integer,
  	\`score\` numeric,
  	\`is_pinned\` integer DEFAULT false,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_similar_articles_order_idx\` ON \`articles_similar_articles\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_similar_articles_parent_id_idx\` ON \`articles_similar_articles\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_similar_articles_article_idx\` ON \`articles_similar_articles\` (\`article_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_similar_articles\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`article_id\` integer,
  	\`score\` numeric,
  	\`is_pinned\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_similar_articles_order_idx\` ON \`_articles_v_version_similar_articles\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_similar_articles_parent_id_idx\` ON \`_articles_v_version_similar_articles\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_similar_articles_article_idx\` ON \`_articles_v_version_similar_articles\` (\`article_id\`);`)
  await db.run(sql`CREATE TABLE \`similarity_entries_postings\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`similarity_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`similarity_entries_postings_order_idx\` ON \`similarity_entries_postings\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`similarity_entries_postings_parent_id_idx\` ON \`similarity_entries_postings\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`similarity_entries_postings_key_idx\` ON \`similarity_entries_postings\` (\`key\`);`)
  await db.run(sql`DROP TABLE \`similarity_entries_rels\`;`)
  await db.run(sql`DROP TABLE \`similarity_postings_postings\`;`)
  await db.run(sql`DROP TABLE \`similarity_postings\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`dramas_id\` integer,
  	\`scenes_id\` integer,
  	\`people_id\` integer,
  	\`authors_id\` integer,
  	\`readers_id\` integer,
  	\`comments_id\` integer,
  	\`media_id\` integer,
  	\`workflow_events_id\` integer,
  	\`similarity_entries_id\` integer,
  	\`similarity_stats_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dramas_id\`) REFERENCES \`dramas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`scenes_id\`) REFERENCES \`scenes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`authors_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`readers_id\`) REFERENCES \`readers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comments_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workflow_events_id\`) REFERENCES \`workflow_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`similarity_entries_id\`) REFERENCES \`similarity_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`similarity_stats_id\`) REFERENCES \`similarity_stats\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "dramas_id", "scenes_id", "people_id", "authors_id", "readers_id", "comments_id", "media_id", "workflow_events_id", "similarity_entries_id", "similarity_stats_id") SELECT "id", "order", "parent_id", "path", "articles_id", "dramas_id", "scenes_id", "people_id", "authors_id", "readers_id", "comments_id", "media_id", "workflow_events_id", "similarity_entries_id", "similarity_stats_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_dramas_id_idx\` ON \`payload_locked_documents_rels\` (\`dramas_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_scenes_id_idx\` ON \`payload_locked_documents_rels\` (\`scenes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_people_id_idx\` ON \`payload_locked_documents_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_authors_id_idx\` ON \`payload_locked_documents_rels\` (\`authors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_readers_id_idx\` ON \`payload_locked_documents_rels\` (\`readers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_events_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_similarity_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`similarity_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_similarity_stats_id_idx\` ON \`payload_locked_documents_rels\` (\`similarity_stats_id\`);`)
  await db.run(sql`DROP INDEX \`similarity_stats_seq_idx\`;`)
  await db.run(sql`ALTER TABLE \`similarity_stats\` DROP COLUMN \`seq\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`similar_articles\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_similar_articles\`;`)
}
