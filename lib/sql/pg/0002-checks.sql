-- 0002-checks.sql: what the checks need beyond the records: the workspace's
-- thresholds, the engagement's gate facts, and each engagement's last
-- results, kept until its records change or time may move them.
-- PostgreSQL: as lib/sql/sqlite/0002-checks.sql, typed as 0001 is.

CREATE TABLE "setting" (
	"workspace_id" BIGINT NOT NULL REFERENCES "workspace" ("id"),
	"name" TEXT COLLATE "C" NOT NULL,
	"value" BIGINT NOT NULL,
	PRIMARY KEY ("workspace_id", "name")
);

ALTER TABLE "engagement" ADD COLUMN "kicked_off_on" TEXT COLLATE "C";
ALTER TABLE "engagement" ADD COLUMN "kickoff_override" TEXT COLLATE "C";
ALTER TABLE "engagement" ADD COLUMN "closed_on" TEXT COLLATE "C";
ALTER TABLE "engagement" ADD COLUMN "close_override" TEXT COLLATE "C";

-- Derived, never edited by hand: rebuilt from the records whenever "dirty"
-- is set by a write, or when today reaches "valid_until" (the first day a
-- time-based finding may change) or falls before "computed_on".
-- It repeats what the portfolio shows of the engagement (slug, title, client,
-- state), so that the portfolio is one read of one table in score order.
-- A row exists for every engagement from the moment it is added.
CREATE TABLE "engagement_health" (
	"workspace_id" BIGINT NOT NULL,
	"engagement_id" BIGINT NOT NULL,
	"slug" TEXT COLLATE "C" NOT NULL,
	"title" TEXT COLLATE "C" NOT NULL,
	"client" TEXT COLLATE "C" NOT NULL,
	"state" TEXT COLLATE "C" NOT NULL,
	"phases" BIGINT NOT NULL,
	"score" BIGINT NOT NULL,
	"blockers" BIGINT NOT NULL,
	"warnings" BIGINT NOT NULL,
	"signals" TEXT COLLATE "C" NOT NULL,
	"next_deadline" TEXT COLLATE "C",
	"next_what" TEXT COLLATE "C",
	"computed_on" TEXT COLLATE "C" NOT NULL,
	"valid_until" TEXT COLLATE "C" NOT NULL,
	"valid_until_at" BIGINT NOT NULL DEFAULT 9223372036854775807,
	"dirty" BIGINT NOT NULL DEFAULT 0,
	PRIMARY KEY ("workspace_id", "engagement_id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id")
);
-- The portfolio reads it in score order.  Unlike on SQLite the index does
-- not cover the shown columns: a PostgreSQL index entry must fit in a third
-- of a page, and titles and signals are free text of any length.
CREATE INDEX "engagement_health_portfolio" ON "engagement_health" ("workspace_id", "score",
	"engagement_id");
CREATE INDEX "engagement_health_dirty" ON "engagement_health" ("workspace_id", "dirty");
CREATE INDEX "engagement_health_until" ON "engagement_health" ("workspace_id", "valid_until");
CREATE INDEX "engagement_health_until_at" ON "engagement_health" ("workspace_id", "valid_until_at");
CREATE INDEX "engagement_health_computed" ON "engagement_health" ("workspace_id", "computed_on");
