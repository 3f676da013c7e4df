import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_spoiler_sections_override" AS ENUM('auto', 'spoiler', 'safe');
  CREATE TYPE "public"."enum_articles_format" AS ENUM('listicle', 'news', 'feature', 'recap');
  CREATE TYPE "public"."enum_articles_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_articles_spoiler_warning_mode" AS ENUM('auto', 'custom', 'off');
  CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_version_spoiler_sections_override" AS ENUM('auto', 'spoiler', 'safe');
  CREATE TYPE "public"."enum__articles_v_version_format" AS ENUM('listicle', 'news', 'feature', 'recap');
  CREATE TYPE "public"."enum__articles_v_version_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__articles_v_version_spoiler_warning_mode" AS ENUM('auto', 'custom', 'off');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_dramas_schedule_days" AS ENUM('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday');
  CREATE TYPE "public"."enum_dramas_cast_billing" AS ENUM('lead', 'supporting', 'cameo');
  CREATE TYPE "public"."enum_dramas_status" AS ENUM('upcoming', 'airing', 'finished');
  CREATE TYPE "public"."enum_dramas_based_on_kind" AS ENUM('webtoon', 'novel', 'web novel', 'film', 'drama');
  CREATE TYPE "public"."enum_scenes_kind" AS ENUM('kiss', 'confession', 'proposal', 'reunion', 'breakup', 'reveal', 'other');
  CREATE TYPE "public"."enum_authors_socials_platform" AS ENUM('twitter', 'instagram', 'tiktok', 'youtube', 'website');
  CREATE TYPE "public"."enum_authors_role" AS ENUM('admin', 'editor', 'author');
  CREATE TYPE "public"."enum_comments_status" AS ENUM('pending', 'approved', 'rejected', 'spam');
  CREATE TYPE "public"."enum_workflow_events_action" AS ENUM('submit', 'withdraw', 'request_changes', 'approve', 'publish', 'schedule', 'unschedule', 'unpublish', 'archive', 'restore', 'assign', 'scheduled_publish', 'revise');
  CREATE TYPE "public"."enum_workflow_events_from" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_workflow_events_to" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'showrunnerScheduledPublish', 'showrunnerWorkflowEmail', 'showrunnerWebhook');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'showrunnerScheduledPublish', 'showrunnerWorkflowEmail', 'showrunnerWebhook');
  CREATE TABLE "articles_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"scene_id" integer,
  	"drama_id" integer,
  	"body" jsonb,
  	"media_id" integer,
  	"watch_now" boolean DEFAULT false
  );
  
  CREATE TABLE "articles_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "articles_spoiler_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"heading" varchar,
  	"spoiler" boolean DEFAULT false,
  	"detected" boolean DEFAULT false,
  	"score" numeric,
  	"drama_id" integer,
  	"drama_title" varchar,
  	"episode" numeric,
  	"override" "enum_articles_spoiler_sections_override" DEFAULT 'auto'
  );
  
  CREATE TABLE "articles_spoiler_summary_dramas" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"drama_id" integer,
  	"title" varchar,
  	"episode" numeric
  );
  
  CREATE TABLE "articles_similar_articles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"article_id" integer,
  	"score" numeric,
  	"is_pinned" boolean DEFAULT false
  );
  
  CREATE TABLE "articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"format" "enum_articles_format" DEFAULT 'listicle',
  	"author_id" integer,
  	"excerpt" varchar,
  	"hero_image_id" integer,
  	"intro" jsonb,
  	"body" jsonb,
  	"published_at" timestamp(3) with time zone,
  	"stage" "enum_articles_stage" DEFAULT 'draft',
  	"assignee_id" integer,
  	"publish_at" timestamp(3) with time zone,
  	"stage_changed_at" timestamp(3) with time zone,
  	"workflow_seq" numeric DEFAULT 0,
  	"spoiler_summary_has_spoilers" boolean DEFAULT false,
  	"spoiler_warning_mode" "enum_articles_spoiler_warning_mode" DEFAULT 'auto',
  	"spoiler_warning_custom" varchar,
  	"spoiler_warning_text" varchar,
  	"spoiler_warning_generated" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "articles_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"dramas_id" integer,
  	"people_id" integer,
  	"articles_id" integer
  );
  
  CREATE TABLE "_articles_v_version_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"scene_id" integer,
  	"drama_id" integer,
  	"body" jsonb,
  	"media_id" integer,
  	"watch_now" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v_version_spoiler_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"heading" varchar,
  	"spoiler" boolean DEFAULT false,
  	"detected" boolean DEFAULT false,
  	"score" numeric,
  	"drama_id" integer,
  	"drama_title" varchar,
  	"episode" numeric,
  	"override" "enum__articles_v_version_spoiler_sections_override" DEFAULT 'auto',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v_version_spoiler_summary_dramas" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"drama_id" integer,
  	"title" varchar,
  	"episode" numeric,
  	"_uuid" varchar
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
  
  CREATE TABLE "_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_format" "enum__articles_v_version_format" DEFAULT 'listicle',
  	"version_author_id" integer,
  	"version_excerpt" varchar,
  	"version_hero_image_id" integer,
  	"version_intro" jsonb,
  	"version_body" jsonb,
  	"version_published_at" timestamp(3) with time zone,
  	"version_stage" "enum__articles_v_version_stage" DEFAULT 'draft',
  	"version_assignee_id" integer,
  	"version_publish_at" timestamp(3) with time zone,
  	"version_stage_changed_at" timestamp(3) with time zone,
  	"version_workflow_seq" numeric DEFAULT 0,
  	"version_spoiler_summary_has_spoilers" boolean DEFAULT false,
  	"version_spoiler_warning_mode" "enum__articles_v_version_spoiler_warning_mode" DEFAULT 'auto',
  	"version_spoiler_warning_custom" varchar,
  	"version_spoiler_warning_text" varchar,
  	"version_spoiler_warning_generated" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_articles_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"dramas_id" integer,
  	"people_id" integer,
  	"articles_id" integer
  );
  
  CREATE TABLE "dramas_schedule_days" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_dramas_schedule_days",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "dramas_cast" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"person_id" integer NOT NULL,
  	"character" varchar NOT NULL,
  	"billing" "enum_dramas_cast_billing" DEFAULT 'lead'
  );
  
  CREATE TABLE "dramas_where_to_watch" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"platform" varchar NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "dramas" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"slug" varchar,
  	"network" varchar,
  	"year" numeric,
  	"episodes" numeric NOT NULL,
  	"status" "enum_dramas_status" DEFAULT 'finished',
  	"schedule_time" varchar,
  	"schedule_timezone" varchar DEFAULT 'Asia/Seoul',
  	"synopsis" varchar,
  	"based_on_kind" "enum_dramas_based_on_kind",
  	"based_on_title" varchar,
  	"poster_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "dramas_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "dramas_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"people_id" integer
  );
  
  CREATE TABLE "scenes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"drama_id" integer NOT NULL,
  	"episode" numeric NOT NULL,
  	"kind" "enum_scenes_kind" DEFAULT 'other' NOT NULL,
  	"description" varchar,
  	"media_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "scenes_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "people" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar,
  	"native_name" varchar,
  	"birth_date" timestamp(3) with time zone,
  	"birth_place" varchar,
  	"bio" varchar,
  	"photo_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "authors_socials" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"platform" "enum_authors_socials_platform" NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "authors_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "authors" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"handle" varchar NOT NULL,
  	"role" "enum_authors_role" DEFAULT 'author' NOT NULL,
  	"bio" varchar,
  	"avatar_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "authors_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"dramas_id" integer
  );
  
  CREATE TABLE "readers_watched" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"drama_id" integer NOT NULL,
  	"episode" numeric NOT NULL
  );
  
  CREATE TABLE "readers_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "readers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"display_name" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "comments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"article_id" integer NOT NULL,
  	"reader_id" integer,
  	"parent_id" integer,
  	"body" varchar NOT NULL,
  	"status" "enum_comments_status" DEFAULT 'pending',
  	"spoiler" boolean,
  	"marked_spoiler" boolean,
  	"spoiler_detected" boolean,
  	"spoiler_drama_id" integer,
  	"spoiler_episode" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "comments_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"credit" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar
  );
  
  CREATE TABLE "workflow_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"article_id" integer NOT NULL,
  	"key" varchar NOT NULL,
  	"seq" numeric NOT NULL,
  	"action" "enum_workflow_events_action" NOT NULL,
  	"from" "enum_workflow_events_from" NOT NULL,
  	"to" "enum_workflow_events_to" NOT NULL,
  	"by" varchar NOT NULL,
  	"actor_id" integer,
  	"at" timestamp(3) with time zone NOT NULL,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "similarity_entries_postings" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL
  );
  
  CREATE TABLE "similarity_entries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"article_id" integer NOT NULL,
  	"features" jsonb NOT NULL,
  	"keys" jsonb NOT NULL,
  	"threshold" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "similarity_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"revision" varchar,
  	"doc_count" numeric,
  	"df" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"dramas_id" integer,
  	"scenes_id" integer,
  	"people_id" integer,
  	"authors_id" integer,
  	"readers_id" integer,
  	"comments_id" integer,
  	"media_id" integer,
  	"workflow_events_id" integer,
  	"similarity_entries_id" integer,
  	"similarity_stats_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"authors_id" integer,
  	"readers_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "articles_items" ADD CONSTRAINT "articles_items_scene_id_scenes_id_fk" FOREIGN KEY ("scene_id") REFERENCES "public"."scenes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_items" ADD CONSTRAINT "articles_items_drama_id_dramas_id_fk" FOREIGN KEY ("drama_id") REFERENCES "public"."dramas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_items" ADD CONSTRAINT "articles_items_media_id_media_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_items" ADD CONSTRAINT "articles_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_sources" ADD CONSTRAINT "articles_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_spoiler_sections" ADD CONSTRAINT "articles_spoiler_sections_drama_id_dramas_id_fk" FOREIGN KEY ("drama_id") REFERENCES "public"."dramas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_spoiler_sections" ADD CONSTRAINT "articles_spoiler_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_spoiler_summary_dramas" ADD CONSTRAINT "articles_spoiler_summary_dramas_drama_id_dramas_id_fk" FOREIGN KEY ("drama_id") REFERENCES "public"."dramas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_spoiler_summary_dramas" ADD CONSTRAINT "articles_spoiler_summary_dramas_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_similar_articles" ADD CONSTRAINT "articles_similar_articles_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_similar_articles" ADD CONSTRAINT "articles_similar_articles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_author_id_authors_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."authors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_assignee_id_authors_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."authors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_texts" ADD CONSTRAINT "articles_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_dramas_fk" FOREIGN KEY ("dramas_id") REFERENCES "public"."dramas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_items" ADD CONSTRAINT "_articles_v_version_items_scene_id_scenes_id_fk" FOREIGN KEY ("scene_id") REFERENCES "public"."scenes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_version_items" ADD CONSTRAINT "_articles_v_version_items_drama_id_dramas_id_fk" FOREIGN KEY ("drama_id") REFERENCES "public"."dramas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_version_items" ADD CONSTRAINT "_articles_v_version_items_media_id_media_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_version_items" ADD CONSTRAINT "_articles_v_version_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_sources" ADD CONSTRAINT "_articles_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_spoiler_sections" ADD CONSTRAINT "_articles_v_version_spoiler_sections_drama_id_dramas_id_fk" FOREIGN KEY ("drama_id") REFERENCES "public"."dramas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_version_spoiler_sections" ADD CONSTRAINT "_articles_v_version_spoiler_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_spoiler_summary_dramas" ADD CONSTRAINT "_articles_v_version_spoiler_summary_dramas_drama_id_dramas_id_fk" FOREIGN KEY ("drama_id") REFERENCES "public"."dramas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_version_spoiler_summary_dramas" ADD CONSTRAINT "_articles_v_version_spoiler_summary_dramas_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_similar_articles" ADD CONSTRAINT "_articles_v_version_similar_articles_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_version_similar_articles" ADD CONSTRAINT "_articles_v_version_similar_articles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_author_id_authors_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."authors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_assignee_id_authors_id_fk" FOREIGN KEY ("version_assignee_id") REFERENCES "public"."authors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_texts" ADD CONSTRAINT "_articles_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_dramas_fk" FOREIGN KEY ("dramas_id") REFERENCES "public"."dramas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dramas_schedule_days" ADD CONSTRAINT "dramas_schedule_days_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."dramas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dramas_cast" ADD CONSTRAINT "dramas_cast_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dramas_cast" ADD CONSTRAINT "dramas_cast_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dramas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dramas_where_to_watch" ADD CONSTRAINT "dramas_where_to_watch_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dramas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dramas" ADD CONSTRAINT "dramas_poster_id_media_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dramas_texts" ADD CONSTRAINT "dramas_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."dramas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dramas_rels" ADD CONSTRAINT "dramas_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."dramas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dramas_rels" ADD CONSTRAINT "dramas_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "scenes" ADD CONSTRAINT "scenes_drama_id_dramas_id_fk" FOREIGN KEY ("drama_id") REFERENCES "public"."dramas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "scenes" ADD CONSTRAINT "scenes_media_id_media_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "scenes_texts" ADD CONSTRAINT "scenes_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."scenes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "people" ADD CONSTRAINT "people_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "authors_socials" ADD CONSTRAINT "authors_socials_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."authors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "authors_sessions" ADD CONSTRAINT "authors_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."authors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "authors" ADD CONSTRAINT "authors_avatar_id_media_id_fk" FOREIGN KEY ("avatar_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "authors_rels" ADD CONSTRAINT "authors_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."authors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "authors_rels" ADD CONSTRAINT "authors_rels_dramas_fk" FOREIGN KEY ("dramas_id") REFERENCES "public"."dramas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "readers_watched" ADD CONSTRAINT "readers_watched_drama_id_dramas_id_fk" FOREIGN KEY ("drama_id") REFERENCES "public"."dramas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "readers_watched" ADD CONSTRAINT "readers_watched_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."readers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "readers_sessions" ADD CONSTRAINT "readers_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."readers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_reader_id_readers_id_fk" FOREIGN KEY ("reader_id") REFERENCES "public"."readers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_parent_id_comments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."comments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_spoiler_drama_id_dramas_id_fk" FOREIGN KEY ("spoiler_drama_id") REFERENCES "public"."dramas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments_texts" ADD CONSTRAINT "comments_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflow_events" ADD CONSTRAINT "workflow_events_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_events" ADD CONSTRAINT "workflow_events_actor_id_authors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."authors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "similarity_entries_postings" ADD CONSTRAINT "similarity_entries_postings_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."similarity_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "similarity_entries" ADD CONSTRAINT "similarity_entries_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dramas_fk" FOREIGN KEY ("dramas_id") REFERENCES "public"."dramas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_scenes_fk" FOREIGN KEY ("scenes_id") REFERENCES "public"."scenes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_authors_fk" FOREIGN KEY ("authors_id") REFERENCES "public"."authors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_readers_fk" FOREIGN KEY ("readers_id") REFERENCES "public"."readers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_comments_fk" FOREIGN KEY ("comments_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workflow_events_fk" FOREIGN KEY ("workflow_events_id") REFERENCES "public"."workflow_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_similarity_entries_fk" FOREIGN KEY ("similarity_entries_id") REFERENCES "public"."similarity_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_similarity_stats_fk" FOREIGN KEY ("similarity_stats_id") REFERENCES "public"."similarity_stats"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_authors_fk" FOREIGN KEY ("authors_id") REFERENCES "public"."authors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_readers_fk" FOREIGN KEY ("readers_id") REFERENCES "public"."readers"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_items_order_idx" ON "articles_items" USING btree ("_order");
  CREATE INDEX "articles_items_parent_id_idx" ON "articles_items" USING btree ("_parent_id");
  CREATE INDEX "articles_items_scene_idx" ON "articles_items" USING btree ("scene_id");
  CREATE INDEX "articles_items_drama_idx" ON "articles_items" USING btree ("drama_id");
  CREATE INDEX "articles_items_media_idx" ON "articles_items" USING btree ("media_id");
  CREATE INDEX "articles_sources_order_idx" ON "articles_sources" USING btree ("_order");
  CREATE INDEX "articles_sources_parent_id_idx" ON "articles_sources" USING btree ("_parent_id");
  CREATE INDEX "articles_spoiler_sections_order_idx" ON "articles_spoiler_sections" USING btree ("_order");
  CREATE INDEX "articles_spoiler_sections_parent_id_idx" ON "articles_spoiler_sections" USING btree ("_parent_id");
  CREATE INDEX "articles_spoiler_sections_drama_idx" ON "articles_spoiler_sections" USING btree ("drama_id");
  CREATE INDEX "articles_spoiler_summary_dramas_order_idx" ON "articles_spoiler_summary_dramas" USING btree ("_order");
  CREATE INDEX "articles_spoiler_summary_dramas_parent_id_idx" ON "articles_spoiler_summary_dramas" USING btree ("_parent_id");
  CREATE INDEX "articles_spoiler_summary_dramas_drama_idx" ON "articles_spoiler_summary_dramas" USING btree ("drama_id");
  CREATE INDEX "articles_similar_articles_order_idx" ON "articles_similar_articles" USING btree ("_order");
  CREATE INDEX "articles_similar_articles_parent_id_idx" ON "articles_similar_articles" USING btree ("_parent_id");
  CREATE INDEX "articles_similar_articles_article_idx" ON "articles_similar_articles" USING btree ("article_id");
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE INDEX "articles_author_idx" ON "articles" USING btree ("author_id");
  CREATE INDEX "articles_hero_image_idx" ON "articles" USING btree ("hero_image_id");
  CREATE INDEX "articles_stage_idx" ON "articles" USING btree ("stage");
  CREATE INDEX "articles_assignee_idx" ON "articles" USING btree ("assignee_id");
  CREATE INDEX "articles_stage_changed_at_idx" ON "articles" USING btree ("stage_changed_at");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE INDEX "articles_texts_order_parent" ON "articles_texts" USING btree ("order","parent_id");
  CREATE INDEX "articles_rels_order_idx" ON "articles_rels" USING btree ("order");
  CREATE INDEX "articles_rels_parent_idx" ON "articles_rels" USING btree ("parent_id");
  CREATE INDEX "articles_rels_path_idx" ON "articles_rels" USING btree ("path");
  CREATE INDEX "articles_rels_dramas_id_idx" ON "articles_rels" USING btree ("dramas_id");
  CREATE INDEX "articles_rels_people_id_idx" ON "articles_rels" USING btree ("people_id");
  CREATE INDEX "articles_rels_articles_id_idx" ON "articles_rels" USING btree ("articles_id");
  CREATE INDEX "_articles_v_version_items_order_idx" ON "_articles_v_version_items" USING btree ("_order");
  CREATE INDEX "_articles_v_version_items_parent_id_idx" ON "_articles_v_version_items" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_items_scene_idx" ON "_articles_v_version_items" USING btree ("scene_id");
  CREATE INDEX "_articles_v_version_items_drama_idx" ON "_articles_v_version_items" USING btree ("drama_id");
  CREATE INDEX "_articles_v_version_items_media_idx" ON "_articles_v_version_items" USING btree ("media_id");
  CREATE INDEX "_articles_v_version_sources_order_idx" ON "_articles_v_version_sources" USING btree ("_order");
  CREATE INDEX "_articles_v_version_sources_parent_id_idx" ON "_articles_v_version_sources" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_spoiler_sections_order_idx" ON "_articles_v_version_spoiler_sections" USING btree ("_order");
  CREATE INDEX "_articles_v_version_spoiler_sections_parent_id_idx" ON "_articles_v_version_spoiler_sections" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_spoiler_sections_drama_idx" ON "_articles_v_version_spoiler_sections" USING btree ("drama_id");
  CREATE INDEX "_articles_v_version_spoiler_summary_dramas_order_idx" ON "_articles_v_version_spoiler_summary_dramas" USING btree ("_order");
  CREATE INDEX "_articles_v_version_spoiler_summary_dramas_parent_id_idx" ON "_articles_v_version_spoiler_summary_dramas" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_spoiler_summary_dramas_drama_idx" ON "_articles_v_version_spoiler_summary_dramas" USING btree ("drama_id");
  CREATE INDEX "_articles_v_version_similar_articles_order_idx" ON "_articles_v_version_similar_articles" USING btree ("_order");
  CREATE INDEX "_articles_v_version_similar_articles_parent_id_idx" ON "_articles_v_version_similar_articles" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_similar_articles_article_idx" ON "_articles_v_version_similar_articles" USING btree ("article_id");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v" USING btree ("version_slug");
  CREATE INDEX "_articles_v_version_version_author_idx" ON "_articles_v" USING btree ("version_author_id");
  CREATE INDEX "_articles_v_version_version_hero_image_idx" ON "_articles_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_articles_v_version_version_stage_idx" ON "_articles_v" USING btree ("version_stage");
  CREATE INDEX "_articles_v_version_version_assignee_idx" ON "_articles_v" USING btree ("version_assignee_id");
  CREATE INDEX "_articles_v_version_version_stage_changed_at_idx" ON "_articles_v" USING btree ("version_stage_changed_at");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE INDEX "_articles_v_texts_order_parent" ON "_articles_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_articles_v_rels_order_idx" ON "_articles_v_rels" USING btree ("order");
  CREATE INDEX "_articles_v_rels_parent_idx" ON "_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_articles_v_rels_path_idx" ON "_articles_v_rels" USING btree ("path");
  CREATE INDEX "_articles_v_rels_dramas_id_idx" ON "_articles_v_rels" USING btree ("dramas_id");
  CREATE INDEX "_articles_v_rels_people_id_idx" ON "_articles_v_rels" USING btree ("people_id");
  CREATE INDEX "_articles_v_rels_articles_id_idx" ON "_articles_v_rels" USING btree ("articles_id");
  CREATE INDEX "dramas_schedule_days_order_idx" ON "dramas_schedule_days" USING btree ("order");
  CREATE INDEX "dramas_schedule_days_parent_idx" ON "dramas_schedule_days" USING btree ("parent_id");
  CREATE INDEX "dramas_cast_order_idx" ON "dramas_cast" USING btree ("_order");
  CREATE INDEX "dramas_cast_parent_id_idx" ON "dramas_cast" USING btree ("_parent_id");
  CREATE INDEX "dramas_cast_person_idx" ON "dramas_cast" USING btree ("person_id");
  CREATE INDEX "dramas_where_to_watch_order_idx" ON "dramas_where_to_watch" USING btree ("_order");
  CREATE INDEX "dramas_where_to_watch_parent_id_idx" ON "dramas_where_to_watch" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "dramas_title_idx" ON "dramas" USING btree ("title");
  CREATE UNIQUE INDEX "dramas_slug_idx" ON "dramas" USING btree ("slug");
  CREATE INDEX "dramas_poster_idx" ON "dramas" USING btree ("poster_id");
  CREATE INDEX "dramas_updated_at_idx" ON "dramas" USING btree ("updated_at");
  CREATE INDEX "dramas_created_at_idx" ON "dramas" USING btree ("created_at");
  CREATE INDEX "dramas_texts_order_parent" ON "dramas_texts" USING btree ("order","parent_id");
  CREATE INDEX "dramas_rels_order_idx" ON "dramas_rels" USING btree ("order");
  CREATE INDEX "dramas_rels_parent_idx" ON "dramas_rels" USING btree ("parent_id");
  CREATE INDEX "dramas_rels_path_idx" ON "dramas_rels" USING btree ("path");
  CREATE INDEX "dramas_rels_people_id_idx" ON "dramas_rels" USING btree ("people_id");
  CREATE INDEX "scenes_drama_idx" ON "scenes" USING btree ("drama_id");
  CREATE INDEX "scenes_media_idx" ON "scenes" USING btree ("media_id");
  CREATE INDEX "scenes_updated_at_idx" ON "scenes" USING btree ("updated_at");
  CREATE INDEX "scenes_created_at_idx" ON "scenes" USING btree ("created_at");
  CREATE INDEX "scenes_texts_order_parent" ON "scenes_texts" USING btree ("order","parent_id");
  CREATE UNIQUE INDEX "people_slug_idx" ON "people" USING btree ("slug");
  CREATE INDEX "people_photo_idx" ON "people" USING btree ("photo_id");
  CREATE INDEX "people_updated_at_idx" ON "people" USING btree ("updated_at");
  CREATE INDEX "people_created_at_idx" ON "people" USING btree ("created_at");
  CREATE INDEX "authors_socials_order_idx" ON "authors_socials" USING btree ("_order");
  CREATE INDEX "authors_socials_parent_id_idx" ON "authors_socials" USING btree ("_parent_id");
  CREATE INDEX "authors_sessions_order_idx" ON "authors_sessions" USING btree ("_order");
  CREATE INDEX "authors_sessions_parent_id_idx" ON "authors_sessions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "authors_handle_idx" ON "authors" USING btree ("handle");
  CREATE INDEX "authors_avatar_idx" ON "authors" USING btree ("avatar_id");
  CREATE INDEX "authors_updated_at_idx" ON "authors" USING btree ("updated_at");
  CREATE INDEX "authors_created_at_idx" ON "authors" USING btree ("created_at");
  CREATE UNIQUE INDEX "authors_email_idx" ON "authors" USING btree ("email");
  CREATE INDEX "authors_rels_order_idx" ON "authors_rels" USING btree ("order");
  CREATE INDEX "authors_rels_parent_idx" ON "authors_rels" USING btree ("parent_id");
  CREATE INDEX "authors_rels_path_idx" ON "authors_rels" USING btree ("path");
  CREATE INDEX "authors_rels_dramas_id_idx" ON "authors_rels" USING btree ("dramas_id");
  CREATE INDEX "readers_watched_order_idx" ON "readers_watched" USING btree ("_order");
  CREATE INDEX "readers_watched_parent_id_idx" ON "readers_watched" USING btree ("_parent_id");
  CREATE INDEX "readers_watched_drama_idx" ON "readers_watched" USING btree ("drama_id");
  CREATE INDEX "readers_sessions_order_idx" ON "readers_sessions" USING btree ("_order");
  CREATE INDEX "readers_sessions_parent_id_idx" ON "readers_sessions" USING btree ("_parent_id");
  CREATE INDEX "readers_updated_at_idx" ON "readers" USING btree ("updated_at");
  CREATE INDEX "readers_created_at_idx" ON "readers" USING btree ("created_at");
  CREATE UNIQUE INDEX "readers_email_idx" ON "readers" USING btree ("email");
  CREATE INDEX "comments_article_idx" ON "comments" USING btree ("article_id");
  CREATE INDEX "comments_reader_idx" ON "comments" USING btree ("reader_id");
  CREATE INDEX "comments_parent_idx" ON "comments" USING btree ("parent_id");
  CREATE INDEX "comments_status_idx" ON "comments" USING btree ("status");
  CREATE INDEX "comments_spoiler_drama_idx" ON "comments" USING btree ("spoiler_drama_id");
  CREATE INDEX "comments_updated_at_idx" ON "comments" USING btree ("updated_at");
  CREATE INDEX "comments_created_at_idx" ON "comments" USING btree ("created_at");
  CREATE INDEX "comments_texts_order_parent" ON "comments_texts" USING btree ("order","parent_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "workflow_events_article_idx" ON "workflow_events" USING btree ("article_id");
  CREATE UNIQUE INDEX "workflow_events_key_idx" ON "workflow_events" USING btree ("key");
  CREATE INDEX "workflow_events_actor_idx" ON "workflow_events" USING btree ("actor_id");
  CREATE INDEX "workflow_events_updated_at_idx" ON "workflow_events" USING btree ("updated_at");
  CREATE INDEX "workflow_events_created_at_idx" ON "workflow_events" USING btree ("created_at");
  CREATE INDEX "similarity_entries_postings_order_idx" ON "similarity_entries_postings" USING btree ("_order");
  CREATE INDEX "similarity_entries_postings_parent_id_idx" ON "similarity_entries_postings" USING btree ("_parent_id");
  CREATE INDEX "similarity_entries_postings_key_idx" ON "similarity_entries_postings" USING btree ("key");
  CREATE UNIQUE INDEX "similarity_entries_article_idx" ON "similarity_entries" USING btree ("article_id");
  CREATE INDEX "similarity_entries_updated_at_idx" ON "similarity_entries" USING btree ("updated_at");
  CREATE INDEX "similarity_entries_created_at_idx" ON "similarity_entries" USING btree ("created_at");
  CREATE UNIQUE INDEX "similarity_stats_name_idx" ON "similarity_stats" USING btree ("name");
  CREATE INDEX "similarity_stats_updated_at_idx" ON "similarity_stats" USING btree ("updated_at");
  CREATE INDEX "similarity_stats_created_at_idx" ON "similarity_stats" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_dramas_id_idx" ON "payload_locked_documents_rels" USING btree ("dramas_id");
  CREATE INDEX "payload_locked_documents_rels_scenes_id_idx" ON "payload_locked_documents_rels" USING btree ("scenes_id");
  CREATE INDEX "payload_locked_documents_rels_people_id_idx" ON "payload_locked_documents_rels" USING btree ("people_id");
  CREATE INDEX "payload_locked_documents_rels_authors_id_idx" ON "payload_locked_documents_rels" USING btree ("authors_id");
  CREATE INDEX "payload_locked_documents_rels_readers_id_idx" ON "payload_locked_documents_rels" USING btree ("readers_id");
  CREATE INDEX "payload_locked_documents_rels_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("comments_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_workflow_events_id_idx" ON "payload_locked_documents_rels" USING btree ("workflow_events_id");
  CREATE INDEX "payload_locked_documents_rels_similarity_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("similarity_entries_id");
  CREATE INDEX "payload_locked_documents_rels_similarity_stats_id_idx" ON "payload_locked_documents_rels" USING btree ("similarity_stats_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_authors_id_idx" ON "payload_preferences_rels" USING btree ("authors_id");
  CREATE INDEX "payload_preferences_rels_readers_id_idx" ON "payload_preferences_rels" USING btree ("readers_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "articles_items" CASCADE;
  DROP TABLE "articles_sources" CASCADE;
  DROP TABLE "articles_spoiler_sections" CASCADE;
  DROP TABLE "articles_spoiler_summary_dramas" CASCADE;
  DROP TABLE "articles_similar_articles" CASCADE;
  DROP TABLE "articles" CASCADE;
  DROP TABLE "articles_texts" CASCADE;
  DROP TABLE "articles_rels" CASCADE;
  DROP TABLE "_articles_v_version_items" CASCADE;
  DROP TABLE "_articles_v_version_sources" CASCADE;
  DROP TABLE "_articles_v_version_spoiler_sections" CASCADE;
  DROP TABLE "_articles_v_version_spoiler_summary_dramas" CASCADE;
  DROP TABLE "_articles_v_version_similar_articles" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "_articles_v_texts" CASCADE;
  DROP TABLE "_articles_v_rels" CASCADE;
  DROP TABLE "dramas_schedule_days" CASCADE;
  DROP TABLE "dramas_cast" CASCADE;
  DROP TABLE "dramas_where_to_watch" CASCADE;
  DROP TABLE "dramas" CASCADE;
  DROP TABLE "dramas_texts" CASCADE;
  DROP TABLE "dramas_rels" CASCADE;
  DROP TABLE "scenes" CASCADE;
  DROP TABLE "scenes_texts" CASCADE;
  DROP TABLE "people" CASCADE;
  DROP TABLE "authors_socials" CASCADE;
  DROP TABLE "authors_sessions" CASCADE;
  DROP TABLE "authors" CASCADE;
  DROP TABLE "authors_rels" CASCADE;
  DROP TABLE "readers_watched" CASCADE;
  DROP TABLE "readers_sessions" CASCADE;
  DROP TABLE "readers" CASCADE;
  DROP TABLE "comments" CASCADE;
  DROP TABLE "comments_texts" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "workflow_events" CASCADE;
  DROP TABLE "similarity_entries_postings" CASCADE;
  DROP TABLE "similarity_entries" CASCADE;
  DROP TABLE "similarity_stats" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_articles_spoiler_sections_override";
  DROP TYPE "public"."enum_articles_format";
  DROP TYPE "public"."enum_articles_stage";
  DROP TYPE "public"."enum_articles_spoiler_warning_mode";
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_version_spoiler_sections_override";
  DROP TYPE "public"."enum__articles_v_version_format";
  DROP TYPE "public"."enum__articles_v_version_stage";
  DROP TYPE "public"."enum__articles_v_version_spoiler_warning_mode";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum_dramas_schedule_days";
  DROP TYPE "public"."enum_dramas_cast_billing";
  DROP TYPE "public"."enum_dramas_status";
  DROP TYPE "public"."enum_dramas_based_on_kind";
  DROP TYPE "public"."enum_scenes_kind";
  DROP TYPE "public"."enum_authors_socials_platform";
  DROP TYPE "public"."enum_authors_role";
  DROP TYPE "public"."enum_comments_status";
  DROP TYPE "public"."enum_workflow_events_action";
  DROP TYPE "public"."enum_workflow_events_from";
  DROP TYPE "public"."enum_workflow_events_to";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
