CREATE TABLE "account_evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"model_id" uuid NOT NULL,
	"model_version" integer NOT NULL,
	"evaluated_on" date NOT NULL,
	"author_id" uuid,
	"source" text DEFAULT 'manual' NOT NULL,
	"judged" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"metrics" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"total" numeric(7, 2),
	"grade" text,
	"attractiveness" numeric(7, 2),
	"ability" numeric(7, 2),
	"quadrant" text,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scoring_models" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"definition" jsonb NOT NULL,
	"customer_type" text,
	"is_default" boolean DEFAULT false NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"ready_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "current_grade" text;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "current_quadrant" text;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "graded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "account_evaluations" ADD CONSTRAINT "account_evaluations_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_evaluations" ADD CONSTRAINT "account_evaluations_model_id_scoring_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."scoring_models"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_evaluations" ADD CONSTRAINT "account_evaluations_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_evaluations_account_idx" ON "account_evaluations" USING btree ("account_id","evaluated_on" DESC NULLS LAST,"created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "account_evaluations_model_idx" ON "account_evaluations" USING btree ("model_id","account_id","evaluated_on" DESC NULLS LAST,"created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "scoring_models_ready_key_uq" ON "scoring_models" USING btree ("ready_key");--> statement-breakpoint
CREATE INDEX "scoring_models_kind_idx" ON "scoring_models" USING btree ("kind","is_active");--> statement-breakpoint
CREATE INDEX "accounts_grade_idx" ON "accounts" USING btree ("current_grade");--> statement-breakpoint
CREATE INDEX "accounts_quadrant_idx" ON "accounts" USING btree ("current_quadrant");--> statement-breakpoint
CREATE INDEX "accounts_graded_at_idx" ON "accounts" USING btree ("graded_at");