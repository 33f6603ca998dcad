-- Every committed write to a table the read API serves raises a notification on channel
-- brinkwatch_changes with the table's name (one per table and transaction: PostgreSQL folds duplicates).
-- The API drops cached responses that read that table (api/cache.ts).
CREATE OR REPLACE FUNCTION brinkwatch_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('brinkwatch_changes', TG_TABLE_NAME);
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "sources_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "sources" FOR EACH STATEMENT EXECUTE FUNCTION brinkwatch_notify_change();--> statement-breakpoint
CREATE TRIGGER "articles_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "articles" FOR EACH STATEMENT EXECUTE FUNCTION brinkwatch_notify_change();--> statement-breakpoint
CREATE TRIGGER "source_entries_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "source_entries" FOR EACH STATEMENT EXECUTE FUNCTION brinkwatch_notify_change();--> statement-breakpoint
CREATE TRIGGER "story_outlets_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "story_outlets" FOR EACH STATEMENT EXECUTE FUNCTION brinkwatch_notify_change();--> statement-breakpoint
CREATE TRIGGER "entities_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "entities" FOR EACH STATEMENT EXECUTE FUNCTION brinkwatch_notify_change();--> statement-breakpoint
CREATE TRIGGER "mentions_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "mentions" FOR EACH STATEMENT EXECUTE FUNCTION brinkwatch_notify_change();--> statement-breakpoint
CREATE TRIGGER "disputes_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "disputes" FOR EACH STATEMENT EXECUTE FUNCTION brinkwatch_notify_change();--> statement-breakpoint
CREATE TRIGGER "dispute_parties_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "dispute_parties" FOR EACH STATEMENT EXECUTE FUNCTION brinkwatch_notify_change();--> statement-breakpoint
CREATE TRIGGER "timeline_entries_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "timeline_entries" FOR EACH STATEMENT EXECUTE FUNCTION brinkwatch_notify_change();--> statement-breakpoint
CREATE TRIGGER "events_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "events" FOR EACH STATEMENT EXECUTE FUNCTION brinkwatch_notify_change();--> statement-breakpoint
CREATE TRIGGER "dispute_changes_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "dispute_changes" FOR EACH STATEMENT EXECUTE FUNCTION brinkwatch_notify_change();
