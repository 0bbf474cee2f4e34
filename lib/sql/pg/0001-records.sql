-- 0001-records.sql: the workspace, every record of PRODUCT.md, the number
-- counters and the audit trail.  Every row belongs to a workspace and every
-- primary key starts with workspace_id, so that a hosted service can shard
-- by workspace.  Columns are named as the fields of lib/kinds.c.  The
-- indexes that serve the lists end in "id", so that a list comes in number
-- order straight from the index whatever the planner knows of the data.
--
-- PostgreSQL: the schema of lib/sql/sqlite/0001-records.sql, with 64-bit
-- integers and every text column in the "C" collation, so that text
-- compares and sorts byte by byte as on SQLite, whatever the database's
-- locale.  The schema version is kept by the backend (lib/store-pg.c).

CREATE TABLE "workspace" (
	"id" BIGINT PRIMARY KEY,
	"name" TEXT COLLATE "C" NOT NULL,
	"currency" TEXT COLLATE "C" NOT NULL,
	"timezone" TEXT COLLATE "C" NOT NULL,
	"created_at" TEXT COLLATE "C" NOT NULL,
	"audit_seq" BIGINT NOT NULL DEFAULT 0,
	"audit_head" TEXT COLLATE "C" NOT NULL
);

CREATE TABLE "counter" (
	"workspace_id" BIGINT NOT NULL REFERENCES "workspace" ("id"),
	"kind" TEXT COLLATE "C" NOT NULL,
	"last" BIGINT NOT NULL,
	PRIMARY KEY ("workspace_id", "kind")
);

CREATE TABLE "client" (
	"workspace_id" BIGINT NOT NULL REFERENCES "workspace" ("id"),
	"id" BIGINT NOT NULL,
	"name" TEXT COLLATE "C" NOT NULL,
	"slug" TEXT COLLATE "C" NOT NULL,
	"industry" TEXT COLLATE "C",
	"owner" TEXT COLLATE "C",
	"status" TEXT COLLATE "C" NOT NULL,
	"tags" TEXT COLLATE "C",
	"notes" TEXT COLLATE "C",
	PRIMARY KEY ("workspace_id", "id"),
	UNIQUE ("workspace_id", "slug")
);

CREATE TABLE "contact" (
	"workspace_id" BIGINT NOT NULL,
	"id" BIGINT NOT NULL,
	"client_id" BIGINT NOT NULL,
	"name" TEXT COLLATE "C" NOT NULL,
	"email" TEXT COLLATE "C",
	"phone" TEXT COLLATE "C",
	"role" TEXT COLLATE "C",
	"birthday" TEXT COLLATE "C",
	"may_signoff" BIGINT,
	"portal" BIGINT,
	PRIMARY KEY ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "client_id") REFERENCES "client" ("workspace_id", "id")
);
CREATE INDEX "contact_client" ON "contact" ("workspace_id", "client_id", "id");

CREATE TABLE "engagement" (
	"workspace_id" BIGINT NOT NULL,
	"id" BIGINT NOT NULL,
	"client_id" BIGINT NOT NULL,
	"title" TEXT COLLATE "C" NOT NULL,
	"slug" TEXT COLLATE "C" NOT NULL,
	"type" TEXT COLLATE "C" NOT NULL,
	"value" BIGINT,
	"currency" TEXT COLLATE "C" NOT NULL,
	"baseline_start" TEXT COLLATE "C",
	"baseline_end" TEXT COLLATE "C",
	"forecast_end" TEXT COLLATE "C",
	"state" TEXT COLLATE "C" NOT NULL,
	"objectives" TEXT COLLATE "C",
	"success" TEXT COLLATE "C",
	"change_provisions" TEXT COLLATE "C",
	"resources" TEXT COLLATE "C",
	"fit" TEXT COLLATE "C",
	"past_arrangements" TEXT COLLATE "C",
	"notice_days" BIGINT,
	"renewal" TEXT COLLATE "C",
	"renewal_date" TEXT COLLATE "C",
	"payment_terms_days" BIGINT,
	"rfi_hours" BIGINT,
	"client_rfi_hours" BIGINT,
	"review_days" BIGINT,
	"report_every" TEXT COLLATE "C",
	"meet_every" TEXT COLLATE "C",
	"punch_days" BIGINT,
	"notice_given" TEXT COLLATE "C",
	"ended_on" TEXT COLLATE "C",
	"created_on" TEXT COLLATE "C" NOT NULL,
	PRIMARY KEY ("workspace_id", "id"),
	UNIQUE ("workspace_id", "slug"),
	FOREIGN KEY ("workspace_id", "client_id") REFERENCES "client" ("workspace_id", "id")
);
CREATE INDEX "engagement_client" ON "engagement" ("workspace_id", "client_id", "id");
CREATE INDEX "engagement_state" ON "engagement" ("workspace_id", "state", "id");

