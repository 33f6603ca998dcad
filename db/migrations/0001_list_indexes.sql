DROP INDEX "disputes_level_idx";--> statement-breakpoint
DROP INDEX "events_actor_date_idx";--> statement-breakpoint
DROP INDEX "events_target_date_idx";--> statement-breakpoint
CREATE INDEX "disputes_last_event_idx" ON "disputes" USING btree ("last_event_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE merged_into is null;--> statement-breakpoint
CREATE INDEX "disputes_escalation_idx" ON "disputes" USING btree ("level" DESC NULLS LAST,"escalation_index" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE merged_into is null;--> statement-breakpoint
CREATE INDEX "timeline_reported_idx" ON "timeline_entries" USING btree ("first_reported_at");--> statement-breakpoint
CREATE INDEX "events_actor_date_idx" ON "events" USING btree ("actor_id","event_date","id");--> statement-breakpoint
CREATE INDEX "events_target_date_idx" ON "events" USING btree ("target_id","event_date","id");