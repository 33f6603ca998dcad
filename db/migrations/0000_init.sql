CREATE TABLE "alert_deliveries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"rule_id" integer NOT NULL,
	"timeline_entry_id" bigint NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"batch_key" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "alert_deliveries_rule_entry" UNIQUE("rule_id","timeline_entry_id")
);
--> statement-breakpoint
CREATE TABLE "alert_rules" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"filters" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"webhook_url" text,
	"email" text,
	"max_per_hour" integer DEFAULT 6 NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_keys" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"hash" text NOT NULL,
	"prefix" text NOT NULL,
	"scopes" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_keys_hash_unique" UNIQUE("hash")
);
--> statement-breakpoint
CREATE TABLE "articles" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"canonical_url" text NOT NULL,
	"url" text NOT NULL,
	"source_id" text NOT NULL,
	"title" text,
	"summary" text,
	"feed_content" text,
	"published_at" timestamp with time zone,
	"fetched_at" timestamp with time zone,
	"text" text,
	"byline" text,
	"content_hash" text,
	"fingerprint" text,
	"story_id" bigint,
	"fetch_status" text DEFAULT 'pending' NOT NULL,
	"fetch_error" text,
	"extracted_at" timestamp with time zone,
	"extractor_version" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "articles_canonicalUrl_unique" UNIQUE("canonical_url")
);
--> statement-breakpoint
CREATE TABLE "digests" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"subscription_id" integer NOT NULL,
	"day" date NOT NULL,
	"status" text NOT NULL,
	"message_id" text,
	"claimed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "digests_recipient_day" UNIQUE("subscription_id","day")
);
--> statement-breakpoint
CREATE TABLE "dispute_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"dispute_id" integer NOT NULL,
	"timeline_entry_id" bigint,
	"from_type" text,
	"to_type" text,
	"from_level" integer NOT NULL,
	"to_level" integer NOT NULL,
	"direction" text NOT NULL,
	"changed_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dispute_parties" (
	"dispute_id" integer NOT NULL,
	"entity_id" integer NOT NULL,
	CONSTRAINT "dispute_parties_dispute_id_entity_id_pk" PRIMARY KEY("dispute_id","entity_id")
);
--> statement-breakpoint
CREATE TABLE "disputes" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"party_ids" jsonb NOT NULL,
	"issue" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"level" integer DEFAULT 0 NOT NULL,
	"level_type" text,
	"escalation_index" real DEFAULT 0 NOT NULL,
	"event_count" integer DEFAULT 0 NOT NULL,
	"first_event_at" date,
	"last_event_at" date,
	"last_activity_at" timestamp with time zone DEFAULT now() NOT NULL,
	"merged_into" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "disputes_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "entities" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"aliases" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"organisation" text,
	"party_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "entities_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"article_id" bigint NOT NULL,
	"type" text NOT NULL,
	"actor_id" integer NOT NULL,
	"target_id" integer,
	"event_date" date NOT NULL,
	"sentence" text NOT NULL,
	"quote" text,
	"field" text DEFAULT 'text' NOT NULL,
	"start_offset" integer NOT NULL,
	"end_offset" integer NOT NULL,
	"confidence" real NOT NULL,
	"issue" text,
	"answers" jsonb,
	"timeline_entry_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_natural_key" UNIQUE NULLS NOT DISTINCT("article_id","type","actor_id","target_id")
);
--> statement-breakpoint
CREATE TABLE "mentions" (
	"article_id" bigint NOT NULL,
	"entity_id" integer NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "mentions_article_id_entity_id_pk" PRIMARY KEY("article_id","entity_id")
);
--> statement-breakpoint
CREATE TABLE "source_entries" (
	"source_id" text NOT NULL,
	"entry_key" text NOT NULL,
	"article_id" bigint NOT NULL,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "source_entries_source_id_entry_key_pk" PRIMARY KEY("source_id","entry_key")
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"url" text NOT NULL,
	"format" text NOT NULL,
	"poll_interval_minutes" integer NOT NULL,
	"selectors" jsonb,
	"enabled" boolean DEFAULT true NOT NULL,
	"paused" boolean DEFAULT false NOT NULL,
	"etag" text,
	"last_modified" text,
	"last_checked_at" timestamp with time zone,
	"last_success_at" timestamp with time zone,
	"last_status" text,
	"last_error_class" text,
	"last_error" text,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"next_check_at" timestamp with time zone,
	"items_seen" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "story_outlets" (
	"story_id" bigint NOT NULL,
	"article_id" bigint NOT NULL,
	"source_id" text NOT NULL,
	"similarity" real NOT NULL,
	CONSTRAINT "story_outlets_story_id_article_id_pk" PRIMARY KEY("story_id","article_id")
);
--> statement-breakpoint
CREATE TABLE "subscriptions" (
	"id" serial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"filters" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"send_at" text DEFAULT '07:00' NOT NULL,
	"send_empty" boolean DEFAULT false NOT NULL,
	"confirmed_at" timestamp with time zone,
	"unsubscribed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "subscriptions_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "timeline_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"dispute_id" integer NOT NULL,
	"type" text NOT NULL,
	"actor_id" integer NOT NULL,
	"target_id" integer,
	"event_date" date NOT NULL,
	"first_reported_at" timestamp with time zone NOT NULL,
	"sentence" text NOT NULL,
	"quote" text,
	"issue" text,
	"confidence" real NOT NULL,
	"corroboration" integer DEFAULT 1 NOT NULL,
	"answers_entry_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "alert_deliveries" ADD CONSTRAINT "alert_deliveries_rule_id_alert_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."alert_rules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_deliveries" ADD CONSTRAINT "alert_deliveries_timeline_entry_id_timeline_entries_id_fk" FOREIGN KEY ("timeline_entry_id") REFERENCES "public"."timeline_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digests" ADD CONSTRAINT "digests_subscription_id_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."subscriptions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispute_changes" ADD CONSTRAINT "dispute_changes_dispute_id_disputes_id_fk" FOREIGN KEY ("dispute_id") REFERENCES "public"."disputes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispute_changes" ADD CONSTRAINT "dispute_changes_timeline_entry_id_timeline_entries_id_fk" FOREIGN KEY ("timeline_entry_id") REFERENCES "public"."timeline_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispute_parties" ADD CONSTRAINT "dispute_parties_dispute_id_disputes_id_fk" FOREIGN KEY ("dispute_id") REFERENCES "public"."disputes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispute_parties" ADD CONSTRAINT "dispute_parties_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_actor_id_entities_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_target_id_entities_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_timeline_entry_id_timeline_entries_id_fk" FOREIGN KEY ("timeline_entry_id") REFERENCES "public"."timeline_entries"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "source_entries" ADD CONSTRAINT "source_entries_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "source_entries" ADD CONSTRAINT "source_entries_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_outlets" ADD CONSTRAINT "story_outlets_story_id_articles_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_outlets" ADD CONSTRAINT "story_outlets_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_outlets" ADD CONSTRAINT "story_outlets_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_entries" ADD CONSTRAINT "timeline_entries_dispute_id_disputes_id_fk" FOREIGN KEY ("dispute_id") REFERENCES "public"."disputes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_entries" ADD CONSTRAINT "timeline_entries_actor_id_entities_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_entries" ADD CONSTRAINT "timeline_entries_target_id_entities_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "alert_deliveries_status_idx" ON "alert_deliveries" USING btree ("status");--> statement-breakpoint
CREATE INDEX "articles_source_idx" ON "articles" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "articles_published_idx" ON "articles" USING btree ("published_at");--> statement-breakpoint
CREATE INDEX "articles_story_idx" ON "articles" USING btree ("story_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dispute_changes_entry_idx" ON "dispute_changes" USING btree ("dispute_id","timeline_entry_id");--> statement-breakpoint
CREATE INDEX "dispute_parties_entity_idx" ON "dispute_parties" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "disputes_activity_idx" ON "disputes" USING btree ("last_activity_at","id");--> statement-breakpoint
CREATE INDEX "disputes_level_idx" ON "disputes" USING btree ("level","escalation_index");--> statement-breakpoint
CREATE INDEX "entities_kind_idx" ON "entities" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "events_actor_date_idx" ON "events" USING btree ("actor_id","event_date");--> statement-breakpoint
CREATE INDEX "events_target_date_idx" ON "events" USING btree ("target_id","event_date");--> statement-breakpoint
CREATE INDEX "events_date_idx" ON "events" USING btree ("event_date","id");--> statement-breakpoint
CREATE INDEX "events_entry_idx" ON "events" USING btree ("timeline_entry_id");--> statement-breakpoint
CREATE INDEX "mentions_entity_idx" ON "mentions" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "source_entries_article_idx" ON "source_entries" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "timeline_dispute_date_idx" ON "timeline_entries" USING btree ("dispute_id","event_date","id");--> statement-breakpoint
CREATE INDEX "timeline_actor_idx" ON "timeline_entries" USING btree ("actor_id");