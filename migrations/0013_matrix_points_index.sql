-- GRD-3 screening matrix: the latest point of each account comes from this index alone (an
-- index-only scan of a model's matrix evaluations, without reading their wide score sheets).
-- Written by hand: Drizzle's schema cannot express INCLUDE.
CREATE INDEX IF NOT EXISTS "account_evaluations_points_idx" ON "account_evaluations" USING btree ("model_id", "account_id", "evaluated_on" DESC, "created_at" DESC, "id" DESC) INCLUDE ("attractiveness", "ability", "quadrant") WHERE "attractiveness" IS NOT NULL AND "ability" IS NOT NULL;