CREATE TABLE "deliverable" (
	"workspace_id" BIGINT NOT NULL,
	"id" BIGINT NOT NULL,
	"engagement_id" BIGINT NOT NULL,
	"title" TEXT COLLATE "C" NOT NULL,
	"accept" TEXT COLLATE "C",
	"estimate_hours" BIGINT,
	"assumptions" TEXT COLLATE "C",
	"due" TEXT COLLATE "C",
	"state" TEXT COLLATE "C" NOT NULL,
	"reviewer" BIGINT,
	"submitted_on" TEXT COLLATE "C",
	"signed_off_by" BIGINT,
	"signed_off_on" TEXT COLLATE "C",
	"signoff_comment" TEXT COLLATE "C",
	"delivered_on" TEXT COLLATE "C",
	"waive_reason" TEXT COLLATE "C",
	PRIMARY KEY ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "reviewer") REFERENCES "contact" ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "signed_off_by") REFERENCES "contact" ("workspace_id", "id")
);
CREATE INDEX "deliverable_engagement" ON "deliverable" ("workspace_id", "engagement_id", "id");

CREATE TABLE "payment" (
	"workspace_id" BIGINT NOT NULL,
	"id" BIGINT NOT NULL,
	"engagement_id" BIGINT NOT NULL,
	"kind" TEXT COLLATE "C" NOT NULL,
	"amount" BIGINT NOT NULL,
	"trigger" TEXT COLLATE "C",
	"verify" TEXT COLLATE "C",
	"state" TEXT COLLATE "C" NOT NULL,
	"invoice_number" TEXT COLLATE "C",
	"triggered_on" TEXT COLLATE "C",
	"invoiced_on" TEXT COLLATE "C",
	"due_on" TEXT COLLATE "C",
	"paid_on" TEXT COLLATE "C",
	"writeoff_reason" TEXT COLLATE "C",
	PRIMARY KEY ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id")
);
CREATE INDEX "payment_engagement" ON "payment" ("workspace_id", "engagement_id", "id");
CREATE INDEX "payment_invoice" ON "payment" ("workspace_id", "invoice_number");

CREATE TABLE "change_request" (
	"workspace_id" BIGINT NOT NULL,
	"id" BIGINT NOT NULL,
	"engagement_id" BIGINT NOT NULL,
	"description" TEXT COLLATE "C" NOT NULL,
	"cost" BIGINT,
	"days" BIGINT,
	"contingency" TEXT COLLATE "C",
	"state" TEXT COLLATE "C" NOT NULL,
	"proposed_on" TEXT COLLATE "C" NOT NULL,
	"decided_by" BIGINT,
	"decided_on" TEXT COLLATE "C",
	PRIMARY KEY ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "decided_by") REFERENCES "contact" ("workspace_id", "id")
);
CREATE INDEX "change_request_engagement" ON "change_request" ("workspace_id", "engagement_id", "id");

CREATE TABLE "action_item" (
	"workspace_id" BIGINT NOT NULL,
	"id" BIGINT NOT NULL,
	"engagement_id" BIGINT NOT NULL,
	"title" TEXT COLLATE "C" NOT NULL,
	"owner" TEXT COLLATE "C" NOT NULL,
	"state" TEXT COLLATE "C" NOT NULL,
	"due" TEXT COLLATE "C",
	"percent" BIGINT,
	"waiting_on" TEXT COLLATE "C",
	"waiting_since" TEXT COLLATE "C",
	"created_on" TEXT COLLATE "C" NOT NULL,
	"done_on" TEXT COLLATE "C",
	PRIMARY KEY ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id")
);
CREATE INDEX "action_item_engagement" ON "action_item" ("workspace_id", "engagement_id", "id");

CREATE TABLE "client_request" (
	"workspace_id" BIGINT NOT NULL,
	"id" BIGINT NOT NULL,
	"engagement_id" BIGINT NOT NULL,
	"text" TEXT COLLATE "C" NOT NULL,
	"received_at" TEXT COLLATE "C" NOT NULL,
	"state" TEXT COLLATE "C" NOT NULL,
	"answered_at" TEXT COLLATE "C",
	PRIMARY KEY ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id")
);
CREATE INDEX "client_request_engagement" ON "client_request" ("workspace_id", "engagement_id", "id");

