import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// The index's `article` may be null for a moment (a delete racing the peer job; see
// `hooks/sweepDeletedArticleIndex.ts`). Foreign keys stay off until both tables are rebuilt:
// drizzle-kit turned them on before `similarity_postings` was dropped, which emptied its
// `postings` rows.

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_similarity_entries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`article_id\` integer,
  	\`features\` text NOT NULL,
  	\`keys\` text NOT NULL,
  	\`threshold\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_similarity_entries\`("id", "article_id", "features", "keys", "threshold", "updated_at", "created_at") SELECT "id", "article_id", "features", "keys", "threshold", "updated_at", "created_at" FROM \`similarity_entries\`;`)
  await db.run(sql`DROP TABLE \`similarity_entries\`;`)
  await db.run(sql`ALTER TABLE \`__new_similarity_entries\` RENAME TO \`similarity_entries\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`similarity_entries_article_idx\` ON \`similarity_entries\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`similarity_entries_updated_at_idx\` ON \`similarity_entries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`similarity_entries_created_at_idx\` ON \`similarity_entries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_similarity_postings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`article_id\` integer,
  	\`keys\` text NOT NULL,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_similarity_postings\`("id", "article_id", "keys") SELECT "id", "article_id", "keys" FROM \`similarity_postings\`;`)
  await db.run(sql`DROP TABLE \`similarity_postings\`;`)
  await db.run(sql`ALTER TABLE \`__new_similarity_postings\` RENAME TO \`similarity_postings\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`similarity_postings_article_idx\` ON \`similarity_postings\` (\`article_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_similarity_entries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`article_id\` integer NOT NULL,
  	\`features\` text NOT NULL,
  	\`keys\` text NOT NULL,
  	\`threshold\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_similarity_entries\`("id", "article_id", "features", "keys", "threshold", "updated_at", "created_at") SELECT "id", "article_id", "features", "keys", "threshold", "updated_at", "created_at" FROM \`similarity_entries\`;`)
  await db.run(sql`DROP TABLE \`similarity_entries\`;`)
  await db.run(sql`ALTER TABLE \`__new_similarity_entries\` RENAME TO \`similarity_entries\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`similarity_entries_article_idx\` ON \`similarity_entries\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`similarity_entries_updated_at_idx\` ON \`similarity_entries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`similarity_entries_created_at_idx\` ON \`similarity_entries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_similarity_postings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`article_id\` integer NOT NULL,
  	\`keys\` text NOT NULL,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_similarity_postings\`("id", "article_id", "keys") SELECT "id", "article_id", "keys" FROM \`similarity_postings\`;`)
  await db.run(sql`DROP TABLE \`similarity_postings\`;`)
  await db.run(sql`ALTER TABLE \`__new_similarity_postings\` RENAME TO \`similarity_postings\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`similarity_postings_article_idx\` ON \`similarity_postings\` (\`article_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}
