CREATE TABLE "websub_subscriptions" (
	"source_id" text PRIMARY KEY NOT NULL,
	"hub_url" text NOT NULL,
	"topic_url" text NOT NULL,
	"secret" text NOT NULL,
	"state" text NOT NULL,
	"lease_seconds" integer,
	"expires_at" timestamp with time zone,
	"requested_at" timestamp with time zone,
	"verified_at" timestamp with time zone,
	"last_push_at" timestamp with time zone,
	"last_error" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "configured_interval_minutes" integer;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "entries_per_week" real;