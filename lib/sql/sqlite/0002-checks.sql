-- 0002-checks.sql: what the checks need beyond the records: the workspace's
-- thresholds, the engagement's gate facts, and each engagement's last
-- results, kept until its records change or time may move them.

CREATE TABLE "setting" (
	"workspace_id" INTEGER NOT NULL REFERENCES "workspace" ("id"),
	"name" TEXT NOT NULL,
	"value" INTEGER NOT NULL,
	PRIMARY KEY ("workspace_id", "name")
);

ALTER TABLE "engagement" ADD COLUMN "kicked_off_on" TEXT;
ALTER TABLE "engagement" ADD COLUMN "kickoff_override" TEXT;
ALTER TABLE "engagement" ADD COLUMN "closed_on" TEXT;
ALTER TABLE "engagement" ADD COLUMN "close_override" TEXT;

-- Derived, never edited by hand: rebuilt from the records whenever "dirty"
-- is set by a write, or when today reaches "valid_until" (the first day a
-- time-based finding may change) or falls before "computed_on".
-- It repeats what the portfolio shows of the engagement (slug, title, client,
-- state), so that the portfolio is one read of one table in score order.
-- A row exists for every engagement from the moment it is added.
CREATE TABLE "engagement_health" (
	"workspace_id" INTEGER NOT NULL,
	"engagement_id" INTEGER NOT NULL,
	"slug" TEXT NOT NULL,
	"title" TEXT NOT NULL,
	"client" TEXT NOT NULL,
	"state" TEXT NOT NULL,
	"phases" INTEGER NOT NULL,
	"score" INTEGER NOT NULL,
	"blockers" INTEGER NOT NULL,
	"warnings" INTEGER NOT NULL,
	"signals" TEXT NOT NULL,
	"next_deadline" TEXT,
	"next_what" TEXT,
	"computed_on" TEXT NOT NULL,
	"valid_until" TEXT NOT NULL,
	"valid_until_at" INTEGER NOT NULL DEFAULT 9223372036854775807,
	"dirty" INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY ("workspace_id", "engagement_id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id")
);
-- The portfolio reads this index alone, in score order: it covers every
-- column the portfolio shows.
CREATE INDEX "engagement_health_portfolio" ON "engagement_health" ("workspace_id", "score",
	"engagement_id", "slug", "title", "client", "state", "blockers", "warnings", "signals",
	"next_deadline", "next_what");
CREATE INDEX "engagement_health_dirty" ON "engagement_health" ("workspace_id", "dirty");
CREATE INDEX "engagement_health_until" ON "engagement_health" ("workspace_id", "valid_until");
CREATE INDEX "engagement_health_until_at" ON "engagement_health" ("workspace_id", "valid_until_at");
CREATE INDEX "engagement_health_computed" ON "engagement_health" ("workspace_id", "computed_on");
