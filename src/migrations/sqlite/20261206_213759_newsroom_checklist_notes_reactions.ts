import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`reactions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`article_id\` integer NOT NULL,
  	\`reader_id\` integer,
  	\`reaction\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reader_id\`) REFERENCES \`readers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`reactions_article_idx\` ON \`reactions\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`reactions_reader_idx\` ON \`reactions\` (\`reader_id\`);`)
  await db.run(sql`CREATE INDEX \`reactions_updated_at_idx\` ON \`reactions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reactions_created_at_idx\` ON \`reactions\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`article_reader_idx\` ON \`reactions\` (\`article_id\`,\`reader_id\`);`)
  await db.run(sql`CREATE INDEX \`article_reaction_idx\` ON \`reactions\` (\`article_id\`,\`reaction\`);`)
  await db.run(sql`CREATE TABLE \`comment_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`comment_id\` integer NOT NULL,
  	\`reader_id\` integer,
  	\`reason\` text,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`comment_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reader_id\`) REFERENCES \`readers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`comment_reports_comment_idx\` ON \`comment_reports\` (\`comment_id\`);`)
  await db.run(sql`CREATE INDEX \`comment_reports_reader_idx\` ON \`comment_reports\` (\`reader_id\`);`)
  await db.run(sql`CREATE INDEX \`comment_reports_updated_at_idx\` ON \`comment_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`comment_reports_created_at_idx\` ON \`comment_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`comment_reader_idx\` ON \`comment_reports\` (\`comment_id\`,\`reader_id\`);`)
  await db.run(sql`CREATE TABLE \`editorial_notes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`article_id\` integer NOT NULL,
  	\`body\` text NOT NULL,
  	\`author_id\` integer NOT NULL,
  	\`parent_id\` integer,
  	\`anchor\` text,
  	\`resolved\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`editorial_notes\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`editorial_notes_article_idx\` ON \`editorial_notes\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`editorial_notes_author_idx\` ON \`editorial_notes\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`editorial_notes_parent_idx\` ON \`editorial_notes\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`editorial_notes_resolved_idx\` ON \`editorial_notes\` (\`resolved\`);`)
  await db.run(sql`CREATE INDEX \`editorial_notes_updated_at_idx\` ON \`editorial_notes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`editorial_notes_created_at_idx\` ON \`editorial_notes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`editorial_notes_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`authors_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`editorial_notes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`authors_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`editorial_notes_rels_order_idx\` ON \`editorial_notes_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`editorial_notes_rels_parent_idx\` ON \`editorial_notes_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`editorial_notes_rels_path_idx\` ON \`editorial_notes_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`editorial_notes_rels_authors_id_idx\` ON \`editorial_notes_rels\` (\`authors_id\`);`)
  await db.run(sql`CREATE INDEX \`editorial_notes_rels_path_authors_id_idx\` ON \`editorial_notes_rels\` (\`path\`,\`authors_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_authors\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`handle\` text NOT NULL,
  	\`role\` text DEFAULT 'author',
  	\`bio\` text,
  	\`avatar_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`enable_a_p_i_key\` integer,
  	\`api_key\` text,
  	\`api_key_index\` text,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	FOREIGN KEY (\`avatar_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_authors\`("id", "name", "handle", "role", "bio", "avatar_id", "updated_at", "created_at", "enable_a_p_i_key", "api_key", "api_key_index", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at") SELECT "id", "name", "handle", "role", "bio", "avatar_id", "updated_at", "created_at", "enable_a_p_i_key", "api_key", "api_key_index", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at" FROM \`authors\`;`)
  await db.run(sql`DROP TABLE \`authors\`;`)
  await db.run(sql`ALTER TABLE \`__new_authors\` RENAME TO \`authors\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`authors_handle_idx\` ON \`authors\` (\`handle\`);`)
  await db.run(sql`CREATE INDEX \`authors_avatar_idx\` ON \`authors\` (\`avatar_id\`);`)
  await db.run(sql`CREATE INDEX \`authors_updated_at_idx\` ON \`authors\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`authors_created_at_idx\` ON \`authors\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`authors_email_idx\` ON \`authors\` (\`email\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`checklist_status\` text;`)
  await db.run(sql`CREATE INDEX \`articles_checklist_status_idx\` ON \`articles\` (\`checklist_status\`);`)
  await db.run(sql`ALTER TABLE \`articles_rels\` ADD \`authors_id\` integer REFERENCES authors(id);`)
  await db.run(sql`CREATE INDEX \`articles_rels_authors_id_idx\` ON \`articles_rels\` (\`authors_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_authors_id_idx\` ON \`articles_rels\` (\`path\`,\`authors_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_checklist_status\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_checklist_status_idx\` ON \`_articles_v\` (\`version_checklist_status\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v_rels\` ADD \`authors_id\` integer REFERENCES authors(id);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_authors_id_idx\` ON \`_articles_v_rels\` (\`authors_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_authors_id_idx\` ON \`_articles_v_rels\` (\`path\`,\`authors_id\`);`)
  await db.run(sql`ALTER TABLE \`comments\` ADD \`report_count\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`comments\` ADD \`reports_reviewed\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`workflow_events\` ADD \`checklist_override\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`editorial_notes_id\` integer REFERENCES editorial_notes(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_editorial_notes_id_idx\` ON \`payload_locked_documents_rels\` (\`editorial_notes_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`reactions\`;`)
  await db.run(sql`DROP TABLE \`comment_reports\`;`)
  await db.run(sql`DROP TABLE \`editorial_notes\`;`)
  await db.run(sql`DROP TABLE \`editorial_notes_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`dramas_id\` integer,
  	\`people_id\` integer,
  	\`articles_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dramas_id\`) REFERENCES \`dramas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles_rels\`("id", "order", "parent_id", "path", "dramas_id", "people_id", "articles_id") SELECT "id", "order", "parent_id", "path", "dramas_id", "people_id", "articles_id" FROM \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles_rels\` RENAME TO \`articles_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_dramas_id_idx\` ON \`articles_rels\` (\`dramas_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_people_id_idx\` ON \`articles_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_articles_id_idx\` ON \`articles_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_dramas_id_idx\` ON \`articles_rels\` (\`path\`,\`dramas_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_people_id_idx\` ON \`articles_rels\` (\`path\`,\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_articles_id_idx\` ON \`articles_rels\` (\`path\`,\`articles_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`dramas_id\` integer,
  	\`people_id\` integer,
  	\`articles_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dramas_id\`) REFERENCES \`dramas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v_rels\`("id", "order", "parent_id", "path", "dramas_id", "people_id", "articles_id") SELECT "id", "order", "parent_id", "path", "dramas_id", "people_id", "articles_id" FROM \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v_rels\` RENAME TO \`_articles_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_dramas_id_idx\` ON \`_articles_v_rels\` (\`dramas_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_people_id_idx\` ON \`_articles_v_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_articles_id_idx\` ON \`_articles_v_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_dramas_id_idx\` ON \`_articles_v_rels\` (\`path\`,\`dramas_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_people_id_idx\` ON \`_articles_v_rels\` (\`path\`,\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_articles_id_idx\` ON \`_articles_v_rels\` (\`path\`,\`articles_id\`);`)
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
  	\`similarity_postings_id\` integer,
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
  	FOREIGN KEY (\`similarity_postings_id\`) REFERENCES \`similarity_postings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`similarity_stats_id\`) REFERENCES \`similarity_stats\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "dramas_id", "scenes_id", "people_id", "authors_id", "readers_id", "comments_id", "media_id", "workflow_events_id", "similarity_entries_id", "similarity_postings_id", "similarity_stats_id") SELECT "id", "order", "parent_id", "path", "articles_id", "dramas_id", "scenes_id", "people_id", "authors_id", "readers_id", "comments_id", "media_id", "workflow_events_id", "similarity_entries_id", "similarity_postings_id", "similarity_stats_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_similarity_postings_id_idx\` ON \`payload_locked_documents_rels\` (\`similarity_postings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_similarity_stats_id_idx\` ON \`payload_locked_documents_rels\` (\`similarity_stats_id\`);`)
  await db.run(sql`DROP INDEX \`articles_checklist_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`checklist_status\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_checklist_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_checklist_status\`;`)
  await db.run(sql`CREATE TABLE \`__new_authors\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`handle\` text NOT NULL,
  	\`role\` text DEFAULT 'author' NOT NULL,
  	\`bio\` text,
  	\`avatar_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`enable_a_p_i_key\` integer,
  	\`api_key\` text,
  	\`api_key_index\` text,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	FOREIGN KEY (\`avatar_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_authors\`("id", "name", "handle", "role", "bio", "avatar_id", "updated_at", "created_at", "enable_a_p_i_key", "api_key", "api_key_index", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at") SELECT "id", "name", "handle", "role", "bio", "avatar_id", "updated_at", "created_at", "enable_a_p_i_key", "api_key", "api_key_index", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at" FROM \`authors\`;`)
  await db.run(sql`DROP TABLE \`authors\`;`)
  await db.run(sql`ALTER TABLE \`__new_authors\` RENAME TO \`authors\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`authors_handle_idx\` ON \`authors\` (\`handle\`);`)
  await db.run(sql`CREATE INDEX \`authors_avatar_idx\` ON \`authors\` (\`avatar_id\`);`)
  await db.run(sql`CREATE INDEX \`authors_updated_at_idx\` ON \`authors\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`authors_created_at_idx\` ON \`authors\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`authors_email_idx\` ON \`authors\` (\`email\`);`)
  await db.run(sql`ALTER TABLE \`comments\` DROP COLUMN \`report_count\`;`)
  await db.run(sql`ALTER TABLE \`comments\` DROP COLUMN \`reports_reviewed\`;`)
  await db.run(sql`ALTER TABLE \`workflow_events\` DROP COLUMN \`checklist_override\`;`)
}
