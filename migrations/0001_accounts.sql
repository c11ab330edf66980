CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE SEQUENCE "public"."account_archive_no_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "account_access_grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "account_team_members" (
	"account_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text DEFAULT 'sales' NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	"added_by" uuid,
	CONSTRAINT "account_team_members_account_id_user_id_pk" PRIMARY KEY("account_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"archive_no" text DEFAULT 'KA' || to_char(now() at time zone 'Asia/Shanghai', 'YYYY') || lpad(nextval('account_archive_no_seq')::text, 6, '0') NOT NULL,
	"built_on" date DEFAULT (now() at time zone 'Asia/Shanghai')::date NOT NULL,
	"name" text NOT NULL,
	"credit_code" text,
	"parent_id" uuid,
	"address" text,
	"postcode" text,
	"phone" text,
	"fax" text,
	"email" text,
	"website" text,
	"founded_on" date,
	"registered_capital_fen" bigint,
	"currency" text DEFAULT 'CNY' NOT NULL,
	"main_shareholders" text,
	"bank_name" text,
	"bank_account" text,
	"legal_representative" text,
	"employees_total" integer,
	"employees_domestic" integer,
	"employees_foreign" integer,
	"annual_revenue_fen" bigint,
	"main_business" text,
	"service_area" text,
	"sales_capability" text,
	"development_potential" text,
	"culture" text,
	"business_policy" text,
	"management_style" text,
	"first_purchase_on" date,
	"first_contact_on" date,
	"industry" text,
	"region" text,
	"ownership" text,
	"customer_type" text,
	"lifecycle_stage" text DEFAULT 'prospect' NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"owner_id" uuid,
	"executive_sponsor_id" uuid,
	"search_text" text DEFAULT '' NOT NULL,
	"name_key" text NOT NULL,
	"deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "accounts_archive_no_unique" UNIQUE("archive_no")
);
--> statement-breakpoint
ALTER TABLE "account_access_grants" ADD CONSTRAINT "account_access_grants_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_access_grants" ADD CONSTRAINT "account_access_grants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_team_members" ADD CONSTRAINT "account_team_members_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_team_members" ADD CONSTRAINT "account_team_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_parent_id_accounts_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_executive_sponsor_id_users_id_fk" FOREIGN KEY ("executive_sponsor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_access_grants_user_idx" ON "account_access_grants" USING btree ("user_id","expires_at");--> statement-breakpoint
CREATE INDEX "account_access_grants_account_idx" ON "account_access_grants" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "account_team_members_user_idx" ON "account_team_members" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_credit_code_uq" ON "accounts" USING btree ("credit_code") WHERE "accounts"."credit_code" is not null and "accounts"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "accounts_name_key_idx" ON "accounts" USING btree ("name_key");--> statement-breakpoint
CREATE INDEX "accounts_search_trgm_idx" ON "accounts" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "accounts_owner_idx" ON "accounts" USING btree ("owner_id","updated_at");--> statement-breakpoint
CREATE INDEX "accounts_parent_idx" ON "accounts" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "accounts_stage_idx" ON "accounts" USING btree ("lifecycle_stage");--> statement-breakpoint
CREATE INDEX "accounts_industry_idx" ON "accounts" USING btree ("industry");--> statement-breakpoint
CREATE INDEX "accounts_region_idx" ON "accounts" USING btree ("region");--> statement-breakpoint
CREATE INDEX "accounts_ownership_idx" ON "accounts" USING btree ("ownership");--> statement-breakpoint
CREATE INDEX "accounts_customer_type_idx" ON "accounts" USING btree ("customer_type");--> statement-breakpoint
CREATE INDEX "accounts_tags_idx" ON "accounts" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "accounts_updated_idx" ON "accounts" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "accounts_name_idx" ON "accounts" USING btree ("name");