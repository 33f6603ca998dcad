DROP INDEX "timeline_dispute_date_idx";--> statement-breakpoint
CREATE INDEX "timeline_dispute_date_idx" ON "timeline_entries" USING btree ("dispute_id","event_date","first_reported_at","id");