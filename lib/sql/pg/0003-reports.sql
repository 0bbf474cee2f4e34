-- 0003-reports.sql: the reports as they were sent (lib/kinds.c, kind
-- "report"): what was sent, for which period, when, to whom, in which
-- format, and the rendering itself, byte for byte.  Rows are only ever
-- added, in the transaction that also logs the sending as an interaction.
-- PostgreSQL: as lib/sql/sqlite/0003-reports.sql, typed as 0001 is.

CREATE TABLE "report" (
	"workspace_id" BIGINT NOT NULL,
	"id" BIGINT NOT NULL,
	"engagement_id" BIGINT NOT NULL,
	"kind" TEXT COLLATE "C" NOT NULL,
	"period_from" TEXT COLLATE "C" NOT NULL,
	"period_to" TEXT COLLATE "C" NOT NULL,
	"sent_at" TEXT COLLATE "C" NOT NULL,
	"to_contact" BIGINT,
	"format" TEXT COLLATE "C" NOT NULL,
	"body" TEXT COLLATE "C" NOT NULL,
	PRIMARY KEY ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "to_contact") REFERENCES "contact" ("workspace_id", "id")
);
CREATE INDEX "report_engagement" ON "report" ("workspace_id", "engagement_id", "id");
