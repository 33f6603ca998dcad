ALTER TABLE "articles" ADD COLUMN "placed_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "articles_created_idx" ON "articles" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "articles_unplaced_idx" ON "articles" USING btree ("id") WHERE extracted_at is not null and placed_at is null and story_id is null;--> statement-breakpoint
CREATE INDEX "disputes_parties_idx" ON "disputes" USING btree ("party_ids");--> statement-breakpoint
-- Articles extracted before this migration count as placed unless an event of theirs still waits for a timeline.
UPDATE "articles" a SET "placed_at" = a."extracted_at"
WHERE a."extracted_at" IS NOT NULL
  AND NOT EXISTS (
    SELECT 1 FROM "events" e
    WHERE e."article_id" = a."id" AND e."timeline_entry_id" IS NULL AND e."target_id" IS NOT NULL AND e."target_id" <> e."actor_id"
  );
