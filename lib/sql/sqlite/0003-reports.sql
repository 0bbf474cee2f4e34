-- 0003-reports.sql: the reports as they were sent (lib/kinds.c, kind
-- "report"): what was sent, for which period, when, to whom, in which
-- format, and the rendering itself, byte for byte.  Rows are only ever
-- added, in the transaction that also logs the sending as an interaction.

CREATE TABLE "report" (
	"workspace_id" INTEGER NOT NULL,
	"id" INTEGER NOT NULL,
	"engagement_id" INTEGER NOT NULL,
	"kind" TEXT NOT NULL,
	"period_from" TEXT NOT NULL,
	"period_to" TEXT NOT NULL,
	"sent_at" TEXT NOT NULL,
	"to_contact" INTEGER,
	"format" TEXT NOT NULL,
	"body" TEXT NOT NULL,
	PRIMARY KEY ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "to_contact") REFERENCES "contact" ("workspace_id", "id")
);
CREATE INDEX "report_engagement" ON "report" ("workspace_id", "engagement_id", "id");
