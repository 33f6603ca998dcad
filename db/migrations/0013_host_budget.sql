CREATE TABLE "host_requests" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"host" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "follow_up_minutes" integer;--> statement-breakpoint
CREATE INDEX "host_requests_host_at_idx" ON "host_requests" USING btree ("host","requested_at");