CREATE TABLE "commitment" (
	"workspace_id" BIGINT NOT NULL,
	"id" BIGINT NOT NULL,
	"engagement_id" BIGINT NOT NULL,
	"text" TEXT COLLATE "C" NOT NULL,
	"to_contact" BIGINT,
	"due" TEXT COLLATE "C" NOT NULL,
	"state" TEXT COLLATE "C" NOT NULL,
	"made_on" TEXT COLLATE "C" NOT NULL,
	"kept_on" TEXT COLLATE "C",
	PRIMARY KEY ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "to_contact") REFERENCES "contact" ("workspace_id", "id")
);
CREATE INDEX "commitment_engagement" ON "commitment" ("workspace_id", "engagement_id", "id");

CREATE TABLE "interaction" (
	"workspace_id" BIGINT NOT NULL,
	"id" BIGINT NOT NULL,
	"engagement_id" BIGINT NOT NULL,
	"summary" TEXT COLLATE "C" NOT NULL,
	"channel" TEXT COLLATE "C" NOT NULL,
	"initiated_by" TEXT COLLATE "C" NOT NULL,
	"date" TEXT COLLATE "C" NOT NULL,
	"topic" TEXT COLLATE "C",
	PRIMARY KEY ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id")
);
CREATE INDEX "interaction_engagement" ON "interaction" ("workspace_id", "engagement_id", "id");

CREATE TABLE "risk" (
	"workspace_id" BIGINT NOT NULL,
	"id" BIGINT NOT NULL,
	"engagement_id" BIGINT NOT NULL,
	"text" TEXT COLLATE "C" NOT NULL,
	"severity" TEXT COLLATE "C" NOT NULL,
	"found_on" TEXT COLLATE "C" NOT NULL,
	"state" TEXT COLLATE "C" NOT NULL,
	"disclosed_on" TEXT COLLATE "C",
	"alternatives" TEXT COLLATE "C",
	"closed_on" TEXT COLLATE "C",
	PRIMARY KEY ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id")
);
CREATE INDEX "risk_engagement" ON "risk" ("workspace_id", "engagement_id", "id");

CREATE TABLE "clause" (
	"workspace_id" BIGINT NOT NULL,
	"id" BIGINT NOT NULL,
	"engagement_id" BIGINT NOT NULL,
	"text" TEXT COLLATE "C" NOT NULL,
	"kind" TEXT COLLATE "C" NOT NULL,
	"risk" TEXT COLLATE "C" NOT NULL,
	"state" TEXT COLLATE "C" NOT NULL,
	"discussed_on" TEXT COLLATE "C",
	PRIMARY KEY ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id")
);
CREATE INDEX "clause_engagement" ON "clause" ("workspace_id", "engagement_id", "id");

CREATE TABLE "document" (
	"workspace_id" BIGINT NOT NULL,
	"id" BIGINT NOT NULL,
	"engagement_id" BIGINT NOT NULL,
	"title" TEXT COLLATE "C" NOT NULL,
	"kind" TEXT COLLATE "C",
	"location" TEXT COLLATE "C",
	"state" TEXT COLLATE "C" NOT NULL,
	"handed_over_on" TEXT COLLATE "C",
	"acknowledged_by" BIGINT,
	"acknowledged_on" TEXT COLLATE "C",
	PRIMARY KEY ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "acknowledged_by") REFERENCES "contact" ("workspace_id", "id")
);
CREATE INDEX "document_engagement" ON "document" ("workspace_id", "engagement_id", "id");

CREATE TABLE "material" (
	"workspace_id" BIGINT NOT NULL,
	"id" BIGINT NOT NULL,
	"engagement_id" BIGINT NOT NULL,
	"description" TEXT COLLATE "C" NOT NULL,
	"quantity" BIGINT NOT NULL,
	"owner" TEXT COLLATE "C" NOT NULL,
	"state" TEXT COLLATE "C" NOT NULL,
	"returned_on" TEXT COLLATE "C",
	PRIMARY KEY ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id")
);
CREATE INDEX "material_engagement" ON "material" ("workspace_id", "engagement_id", "id");

CREATE TABLE "purchase_order" (
	"workspace_id" BIGINT NOT NULL,
	"id" BIGINT NOT NULL,
	"engagement_id" BIGINT NOT NULL,
	"number" TEXT COLLATE "C" NOT NULL,
	"vendor" TEXT COLLATE "C",
	"amount" BIGINT,
	"state" TEXT COLLATE "C" NOT NULL,
	PRIMARY KEY ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id")
);
CREATE INDEX "purchase_order_engagement" ON "purchase_order" ("workspace_id", "engagement_id", "id");

