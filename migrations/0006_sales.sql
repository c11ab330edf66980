CREATE TABLE "products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text,
	"name" text NOT NULL,
	"spec" text,
	"unit" text NOT NULL,
	"category" text,
	"is_high_margin" boolean DEFAULT false NOT NULL,
	"standard_price_fen" bigint,
	"is_active" boolean DEFAULT true NOT NULL,
	"name_key" text NOT NULL,
	"spec_key" text DEFAULT '' NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sales_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"sold_on" date NOT NULL,
	"quantity" numeric(14, 3) NOT NULL,
	"unit_price_fen" bigint,
	"amount_fen" bigint NOT NULL,
	"cost_fen" bigint,
	"paid_fen" bigint,
	"currency" text DEFAULT 'CNY' NOT NULL,
	"salesperson_id" uuid,
	"is_return" boolean DEFAULT false NOT NULL,
	"note" text,
	"source" text DEFAULT 'manual' NOT NULL,
	"import_batch_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "sales_records_quantity_sign_ck" CHECK ("sales_records"."quantity" <> 0 and ("sales_records"."quantity" < 0) = "sales_records"."is_return")
);
--> statement-breakpoint
ALTER TABLE "sales_records" ADD CONSTRAINT "sales_records_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales_records" ADD CONSTRAINT "sales_records_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales_records" ADD CONSTRAINT "sales_records_salesperson_id_users_id_fk" FOREIGN KEY ("salesperson_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "products_name_spec_uq" ON "products" USING btree ("name_key","spec_key");--> statement-breakpoint
CREATE UNIQUE INDEX "products_code_uq" ON "products" USING btree ("code") WHERE "products"."code" is not null;--> statement-breakpoint
CREATE INDEX "products_category_idx" ON "products" USING btree ("category");--> statement-breakpoint
CREATE INDEX "products_search_trgm_idx" ON "products" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "sales_records_account_date_idx" ON "sales_records" USING btree ("account_id","sold_on");--> statement-breakpoint
CREATE INDEX "sales_records_date_idx" ON "sales_records" USING btree ("sold_on");--> statement-breakpoint
CREATE INDEX "sales_records_product_date_idx" ON "sales_records" USING btree ("product_id","sold_on");--> statement-breakpoint
CREATE INDEX "sales_records_salesperson_date_idx" ON "sales_records" USING btree ("salesperson_id","sold_on");--> statement-breakpoint
CREATE INDEX "sales_records_import_batch_idx" ON "sales_records" USING btree ("import_batch_id");