DROP INDEX "accounts_updated_idx";--> statement-breakpoint
CREATE INDEX "accounts_live_updated_idx" ON "accounts" USING btree ("updated_at" DESC NULLS LAST,"id") WHERE "accounts"."deleted_at" is null;