CREATE TABLE "vendor_bill" (
	"workspace_id" BIGINT NOT NULL,
	"id" BIGINT NOT NULL,
	"engagement_id" BIGINT NOT NULL,
	"vendor" TEXT COLLATE "C" NOT NULL,
	"amount" BIGINT NOT NULL,
	"due" TEXT COLLATE "C",
	"state" TEXT COLLATE "C" NOT NULL,
	"paid_on" TEXT COLLATE "C",
	PRIMARY KEY ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id")
);
CREATE INDEX "vendor_bill_engagement" ON "vendor_bill" ("workspace_id", "engagement_id", "id");

CREATE TABLE "punch_item" (
	"workspace_id" BIGINT NOT NULL,
	"id" BIGINT NOT NULL,
	"engagement_id" BIGINT NOT NULL,
	"text" TEXT COLLATE "C" NOT NULL,
	"reported_on" TEXT COLLATE "C" NOT NULL,
	"state" TEXT COLLATE "C" NOT NULL,
	"fixed_on" TEXT COLLATE "C",
	PRIMARY KEY ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id")
);
CREATE INDEX "punch_item_engagement" ON "punch_item" ("workspace_id", "engagement_id", "id");

CREATE TABLE "retrospective" (
	"workspace_id" BIGINT NOT NULL,
	"id" BIGINT NOT NULL,
	"engagement_id" BIGINT NOT NULL,
	"went_well" TEXT COLLATE "C",
	"went_badly" TEXT COLLATE "C",
	"team" TEXT COLLATE "C",
	"held_on" TEXT COLLATE "C" NOT NULL,
	PRIMARY KEY ("workspace_id", "id"),
	UNIQUE ("workspace_id", "engagement_id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id")
);

CREATE TABLE "exit_interview" (
	"workspace_id" BIGINT NOT NULL,
	"id" BIGINT NOT NULL,
	"engagement_id" BIGINT NOT NULL,
	"held_on" TEXT COLLATE "C" NOT NULL,
	"liked" TEXT COLLATE "C",
	"disliked" TEXT COLLATE "C",
	"improve" TEXT COLLATE "C",
	"rating" BIGINT,
	"would_refer" BIGINT,
	PRIMARY KEY ("workspace_id", "id"),
	UNIQUE ("workspace_id", "engagement_id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id")
);

CREATE TABLE "testimonial" (
	"workspace_id" BIGINT NOT NULL,
	"id" BIGINT NOT NULL,
	"engagement_id" BIGINT NOT NULL,
	"requested_on" TEXT COLLATE "C" NOT NULL,
	"state" TEXT COLLATE "C" NOT NULL,
	"text" TEXT COLLATE "C",
	"may_publish" BIGINT,
	"decided_on" TEXT COLLATE "C",
	PRIMARY KEY ("workspace_id", "id"),
	UNIQUE ("workspace_id", "engagement_id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id")
);

CREATE TABLE "followup" (
	"workspace_id" BIGINT NOT NULL,
	"id" BIGINT NOT NULL,
	"engagement_id" BIGINT NOT NULL,
	"every" TEXT COLLATE "C" NOT NULL,
	"next_on" TEXT COLLATE "C",
	"occasions" TEXT COLLATE "C",
	"last_touch_on" TEXT COLLATE "C",
	PRIMARY KEY ("workspace_id", "id"),
	UNIQUE ("workspace_id", "engagement_id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id")
);

CREATE TABLE "audit" (
	"workspace_id" BIGINT NOT NULL REFERENCES "workspace" ("id"),
	"seq" BIGINT NOT NULL,
	"at" BIGINT NOT NULL,
	"actor" TEXT COLLATE "C" NOT NULL,
	"action" TEXT COLLATE "C" NOT NULL,
	"kind" TEXT COLLATE "C" NOT NULL,
	"record_id" BIGINT NOT NULL,
	"engagement_id" BIGINT,
	"before" TEXT COLLATE "C",
	"after" TEXT COLLATE "C",
	"prev_hash" TEXT COLLATE "C" NOT NULL,
	"hash" TEXT COLLATE "C" NOT NULL,
	PRIMARY KEY ("workspace_id", "seq")
);
CREATE INDEX "audit_engagement" ON "audit" ("workspace_id", "engagement_id", "seq");
