-- Each story records the transaction that wrote it: a worker holds the window's fingerprints in memory and asks
-- only for the rows written since its last look (xid at or past that snapshot's xmin; db/queries/articles.ts).
ALTER TABLE "story_fingerprints" ADD COLUMN "xid" "xid8" DEFAULT pg_current_xact_id() NOT NULL;--> statement-breakpoint
CREATE INDEX "story_fingerprints_xid_idx" ON "story_fingerprints" USING btree ("xid");