import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`similarity_postings_updated_at_idx\`;`)
  await db.run(sql`DROP INDEX \`similarity_postings_created_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`similarity_postings\` DROP COLUMN \`updated_at\`;`)
  await db.run(sql`ALTER TABLE \`similarity_postings\` DROP COLUMN \`created_at\`;`)
  await db.run(sql`CREATE INDEX \`similarity_postings_postings_key_parent_idx\` ON \`similarity_postings_postings\` (\`key\`,\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`similarity_postings_postings_key_parent_idx\`;`)
  await db.run(sql`ALTER TABLE \`similarity_postings\` ADD \`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL;`)
  await db.run(sql`ALTER TABLE \`similarity_postings\` ADD \`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL;`)
  await db.run(sql`CREATE INDEX \`similarity_postings_updated_at_idx\` ON \`similarity_postings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`similarity_postings_created_at_idx\` ON \`similarity_postings\` (\`created_at\`);`)
}
