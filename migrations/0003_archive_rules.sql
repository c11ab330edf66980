ALTER TABLE "accounts" ADD COLUMN "completeness" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "completeness_missing" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "review_status" text DEFAULT 'draft' NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "review_comment" text;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "reviewed_by" uuid;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "reviewed_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "accounts_completeness_idx" ON "accounts" USING btree ("completeness");--> statement-breakpoint
CREATE INDEX "accounts_review_idx" ON "accounts" USING btree ("review_status");