CREATE TABLE "story_fingerprints" (
	"article_id" bigint PRIMARY KEY NOT NULL,
	"source_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"fingerprint" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "story_fingerprints" ADD CONSTRAINT "story_fingerprints_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "story_fingerprints_created_idx" ON "story_fingerprints" USING btree ("created_at");--> statement-breakpoint
-- Every story stored so far (not a copy, with a 64-bit SimHash) becomes matchable.
INSERT INTO "story_fingerprints" ("article_id", "source_id", "created_at", "fingerprint")
SELECT "id", "source_id", "created_at", ('x' || "fingerprint")::bit(64)::bigint
FROM "articles"
WHERE "story_id" IS NULL AND length("fingerprint") = 16;
