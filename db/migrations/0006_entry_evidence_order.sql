DROP INDEX "events_entry_idx";--> statement-breakpoint
CREATE INDEX "events_entry_idx" ON "events" USING btree ("timeline_entry_id","confidence" DESC NULLS LAST,"id");