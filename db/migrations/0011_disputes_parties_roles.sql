CREATE TABLE "dispute_merges" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"from_dispute_id" integer NOT NULL,
	"into_dispute_id" integer NOT NULL,
	"rule" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dispute_parties" ADD COLUMN "role" text DEFAULT 'accused' NOT NULL;--> statement-breakpoint
ALTER TABLE "dispute_parties" ADD COLUMN "roles" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "dispute_parties" ADD COLUMN "unit" text;--> statement-breakpoint
ALTER TABLE "disputes" ADD COLUMN "issues" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "disputes" ADD COLUMN "pinned" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "date_precision" text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "background" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "timeline_entries" ADD COLUMN "target_ids" jsonb;--> statement-breakpoint
ALTER TABLE "timeline_entries" ADD COLUMN "undated" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "dispute_parties_unit_idx" ON "dispute_parties" USING btree ("unit");--> statement-breakpoint
UPDATE "disputes" SET "issues" = jsonb_build_object("issue", greatest("event_count", 1)) WHERE lower("issue") NOT IN ('', 'general', 'general dispute', 'unspecified', 'dispute');